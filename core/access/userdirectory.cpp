#include "access/userdirectory.h"

#include "store/store.h"

#include <QDateTime>
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

} // namespace

UserDirectory::UserDirectory(Store &store) : m_store(store)
{
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
}

QString UserDirectory::hashPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: ~64 MiB and a fraction of a second, the libsodium default for logins.
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool UserDirectory::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return !h.isEmpty() && crypto_pwhash_str_verify(h.constData(), pw.constData(), size_t(pw.size())) == 0;
}

Result<User> UserDirectory::add(const QString &name, Roles roles, const QString &password,
                                const QString &displayName)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 64 || n.contains(QLatin1Char(' ')))
        return Error::badInput(QStringLiteral("a user name is 1 to 64 characters without spaces"), {}, 0,
                               QStringLiteral("name"));
    if (password.size() < 4)
        return Error::badInput(QStringLiteral("the password is too short"), {}, 0, QStringLiteral("password"));
    if (!roles)
        return Error::badInput(QStringLiteral("a user needs at least one role"), {}, 0, QStringLiteral("role"));
    if (find(n))
        return Error::badInput(QStringLiteral("user '%1' exists already").arg(n), {}, 0, QStringLiteral("name"));
    User u;
    u.name = n;
    u.displayName = displayName.isEmpty() ? n : displayName;
    u.roles = roles;
    u.passwordHash = hashPassword(password);
    if (u.passwordHash.isEmpty())
        return Error::internal(QStringLiteral("password hashing failed (out of memory?)"));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, roles, password_hash) VALUES (?,?,?,?)"));
    q.addBindValue(u.name);
    q.addBindValue(u.displayName);
    q.addBindValue(int(u.roles.toInt()));
    q.addBindValue(u.passwordHash);
    if (!q.exec())
        return Error::io(QStringLiteral("cannot add user: ") + q.lastError().text(), m_store.path());
    u.id = q.lastInsertId().toLongLong();
    return u;
}

std::optional<User> UserDirectory::find(const QString &name) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QLatin1String("SELECT ") + kUserColumns + QLatin1String(" FROM users WHERE name = ?"));
    q.addBindValue(name.trimmed());
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
    return !(q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() && q.value(0).toInt() > 0);
}

Result<void> UserDirectory::recordLogin(const User &user, bool success, qint64 nowMs)
{
    QSqlQuery q(m_store.database());
    if (success) {
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"));
        q.addBindValue(user.id);
    } else {
        // Counted in the statement, not from the row read before the password check: logins
        // tried in parallel (several processes on one database) must each count.
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, locked_until = CASE"
                                 " WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?"));
        q.addBindValue(kMaxFailedLogins);
        q.addBindValue(nowMs + kLockoutMs);
        q.addBindValue(user.id);
    }
    if (!q.exec())
        return Error::io(q.lastError().text(), m_store.path());
    return {};
}

Result<User> UserDirectory::authenticate(const QString &name, const QString &password)
{
    // One message for unknown users and wrong passwords: the screen must not confirm who exists.
    const Error wrong = Error::refused(QStringLiteral("unknown user or wrong password"));
    std::optional<User> user = find(name);
    if (!user) {
        hashPassword(password); // spend the same time as a real check
        return wrong;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (user->disabled)
        return Error::refused(QStringLiteral("this account is disabled"));
    if (user->lockedUntilMs > now)
        return Error::refused(QStringLiteral("this account is locked after repeated failed logins until %1")
                                  .arg(QDateTime::fromMSecsSinceEpoch(user->lockedUntilMs).toString(Qt::ISODate)));
    const bool ok = verifyPassword(user->passwordHash, password);
    recordLogin(*user, ok, now);
    if (!ok)
        return wrong;
    user->failedLogins = 0;
    user->lockedUntilMs = 0;
    return *user;
}

Result<void> UserDirectory::setDisabled(const QString &name, bool disabled)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Error::io(q.lastError().text(), m_store.path());
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("no user '%1'").arg(name), {}, 0, QStringLiteral("name"));
    return {};
}

Result<int> UserDirectory::seedDemoUsers()
{
    if (!isEmpty())
        return 0;
    struct Seed { const char *name; const char *display; Roles roles; };
    const Seed seeds[] = {
        {"operator", "Demo Operator", Role::Operator},
        {"investigator", "Demo Investigator", Role::Investigator},
        {"supervisor", "Demo Supervisor", Roles(Role::Supervisor) | Role::Investigator | Role::Operator},
        {"admin", "Demo Administrator", Role::Administrator},
        {"auditor", "Demo Auditor", Role::Auditor},
    };
    int n = 0;
    for (const Seed &s : seeds) {
        auto added = add(QLatin1String(s.name), s.roles, QStringLiteral("demo"), QLatin1String(s.display));
        if (!added)
            return added.error();
        ++n;
    }
    return n;
}

} // namespace Kestrel
