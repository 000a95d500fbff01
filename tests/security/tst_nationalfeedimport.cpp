// The national feed at the command line: only a file signed by a key an administrator trusts
// goes live on arrival; an altered file, an unsigned one or a key slipped in by someone else is
// refused and audited, and the same file imported the ordinary way waits for a second person.
#include "clistore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include "testsigner.h"

namespace {

struct Signer : TestSigner
{
};

const QByteArray kFeed = "vrm,priority,category,reason,source,action,expires,list\n"
                         "AB12CDE,High,Stolen,Stolen in a burglary,PNC,Stop,,PNC\n"
                         "XY51ABC,Medium,Insurance,No insurance,MIB,Advise,,MIB\n";

} // namespace

class TestNationalFeedImport : public QObject
{
    Q_OBJECT
private:
    Signer m_national;

    static QList<QJsonObject> entries(const CliStore &s)
    {
        const CliRun run =
            s.cli(QStringLiteral("sup"),
                  {QStringLiteral("hotlist"), QStringLiteral("list"), QStringLiteral("--json")});
        QList<QJsonObject> out;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return out;
    }
    static QJsonObject lastAudit(const CliStore &s, const QString &action)
    {
        return QJsonDocument::fromJson(
                   s.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = '%1' "
                                           "ORDER BY id DESC LIMIT 1")
                                .arg(action))
                       .toString()
                       .toUtf8())
            .object();
    }
    // Two administrators trust a key: one proposes it, a second confirms it.
    bool trust(const CliStore &s, const Signer &key)
    {
        const QStringList add{QStringLiteral("hotlist"), QStringLiteral("trust-key"), QStringLiteral("add"), key.hex()};
        const CliRun proposed = s.cli(QStringLiteral("admin"), add);
        const CliRun confirmed = s.cli(QStringLiteral("admin2"), add);
        return proposed.code == 0 && proposed.out.contains(QStringLiteral("proposed")) && confirmed.code == 0 &&
               confirmed.out.contains(key.id()) && !confirmed.out.contains(QStringLiteral("proposed"));
    }
    static CliRun importNational(const CliStore &s, const QString &file)
    {
        return s.cli(QStringLiteral("sup"), {QStringLiteral("hotlist"), QStringLiteral("import"),
                                             QStringLiteral("--national"), file});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aSignedFeedIsLiveOnArrivalAndHitsPastReads()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(trust(s, m_national));
        const CliRun listed =
            s.cli(QStringLiteral("aud"),
                  {QStringLiteral("hotlist"), QStringLiteral("trust-key"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out.trimmed(), m_national.id() + QLatin1Char('\t') + m_national.hex());
        // A read of the stolen car half an hour ago, before the feed arrived.
        const QString when = QDateTime::currentDateTimeUtc().addSecs(-1800).toString(Qt::ISODate);
        QVERIFY(s.writeFile(QStringLiteral("reads.csv"),
                            "vrm,time,camera\nAB12CDE," + when.toLatin1() + ",CAM-1\n"));
        QCOMPARE(s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"),
                                                 s.path(QStringLiteral("reads.csv"))})
                     .code,
                 0);
        QCOMPARE(s.count(QStringLiteral("hits")), 0);

        QVERIFY(s.writeFile(QStringLiteral("feed.csv"), kFeed));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        const CliRun run = importNational(s, s.path(QStringLiteral("feed.csv")));
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("imported 2 (live 2, pending validation 0)")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("retrospective hits 1")));

        const QList<QJsonObject> listedEntries = entries(s);
        QCOMPARE(listedEntries.size(), 2);
        for (const QJsonObject &e : listedEntries) {
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
            QCOMPARE(e.value(QStringLiteral("validated_by")).toString(),
                     QStringLiteral("national:") + m_national.id());
            QCOMPARE(e.value(QStringLiteral("added_by")).toString(), QStringLiteral("sup"));
        }
        QCOMPARE(s.count(QStringLiteral("hits WHERE retrospective = 1")), 1);
        const QJsonObject audit = lastAudit(s, QStringLiteral("hotlist-import-national"));
        QCOMPARE(audit.value(QStringLiteral("signer")).toString(), m_national.id());
        QCOMPARE(audit.value(QStringLiteral("live")).toInt(), 2);
    }

    void aFeedAlteredAfterSigningIsRefusedAndNothingIsStored()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(trust(s, m_national));
        QByteArray altered = kFeed;
        altered.replace("AB12CDE", "AB12CDF"); // one character, after the signature was made
        QVERIFY(s.writeFile(QStringLiteral("feed.csv"), altered));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        const qint64 auditBefore = s.count(QStringLiteral("audit_log"));
        const CliRun run = importNational(s, s.path(QStringLiteral("feed.csv")));
        QCOMPARE(run.code, 4);
        QVERIFY2(
            run.err.contains(s.path(QStringLiteral("feed.csv")) +
                             QStringLiteral(": the signature in feed.csv.sig does not verify")),
            qPrintable(run.err));
        QCOMPARE(s.count(QStringLiteral("hotlist_entries")), 0);
        // One entry for the refusal (and the login before it), none for an import.
        QCOMPARE(s.count(QStringLiteral("audit_log WHERE action = 'hotlist-import-national'")), 1);
        QCOMPARE(s.count(QStringLiteral("audit_log")), auditBefore + 2);
        const QJsonObject audit = lastAudit(s, QStringLiteral("hotlist-import-national"));
        QCOMPARE(audit.value(QStringLiteral("file")).toString(),
                 s.path(QStringLiteral("feed.csv")));
        QVERIFY(audit.value(QStringLiteral("refused"))
                    .toString()
                    .contains(QStringLiteral("does not verify")));
    }

    void withoutASignatureOrATrustedKeyTheFeedIsRefused()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(s.writeFile(QStringLiteral("feed.csv"), kFeed));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        // No key trusted yet: nothing can verify.
        CliRun run = importNational(s, s.path(QStringLiteral("feed.csv")));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no national feed key is configured")),
                 qPrintable(run.err));
        // A key of someone else's making trusted, the feed's own not.
        Signer stranger;
        QVERIFY(trust(s, stranger));
        QCOMPARE(importNational(s, s.path(QStringLiteral("feed.csv"))).code, 4);
        QVERIFY(trust(s, m_national));
        QVERIFY(QFile::remove(s.path(QStringLiteral("feed.csv.sig"))));
        run = importNational(s, s.path(QStringLiteral("feed.csv")));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no signature")), qPrintable(run.err));
        // --format national is the same door as --national.
        run = s.cli(QStringLiteral("sup"), {QStringLiteral("hotlist"), QStringLiteral("import"),
                                            QStringLiteral("--format"), QStringLiteral("national"),
                                            s.path(QStringLiteral("feed.csv"))});
        QCOMPARE(run.code, 2);
        QCOMPARE(s.count(QStringLiteral("hotlist_entries")), 0);
        QCOMPARE(
            s.count(QStringLiteral(
                "audit_log WHERE action = 'hotlist-import-national' AND details LIKE '%refused%'")),
            4);
        // An operator may not import at all, signed or not.
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        run = s.cli(QStringLiteral("op"),
                    {QStringLiteral("hotlist"), QStringLiteral("import"),
                     QStringLiteral("--national"), s.path(QStringLiteral("feed.csv"))});
        QCOMPARE(run.code, 3);
        QCOMPARE(s.count(QStringLiteral("hotlist_entries")), 0);
    }

    void onlyAnAdministratorChangesTheTrustedKeys_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("operator") << QStringLiteral("op");
        QTest::newRow("supervisor") << QStringLiteral("sup");
        QTest::newRow("auditor") << QStringLiteral("aud");
    }
    void onlyAnAdministratorChangesTheTrustedKeys()
    {
        QFETCH(QString, who);
        CliStore s;
        QVERIFY(s.create());
        CliRun run = s.cli(who, {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                                 QStringLiteral("add"), m_national.hex()});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.startsWith(QStringLiteral("refused: ")), qPrintable(run.err));
        QVERIFY(!s.scalar(QStringLiteral(
                              "SELECT value FROM settings WHERE key = 'hotlist.national_keys'"))
                     .isValid());
        QJsonObject audit = lastAudit(s, QStringLiteral("hotlist-trust-key-add"));
        QVERIFY(audit.contains(QStringLiteral("refused")));
        QCOMPARE(
            s.scalar(QStringLiteral(
                         "SELECT user_name FROM audit_log WHERE action = 'hotlist-trust-key-add'"))
                .toString(),
            who);

        QVERIFY(trust(s, m_national));
        run = s.cli(who, {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                          QStringLiteral("remove"), m_national.id()});
        QCOMPARE(run.code, 3);
        QCOMPARE(s.scalar(QStringLiteral(
                              "SELECT value FROM settings WHERE key = 'hotlist.national_keys'"))
                     .toString(),
                 m_national.hex());
        QVERIFY(lastAudit(s, QStringLiteral("hotlist-trust-key-remove"))
                    .contains(QStringLiteral("refused")));

        run =
            s.cli(QStringLiteral("admin"), {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                                            QStringLiteral("remove"), m_national.id()});
        QCOMPARE(run.code, 0);
        QCOMPARE(s.scalar(QStringLiteral(
                              "SELECT value FROM settings WHERE key = 'hotlist.national_keys'"))
                     .toString(),
                 QString());
    }

    void aMalformedKeyIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("short") << m_national.hex().left(63);
        QTest::newRow("not hex") << QStringLiteral("z").repeated(64);
        QTest::newRow("not a curve point")
            << QStringLiteral("01") + QStringLiteral("0").repeated(62);
        QTest::newRow("no such file") << QStringLiteral("/nonexistent/national.pub");
    }
    void aMalformedKeyIsRefused()
    {
        QFETCH(QString, key);
        CliStore s;
        QVERIFY(s.create());
        const CliRun run =
            s.cli(QStringLiteral("admin"), {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                                            QStringLiteral("add"), key});
        QCOMPARE(run.code, 2);
        QVERIFY(!s.scalar(QStringLiteral(
                              "SELECT value FROM settings WHERE key = 'hotlist.national_keys'"))
                     .isValid());
        QVERIFY(lastAudit(s, QStringLiteral("hotlist-trust-key-add"))
                    .contains(QStringLiteral("refused")));
    }

    void aKeyFileIsAccepted()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(s.writeFile(QStringLiteral("national.pub"), m_national.hex().toLatin1() + '\n'));
        const CliRun run = s.cli(QStringLiteral("admin"),
                                 {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                                  QStringLiteral("add"), s.path(QStringLiteral("national.pub"))});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("proposed")));
        const CliRun confirmed = s.cli(QStringLiteral("admin2"),
                                       {QStringLiteral("hotlist"), QStringLiteral("trust-key"),
                                        QStringLiteral("add"), s.path(QStringLiteral("national.pub"))});
        QCOMPARE(confirmed.code, 0);
        QVERIFY(confirmed.out.contains(m_national.id() + QLatin1Char('\t')));
    }

    void oneAdministratorAloneCannotTrustAKey()
    {
        // The red team's way round the two-person rule: trust a key of one's own, sign a feed.
        CliStore s;
        QVERIFY(s.create());
        const QStringList add{QStringLiteral("hotlist"), QStringLiteral("trust-key"), QStringLiteral("add"), m_national.hex()};
        QCOMPARE(s.cli(QStringLiteral("admin"), add).code, 0);
        const CliRun again = s.cli(QStringLiteral("admin"), add);
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(QStringLiteral("a second administrator must confirm")), qPrintable(again.err));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv"), kFeed));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        QCOMPARE(importNational(s, s.path(QStringLiteral("feed.csv"))).code, 2); // no key trusted yet
        QCOMPARE(s.count(QStringLiteral("hotlist_entries")), 0);
    }

    void aPlainImportOfASignedFeedStaysPending()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(trust(s, m_national));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv"), kFeed));
        QVERIFY(s.writeFile(QStringLiteral("feed.csv.sig"), m_national.sigText(kFeed)));
        const CliRun run =
            s.cli(QStringLiteral("sup"), {QStringLiteral("hotlist"), QStringLiteral("import"),
                                          s.path(QStringLiteral("feed.csv"))});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("imported 2 (live 0, pending validation 2)")));
        for (const QJsonObject &e : entries(s)) {
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QCOMPARE(e.value(QStringLiteral("validated_by")).toString(), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestNationalFeedImport)
#include "tst_nationalfeedimport.moc"
