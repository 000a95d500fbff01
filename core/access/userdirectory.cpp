#include "access/userdirectory.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "audit/auditnote.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace Kestrel {

namespace {

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = Roles::fromInt(q.value(3).toInt());
    u.disabled = q.value(4).toInt() != 0;
    u.passwordHash = q.value(5).toString();
    u.failedLogins = q.value(6).toInt();
    u.lockedUntilMs = q.value(7).toLongLong();
    return u;
}

const QString kUserColumns = QStringLiteral(
    "id, name, display_name, roles, disabled, password_hash, failed_logins, locked_until");

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u'-';
}

std::optional<User> userById(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String("SELECT ") + kUserColumns + QLatin1String(" FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return userFromQuery(q);
    return std::nullopt;
}

bool isEnabledAdministrator(const User &u)
{
    return !u.disabled && u.has(Role::Administrator);
}

QJsonArray roleArray(Roles roles)
{
    return QJsonArray::fromStringList(roleNames(roles));
}

} // namespace

// What an administrative act changes on its target; unset fields stay as they are.
struct UserDirectory::Change
{
    std::optional<bool> disabled;
    std::optional<Roles> roles;
    bool clearLockout = false;
    QString passwordHash;
    // A bad input found before the act (a weak password, no role): refused, and audited like
    // every refusal, after the permission is asked so that only administrators learn why.
    std::optional<Error> invalid;
};

UserDirectory::UserDirectory(Store &store)
    : m_store(store)
{
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
}

QString UserDirectory::refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("error");
    case Refusal::UnknownName:
        return QStringLiteral("unknown-name");
    case Refusal::WrongPassword:
        return QStringLiteral("wrong-password");
    case Refusal::Locked:
        return QStringLiteral("locked");
    case Refusal::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

QString UserDirectory::loginRefusedMessage()
{
    return QStringLiteral("unknown user or wrong password, or the account is locked or disabled: "
                          "ask an administrator");
}

