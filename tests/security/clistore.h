// A scratch Kestrel store driven only through kestrel-cli, as an insider or a careless user at a
// terminal would: accounts of every role, and direct SQL on the file for what the CLI must refuse
// or notice.
#pragma once

#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class CliStore
{
public:
    static constexpr const char *kPassword = "correct-horse-battery";

    CliStore() : m_db(m_dir.filePath(QStringLiteral("k.db"))) {}

    const QString &db() const { return m_db; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The first administrator ("admin"), then one account per role.
    bool create()
    {
        if (runCli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--admin"), QStringLiteral("admin")},
                   QLatin1String(kPassword))
                .code != 0)
            return false;
        for (const auto &[name, role] : {std::pair{"admin2", "administrator"}, std::pair{"op", "operator"}, std::pair{"inv", "investigator"},
                                         std::pair{"sup", "supervisor"}, std::pair{"sup2", "supervisor"},
                                         std::pair{"aud", "auditor"}})
            if (cli(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), QLatin1String(name),
                                              QStringLiteral("--role"), QLatin1String(role)})
                    .code != 0)
                return false;
        return true;
    }

    CliRun cli(const QString &user, const QStringList &args, const QStringList &extraEnv = {}) const
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + args, QLatin1String(kPassword),
                      QStringList{QStringLiteral("KESTREL_NEW_PASSWORD=") + QLatin1String(kPassword)} + extraEnv);
    }

    // One value of a query on the store file, through a connection of the test's own.
    QVariant scalar(const QString &sql) const
    {
        const QString name = QUuid::createUuid().toString();
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    v = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }
    bool exec(const QString &sql) const
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    qint64 count(const QString &fromWhere) const { return scalar(QStringLiteral("SELECT count(*) FROM ") + fromWhere).toLongLong(); }

    bool writeFile(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};
