// Logging in to kestrel-cli (openSession) as people and attackers do: many processes at once,
// a password typed into the name field, a name in the wrong case.
#include "clirunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-0001");
const QString kRightPassword = QStringLiteral("right-pass-0001");
constexpr int kMaxFailedLogins = 5; // UserDirectory::kMaxFailedLogins, seen from outside
constexpr int kParallel = 40;

} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_dbs = 0;

    // A fresh database with an administrator "root" and an auditor `name` (an auditor may
    // `users list`, so a login that gets through exits 0).
    QString newDatabase(const QString &name)
    {
        const QString db = m_dir.filePath(QStringLiteral("login%1.db").arg(++m_dbs));
        const CliRun root = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                                   kAdminPassword);
        if (root.code != 0)
            qWarning("%s", qPrintable(root.err));
        const CliRun added =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                    QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"),
                    QStringLiteral("auditor")},
                   kAdminPassword, {QStringLiteral("KESTREL_NEW_PASSWORD=") + kRightPassword});
        if (added.code != 0)
            qWarning("%s", qPrintable(added.err));
        return db;
    }

    // Starts every login at once and waits for all of them: the race is between processes.
    static QList<int> loginAll(const QString &db, const QString &name, const QStringList &passwords)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QString &password : passwords) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KESTREL_PASSWORD"), password);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(KESTREL_BIN_DIR "/kestrel-cli"),
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), name,
                      QStringLiteral("users"), QStringLiteral("list")});
            processes.push_back(std::move(p));
        }
        QList<int> codes;
        for (auto &p : processes) {
            p->waitForFinished(300000);
            codes << (p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
        }
        return codes;
    }

    static QString codesText(const QList<int> &codes)
    {
        QStringList out;
        for (int c : codes)
            out << QString::number(c);
        return out.join(QLatin1Char(' '));
    }

    struct Peek
    {
        int failedLogins = -1;
        qint64 lockedUntilMs = 0;
        QStringList failureReasons; // details.reason of each login-failed entry
        QString everything;         // every column of every audit entry, for "appears nowhere"
        QStringList logins;         // user_name of each login entry
    };
    static Peek peek(const QString &db, const QString &name)
    {
        Peek out;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            sql.open();
            QSqlQuery q(sql);
            q.prepare(
                QStringLiteral("SELECT failed_logins, locked_until FROM users WHERE name = ?"));
            q.addBindValue(name);
            if (q.exec() && q.next()) {
                out.failedLogins = q.value(0).toInt();
                out.lockedUntilMs = q.value(1).toLongLong();
            }
            q.exec(QStringLiteral("SELECT at, user_name, action, details, prev_hash, hash FROM "
                                  "audit_log ORDER BY id"));
            while (q.next()) {
                for (int i = 0; i < 6; ++i)
                    out.everything += q.value(i).toString() + QLatin1Char('\n');
                const QString action = q.value(2).toString();
                if (action == QLatin1String("login-failed"))
                    out.failureReasons << QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                                              .object()
                                              .value(QLatin1String("reason"))
                                              .toString();
                else if (action == QLatin1String("login"))
                    out.logins << q.value(1).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }

private Q_SLOTS:
    void parallelWrongPasswordsLockTheAccount()
    {
        const QString db = newDatabase(QStringLiteral("vic"));
        QStringList wrong;
        for (int i = 0; i < kParallel; ++i)
            wrong << QStringLiteral("wrong-guess-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QList<int> codes = loginAll(db, QStringLiteral("vic"), wrong);
        QVERIFY2(codes.count(3) == kParallel, qPrintable(codesText(codes)));

        const Peek after = peek(db, QStringLiteral("vic"));
        // Every attempt counted before its check: exactly kMaxFailedLogins passwords were checked,
        // the others were refused unchecked because the account was locked (before the fix all
        // 40 were checked).
        QCOMPARE(after.failedLogins, kParallel);
        QVERIFY(after.lockedUntilMs > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(after.failureReasons.count(QStringLiteral("wrong-password")), kMaxFailedLogins);
        QCOMPARE(after.failureReasons.count(QStringLiteral("locked")),
                 kParallel - kMaxFailedLogins);

        // The right password now is refused, with the same words as a wrong one.
        const CliRun right =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vic"),
                    QStringLiteral("users"), QStringLiteral("list")},
                   kRightPassword);
        QCOMPARE(right.code, 3);
        QVERIFY2(right.err.contains(
                     QStringLiteral("unknown user or wrong password, or the account is locked or "
                                    "disabled: ask an administrator")),
                 qPrintable(right.err));
        QVERIFY(!right.err.contains(QStringLiteral("until")));
        QCOMPARE(peek(db, QStringLiteral("vic")).failureReasons.last(), QStringLiteral("locked"));
    }

    void aRightPasswordInTheBatchDoesNotUnlock()
    {
        const QString db = newDatabase(QStringLiteral("vic"));
        QStringList passwords;
        for (int i = 0; i < kParallel; ++i)
            passwords << QStringLiteral("wrong-guess-%1").arg(i);
        passwords.insert(kParallel / 4, kRightPassword); // one right among the wrong ones
        const QList<int> codes = loginAll(db, QStringLiteral("vic"), passwords);
        QVERIFY2(codes.count(3) >= kParallel, qPrintable(codesText(codes)));

        const Peek after = peek(db, QStringLiteral("vic"));
        QVERIFY2(after.failedLogins >= kMaxFailedLogins,
                 qPrintable(QString::number(after.failedLogins)));
        QVERIFY(after.lockedUntilMs > QDateTime::currentMSecsSinceEpoch());
        // Attempts made while the success was being checked stay counted: only the ones before
        // it may be forgotten (before the fix the success wiped the count of all that finished
        // before it, and all 41 passwords were checked).
        QVERIFY2(after.failedLogins >= kParallel - kMaxFailedLogins,
                 qPrintable(QString::number(after.failedLogins)));
        // At most one budget of checks per success: a success forgets only what came before it.
        QVERIFY(after.failureReasons.count(QStringLiteral("wrong-password")) <=
                2 * kMaxFailedLogins);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                         QStringLiteral("vic"), QStringLiteral("users"), QStringLiteral("list")},
                        kRightPassword)
                     .code,
                 3);
    }

    void aPasswordTypedAsTheNameIsNotRecorded()
    {
        const QString db = newDatabase(QStringLiteral("vic"));
        const QString typed = QStringLiteral("Tr0ub4dor&3-secret");
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), typed,
                                 QStringLiteral("users"), QStringLiteral("list")},
                                QStringLiteral("whatever"));
        QCOMPARE(r.code, 3);
        const Peek after = peek(db, QStringLiteral("vic"));
        QVERIFY2(!after.everything.contains(typed, Qt::CaseInsensitive),
                 qPrintable(after.everything));
        QVERIFY(!after.everything.contains(QStringLiteral("Tr0ub4dor"), Qt::CaseInsensitive));
        QVERIFY(after.everything.contains(QStringLiteral("(unknown)")));
        QCOMPARE(after.failureReasons, QStringList{QStringLiteral("unknown-name")});
    }

    void aNameInAnotherCaseLogsInAsTheStoredSpelling()
    {
        const QString db = newDatabase(QStringLiteral("sup1"));
        const CliRun r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("SUP1"),
                    QStringLiteral("users"), QStringLiteral("list")},
                   kRightPassword);
        QCOMPARE(r.code, 0);
        QCOMPARE(peek(db, QStringLiteral("sup1")).logins.last(), QStringLiteral("sup1"));
        // And a second account that differs only in case cannot be made.
        const CliRun twin =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                    QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("SUP1"),
                    QStringLiteral("--role"), QStringLiteral("supervisor")},
                   kAdminPassword, {QStringLiteral("KESTREL_NEW_PASSWORD=twin-password-01")});
        QCOMPARE(twin.code, 2);
        QVERIFY2(twin.err.contains(QStringLiteral("sup1")), qPrintable(twin.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