QString UserDirectory::hashPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: ~64 MiB and a fraction of a second, the libsodium default for logins.
    if (crypto_pwhash_str_alg(
            out, pw.constData(), size_t(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool UserDirectory::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return !h.isEmpty() &&
           crypto_pwhash_str_verify(h.constData(), pw.constData(), size_t(pw.size())) == 0;
}

Result<void> UserDirectory::checkName(const QString &name)
{
    // ASCII only: a Cyrillic 'о' in "bоb" looks like bob on screen and in the audit trail.
    bool ok = !name.isEmpty() && name.size() <= kMaxNameLength && name.front().isLetterOrNumber();
    for (QChar c : name)
        ok = ok && isNameCharacter(c);
    if (!ok)
        return Error::badInput(
            QStringLiteral("a user name is 1 to %1 characters of A-Z, a-z, 0-9, '.', '_' and '-', starting with a "
                           "letter or digit")
                .arg(kMaxNameLength),
            {}, 0, QStringLiteral("name"));
    return {};
}

Result<void> UserDirectory::checkNewPassword(const QString &password)
{
    // Spaces around it do not count: the prompt trims them, and they add nothing to guess.
    const QString core = password.trimmed();
    if (core.isEmpty())
        return Error::badInput(QStringLiteral("a password may not be blank"), {}, 0,
                               QStringLiteral("password"));
    if (core.toUcs4().size() < kMinPasswordLength)
        return Error::badInput(
            QStringLiteral("a password needs at least %1 characters").arg(kMinPasswordLength), {},
            0, QStringLiteral("password"));
    return {};
}

Result<User> UserDirectory::add(const QString &name, Roles roles, const QString &password,
                                const QString &displayName)
{
    auto added = insert(name, roles, password, displayName, PasswordRule::Enforce);
    if (!added)
        return added;
    // Nobody logged in makes this account (init's administrator): the trail records it, with
    // its row's digest, as "init".
    auto audited = AuditLog(m_store).append(QStringLiteral("init"), QStringLiteral("user-add"),
                                            {{QStringLiteral("name"), added->name}, {QStringLiteral("roles"), roleArray(added->roles)}},
                                            {{QStringLiteral("users"), added->id}});
    if (!audited)
        return audited.error();
    return added;
}

Result<User> UserDirectory::insert(const QString &name, Roles roles, const QString &password,
                                   const QString &displayName, PasswordRule rule)
{
    const QString n = name.trimmed();
    if (auto named = checkName(n); !named)
        return named.error();
    if (rule == PasswordRule::Enforce) {
        if (auto strong = checkNewPassword(password); !strong)
            return strong.error();
    }
    if (!roles)
        return Error::badInput(QStringLiteral("a user needs at least one role"), {}, 0,
                               QStringLiteral("role"));
    User u;
    u.name = n;
    u.displayName = displayName.isEmpty() ? n : displayName;
    u.roles = roles;
    u.passwordHash = hashPassword(password); // slow: before the write lock is taken
    if (u.passwordHash.isEmpty())
        return Error::internal(QStringLiteral("password hashing failed (out of memory?)"));

    // Unique without regard to case, checked and inserted under one write lock: "SUP1" beside
    // "sup1" would look like one person in lists and the audit trail.
    QSqlDatabase db = m_store.database();
    if (auto begun = m_store.beginWrite(); !begun)
        return begun.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM users WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(u.name);
    if (q.exec() && q.next()) {
        const QString existing = q.value(0).toString();
        q.finish();
        db.rollback();
        return Error::badInput(QStringLiteral("user '%1' exists already").arg(existing), {}, 0,
                               QStringLiteral("name"));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO users (name, display_name, roles, password_hash) VALUES (?,?,?,?)"));
    q.addBindValue(u.name);
    q.addBindValue(u.displayName);
    q.addBindValue(int(u.roles.toInt()));
    q.addBindValue(u.passwordHash);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        db.rollback();
        return Error::io(QStringLiteral("cannot add user: ") + why, m_store.path());
    }
    u.id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return Error::io(QStringLiteral("cannot add user: ") + db.lastError().text(),
                         m_store.path());
    return u;
}

std::optional<User> UserDirectory::find(const QString &name) const
{
    // The exact spelling first: a database from before names were unique without regard to
    // case may hold both.
    const QString n = name.trimmed();
    QSqlQuery q(m_store.database());
    q.prepare(QLatin1String("SELECT ") + kUserColumns +
              QLatin1String(
                  " FROM users WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC, id LIMIT 1"));
    q.addBindValue(n);
    q.addBindValue(n);
    if (q.exec() && q.next())
        return userFromQuery(q);
    return std::nullopt;
}

QList<User> UserDirectory::all() const
{
    QList<User> out;
    QSqlQuery q(m_store.database());
    q.exec(QLatin1String("SELECT ") + kUserColumns + QLatin1String(" FROM users ORDER BY name"));
    while (q.next())
        out.append(userFromQuery(q));
    return out;
}

bool UserDirectory::isEmpty() const
{
    QSqlQuery q(m_store.database());
    return !(q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() &&
             q.value(0).toInt() > 0);
}

Result<User> UserDirectory::authenticate(const QString &name, const QString &password, Refusal *why)
{
    Refusal ignored = Refusal::None;
    Refusal &reason = why ? *why : ignored;
    reason = Refusal::None;
    const Error refused = Error::refused(loginRefusedMessage());
    std::optional<User> user = find(name);
    if (!user) {
        hashPassword(password); // spend the time of a real check: timing must not tell either
        reason = Refusal::UnknownName;
        return refused;
    }

    // Take the attempt's slot before the check, in one statement (no lock is held during the
    // slow check). A lock that ran out starts the count again. No row: locked or disabled.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int slot = 0;
    QString hash;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral(
            "UPDATE users"
            " SET failed_logins = CASE WHEN failed_logins >= ? THEN 1 ELSE failed_logins + 1 END,"
            "     locked_until = CASE WHEN failed_logins + 1 >= ? AND failed_logins < ?"
            "                         THEN ? ELSE 0 END"
            " WHERE id = ? AND disabled = 0 AND locked_until <= ?"
            " RETURNING failed_logins, password_hash"));
        q.addBindValue(kMaxFailedLogins);
        q.addBindValue(kMaxFailedLogins);
        q.addBindValue(kMaxFailedLogins);
        q.addBindValue(now + kLockoutMs);
        q.addBindValue(user->id);
        q.addBindValue(now);
        if (!q.exec())
            return Error::io(QStringLiteral("cannot record the login attempt: ") +
                                 q.lastError().text(),
                             m_store.path());
        if (q.next()) {
            slot = q.value(0).toInt();
            hash = q.value(1).toString();
        }
        q.finish(); // ends the statement and its implicit transaction before the slow check
    }
    if (slot == 0) {
        // Refused unchecked, but counted while the account is locked: a success whose check
        // began before must not clear a count that attempts made meanwhile keep adding to.
        // The lock is not extended: when it runs out, the count starts again.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1"
                                 " WHERE id = ? AND disabled = 0 AND locked_until > ?"));
        q.addBindValue(user->id);
        q.addBindValue(now);
        q.exec();
        hashPassword(password);
        const std::optional<User> current = find(user->name);
        reason = !current            ? Refusal::UnknownName
                 : current->disabled ? Refusal::Disabled
                                     : Refusal::Locked;
        return refused;
    }
    if (!verifyPassword(hash, password)) {
        reason = Refusal::WrongPassword; // counted already, by its slot
        return refused;
    }
    // A success forgets the attempts up to its own; attempts counted after it (slots still
    // undecided, refusals while locked) are another person's or program's, and stay counted
    // with their lock.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ? AND failed_logins = ?"));
    q.addBindValue(user->id);
    q.addBindValue(slot);
    if (!q.exec())
        return Error::io(QStringLiteral("cannot record the login: ") + q.lastError().text(),
                         m_store.path());
    if (std::optional<User> fresh = userById(m_store.database(), user->id))
        return *fresh;
    return *user;
}

