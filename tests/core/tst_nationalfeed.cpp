// The national feed's trust: a file verifies only with its detached signature by a configured
// key, every other case is refused with the kind and words that say why, and only an
// administrator changes the keys, each change and refusal audited.
#include "audit/auditlog.h"
#include "hotlist/nationalfeed.h"
#include "store/store.h"
#include "testusers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include "testsigner.h"

using namespace Kestrel;

namespace {

struct Signer : TestSigner
{
    NationalFeed::Key key() const { return {publicKey(), id()}; }
};

const QByteArray kFeed = "vrm,priority,category,reason,source,action,expires,list\n"
                         "AB12CDE,High,Stolen,Stolen vehicle,PNC,Stop,,PNC\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestNationalFeed : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Signer m_national;
    Signer m_other;
    int m_count = 0;

    // FILE with content and FILE.sig with sigText, in a fresh name.
    QString signedFile(const QByteArray &content, const QByteArray &sigText)
    {
        const QString path = m_dir.filePath(QStringLiteral("feed%1.csv").arg(++m_count));
        if (!writeFile(path, content) || !writeFile(path + QStringLiteral(".sig"), sigText))
            return {};
        return path;
    }
    QString signedFile(const QByteArray &content)
    {
        return signedFile(content, m_national.sign(content).toBase64() + '\n');
    }

    QList<AuditEvent> audited(Store &store, const QString &action)
    {
        QList<AuditEvent> out;
        for (const AuditEvent &e : AuditLog(store).recent(100))
            if (e.action == action)
                out.append(e);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aFileSignedByTheConfiguredKeyVerifiesWithItsId()
    {
        const QString path = signedFile(kFeed);
        QVERIFY(!path.isEmpty());
        const NationalFeed feed({m_other.key(), m_national.key()});
        auto signer = feed.verify(path);
        QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().toString()));
        QCOMPARE(signer.value(), m_national.id());
        QCOMPARE(signer.value().size(), 16);
        QCOMPARE(NationalFeed::keyId(m_national.publicKey()), m_national.id());

