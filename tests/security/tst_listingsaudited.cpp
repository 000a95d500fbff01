// Every listing and every refusal leaves an entry in the audit trail, under the acting user:
// what was shown (or refused) to whom is on the record, from every command that shows data.
#include "clistore.h"

class TestListingsAudited : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyListingIsOnTheRecord_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("refused");
        QTest::newRow("hotlist list") << QStringLiteral("op") << QStringList{QStringLiteral("hotlist"), QStringLiteral("list")}
                                      << 0 << QStringLiteral("hotlist-list") << false;
        QTest::newRow("hold list, operator") << QStringLiteral("op") << QStringList{QStringLiteral("hold"), QStringLiteral("list")}
                                             << 3 << QStringLiteral("hold-list") << true;
        QTest::newRow("hold list, investigator") << QStringLiteral("inv") << QStringList{QStringLiteral("hold"), QStringLiteral("list")}
                                                 << 0 << QStringLiteral("hold-list") << false;
        QTest::newRow("access list") << QStringLiteral("inv") << QStringList{QStringLiteral("access"), QStringLiteral("list")}
                                     << 0 << QStringLiteral("access-list") << false;
        QTest::newRow("access list, administrator") << QStringLiteral("admin") << QStringList{QStringLiteral("access"), QStringLiteral("list")}
                                                    << 3 << QStringLiteral("access-list") << true;
        QTest::newRow("users list") << QStringLiteral("aud") << QStringList{QStringLiteral("users"), QStringLiteral("list")}
                                    << 0 << QStringLiteral("user-list") << false;
        QTest::newRow("users list, operator") << QStringLiteral("op") << QStringList{QStringLiteral("users"), QStringLiteral("list")}
                                              << 3 << QStringLiteral("user-list") << true;
        QTest::newRow("audit list") << QStringLiteral("aud") << QStringList{QStringLiteral("audit"), QStringLiteral("list")}
                                    << 0 << QStringLiteral("audit-list") << false;
        QTest::newRow("audit list, supervisor") << QStringLiteral("sup") << QStringList{QStringLiteral("audit"), QStringLiteral("list")}
                                                << 3 << QStringLiteral("audit-list") << true;
        QTest::newRow("config list") << QStringLiteral("op") << QStringList{QStringLiteral("config"), QStringLiteral("list")}
                                     << 0 << QStringLiteral("config-list") << false;
        QTest::newRow("national keys") << QStringLiteral("op")
                                       << QStringList{QStringLiteral("hotlist"), QStringLiteral("trust-key"), QStringLiteral("list")}
                                       << 0 << QStringLiteral("hotlist-trust-key-list") << false;
        QTest::newRow("search, auditor") << QStringLiteral("aud")
                                         << QStringList{QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("AB12CDE"),
                                                        QStringLiteral("--purpose"), QStringLiteral("routine"),
                                                        QStringLiteral("--reference"), QStringLiteral("INC-1")}
                                         << 3 << QStringLiteral("search") << true;
        QTest::newRow("retention, supervisor") << QStringLiteral("sup")
                                               << QStringList{QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")}
                                               << 3 << QStringLiteral("retention-run") << true;
        QTest::newRow("config set, investigator") << QStringLiteral("inv")
                                                  << QStringList{QStringLiteral("config"), QStringLiteral("set"),
                                                                 QStringLiteral("retention.days"), QStringLiteral("365")}
                                                  << 3 << QStringLiteral("config-change") << true;
    }
    void everyListingIsOnTheRecord()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, action);
        QFETCH(bool, refused);
        static CliStore s;
        static const bool made = s.create();
        QVERIFY(made);
        QStringList all = args;
        if (args.first() == QLatin1String("hotlist"))
            all << QStringLiteral("--db") << s.db();
        const qint64 before = s.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
        const CliRun r = s.cli(user, all);
        QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
        const QString where = QStringLiteral("audit_log WHERE id > %1 AND action = '%2' AND user_name = '%3'").arg(before).arg(action, user);
        QCOMPARE(s.count(where), 1);
        const QString details = s.scalar(QStringLiteral("SELECT details FROM ") + where).toString();
        QCOMPARE(details.contains(QStringLiteral("\"refused\"")), refused);
    }
};

QTEST_MAIN(TestListingsAudited)
#include "tst_listingsaudited.moc"