Result<User> UserDirectory::logIn(const QString &name, const QString &password,
                                  const QJsonObject &context)
{
    Refusal why = Refusal::None;
    auto user = authenticate(name, password, &why);
    AuditLog audit(m_store);
    if (!user) {
        // An unknown name is not written down: it is often a password typed in the wrong field.
        std::optional<User> known = why == Refusal::UnknownName ? std::nullopt : find(name);
        QJsonObject details = context;
        details.insert(QStringLiteral("reason"), refusalName(why));
        if (why == Refusal::None)
            details.insert(QStringLiteral("error"), user.error().message);
        noteOrWarn(audit, known ? known->name : QLatin1String(kUnknownName),
                   QStringLiteral("login-failed"), details);
        return user.error();
    }
    auto audited = audit.append(user->name, QStringLiteral("login"), context);
    if (!audited)
        return audited.error(); // no login that the trail does not show
    return user;
}

Result<User> UserDirectory::handOver(const User &from, const QString &name, const QString &password,
                                     const QJsonObject &context)
{
    if (name.trimmed().compare(from.name, Qt::CaseInsensitive) == 0)
        return Error::refused(QStringLiteral("%1 is already signed in: unlock instead of handing over").arg(from.name));
    QJsonObject details = context;
    details.insert(QStringLiteral("handover_from"), from.name);
    auto next = logIn(name.trimmed(), password, details);
    if (!next)
        return next;
    QJsonObject out = context;
    out.insert(QStringLiteral("handed_over_to"), next->name);
    if (auto audited = AuditLog(m_store).append(from.name, QStringLiteral("logout"), out); !audited)
        return audited.error(); // the window stays with `from`: the trail must show who left
    return next;
}

Result<User> UserDirectory::add(const User &actor, const QString &name, Roles roles,
                                const QString &password, const QString &displayName)
{
    AuditLog audit(m_store);
    const std::optional<User> stored = userById(m_store.database(), actor.id);
    const std::optional<User> existing = find(name);
    const QString target = existing ? existing->name : QLatin1String(kUnknownName);
    auto allowed =
        stored ? Permissions::require(*stored, Action::ManageUsers)
               : Result<void>(Error::refused(QStringLiteral("the acting account does not exist")));
    if (!allowed) {
        noteOrWarn(audit, actor.name, QStringLiteral("user-add"),
                   {{QStringLiteral("name"), target},
                    {QStringLiteral("refused"), allowed.error().message}});
        return allowed.error();
    }
    auto added = insert(name, roles, password, displayName, PasswordRule::Enforce);
    if (!added) {
        // The typed name only when it is a valid one: the refusal may be for its characters.
        const QString named =
            checkName(name.trimmed()) ? name.trimmed() : QLatin1String(kUnknownName);
        noteOrWarn(
            audit, stored->name, QStringLiteral("user-add"),
            {{QStringLiteral("name"), named}, {QStringLiteral("refused"), added.error().message}});
        return added.error();
    }
    auto audited = audit.append(stored->name, QStringLiteral("user-add"),
                                {{QStringLiteral("name"), added->name},
                                 {QStringLiteral("roles"), roleArray(added->roles)}},
                                {{QStringLiteral("users"), added->id}});
    if (!audited)
        return audited.error();
    return added;
}