        // The copy that is parsed holds the bytes that were verified.
        auto verified = feed.verifyCopy(path);
        QVERIFY(verified.ok());
        QCOMPARE(verified->signer, m_national.id());
        QFile copy(verified->copy->fileName());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), kFeed);
        QCOMPARE(int(copy.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    }

    void anEmptyFileSignedVerifies()
    {
        const QString path = signedFile(QByteArray());
        QCOMPARE(NationalFeed({m_national.key()}).verify(path).value(), m_national.id());
        QCOMPARE(NationalFeed({m_national.key()}).verifyCopy(path)->signer, m_national.id());
    }

    void whatIsNotSignedByATrustedKeyIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const int badInput = int(Error::Kind::BadInput), integrity = int(Error::Kind::Integrity);
        QTest::newRow("one byte of the file changed after signing")
            << "flip" << integrity << "does not verify with the national feed key(s)";
        QTest::newRow("a line added after signing")
            << "append" << integrity << "the file was changed after it was signed";
        QTest::newRow("signed by another key")
            << "other-key" << integrity << "or another key signed it";
        QTest::newRow("no .sig") << "no-sig" << badInput
                                 << "no signature: a national feed file comes with";
        QTest::newRow("truncated .sig") << "truncated-sig" << badInput << "is not a signature";
        QTest::newRow("empty .sig") << "empty-sig" << badInput << "is not a signature";
        QTest::newRow(".sig in hex, not base64") << "hex-sig" << badInput << "is not a signature";
        QTest::newRow(".sig with raw bytes") << "raw-sig" << badInput << "is not a signature";
        QTest::newRow("the signature's own bytes changed")
            << "flip-sig" << integrity << "does not verify";
        QTest::newRow("no file") << "no-file" << badInput << "cannot read";
    }
    void whatIsNotSignedByATrustedKeyIsRefused()
    {
        QFETCH(QString, how);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QByteArray sig = m_national.sign(kFeed);
        QByteArray content = kFeed;
        QByteArray sigText = sig.toBase64();
        if (how == QLatin1String("flip"))
            content[content.size() / 2] = char(content[content.size() / 2] ^ 0x01);
        else if (how == QLatin1String("append"))
            content += "ZZ99ZZZ,High,Stolen,x,PNC,Stop,,PNC\n";
        else if (how == QLatin1String("other-key"))
            sigText = m_other.sign(kFeed).toBase64();
        else if (how == QLatin1String("truncated-sig"))
            sigText = sig.left(40).toBase64();
        else if (how == QLatin1String("empty-sig"))
            sigText.clear();
        else if (how == QLatin1String("hex-sig"))
            sigText = sig.toHex();
        else if (how == QLatin1String("raw-sig"))
            sigText = sig;
        else if (how == QLatin1String("flip-sig")) {
            QByteArray bad = sig;
            bad[10] = char(bad[10] ^ 0x80);
            sigText = bad.toBase64();
        }
        QString path = signedFile(content, sigText);
        QVERIFY(!path.isEmpty());
        if (how == QLatin1String("no-sig"))
            QVERIFY(QFile::remove(path + QStringLiteral(".sig")));
        if (how == QLatin1String("no-file"))
            QVERIFY(QFile::remove(path));
        const NationalFeed feed({m_national.key()});
        for (bool copy : {false, true}) {
            const Error e = copy ? feed.verifyCopy(path).error() : feed.verify(path).error();
            QCOMPARE(int(e.kind), kind);
            QVERIFY2(e.message.contains(words), qPrintable(e.message));
            QCOMPARE(e.file, path); // the file the user named, never a private copy
        }
    }

    void withoutAConfiguredKeyNothingVerifies()
    {
        const QString path = signedFile(kFeed);
        auto signer = NationalFeed({}).verify(path);
        QVERIFY(!signer.ok());
        QCOMPARE(signer.error().kind, Error::Kind::Unavailable);
        QVERIFY2(
            signer.error().message.contains(QStringLiteral("no national feed key is configured")),
            qPrintable(signer.error().message));
        QCOMPARE(signer.error().file, path);
    }

    void keysAreSixtyFourHexDigitsOfACurvePoint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("hex") << m_national.hex() << true;
        QTest::newRow("upper case, newline")
            << m_national.hex().toUpper() + QStringLiteral("\n") << true;
        QTest::newRow("short") << m_national.hex().left(62) << false;
        QTest::newRow("long") << m_national.hex() + QStringLiteral("00") << false;
        QTest::newRow("not hex") << QStringLiteral("g").repeated(64) << false;
        QTest::newRow("base64") << QString::fromLatin1(m_national.publicKey().toBase64()) << false;
        QTest::newRow("the identity point (small order)")
            << QStringLiteral("01") + QStringLiteral("0").repeated(62) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void keysAreSixtyFourHexDigitsOfACurvePoint()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        auto key = NationalFeed::parseKey(text);
        QCOMPARE(key.ok(), ok);
        if (ok)
            QCOMPARE(key->id, m_national.id());
        else
            QCOMPARE(key.error().kind, Error::Kind::BadInput);
    }

    void anAdministratorConfiguresKeysAndEachChangeAndRefusalIsAudited()
    {
        auto store =
            std::move(Store::openOrCreate(m_dir.filePath(QStringLiteral("keys.db")))).value();
        const User admin = user("admin", Role::Administrator);
        const User admin2 = user("admin2", Role::Administrator);
        const User sup = user("sup", Role::Supervisor);

        auto refused = NationalFeed::addKey(*store, sup, m_national.hex());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(NationalFeed::fromStore(*store).keys().isEmpty());
        QList<AuditEvent> adds = audited(*store, QStringLiteral("hotlist-trust-key-add"));
        QCOMPARE(adds.size(), 1);
        QCOMPARE(adds[0].user, QStringLiteral("sup"));
        QVERIFY(adds[0].details.contains(QStringLiteral("refused")));

        QVERIFY(!NationalFeed::addKey(*store, admin, QStringLiteral("abc"))
                     .ok()); // neither key nor file
        // Two administrators: the first proposes, the proposer cannot confirm, a second does.
        auto proposed = NationalFeed::addKey(*store, admin, m_national.hex());
        QVERIFY(proposed.ok());
        QVERIFY(proposed->isEmpty());
        QVERIFY(NationalFeed::fromStore(*store).keys().isEmpty());
        QCOMPARE(NationalFeed::addKey(*store, user("ADMIN", Role::Administrator), m_national.hex()).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(NationalFeed::addKey(*store, admin2, m_national.hex())->size(), 1);
        const QString keyFile = m_dir.filePath(QStringLiteral("other.pub"));
        QVERIFY(writeFile(keyFile, m_other.hex().toLatin1() + '\n'));
        QVERIFY(NationalFeed::addKey(*store, admin2, keyFile).ok());
        auto two = NationalFeed::addKey(*store, admin, keyFile);
        QVERIFY2(two.ok(), qPrintable(two.ok() ? QString() : two.error().toString()));
        QCOMPARE(two->size(), 2);
        QCOMPARE(NationalFeed::addKey(*store, admin, m_national.hex()).error().kind,
                 Error::Kind::BadInput); // twice

        const QList<NationalFeed::Key> keys = NationalFeed::fromStore(*store).keys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0].id, m_national.id());
        QCOMPARE(keys[1].id, m_other.id());
        adds = audited(*store, QStringLiteral("hotlist-trust-key-add"));
        // sup's refusal, a malformed key, a proposal, the proposer's own confirmation refused, a
        // confirmation, a second proposal and its confirmation, a repeat.
        QCOMPARE(adds.size(), 8);
        int changes = 0;
        for (const AuditEvent &e : adds)
            changes += e.details.contains(QStringLiteral("refused")) ? 0 : 1;
        QCOMPARE(changes, 4);

        QCOMPARE(NationalFeed::removeKey(*store, sup, m_other.id()).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(
            NationalFeed::removeKey(*store, admin, QStringLiteral("0123456789abcdef")).error().kind,
            Error::Kind::BadInput);
        auto left = NationalFeed::removeKey(*store, admin, m_other.id());
        QVERIFY(left.ok());
        QCOMPARE(left->size(), 1);
        QCOMPARE(NationalFeed::fromStore(*store).keys().size(), 1);
        QCOMPARE(audited(*store, QStringLiteral("hotlist-trust-key-remove")).size(), 3);
        // What a file signed by the removed key now meets.
        const QByteArray content = "vrm,priority,category,reason,source,action,expires,list\n";
        const QString path = signedFile(content, m_other.sign(content).toBase64());
        QCOMPARE(NationalFeed::fromStore(*store).verify(path).error().kind, Error::Kind::Integrity);
        // The last key removed leaves an empty list, and nothing verifies.
        auto none = NationalFeed::removeKey(*store, admin, m_national.hex());
        QVERIFY2(none.ok(), qPrintable(none.ok() ? QString() : none.error().toString()));
        QVERIFY(none->isEmpty());
        QVERIFY(NationalFeed::fromStore(*store).keys().isEmpty());
        QCOMPARE(NationalFeed::fromStore(*store).verify(signedFile(kFeed)).error().kind,
                 Error::Kind::Unavailable);
        QVERIFY(AuditLog(*store).verify().ok());
    }
};

QTEST_APPLESS_MAIN(TestNationalFeed)
#include "tst_nationalfeed.moc"
