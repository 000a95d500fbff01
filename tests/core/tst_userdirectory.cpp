#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "scratchfiles.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kOther = QStringLiteral("another long password");

} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    User addUser(const QString &name, Roles roles)
    {
        auto added = UserDirectory(*m_store).add(name, roles, kPassword);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return added.value();
    }
    // Every audit entry's user, action and details in one text: "appears nowhere" checks.
    QString auditText() const
    {
        QString out;
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT user_name, action, details FROM audit_log ORDER BY id"));
        while (q.next())
            out += q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                   QLatin1Char('|') + q.value(2).toString() + QLatin1Char('\n');
        return out;
    }
    QList<AuditEvent> entries(const QString &action) const
    {
        QList<AuditEvent> out;
        const QList<AuditEvent> recent = AuditLog(*m_store).recent(1000);
        for (auto it = recent.crbegin(); it != recent.crend(); ++it) // oldest first
            if (it->action == action)
                out << *it;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        // One database per data row too: rows must not see each other's users.
        m_store = std::move(Store::openOrCreate(m_dir.filePath(currentTestFileName(QStringLiteral(".db")))))
                      .value();
    }
    void cleanup() { m_store.reset(); }

    void passwordsAreArgon2idHashes()
    {
        const QString hash = UserDirectory::hashPassword(QStringLiteral("correct horse"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(UserDirectory::verifyPassword(hash, QStringLiteral("correct horse")));
        QVERIFY(!UserDirectory::verifyPassword(hash, QStringLiteral("correct horsE")));
        QVERIFY(hash != UserDirectory::hashPassword(QStringLiteral("correct horse"))); // salted
    }

    void addAndAuthenticate()
    {
        UserDirectory users(*m_store);
        QVERIFY(users.isEmpty());
        auto added = users.add(QStringLiteral("alice"), Roles(Role::Investigator) | Role::Operator,
                               kPassword);
        QVERIFY(added.ok());
        QVERIFY(!users.add(QStringLiteral("alice"), Role::Operator, kOther).ok());
        QVERIFY(!users.add(QStringLiteral("norole"), Roles(), kOther).ok());
        auto ok = users.authenticate(QStringLiteral("alice"), kPassword);
        QVERIFY(ok.ok());
        QVERIFY(ok->has(Role::Investigator));
        QVERIFY(!ok->has(Role::Supervisor));
        QCOMPARE(roleNames(ok->roles),
                 (QStringList{QStringLiteral("operator"), QStringLiteral("investigator")}));
        UserDirectory::Refusal why = UserDirectory::Refusal::None;
        auto wrong = users.authenticate(QStringLiteral("alice"), QStringLiteral("guess"), &why);
        QCOMPARE(why, UserDirectory::Refusal::WrongPassword);
        auto unknown = users.authenticate(QStringLiteral("nobody"), QStringLiteral("guess"), &why);
        QCOMPARE(why, UserDirectory::Refusal::UnknownName);
        QCOMPARE(wrong.error().kind, Error::Kind::Refused);
        QCOMPARE(wrong.error().message, unknown.error().message); // never confirms who exists
    }

    void namesFollowTheRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("letters, digits, . _ -") << QStringLiteral("Bob.Smith_2-x") << true;
        QTest::newRow("one character") << QStringLiteral("b") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("space inside") << QStringLiteral("bob smith") << false;
        QTest::newRow("tab inside") << QStringLiteral("bob\tsmith") << false;
        QTest::newRow("cyrillic o") << QStringLiteral("b\u043Eb") << false;
        QTest::newRow("cyrillic a") << QStringLiteral("\u0430lice") << false;
        QTest::newRow("greek omicron") << QStringLiteral("b\u03BFb") << false;
        QTest::newRow("latin accent") << QStringLiteral("b\u00F6b") << false;
        QTest::newRow("fullwidth letters") << QStringLiteral("\uFF42\uFF4F\uFF42") << false;
        QTest::newRow("control character") << QStringLiteral("bob\x01") << false;
        QTest::newRow("escape") << QStringLiteral("bob\x1b[2J") << false;
        QTest::newRow("newline inside") << QStringLiteral("bob\nadmin") << false;
        QTest::newRow("zero width space") << QStringLiteral("bo\u200Bb") << false;
        QTest::newRow("slash") << QStringLiteral("bob/x") << false;
        QTest::newRow("at sign") << QStringLiteral("bob@force") << false;
        // Names that read as options or paths in a command line.
        QTest::newRow("leading hyphen") << QStringLiteral("-x") << false;
        QTest::newRow("a dot alone") << QStringLiteral(".") << false;
        QTest::newRow("leading underscore") << QStringLiteral("_svc") << false;
    }
    void namesFollowTheRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QCOMPARE(UserDirectory::checkName(name).ok(), accepted);
        auto added = UserDirectory(*m_store).add(name, Role::Operator, kPassword);
        QCOMPARE(added.ok(), accepted);
        if (!accepted) {
            QCOMPARE(added.error().field, QStringLiteral("name"));
            QVERIFY(UserDirectory(*m_store).isEmpty());
        }
    }

    void namesAreUniqueWithoutRegardToCase()
    {
        UserDirectory users(*m_store);
        addUser(QStringLiteral("sup1"), Role::Supervisor);
        for (const QString &twin :
             {QStringLiteral("SUP1"), QStringLiteral("Sup1"), QStringLiteral(" sup1 ")}) {
            auto refused = users.add(twin, Role::Supervisor, kOther);
            QVERIFY2(!refused.ok(), qPrintable(twin));
            QCOMPARE(refused.error().field, QStringLiteral("name"));
            QVERIFY(refused.error().message.contains(QStringLiteral("'sup1'")));
        }
        QCOMPARE(users.all().size(), 1);
        QCOMPARE(users.find(QStringLiteral("SUP1"))->name, QStringLiteral("sup1"));
        auto in = users.authenticate(QStringLiteral("SUP1"), kPassword);
        QVERIFY(in.ok());
        QCOMPARE(in->name, QStringLiteral("sup1")); // the stored spelling from here on
        QVERIFY(users
                    .logIn(QStringLiteral("sUp1"), kPassword,
                           {{QStringLiteral("client"), QStringLiteral("test")}})
                    .ok());
        QCOMPARE(entries(QStringLiteral("login")).last().user, QStringLiteral("sup1"));
    }

    void newPasswordsNeedTwelveCharacters_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QString(20, QLatin1Char(' ')) << false;
        QTest::newRow("tabs and newlines") << QStringLiteral("\t\t\n\n\t\t\n\n\t\t\n\n") << false;
        QTest::newRow("demo") << QStringLiteral("demo") << false;
        QTest::newRow("11") << QStringLiteral("abcdefghijk") << false;
        QTest::newRow("11 padded with spaces") << QStringLiteral("   abcdefghijk   ") << false;
        QTest::newRow("12") << QStringLiteral("abcdefghijkl") << true;
        QTest::newRow("12 with spaces inside") << QStringLiteral("correct hors") << true;
        QTest::newRow("12 outside the BMP")
            << QString::fromUtf8("\xF0\x9F\x90\xA6").repeated(12) << true;
        QTest::newRow("6 outside the BMP (12 UTF-16 units)")
            << QString::fromUtf8("\xF0\x9F\x90\xA6").repeated(6) << false;
    }
    void newPasswordsNeedTwelveCharacters()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        UserDirectory users(*m_store);
        QCOMPARE(UserDirectory::checkNewPassword(password).ok(), accepted);
        // add (and so the first account) and reset keep the same rule
        auto added = users.add(QStringLiteral("pat"), Role::Operator, password);
        QCOMPARE(added.ok(), accepted);
        if (!accepted)
            QCOMPARE(added.error().field, QStringLiteral("password"));
        const User admin = addUser(QStringLiteral("root"), Role::Administrator);
        auto reset = users.resetPassword(admin, QStringLiteral("root"), password);
        QCOMPARE(reset.ok(), accepted);
        if (!accepted) {
            QCOMPARE(reset.error().field, QStringLiteral("password"));
            QVERIFY(users.authenticate(QStringLiteral("root"), kPassword).ok()); // unchanged
            // The refusal is audited, and the password is not in it.
            const AuditEvent refused = entries(QStringLiteral("user-password-reset")).last();
            QCOMPARE(refused.user, QStringLiteral("root"));
            QVERIFY(refused.details.contains(QLatin1String("refused")));
            if (!password.trimmed().isEmpty())
                QVERIFY(!auditText().contains(password.trimmed()));
        }
    }

    void demoSeedIsTheOneExceptionToThePasswordRule()
    {
        UserDirectory users(*m_store);
        QCOMPARE(users.seedDemoUsers().value(), 5);
        QCOMPARE(users.seedDemoUsers().value(), 0);
        QVERIFY(users.authenticate(QStringLiteral("supervisor"), QStringLiteral("demo"))
                    ->has(Role::Supervisor));
        // The rule still holds for everyone else on the same directory.
        QVERIFY(!users.add(QStringLiteral("extra"), Role::Operator, QStringLiteral("demo")).ok());
    }

    void locksAfterRepeatedFailuresAndChecksNothingWhileLocked()
    {
        UserDirectory users(*m_store);
        addUser(QStringLiteral("bob"), Role::Operator);
        UserDirectory::Refusal why = UserDirectory::Refusal::None;
        for (int i = 0; i < UserDirectory::kMaxFailedLogins; ++i) {
            QVERIFY(!users.authenticate(QStringLiteral("bob"), QStringLiteral("wrong"), &why).ok());
            QCOMPARE(why, UserDirectory::Refusal::WrongPassword);
        }
        QCOMPARE(users.find(QStringLiteral("bob"))->failedLogins, UserDirectory::kMaxFailedLogins);
        auto locked = users.authenticate(QStringLiteral("bob"), kPassword, &why);
        QVERIFY(!locked.ok());
        QCOMPARE(why, UserDirectory::Refusal::Locked); // not checked: the right password is no help
        QCOMPARE(locked.error().message, UserDirectory::loginRefusedMessage());
        // Counted, not checked, and the lock is not extended by it.
        const qint64 lockedUntil = users.find(QStringLiteral("bob"))->lockedUntilMs;
        QVERIFY(!users.authenticate(QStringLiteral("bob"), kPassword).ok());
        QCOMPARE(users.find(QStringLiteral("bob"))->failedLogins,
                 UserDirectory::kMaxFailedLogins + 2);
        QCOMPARE(users.find(QStringLiteral("bob"))->lockedUntilMs, lockedUntil);
        // When the lock expires the right password works again and resets the counter.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET locked_until = 1 WHERE name = 'bob'")));
        QVERIFY(users.authenticate(QStringLiteral("bob"), kPassword).ok());
        QCOMPARE(users.find(QStringLiteral("bob"))->failedLogins, 0);
        QCOMPARE(users.find(QStringLiteral("bob"))->lockedUntilMs, 0);
    }

    void theLastAllowedAttemptMayStillBeRight()
    {
        UserDirectory users(*m_store);
        addUser(QStringLiteral("eve"), Role::Operator);
        for (int i = 0; i < UserDirectory::kMaxFailedLogins - 1; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("eve"), QStringLiteral("wrong")).ok());
        auto in = users.authenticate(QStringLiteral("eve"), kPassword);
        QVERIFY(in.ok());
        QCOMPARE(in->failedLogins, 0);
        QCOMPARE(in->lockedUntilMs, 0);
    }

    void disabledUsersCannotLogIn()
    {
        UserDirectory users(*m_store);
        const User admin = addUser(QStringLiteral("root"), Role::Administrator);
        addUser(QStringLiteral("carol"), Role::Auditor);
        QVERIFY(users.setDisabled(admin, QStringLiteral("carol"), true).ok());
        UserDirectory::Refusal why = UserDirectory::Refusal::None;
        auto refused = users.authenticate(QStringLiteral("carol"), kPassword, &why);
        QVERIFY(!refused.ok());
        QCOMPARE(why, UserDirectory::Refusal::Disabled);
        QCOMPARE(refused.error().message, UserDirectory::loginRefusedMessage());
        QCOMPARE(users.find(QStringLiteral("carol"))->failedLogins,
                 0); // not an attempt at a password
        QVERIFY(!users.setDisabled(admin, QStringLiteral("nobody"), true).ok());
    }

    void logInAuditsOnceWithTheTrueReason()
    {
        UserDirectory users(*m_store);
        addUser(QStringLiteral("alice"), Role::Operator);
        const QJsonObject gui{{QStringLiteral("client"), QStringLiteral("gui")}};
        // A password typed into the name field is never written down.
        const QString typed = QStringLiteral("MyS3cret-Passw0rd");
        auto unknown = users.logIn(typed, QStringLiteral("whatever"), gui);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, UserDirectory::loginRefusedMessage());
        QVERIFY2(!auditText().contains(typed, Qt::CaseInsensitive), qPrintable(auditText()));
        QVERIFY(!auditText().contains(QStringLiteral("S3cret"), Qt::CaseInsensitive));
        QCOMPARE(entries(QStringLiteral("login-failed")).size(), 1);
        QCOMPARE(entries(QStringLiteral("login-failed")).last().user, QStringLiteral("(unknown)"));
        QCOMPARE(entries(QStringLiteral("login-failed"))
                     .last()
                     .details.value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("unknown-name"));
        QCOMPARE(entries(QStringLiteral("login-failed"))
                     .last()
                     .details.value(QLatin1String("client"))
                     .toString(),
                 QStringLiteral("gui"));

        // Known names as they are stored, with the true reason; the person hears one message.
        auto wrong = users.logIn(QStringLiteral("ALICE"), QStringLiteral("wrong"), gui);
        QCOMPARE(wrong.error().message, UserDirectory::loginRefusedMessage());
        QCOMPARE(entries(QStringLiteral("login-failed")).last().user, QStringLiteral("alice"));
        QCOMPARE(entries(QStringLiteral("login-failed"))
                     .last()
                     .details.value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("wrong-password"));
        QVERIFY(!auditText().contains(QStringLiteral("ALICE")));

        QVERIFY(users.logIn(QStringLiteral("alice"), kPassword, gui).ok());
        QCOMPARE(entries(QStringLiteral("login")).size(), 1);
        QCOMPARE(entries(QStringLiteral("login")).last().details, gui);
        QCOMPARE(entries(QStringLiteral("login-failed")).size(), 2);
    }

    // A shift handover: the next user's log-in (marked with who handed over) and the first
    // user's log-out, both in the trail; a wrong password or a disabled account hands nothing
    // over; the signed-in user's own name is unlocking, not a handover.
    void handOverLogsTheNextInAndTheFirstOut()
    {
        UserDirectory users(*m_store);
        const User olly = addUser(QStringLiteral("olly"), Role::Operator);
        addUser(QStringLiteral("nina"), Role::Operator);
        const QJsonObject gui{{QStringLiteral("client"), QStringLiteral("gui")}};
        QVERIFY(!users.handOver(olly, QStringLiteral("OLLY"), kPassword, gui).ok());
        QVERIFY(!users.handOver(olly, QStringLiteral("nina"), QStringLiteral("wrong"), gui).ok());
        QCOMPARE(entries(QStringLiteral("logout")).size(), 0);
        QCOMPARE(entries(QStringLiteral("login-failed")).size(), 1);
        auto next = users.handOver(olly, QStringLiteral("nina"), kPassword, gui);
        QVERIFY2(next.ok(), qPrintable(next ? QString() : next.error().toString()));
        QCOMPARE(next->name, QStringLiteral("nina"));
        QCOMPARE(entries(QStringLiteral("login")).last().user, QStringLiteral("nina"));
        QCOMPARE(entries(QStringLiteral("login")).last().details.value(QLatin1String("handover_from")).toString(),
                 QStringLiteral("olly"));
        QCOMPARE(entries(QStringLiteral("logout")).size(), 1);
        QCOMPARE(entries(QStringLiteral("logout")).last().user, QStringLiteral("olly"));
        QCOMPARE(entries(QStringLiteral("logout")).last().details.value(QLatin1String("handed_over_to")).toString(),
                 QStringLiteral("nina"));
    }

    void administratorsManageAccountsAndEachActIsAudited()
    {
        UserDirectory users(*m_store);
        const User root = addUser(QStringLiteral("root"), Role::Administrator);
        addUser(QStringLiteral("op1"), Role::Operator);

        QVERIFY(users.setDisabled(root, QStringLiteral("OP1"), true).ok());
        QVERIFY(users.find(QStringLiteral("op1"))->disabled);
        QVERIFY(users.setDisabled(root, QStringLiteral("op1"), false).ok());
        QVERIFY(!users.find(QStringLiteral("op1"))->disabled);
        QCOMPARE(entries(QStringLiteral("user-disable"))
                     .last()
                     .details.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("op1"));
        QCOMPARE(entries(QStringLiteral("user-enable")).last().user, QStringLiteral("root"));

        for (int i = 0; i < UserDirectory::kMaxFailedLogins; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("op1"), QStringLiteral("wrong")));
        QVERIFY(users.find(QStringLiteral("op1"))->lockedUntilMs >
                QDateTime::currentMSecsSinceEpoch());
        QVERIFY(users.unlock(root, QStringLiteral("op1")).ok());
        QCOMPARE(users.find(QStringLiteral("op1"))->failedLogins, 0);
        QVERIFY(users.authenticate(QStringLiteral("op1"), kPassword).ok());
        const QJsonObject unlocked = entries(QStringLiteral("user-unlock")).last().details;
        QCOMPARE(unlocked.value(QLatin1String("failed_logins_cleared")).toInt(),
                 UserDirectory::kMaxFailedLogins);
        QCOMPARE(unlocked.value(QLatin1String("was_locked")).toBool(), true);

        QVERIFY(users.resetPassword(root, QStringLiteral("op1"), kOther).ok());
        QVERIFY(!users.authenticate(QStringLiteral("op1"), kPassword).ok());
        QVERIFY(users.authenticate(QStringLiteral("op1"), kOther).ok());
        QVERIFY(!auditText().contains(kOther));
        QCOMPARE(entries(QStringLiteral("user-password-reset")).last().user,
                 QStringLiteral("root"));

        auto changed =
            users.setRoles(root, QStringLiteral("op1"), Roles(Role::Operator) | Role::Auditor);
        QVERIFY(changed.ok());
        QCOMPARE(users.find(QStringLiteral("op1"))->roles.toInt(),
                 (Roles(Role::Operator) | Role::Auditor).toInt());
        const QJsonObject roles = entries(QStringLiteral("user-roles")).last().details;
        QCOMPARE(roles.value(QLatin1String("from")).toVariant().toStringList(),
                 QStringList{QStringLiteral("operator")});
        QCOMPARE(roles.value(QLatin1String("to")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("operator"), QStringLiteral("auditor")}));
        QCOMPARE(users.setRoles(root, QStringLiteral("op1"), Roles()).error().field,
                 QStringLiteral("role"));
        QVERIFY(entries(QStringLiteral("user-roles"))
                    .last()
                    .details.contains(QLatin1String("refused")));

        auto listed = users.list(root);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(entries(QStringLiteral("user-list")).last().user, QStringLiteral("root"));
        QVERIFY(AuditLog(*m_store).verify().ok());
    }

    void othersAreRefusedAndAudited()
    {
        UserDirectory users(*m_store);
        addUser(QStringLiteral("root"), Role::Administrator);
        const User sup = addUser(QStringLiteral("sup1"), Roles(Role::Supervisor) | Role::Auditor);
        addUser(QStringLiteral("op1"), Role::Operator);
        QCOMPARE(users.setDisabled(sup, QStringLiteral("op1"), true).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(users.setDisabled(sup, QStringLiteral("op1"), false).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(users.unlock(sup, QStringLiteral("op1")).error().kind, Error::Kind::Refused);
        QCOMPARE(users.resetPassword(sup, QStringLiteral("op1"), kOther).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(users.setRoles(sup, QStringLiteral("sup1"), Role::Administrator).error().kind,
                 Error::Kind::Refused);
        QCOMPARE(users.add(sup, QStringLiteral("op2"), Role::Operator, kOther).error().kind,
                 Error::Kind::Refused);
        for (const char *action : {"user-disable", "user-enable", "user-unlock",
                                   "user-password-reset", "user-roles", "user-add"}) {
            QList<AuditEvent> refused = entries(QLatin1String(action));
            refused.erase(std::remove_if(refused.begin(), refused.end(),
                                         [](const AuditEvent &e) { return e.user != QLatin1String("sup1"); }),
                          refused.end());
            QVERIFY2(refused.size() == 1, action);
            QCOMPARE(refused.last().user, QStringLiteral("sup1"));
            QVERIFY2(refused.last().details.contains(QLatin1String("refused")), action);
        }
        QCOMPARE(entries(QStringLiteral("user-roles"))
                     .last()
                     .details.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("sup1"));
        QCOMPARE(entries(QStringLiteral("user-add"))
                     .last()
                     .details.value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("(unknown)"));
        QCOMPARE(users.find(QStringLiteral("sup1"))->roles.toInt(),
                 (Roles(Role::Supervisor) | Role::Auditor).toInt());
        QVERIFY(users.authenticate(QStringLiteral("op1"), kPassword).ok());
        QVERIFY(!users.find(QStringLiteral("op2")));

        // An auditor may list; an operator may not, and the refusal is audited.
        QVERIFY(users.list(sup).ok());
        QVERIFY(!users.list(*users.find(QStringLiteral("op1"))).ok());
        QCOMPARE(entries(QStringLiteral("user-list")).last().user, QStringLiteral("op1"));

        // Roles are those stored now, not those of the User value held since login.
        const User root = *users.find(QStringLiteral("root"));
        QVERIFY(users.setRoles(root, QStringLiteral("sup1"), Role::Administrator).ok());
        QVERIFY(users
                    .setRoles(*users.find(QStringLiteral("sup1")), QStringLiteral("root"),
                              Role::Auditor)
                    .ok());
        QCOMPARE(users.unlock(root, QStringLiteral("op1")).error().kind, Error::Kind::Refused);
    }

    void theLastEnabledAdministratorStays()
    {
        UserDirectory users(*m_store);
        const User root = addUser(QStringLiteral("root"), Role::Administrator);
        addUser(QStringLiteral("op1"), Role::Operator);
        auto demoted = users.setRoles(root, QStringLiteral("root"), Role::Auditor);
        QCOMPARE(demoted.error().kind, Error::Kind::Refused);
        QVERIFY(demoted.error().message.contains(QStringLiteral("last enabled administrator")));
        QCOMPARE(users.setDisabled(root, QStringLiteral("root"), true).error().kind,
                 Error::Kind::Refused);
        QVERIFY(users.find(QStringLiteral("root"))->has(Role::Administrator));
        QVERIFY(!users.find(QStringLiteral("root"))->disabled);
        QVERIFY(entries(QStringLiteral("user-roles"))
                    .last()
                    .details.contains(QLatin1String("refused")));
        QVERIFY(entries(QStringLiteral("user-disable"))
                    .last()
                    .details.contains(QLatin1String("refused")));
        // Keeping the role while changing others is fine.
        QVERIFY(
            users.setRoles(root, QStringLiteral("root"), Roles(Role::Administrator) | Role::Auditor)
                .ok());

        // A disabled administrator does not count as one.
        const User second = addUser(QStringLiteral("root2"), Role::Administrator);
        QVERIFY(users.setDisabled(root, QStringLiteral("root2"), true).ok());
        QCOMPARE(users.setRoles(root, QStringLiteral("root"), Role::Auditor).error().kind,
                 Error::Kind::Refused);
        QVERIFY(users.setDisabled(root, QStringLiteral("root2"), false).ok());
        // With another enabled administrator, one may step down or be disabled.
        QVERIFY(users.setRoles(root, QStringLiteral("root"), Role::Auditor).ok());
        QCOMPARE(users.setDisabled(second, QStringLiteral("root2"), true).error().kind,
                 Error::Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