Result<User> UserDirectory::setDisabled(const User &actor, const QString &name, bool disabled)
{
    Change change;
    change.disabled = disabled;
    return administer(actor, name,
                      disabled ? QStringLiteral("user-disable") : QStringLiteral("user-enable"),
                      change);
}

Result<User> UserDirectory::unlock(const User &actor, const QString &name)
{
    Change change;
    change.clearLockout = true;
    return administer(actor, name, QStringLiteral("user-unlock"), change);
}

Result<User> UserDirectory::resetPassword(const User &actor, const QString &name,
                                          const QString &password)
{
    Change change;
    if (auto strong = checkNewPassword(password); !strong) {
        change.invalid = strong.error();
    } else {
        change.passwordHash = hashPassword(password); // slow: before the write lock is taken
        if (change.passwordHash.isEmpty())
            return Error::internal(QStringLiteral("password hashing failed (out of memory?)"));
    }
    return administer(actor, name, QStringLiteral("user-password-reset"), change);
}

Result<User> UserDirectory::setRoles(const User &actor, const QString &name, Roles roles)
{
    Change change;
    change.roles = roles;
    if (!roles)
        change.invalid = Error::badInput(QStringLiteral("a user needs at least one role"), {}, 0,
                                         QStringLiteral("role"));
    return administer(actor, name, QStringLiteral("user-roles"), change);
}

Result<User> UserDirectory::administer(const User &actor, const QString &name,
                                       const QString &action, const Change &change)
{
    AuditLog audit(m_store);
    QSqlDatabase db = m_store.database();
    QString actorName = actor.name;
    QString target = QLatin1String(kUnknownName);
    // Refusals are audited after the transaction ends: the audit trail takes its own.
    auto refuse = [&](const Error &error) -> Result<User> {
        db.rollback();
        noteOrWarn(audit, actorName, action,
                   {{QStringLiteral("name"), target}, {QStringLiteral("refused"), error.message}});
        return error;
    };

    if (auto begun = m_store.beginWrite(); !begun)
        return begun.error();
    // The actor's account as it is now, not as it was at login: roles may have been taken since.
    const std::optional<User> stored = userById(db, actor.id);
    const std::optional<User> before = find(name);
    if (before)
        target = before->name;
    if (!stored)
        return refuse(Error::refused(QStringLiteral("the acting account does not exist")));
    actorName = stored->name;
    if (auto allowed = Permissions::require(*stored, Action::ManageUsers); !allowed)
        return refuse(allowed.error());
    if (!before)
        return refuse(Error::badInput(QStringLiteral("no user '%1'").arg(name.trimmed()), {}, 0,
                                      QStringLiteral("name")));
    if (change.invalid)
        return refuse(*change.invalid);

    User after = *before;
    if (change.disabled)
        after.disabled = *change.disabled;
    if (change.roles)
        after.roles = *change.roles;
    if (change.clearLockout) {
        after.failedLogins = 0;
        after.lockedUntilMs = 0;
    }
    if (isEnabledAdministrator(*before) && !isEnabledAdministrator(after)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM users WHERE id != ? AND disabled = 0 AND (roles & ?) != 0"));
        q.addBindValue(before->id);
        q.addBindValue(int(Role::Administrator));
        if (!q.exec() || !q.next())
            return refuse(Error::io(q.lastError().text(), m_store.path()));
        if (q.value(0).toInt() == 0)
            return refuse(Error::refused(
                QStringLiteral("%1 is the last enabled administrator: make another one first")
                    .arg(before->name)));
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE users SET disabled = ?, roles = ?, failed_logins = ?, locked_until = ?,"
        " password_hash = ? WHERE id = ?"));
    q.addBindValue(after.disabled ? 1 : 0);
    q.addBindValue(int(after.roles.toInt()));
    q.addBindValue(after.failedLogins);
    q.addBindValue(after.lockedUntilMs);
    q.addBindValue(change.passwordHash.isEmpty() ? before->passwordHash : change.passwordHash);
    q.addBindValue(before->id);
    if (!q.exec())
        return refuse(Error::io(q.lastError().text(), m_store.path()));
    if (!db.commit())
        return refuse(Error::io(db.lastError().text(), m_store.path()));

    QJsonObject details{{QStringLiteral("name"), after.name}};
    if (change.disabled)
        details.insert(QStringLiteral("disabled"), after.disabled);
    if (change.roles) {
        details.insert(QStringLiteral("from"), roleArray(before->roles));
        details.insert(QStringLiteral("to"), roleArray(after.roles));
    }
    if (change.clearLockout) {
        details.insert(QStringLiteral("failed_logins_cleared"), before->failedLogins);
        details.insert(QStringLiteral("was_locked"),
                       before->lockedUntilMs > QDateTime::currentMSecsSinceEpoch());
    }
    if (!change.passwordHash.isEmpty())
        details.insert(QStringLiteral("password"), QStringLiteral("reset"));
    auto audited = audit.append(actorName, action, details, {{QStringLiteral("users"), before->id}});
    if (!audited)
        return Error::io(
            QStringLiteral("%1 done but not audited: %2").arg(action, audited.error().message));
    if (!change.passwordHash.isEmpty())
        after.passwordHash = change.passwordHash;
    return after;
}

