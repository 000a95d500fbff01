// kestrel-cli users: passwords and names that are refused, and what administrators (and only
// they) may do to accounts, each act and each refusal in the audit trail.
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kRootPassword = QStringLiteral("root-password-1");
const QString kUserPassword = QStringLiteral("user-password-1");

struct Entry
{
    QString user;
    QString action;
    QJsonObject details;
};

} // namespace

class TestUsersCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_dbs = 0;

    CliRun cli(const QString &user, const QStringList &args,
               const QString &password = kRootPassword, const QString &newPassword = kUserPassword)
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + args, password,
                      {QStringLiteral("KESTREL_NEW_PASSWORD=") + newPassword});
    }
    CliRun asRoot(const QStringList &args, const QString &newPassword = kUserPassword)
    {
        return cli(QStringLiteral("root"), args, kRootPassword, newPassword);
    }
    CliRun as(const QString &user, const QStringList &args)
    {
        return cli(user, args, kUserPassword);
    }

    // A new database with the administrator root, the supervisor sup1 and the operator op1.
    void freshDatabase()
    {
        m_db = m_dir.filePath(QStringLiteral("users%1.db").arg(++m_dbs));
        QCOMPARE(cli({},
                     {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                     kRootPassword, kRootPassword)
                     .code,
                 0);
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("sup1"),
                         QStringLiteral("--role"), QStringLiteral("supervisor")})
                     .code,
                 0);
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("op1"),
                         QStringLiteral("--role"), QStringLiteral("operator")})
                     .code,
                 0);
    }

    QList<Entry> audit(const QString &action)
    {
        QList<Entry> out;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(m_db);
            sql.open();
            QSqlQuery q(sql);
            q.prepare(QStringLiteral(
                "SELECT user_name, action, details FROM audit_log WHERE action = ? ORDER BY id"));
            q.addBindValue(action);
            q.exec();
            while (q.next())
                out.append({q.value(0).toString(), q.value(1).toString(),
                            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }

    QString column(const QString &name, const QString &columnName)
    {
        QString out;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(m_db);
            sql.open();
            QSqlQuery q(sql);
            q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(columnName));
            q.addBindValue(name);
            if (q.exec() && q.next())
                out = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }

private Q_SLOTS:
    void shortOrBlankPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("              ");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("11 characters") << QStringLiteral("abcdefghij1");
        QTest::newRow("11 characters and spaces around") << QStringLiteral("  abcdefghij1  ");
    }
    void shortOrBlankPasswordsAreRefused()
    {
        QFETCH(QString, password);
        // The first account (init), a new account (add) and a reset all keep the same rule.
        m_db = m_dir.filePath(QStringLiteral("short%1.db").arg(++m_dbs));
        const CliRun init =
            cli({},
                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                password, password);
        QCOMPARE(init.code, 2);
        QVERIFY2(init.err.contains(QStringLiteral("field 'password'")), qPrintable(init.err));

        freshDatabase();
        const CliRun add =
            asRoot({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("op2"),
                    QStringLiteral("--role"), QStringLiteral("operator")},
                   password);
        QCOMPARE(add.code, 2);
        QVERIFY2(add.err.contains(QStringLiteral("field 'password'")), qPrintable(add.err));
        const CliRun reset = asRoot(
            {QStringLiteral("users"), QStringLiteral("reset"), QStringLiteral("op1")}, password);
        QCOMPARE(reset.code, 2);
        QVERIFY2(reset.err.contains(QStringLiteral("field 'password'")), qPrintable(reset.err));
        // op1's password is unchanged: the login succeeds (and listing is then refused to an
        // operator).
        QCOMPARE(as(QStringLiteral("op1"), {QStringLiteral("users"), QStringLiteral("list")}).code,
                 3);
        QCOMPARE(audit(QStringLiteral("login")).last().user, QStringLiteral("op1"));
    }

    void namesFollowTheRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("ascii") << QStringLiteral("bob.smith_2-x") << 0;
        QTest::newRow("space") << QStringLiteral("bob smith") << 2;
        QTest::newRow("cyrillic o") << QStringLiteral("b\u043Eb") << 2;
        QTest::newRow("greek omicron") << QStringLiteral("b\u03BFb") << 2;
        QTest::newRow("control character") << QStringLiteral("bob\x01") << 2;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << 2;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << 0;
        QTest::newRow("sup1 in capitals") << QStringLiteral("SUP1") << 2;
    }
    void namesFollowTheRules()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        if (QByteArray(QTest::currentDataTag()) == "ascii") // the rows share one database
            freshDatabase();
        const CliRun r = asRoot({QStringLiteral("users"), QStringLiteral("add"), name,
                                 QStringLiteral("--role"), QStringLiteral("operator")});
        QVERIFY2(r.code == code, qPrintable(r.err));
        if (code != 0)
            QVERIFY2(r.err.contains(QStringLiteral("field 'name'")), qPrintable(r.err));
    }

    void administratorsManageAccounts()
    {
        freshDatabase();
        // disable and enable
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("op1")})
                     .code,
                 0);
        QCOMPARE(as(QStringLiteral("op1"), {QStringLiteral("users"), QStringLiteral("list")}).code,
                 3);
        QCOMPARE(
            asRoot({QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("OP1")}).code,
            0);
        QCOMPARE(column(QStringLiteral("op1"), QStringLiteral("disabled")), QStringLiteral("0"));
        QCOMPARE(audit(QStringLiteral("user-enable")).last().user, QStringLiteral("root"));
        QCOMPARE(audit(QStringLiteral("user-enable"))
                     .last()
                     .details.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("op1"));

        // unlock: clears a lockout before it runs out
        for (int i = 0; i < 5; ++i)
            cli(QStringLiteral("op1"), {QStringLiteral("users"), QStringLiteral("list")},
                QStringLiteral("wrong-password-x"));
        QVERIFY(column(QStringLiteral("op1"), QStringLiteral("locked_until")).toLongLong() > 0);
        QCOMPARE(
            asRoot({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("op1")}).code,
            0);
        QCOMPARE(column(QStringLiteral("op1"), QStringLiteral("locked_until")),
                 QStringLiteral("0"));
        QCOMPARE(column(QStringLiteral("op1"), QStringLiteral("failed_logins")),
                 QStringLiteral("0"));
        QCOMPARE(audit(QStringLiteral("user-unlock"))
                     .last()
                     .details.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("op1"));

        // reset: the new password from KESTREL_NEW_PASSWORD, never written to the trail
        const QString fresh = QStringLiteral("brand-new-password");
        QCOMPARE(
            asRoot({QStringLiteral("users"), QStringLiteral("reset"), QStringLiteral("op1")}, fresh)
                .code,
            0);
        QCOMPARE(
            cli(QStringLiteral("op1"), {QStringLiteral("users"), QStringLiteral("list")}, fresh)
                .code,
            3);
        QCOMPARE(audit(QStringLiteral("login")).last().user, QStringLiteral("op1"));
        QCOMPARE(audit(QStringLiteral("user-password-reset")).last().user, QStringLiteral("root"));
        QVERIFY(!QJsonDocument(audit(QStringLiteral("user-password-reset")).last().details)
                     .toJson()
                     .contains(fresh.toUtf8()));

        // roles: op1 becomes an auditor and an operator, and may now list users
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("op1"),
                         QStringLiteral("--role"), QStringLiteral("auditor"),
                         QStringLiteral("--role"), QStringLiteral("operator")})
                     .code,
                 0);
        QCOMPARE(
            cli(QStringLiteral("op1"), {QStringLiteral("users"), QStringLiteral("list")}, fresh)
                .code,
            0);
        const QJsonObject roles = audit(QStringLiteral("user-roles")).last().details;
        QCOMPARE(roles.value(QLatin1String("name")).toString(), QStringLiteral("op1"));
        QCOMPARE(roles.value(QLatin1String("from")).toVariant().toStringList(),
                 QStringList{QStringLiteral("operator")});
        QCOMPARE(roles.value(QLatin1String("to")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("operator"), QStringLiteral("auditor")}));
        // users list is audited too
        QCOMPARE(audit(QStringLiteral("user-list")).last().user, QStringLiteral("op1"));
    }

    void othersAreRefusedAndAudited_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("action");
        QTest::newRow("enable") << QStringList{QStringLiteral("enable"), QStringLiteral("op1")}
                                << QStringLiteral("user-enable");
        QTest::newRow("disable") << QStringList{QStringLiteral("disable"), QStringLiteral("op1")}
                                 << QStringLiteral("user-disable");
        QTest::newRow("unlock") << QStringList{QStringLiteral("unlock"), QStringLiteral("op1")}
                                << QStringLiteral("user-unlock");
        QTest::newRow("reset") << QStringList{QStringLiteral("reset"), QStringLiteral("op1")}
                               << QStringLiteral("user-password-reset");
        QTest::newRow("roles") << QStringList{QStringLiteral("roles"), QStringLiteral("sup1"),
                                              QStringLiteral("--role"),
                                              QStringLiteral("administrator")}
                               << QStringLiteral("user-roles");
        QTest::newRow("list") << QStringList{QStringLiteral("list")} << QStringLiteral("user-list");
    }
    void othersAreRefusedAndAudited()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, action);
        freshDatabase();
        const CliRun r = as(QStringLiteral("sup1"), QStringList{QStringLiteral("users")} + args);
        QCOMPARE(r.code, 3);
        const QList<Entry> entries = audit(action);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().user, QStringLiteral("sup1"));
        QVERIFY(entries.last().details.contains(QLatin1String("refused")));
        QCOMPARE(column(QStringLiteral("sup1"), QStringLiteral("roles")),
                 QStringLiteral("4")); // unchanged
    }

    void theLastAdministratorStays()
    {
        freshDatabase();
        const CliRun demote =
            asRoot({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("root"),
                    QStringLiteral("--role"), QStringLiteral("auditor")});
        QCOMPARE(demote.code, 3);
        QVERIFY2(demote.err.contains(QStringLiteral("last")), qPrintable(demote.err));
        QCOMPARE(
            asRoot({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("root")})
                .code,
            3);
        QCOMPARE(audit(QStringLiteral("user-roles")).last().user, QStringLiteral("root"));
        QVERIFY(
            audit(QStringLiteral("user-roles")).last().details.contains(QLatin1String("refused")));
        QVERIFY(audit(QStringLiteral("user-disable"))
                    .last()
                    .details.contains(QLatin1String("refused")));
        QCOMPARE(column(QStringLiteral("root"), QStringLiteral("roles")), QStringLiteral("8"));

        // With a second administrator the first may step down.
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("sup1"),
                         QStringLiteral("--role"), QStringLiteral("supervisor"),
                         QStringLiteral("--role"), QStringLiteral("administrator")})
                     .code,
                 0);
        QCOMPARE(asRoot({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("root"),
                         QStringLiteral("--role"), QStringLiteral("auditor")})
                     .code,
                 0);
        QCOMPARE(column(QStringLiteral("root"), QStringLiteral("roles")), QStringLiteral("16"));
        // and now sup1 is the last one
        QCOMPARE(as(QStringLiteral("sup1"),
                    {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("sup1")})
                     .code,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"
