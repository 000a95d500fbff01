// kestrel-cli audit export --csv: never over the store, never over a file without --force, and
// never a claim of entries that did not reach the disk.
#include "clirunner.h"
#include "scratchfiles.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun exportTo(const QString &path, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                  QStringLiteral("chief"), QStringLiteral("audit"),
                                  QStringLiteral("export"), QStringLiteral("--csv"), path} +
                      more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("store/kestrel.db"));
        QCOMPARE(initStore(m_db, QStringLiteral("chief")).code, 0);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("store/images/2026/01/01"))));
    }

    void neverOverTheStore_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("force");
        QTest::newRow("the database") << QStringLiteral("store/kestrel.db") << false;
        QTest::newRow("the database, --force") << QStringLiteral("store/kestrel.db") << true;
        QTest::newRow("the database spelt with ..")
            << QStringLiteral("store/images/../kestrel.db") << true;
        QTest::newRow("a link to the database") << QStringLiteral("link.db") << true;
        QTest::newRow("its -wal") << QStringLiteral("store/kestrel.db-wal") << true;
        QTest::newRow("its -shm") << QStringLiteral("store/kestrel.db-shm") << true;
        QTest::newRow("its -journal") << QStringLiteral("store/kestrel.db-journal") << true;
        QTest::newRow("the images folder") << QStringLiteral("store/images") << true;
        QTest::newRow("under the images folder")
            << QStringLiteral("store/images/2026/01/01/x.csv") << true;
    }
    void neverOverTheStore()
    {
        QFETCH(QString, target);
        QFETCH(bool, force);
        QFile::link(m_db, m_dir.filePath(QStringLiteral("link.db")));
        const QByteArray before = fileSha256(m_db);
        QVERIFY(!before.isEmpty());
        const CliRun r = exportTo(m_dir.filePath(target),
                                  force ? QStringList{QStringLiteral("--force")} : QStringList{});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("field 'csv'")) &&
                     r.err.contains(QStringLiteral("never written over")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("exported")));
        QVERIFY(
            !QFileInfo::exists(m_dir.filePath(QStringLiteral("store/images/2026/01/01/x.csv"))));
        // Refused before anything is written, the login included: the same bytes, and a whole
        // store.
        QCOMPARE(fileSha256(m_db), before);
        {
            auto store = Store::open(m_db);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            QCOMPARE((*store)->integrityCheck().value(), QStringLiteral("ok"));
        }
        const CliRun verified = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
    }

    void anExistingFileOnlyWithForce()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("someone's spreadsheet\n");
        f.close();
        CliRun r = exportTo(path);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")) &&
                     r.err.contains(QStringLiteral("--force")),
                 qPrintable(r.err));
        QCOMPARE(contents(path), QByteArray("someone's spreadsheet\n"));
        r = exportTo(path, {QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray csv = contents(path);
        QVERIFY(csv.startsWith("id,time,user,action,details,prev_hash,hash\n"));
        const int entries = r.out.section(QLatin1Char(' '), 1, 1).toInt();
        QVERIFY(entries > 0);
        QCOMPARE(csv.count('\n'), entries + 1);
        // A new file needs no --force; a folder is never a target.
        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("fresh.csv"))).code, 0);
        r = exportTo(m_dir.path(), {QStringLiteral("--force")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
    }

    void aFailedWriteClaimsNothingAndLeavesNothing()
    {
        // Tests may run as root, for whom no folder is read-only: a parent that is a regular
        // file fails for everyone.
        QTemporaryDir dir;
        const QString notADir = dir.filePath(QStringLiteral("plain"));
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const CliRun r = exportTo(notADir + QStringLiteral("/audit.csv"));
        QCOMPARE(r.code, 2);
        QVERIFY(!r.out.contains(QStringLiteral("exported")));
        QVERIFY2(r.err.contains(QStringLiteral("field 'csv'")), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("plain")});
        QCOMPARE(QFileInfo(notADir).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