Result<QList<User>> UserDirectory::list(const User &actor)
{
    AuditLog audit(m_store);
    const std::optional<User> stored = userById(m_store.database(), actor.id);
    auto allowed =
        stored ? Permissions::require(*stored, Action::ListUsers)
               : Result<void>(Error::refused(QStringLiteral("the acting account does not exist")));
    if (!allowed) {
        noteOrWarn(audit, actor.name, QStringLiteral("user-list"),
                   {{QStringLiteral("refused"), allowed.error().message}});
        return allowed.error();
    }
    const QList<User> users = all();
    auto audited = audit.append(stored->name, QStringLiteral("user-list"),
                                {{QStringLiteral("count"), qint64(users.size())}});
    if (!audited)
        return audited.error();
    return users;
}

QList<UserDirectory::DemoAccount> UserDirectory::demoAccounts()
{
    return {{"operator", "Demo Operator"},
            {"investigator", "Demo Investigator"},
            {"supervisor", "Demo Supervisor"},
            {"admin", "Demo Administrator"},
            {"auditor", "Demo Auditor"}};
}

Result<int> UserDirectory::seedDemoUsers()
{
    if (!isEmpty())
        return 0;
    // In the order of demoAccounts().
    const Roles roles[] = {Role::Operator, Role::Investigator,
                           Roles(Role::Supervisor) | Role::Investigator | Role::Operator, Role::Administrator,
                           Role::Auditor};
    const QList<DemoAccount> accounts = demoAccounts();
    Q_ASSERT(accounts.size() == qsizetype(std::size(roles)));
    int n = 0;
    QList<RowRef> rows;
    QJsonArray names;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        // The one exception to checkNewPassword: the embedded demo's published password.
        auto added = insert(QLatin1String(accounts.at(i).name), roles[i], QLatin1String(kDemoPassword),
                            QLatin1String(accounts.at(i).displayName), PasswordRule::DemoSeedOnly);
        if (!added)
            return added.error();
        rows.append({QStringLiteral("users"), added->id});
        names.append(added->name);
        ++n;
    }
    auto audited = AuditLog(m_store).append(QStringLiteral("demo"), QStringLiteral("user-add"),
                                            {{QStringLiteral("names"), names}, {QStringLiteral("via"), QStringLiteral("demo seed")}},
                                            rows);
    if (!audited)
        return audited.error();
    return n;
}

} // namespace Kestrel
