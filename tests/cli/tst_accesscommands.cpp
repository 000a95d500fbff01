// kestrel-cli as investigators, supervisors and auditors use it: users, reads import, access
// requests, search and convoy with their exit codes, and audit verification after tampering.
#include "clirunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

} // namespace

class TestAccessCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QString &user, const QStringList &args, const QString &password = QStringLiteral("pw-1234567890"),
            const QStringList &extraEnv = {})
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + args, password, extraEnv);
    }
    static QString day(int daysAgo)
    {
        return QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("k.db"));
        // init makes the store and its first administrator; after that only admins add.
        QCOMPARE(initStore(m_db, QStringLiteral("root"), QStringLiteral("pw-1234567890")).code, 0);
        QCOMPARE(cli({}, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                         QStringLiteral("operator")}).code, 1);
        for (const auto &[name, role] : {std::pair{"inv", "investigator"}, std::pair{"sgt1", "supervisor"},
                                         std::pair{"sgt2", "supervisor"}, std::pair{"aud", "auditor"}})
            QCOMPARE(cli(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("add"), QLatin1String(name),
                                                  QStringLiteral("--role"), QLatin1String(role)}).code, 0);
        QCOMPARE(cli(QStringLiteral("inv"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("y"),
                                             QStringLiteral("--role"), QStringLiteral("operator")}).code, 3);
        const Run listed = cli(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 5);
        QCOMPARE(cli(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("wrong")).code, 3);

        QFile csv(m_dir.filePath(QStringLiteral("reads.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("vrm,time,camera,confidence\n"
                                 "AB12CDE,%1,CAM-1,0.97\n"
                                 "CO11VOY,%2,CAM-1,0.95\n"
                                 "AB12CDE,%3,CAM-2,0.9\n"
                                 "AB12CDE,%4,CAM-2,0.9\n"
                                 "not a plate!,%1,CAM-1,0.9\n"
                                 "XY51ABC,yesterday,CAM-1,0.9\n"
                                 "XY51ABC,%1,CAM-1,1.7\n"
                                 "XY51ABC,%5,CAM-1,0.9\n")
                      .arg(day(1), QDateTime::currentDateTimeUtc().addDays(-1).addSecs(20).toString(Qt::ISODate), day(200), day(500),
                           day(-2))
                      .toUtf8());
        csv.close();
        const Run imported = cli(QStringLiteral("root"), {QStringLiteral("reads"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(imported.code, 2);
        QVERIFY(imported.out.contains(QStringLiteral("imported 4, rejected 4")));
        QVERIFY(imported.err.contains(QStringLiteral("reads.csv:6: field 'vrm'")));
        QVERIFY(imported.err.contains(QStringLiteral("reads.csv:7: field 'time'")));
        QVERIFY(imported.err.contains(QStringLiteral("reads.csv:8: field 'confidence'")));
        QVERIFY2(imported.err.contains(QStringLiteral("reads.csv:9: field 'time'")) && imported.err.contains(QStringLiteral("in the future")),
                 qPrintable(imported.err));
    }

    void readsImportRefusesBadTimes_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("why"); // in the message after "FILE:2: field 'time': "
        const QString date = QDateTime::currentDateTimeUtc().addDays(-1).date().toString(Qt::ISODate);
        // Each of these used to be stored as midnight of the date.
        QTest::newRow("minute 61") << date + QStringLiteral("T10:61:00Z") << QStringLiteral("minute 61");
        QTest::newRow("T garbage") << date + QStringLiteral("Tgarbage") << QStringLiteral("hour");
        QTest::newRow("offset +99:00") << date + QStringLiteral("T10:00:00+99:00") << QStringLiteral("offset hour 99");
        QTest::newRow("leap second") << date + QStringLiteral("T23:59:60Z") << QStringLiteral("second 60");
        QTest::newRow("31 April") << QStringLiteral("2026-04-31T10:00:00Z") << QStringLiteral("day 31");
        QTest::newRow("before 2000") << QStringLiteral("1999-12-31T10:00:00Z") << QStringLiteral("before 2000");
    }
    void readsImportRefusesBadTimes()
    {
        QFETCH(QString, time);
        QFETCH(QString, why);
        QFile csv(m_dir.filePath(QStringLiteral("badtime-%1.csv").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("vrm,time,camera\nBT12ABC,%1,CAM-9\n").arg(time).toUtf8());
        csv.close();
        const Run r = cli(QStringLiteral("root"), {QStringLiteral("reads"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("imported 0, rejected 1")), qPrintable(r.out));
        const QString where = csv.fileName() + QStringLiteral(":2: field 'time': ");
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY2(r.err.section(where, 1).contains(why), qPrintable(r.err));
    }

    void timeOptionsAreStrict_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("from minute 61") << QStringLiteral("from") << QStringLiteral("2026-03-01T10:61:00Z");
        QTest::newRow("to garbage") << QStringLiteral("to") << QStringLiteral("2026-03-01Tgarbage");
        QTest::newRow("to far future") << QStringLiteral("to") << QStringLiteral("2099-01-01");
        QTest::newRow("from lower-case z") << QStringLiteral("from") << QStringLiteral("2026-03-01T10:00:00z");
    }
    void timeOptionsAreStrict()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const Run r = cli(QStringLiteral("inv"), {QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("AB12CDE"),
                                                  QStringLiteral("--purpose"), QStringLiteral("routine"), QStringLiteral("--reference"),
                                                  QStringLiteral("R1"), QLatin1String("--") + option, value});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("field '%1': '").arg(option)), qPrintable(r.err));
    }

    void searchNeedsPurposeAndReference()
    {
        QCOMPARE(cli(QStringLiteral("inv"), {QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("AB12CDE")}).code, 1);
        QCOMPARE(cli(QStringLiteral("aud"), {QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("AB12CDE"),
                                             QStringLiteral("--purpose"), QStringLiteral("routine"), QStringLiteral("--reference"),
                                             QStringLiteral("R1")}).code, 3);
    }

    void extendedAccessFlow()
    {
        const QStringList old = {QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("ab12cde"),
                                 QStringLiteral("--from"), day(300), QStringLiteral("--to"), day(100),
                                 QStringLiteral("--purpose"), QStringLiteral("serious"), QStringLiteral("--reference"),
                                 QStringLiteral("OP-TERN/4"), QStringLiteral("--json")};
        Run r = cli(QStringLiteral("inv"), old);
        // The window lies wholly before the 90 days open to a routine or serious search without
        // approval: refused from the rights alone, with how to ask.
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("access request")));

        r = cli(QStringLiteral("inv"), {QStringLiteral("access"), QStringLiteral("request"), QStringLiteral("--tier"), QStringLiteral("12"),
                                        QStringLiteral("--purpose"), QStringLiteral("serious"), QStringLiteral("--reference"),
                                        QStringLiteral("OP-TERN/4"), QStringLiteral("--justification"), QStringLiteral("linked burglaries"),
                                        QStringLiteral("--vrm"), QStringLiteral("AB12CDE")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(QStringLiteral("inv"), {QStringLiteral("access"), QStringLiteral("approve"), QStringLiteral("1"),
                                             QStringLiteral("--reason"), QStringLiteral("me")}).code, 3);
        QCOMPARE(cli(QStringLiteral("sgt1"), {QStringLiteral("access"), QStringLiteral("approve"), QStringLiteral("1")}).code, 2);
        r = cli(QStringLiteral("sgt1"), {QStringLiteral("access"), QStringLiteral("approve"), QStringLiteral("1"),
                                         QStringLiteral("--reason"), QStringLiteral("necessary and proportionate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(QStringLiteral("sgt2"), {QStringLiteral("access"), QStringLiteral("decline"), QStringLiteral("1"),
                                              QStringLiteral("--reason"), QStringLiteral("late")}).code, 3); // decided already

        r = cli(QStringLiteral("inv"), old);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("results")).toArray().size(), 1);
        // The approval covers 12 months for this case only: a 500-day read stays withheld.
        r = cli(QStringLiteral("inv"), {QStringLiteral("search"), QStringLiteral("--plate"), QStringLiteral("AB12CDE"),
                                        QStringLiteral("--purpose"), QStringLiteral("serious"), QStringLiteral("--reference"),
                                        QStringLiteral("OP-TERN/4"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject all = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &read : all.value(QLatin1String("results")).toArray())
            QVERIFY(read.toObject().value(QLatin1String("time")).toString() > day(366));
        QVERIFY(all.value(QLatin1String("visible_from")).toString() < day(364));
        QVERIFY2(r.err.contains(QStringLiteral("not shown to you, whether or not any exist")), qPrintable(r.err));
    }

    void convoy()
    {
        const Run r = cli(QStringLiteral("inv"), {QStringLiteral("convoy"), QStringLiteral("--plate"), QStringLiteral("AB12CDE"),
                                                  QStringLiteral("--window-s"), QStringLiteral("60"), QStringLiteral("--min-count"),
                                                  QStringLiteral("1"), QStringLiteral("--purpose"), QStringLiteral("routine"),
                                                  QStringLiteral("--reference"), QStringLiteral("R2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray vehicles = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("vehicles")).toArray();
        QCOMPARE(vehicles.size(), 1);
        QCOMPARE(vehicles.first().toObject().value(QLatin1String("vrm")).toString(), QStringLiteral("CO11VOY"));
    }

    void retentionAndHolds()
    {
        // Reads 800 days old are past the 730-day retention; a hold keeps one until released.
        QFile csv(m_dir.filePath(QStringLiteral("old.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("vrm,time,camera\nOL11DAA,%1,CAM-1\nOL22DBB,%1,CAM-1\nMI33DCC,%2,CAM-1\n")
                      .arg(day(800), day(400))
                      .toUtf8());
        csv.close();
        // Reads older than the force keeps are refused at import: they come in while the force
        // keeps them longer (900 days), then it shortens retention to 730.
        Run r = cli(QStringLiteral("root"), {QStringLiteral("reads"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("older than the force keeps reads")), qPrintable(r.err));
        const QStringList keep = {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("retention.days")};
        QCOMPARE(cli(QStringLiteral("root"), keep + QStringList{QStringLiteral("900")}).code, 0);
        r = cli(QStringLiteral("root"), {QStringLiteral("reads"), QStringLiteral("import"), csv.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(QStringLiteral("root"), keep + QStringList{QStringLiteral("730")}).code, 0);
        QString held;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT uid FROM reads WHERE vrm = 'OL11DAA'")) && q.next());
            held = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        const QStringList place{QStringLiteral("hold"), QStringLiteral("place"), QStringLiteral("--read"), held,
                                QStringLiteral("--reference"), QStringLiteral("OP-KESTREL"), QStringLiteral("--reason"),
                                QStringLiteral("evidence for trial")};
        QCOMPARE(cli(QStringLiteral("aud"), place).code, 3); // auditors do not place holds
        r = cli(QStringLiteral("inv"), {QStringLiteral("hold"), QStringLiteral("place"), QStringLiteral("--read"),
                                            QStringLiteral("not-a-uuid"), QStringLiteral("--reference"), QStringLiteral("X"),
                                            QStringLiteral("--reason"), QStringLiteral("y")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("field 'read'")));
        r = cli(QStringLiteral("inv"), place);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString holdId = r.out.section(QLatin1Char(' '), 1, 1);

        const QStringList run{QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--json")};
        QCOMPARE(cli(QStringLiteral("inv"), run).code, 3);
        r = cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("reads_deleted")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("held_kept")).toInt(), 1);
        // A run that deletes says what would go and deletes nothing until confirmed.
        r = cli(QStringLiteral("root"), run);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("reads_deleted")).toInt(), 1);
        r = cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("reads_deleted")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("dry_run")).toBool(), false);
        QCOMPARE(cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--image-days"), QStringLiteral("0")}).code, 2);
        // Never below what the force's settings allow: a slip of the keyboard deletes nothing.
        r = cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--retention-days"), QStringLiteral("1"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("retention.days must be from 31")), qPrintable(r.err));
        r = cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--retention-days"), QStringLiteral("100"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot exceed retention.days (100)")), qPrintable(r.err));

        const QStringList release{QStringLiteral("hold"), QStringLiteral("release"), holdId, QStringLiteral("--reason"),
                                  QStringLiteral("case closed")};
        QCOMPARE(cli(QStringLiteral("inv"), release).code, 3);
        QCOMPARE(cli(QStringLiteral("sgt1"), release).code, 0);
        r = cli(QStringLiteral("inv"), {QStringLiteral("hold"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QLatin1String("released_by")).toString(),
                 QStringLiteral("sgt1"));
        r = cli(QStringLiteral("root"), run + QStringList{QStringLiteral("--yes")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("reads_deleted")).toInt(), 1);
    }

    void auditAnchorCatchesACutTail()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("anchor.db"));
        auto run = [&](const QStringList &args) { return runCli(QStringList{QStringLiteral("--db"), db} + args, QStringLiteral("pw-1234567890")); };
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("anchor")}).code, 2); // nothing to anchor yet
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")}).code, 0);
        Run r = run({QStringLiteral("audit"), QStringLiteral("anchor")});
        QCOMPARE(r.code, 0);
        const QString anchor = r.out.trimmed();
        const qint64 anchoredId = anchor.section(QLatin1Char(':'), 0, 0).toLongLong();
        QVERIFY(anchoredId > 0);
        QFile anchors(dir.filePath(QStringLiteral("anchors.txt")));
        QVERIFY(anchors.open(QIODevice::WriteOnly));
        anchors.write("# kept on the write-once share\n2026-11-22T06:00:00Z " + anchor.toLatin1() + "\n");
        anchors.close();
        QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("users"), QStringLiteral("list")}).code, 0);
        r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), anchors.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 anchors held")));

        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(anchoredId)));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        r = run({QStringLiteral("audit"), QStringLiteral("verify")}); // the trail's head tells
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("its head records entry")), qPrintable(r.err));
        {
            // One who also moves the head back leaves a chain intact in itself: the anchor kept
            // outside the database tells, and so does the store itself, which holds an account
            // but no entry.
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("head"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_head SET last_id = (SELECT coalesce(max(id), 0) FROM audit_log),"
                                           " entries = (SELECT count(*) FROM audit_log), last_hash = coalesce("
                                           "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '%1')").arg(QString(64, QLatin1Char('0')))),
                     qPrintable(q.lastError().text()));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("head"));
        r = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("the trail was emptied")), qPrintable(r.err));
        r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("entries were removed from its end")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), anchors.fileName()}).code, 4);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), QStringLiteral("7:xyz")}).code, 2);
    }

    void auditVerifyDetectsTampering()
    {
        Run r = cli({}, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringLiteral("aud"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                        QStringLiteral("search"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray searches = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(searches.size() >= 4);
        QVERIFY(searches.first().toObject().value(QLatin1String("details")).toObject().contains(QLatin1String("reference")));
        QCOMPARE(cli(QStringLiteral("inv"), {QStringLiteral("audit"), QStringLiteral("list")}).code, 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = cli({}, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("entry 5")));
    }

    void newAccountsGetTheirOwnPassword()
    {
        // The administrator logs in with KESTREL_PASSWORD; the new account's password is
        // KESTREL_NEW_PASSWORD, not the administrator's.
        Run r = cli(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("pc2"),
                                             QStringLiteral("--role"), QStringLiteral("investigator")},
                    QStringLiteral("pw-1234567890"), {QStringLiteral("KESTREL_NEW_PASSWORD=own-pass-99-long")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("warning")));
        const QStringList list = {QStringLiteral("access"), QStringLiteral("list")};
        QCOMPARE(cli(QStringLiteral("pc2"), list, QStringLiteral("pw-1234567890")).code, 3);
        QCOMPARE(cli(QStringLiteral("pc2"), list, QStringLiteral("own-pass-99-long")).code, 0);
        // Without it (and no terminal), the administrator's own stands in, with a warning.
        r = cli(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("pc3"),
                                         QStringLiteral("--role"), QStringLiteral("operator")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: pc3's password is KESTREL_PASSWORD")), qPrintable(r.err));
    }

    void configIsForAdministrators()
    {
        Run r = cli(QStringLiteral("inv"), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("access.standard_days"),
                                            QStringLiteral("120")});
        QCOMPARE(r.code, 3);
        r = cli(QStringLiteral("root"), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("retention.days"),
                                         QStringLiteral("300")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("access.extended_days (365) cannot exceed retention.days (300)")), qPrintable(r.err));
        r = cli(QStringLiteral("root"), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("access.approval_days"),
                                         QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringLiteral("inv"), {QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QHash<QString, int> values;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            values.insert(v[QStringLiteral("key")].toString(), v[QStringLiteral("value")].toInt());
        QCOMPARE(values.value(QStringLiteral("access.approval_days")), 3);
        QCOMPARE(values.value(QStringLiteral("access.standard_days")), 90);
        QCOMPARE(values.value(QStringLiteral("retention.days")), 730);
        // Both the refusals and the change are on the record.
        r = cli(QStringLiteral("aud"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                        QStringLiteral("config-change"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        // Three here, and the two retention changes of retentionAndHolds on the same store.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);
    }

    // The outcomes offered for a hit are set and listed like the figures, by the same names.
    void theOutcomesAreAForceSetting()
    {
        const QStringList set{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("hits.outcomes")};
        Run r = cli(QStringLiteral("root"), set + QStringList{QStringLiteral("arrested,nicked,misread")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("'nicked' is not an outcome")), qPrintable(r.err));
        r = cli(QStringLiteral("inv"), set + QStringList{QStringLiteral("arrested,misread")});
        QCOMPARE(r.code, 3);
        r = cli(QStringLiteral("root"), set + QStringList{QStringLiteral("Lost-Sight, arrested,misread")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringLiteral("inv"), {QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QString outcomes;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v[QStringLiteral("key")].toString() == QStringLiteral("hits.outcomes"))
                outcomes = v[QStringLiteral("value")].toString();
        QCOMPARE(outcomes, QStringLiteral("lost-sight,arrested,misread"));
        r = cli(QStringLiteral("inv"), {QStringLiteral("config"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("hits.outcomes")) && r.out.contains(QStringLiteral("lost-sight,arrested,misread")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestAccessCommands)
#include "tst_accesscommands.moc"
