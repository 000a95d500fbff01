// audit verify as an insider would test it: edits made straight into the SQLite file, a chain
// rewritten with fresh hashes, a trail emptied with its head, a store copied to a machine
// without its key. Verify changes nothing, says 2 when it cannot read, 4 only for tampering.
#include "clistore.h"
#include "scratchfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

class TestAuditVerify : public QObject
{
    Q_OBJECT
private:
    static CliRun verify(const CliStore &s, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("--db"), s.db(), QStringLiteral("audit"), QStringLiteral("verify")} + more);
    }
    // A store with some history: accounts, a listing, a hotlist import, a config change.
    static bool busy(CliStore &s)
    {
        if (!s.create())
            return false;
        if (!s.writeFile(QStringLiteral("list.csv"), "vrm,priority,category,reason,source,action,expires,list\n"
                                                     "AB12CDE,High,Stolen,Taken,PNC,Stop,,PNC\n"))
            return false;
        const QString t = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        if (!s.writeFile(QStringLiteral("reads.csv"), QStringLiteral("vrm,time,camera,confidence\nAB12CDE,%1,CAM-1,0.9\n"
                                                                       "XY51ABC,%1,CAM-1,0.8\nCD34EFG,%1,CAM-2,0.7\n")
                                                          .arg(t)
                                                          .toUtf8()))
            return false;
        return s.cli(QStringLiteral("sup"), {QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("--db"), s.db(),
                                             s.path(QStringLiteral("list.csv"))}).code == 0 &&
               s.cli(QStringLiteral("admin"), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("access.operator_hours"),
                                               QStringLiteral("48")}).code == 0 &&
               s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("reads.csv"))}).code == 0 &&
               s.cli(QStringLiteral("inv"), {QStringLiteral("access"), QStringLiteral("request"), QStringLiteral("--tier"), QStringLiteral("12"),
                                             QStringLiteral("--purpose"), QStringLiteral("serious"), QStringLiteral("--reference"),
                                             QStringLiteral("OP-1"), QStringLiteral("--justification"), QStringLiteral("linked burglaries"),
                                             QStringLiteral("--vrm"), QStringLiteral("AB12CDE")}).code == 0 &&
               s.cli(QStringLiteral("sup"), {QStringLiteral("access"), QStringLiteral("approve"), QStringLiteral("1"),
                                             QStringLiteral("--reason"), QStringLiteral("proportionate")}).code == 0;
    }
    static QString storeId(const CliStore &s)
    {
        return s.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'store.id'")).toString();
    }

