// Users, their roles and their passwords (Argon2id through libsodium), with lockout; the one
// login workflow and the administration of accounts, each audited.
#pragma once

#include "common/result.h"
#include "domain/user.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Kestrel {

class Store;

class UserDirectory
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMinPasswordLength = 12;
    // Written in the audit trail instead of a name that matches no account: people type their
    // password into the name field.
    static constexpr const char *kUnknownName = "(unknown)";

    // Why a login was refused. Only the audit trail learns it: the person is told the same
    // words for each (loginRefusedMessage), so the screen never confirms that an account exists.
    enum class Refusal
    {
        None,
        UnknownName,
        WrongPassword,
        Locked,
        Disabled
    };
    static QString refusalName(Refusal refusal); // "unknown-name", "wrong-password", ...
    static QString loginRefusedMessage();

    explicit UserDirectory(Store &store);

    // The log-in workflow for every front end: authenticate, then audit "login" or
    // "login-failed" (details: `context`, e.g. {"client": "gui"}, plus the true reason), under
    // the account's stored name or kUnknownName. Refusals are Error::refused with
    // loginRefusedMessage().
    Result<User> logIn(const QString &name, const QString &password, const QJsonObject &context);

    // A shift handover at the locked workstation: the next user logs in with their own name and
    // password (the log-in workflow above, its entry marked with "handover_from"), then `from` is
    // logged out ("logout" with "handed_over_to"). The signed-in user's own name is refused: that
    // is unlocking, not a handover.
    Result<User> handOver(const User &from, const QString &name, const QString &password,
                          const QJsonObject &context);

    // Checks a password without auditing (the log-in workflow and the screen lock use it).
    // Each attempt takes a slot (failed_logins + 1) in one statement before the slow check, so
    // that parallel attempts cannot outrun the count; kMaxFailedLogins slots lock the account
    // for kLockoutMs, and while locked (or disabled) no password is checked (attempts on a
    // locked account are still counted). A success clears the count unless attempts were
    // counted after its own slot: those stay, with their lock.
    Result<User> authenticate(const QString &name, const QString &password, Refusal *why = nullptr);

    // Rules for what may be stored; Error::badInput naming the field when not.
    // Names: ASCII letters, digits, '.', '_' and '-', 1 to kMaxNameLength characters.
    [[nodiscard]] static Result<void> checkName(const QString &name);
    // Passwords: at least kMinPasswordLength characters, not only spaces.
    [[nodiscard]] static Result<void> checkNewPassword(const QString &password);

    // Adds an account without asking who does it: the first administrator of an empty database
    // (whoever holds the file) and tests. Unique without regard to case.
    Result<User> add(const QString &name, Roles roles, const QString &password,
                     const QString &displayName = {});

    // Administration by `actor` (Action::ManageUsers, asked of the actor's account as stored
    // now). Each act and each refusal is audited under the actor's name, the details naming the
    // target and what changed. No change may leave the directory without an enabled administrator.
    Result<User> add(const User &actor, const QString &name, Roles roles, const QString &password,
                     const QString &displayName = {});
    Result<User> setDisabled(const User &actor, const QString &name, bool disabled);
    Result<User> unlock(const User &actor, const QString &name); // clears the lockout and count
    Result<User> resetPassword(const User &actor, const QString &name, const QString &password);
    Result<User> setRoles(const User &actor, const QString &name, Roles roles);
    // Action::ListUsers, audited.
    Result<QList<User>> list(const User &actor);

    // Without regard to case: "SUP1" finds sup1, whose stored spelling is used from then on.
    std::optional<User> find(const QString &name) const;
    QList<User> all() const;
    bool isEmpty() const;

    // Demo users (password "demo", exempt from checkNewPassword) for the embedded demo only:
    // operator, investigator, supervisor, admin, auditor. Does nothing when users exist.
    Result<int> seedDemoUsers();
    // The embedded demo's accounts (user name, display name), all with the password kDemoPassword.
    struct DemoAccount
    {
        const char *name;
        const char *displayName;
    };
    static QList<DemoAccount> demoAccounts();
    static constexpr auto kDemoPassword = "demo";

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    enum class PasswordRule
    {
        Enforce,
        DemoSeedOnly
    };
    Result<User> insert(const QString &name, Roles roles, const QString &password,
                        const QString &displayName, PasswordRule rule);
    struct Change;
    Result<User> administer(const User &actor, const QString &name, const QString &action,
                            const Change &change);

    Store &m_store;
};

} // namespace Kestrel