private Q_SLOTS:
    void verifyChangesNothingAndLeavesNothingBeside()
    {
        CliStore s;
        QVERIFY(busy(s));
        QVERIFY(!QFile::exists(s.db() + QStringLiteral("-wal"))); // the last writer checkpointed and closed
        const QStringList before = QDir(QFileInfo(s.db()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        const QByteArray bytes = fileSha256(s.db());
        const CliRun r = verify(s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("audit trail intact")));
        QCOMPARE(QDir(QFileInfo(s.db()).absolutePath()).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(fileSha256(s.db()), bytes);
    }

    void whatCannotBeReadIsExitTwo()
    {
        CliStore s;
        QVERIFY(busy(s));
        QTemporaryDir dir;
        CliRun r = runCli({QStringLiteral("--db"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("typo.db")), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo.db"))));
        // An anchors file with no anchor in it proves nothing.
        QVERIFY(s.writeFile(QStringLiteral("anchors.txt"), "# nothing yet\n"));
        r = verify(s, {QStringLiteral("--anchors"), s.path(QStringLiteral("anchors.txt"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("holds no anchor")), qPrintable(r.err));
        // The store on a machine without its key: cannot be verified (2), not "broken" (4).
        const QString key = QDir(qEnvironmentVariable("KESTREL_KEY_DIR")).filePath(storeId(s) + QStringLiteral(".key"));
        QVERIFY(QFile::exists(key));
        const QString away = s.path(QStringLiteral("examiner.key"));
        QVERIFY(QFile::rename(key, away));
        r = verify(s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("audit key")), qPrintable(r.err));
        // Given the key file, as an examiner would be.
        r = verify(s, {QStringLiteral("--key"), away});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::rename(away, key));
    }

    void tamperingIsExitFour_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("an entry's details edited") << QStringList{QStringLiteral(
            "UPDATE audit_log SET details = replace(details, 'list.csv', 'gone.csv') WHERE action = 'hotlist-import'")}
                                                   << QStringLiteral("altered");
        QTest::newRow("the acting user changed") << QStringList{QStringLiteral(
            "UPDATE audit_log SET user_name = 'nobody' WHERE id = 3")} << QStringLiteral("audit entry 3");
        QTest::newRow("an entry forged at the end, head moved")
            << QStringList{QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, details, prev_hash, hash)"
                                          " SELECT max(id) + 1, 0, 'admin', 'retention-run', '{}', (SELECT hash FROM audit_log"
                                          " ORDER BY id DESC LIMIT 1), '%1' FROM audit_log").arg(QString(64, QLatin1Char('a'))),
                           QStringLiteral("UPDATE audit_head SET last_id = last_id + 1, entries = entries + 1, last_hash = '%1'")
                               .arg(QString(64, QLatin1Char('a')))}
            << QStringLiteral("without the store's audit key");
        // Rows the rules and the evidence live in, edited straight in the file.
        QTest::newRow("a user made an administrator") << QStringList{QStringLiteral("UPDATE users SET roles = 8 WHERE name = 'op'")}
                                                      << QStringLiteral("users row");
        QTest::newRow("a password hash replaced") << QStringList{QStringLiteral(
            "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'admin') WHERE name = 'aud'")}
                                                  << QStringLiteral("users row");
        QTest::newRow("an account inserted") << QStringList{QStringLiteral(
            "INSERT INTO users (name, roles, password_hash) SELECT 'eve', 31, password_hash FROM users WHERE name = 'admin'")}
                                             << QStringLiteral("no audit entry");
        QTest::newRow("an approval widened") << QStringList{QStringLiteral("UPDATE access_requests SET scope_vrms = '*'")}
                                             << QStringLiteral("access_requests row");
        QTest::newRow("a request approved by hand") << QStringList{QStringLiteral(
            "UPDATE access_requests SET tier = 2")} << QStringLiteral("access_requests row");
        QTest::newRow("a setting changed") << QStringList{QStringLiteral(
            "UPDATE settings SET value = '2160' WHERE key = 'access.operator_hours'")} << QStringLiteral("settings row");
        QTest::newRow("a hotlist entry put live") << QStringList{QStringLiteral("UPDATE hotlist_entries SET status = 'live'")}
                                                  << QStringLiteral("hotlist_entries row");
        QTest::newRow("a hotlist entry deleted") << QStringList{QStringLiteral("DELETE FROM hotlist_entries")}
                                                 << QStringLiteral("deleted outside Kestrel");
        QTest::newRow("a read's VRM changed") << QStringList{QStringLiteral(
            "UPDATE reads_%1 SET vrm = 'ZZ99ZZZ' WHERE vrm = 'XY51ABC'").arg(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyyMM")))}
                                              << QStringLiteral("changed outside Kestrel");
        QTest::newRow("a read deleted") << QStringList{QStringLiteral(
            "DELETE FROM reads_%1 WHERE vrm = 'CD34EFG'").arg(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyyMM")))}
                                        << QStringLiteral("deleted outside Kestrel");
        QTest::newRow("a read inserted") << QStringList{QStringLiteral(
            "INSERT INTO reads_%1 (uid, vrm, confidence, camera_id, captured_at) VALUES ('x', 'FA11KEE', 0.99, 'CAM-1', 1)")
                                                            .arg(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyyMM")))}
                                         << QStringLiteral("no audited batch stored");
        QTest::newRow("the whole trail and its head emptied")
            << QStringList{QStringLiteral("DELETE FROM audit_log"),
                           QStringLiteral("UPDATE audit_head SET last_id = 0, entries = 0, last_hash = '%1'").arg(QString(64, QLatin1Char('0')))}
            << QStringLiteral("emptied");
    }
    void tamperingIsExitFour()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, says);
        CliStore s;
        QVERIFY(busy(s));
        QVERIFY(verify(s).code == 0);
        for (const QString &statement : sql)
            QVERIFY2(s.exec(statement), qPrintable(statement));
        const CliRun r = verify(s);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void aChainRewrittenWithFreshHashesDoesNotVerify()
    {
        // The insider recomputes every hash as the old, unkeyed chain did: without the key,
        // which is not in the database, the entries do not verify.
        CliStore s;
        QVERIFY(busy(s));
        QVERIFY(s.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 2")));
        QByteArray prev(64, '0');
        const qint64 n = s.count(QStringLiteral("audit_log"));
        for (qint64 id = 1; id <= n; ++id) {
            const QString row = QStringLiteral("SELECT at || char(31) || user_name || char(31) || action || char(31) || details"
                                               " FROM audit_log WHERE id = %1").arg(id);
            const QStringList f = s.scalar(row).toString().split(QChar(0x1f));
            const QByteArray data = prev + '\x1f' + f.value(0).toUtf8() + '\x1f' + f.value(1).toUtf8() + '\x1f' +
                                    f.value(2).toUtf8() + '\x1f' + f.value(3).toUtf8();
            const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
            QVERIFY(s.exec(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                               .arg(QString::fromLatin1(prev), QString::fromLatin1(hash))
                               .arg(id)));
            prev = hash;
        }
        QVERIFY(s.exec(QStringLiteral("UPDATE audit_head SET last_hash = '%1'").arg(QString::fromLatin1(prev))));
        const CliRun r = verify(s);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("audit entry 1")), qPrintable(r.err));
    }
};

QTEST_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"
