// Users, their roles and their passwords (Argon2id through libsodium), with lockout.
#pragma once

#include "common/result.h"
#include "domain/user.h"

#include <QList>
#include <optional>

namespace Kestrel {

class Store;

class UserDirectory
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    explicit UserDirectory(Store &store);

    Result<User> add(const QString &name, Roles roles, const QString &password,
                     const QString &displayName = {});
    Result<User> authenticate(const QString &name, const QString &password);
    Result<void> setDisabled(const QString &name, bool disabled);
    std::optional<User> find(const QString &name) const;
    QList<User> all() const;
    bool isEmpty() const;

    // Demo users (password "demo") for the embedded demo only: operator, investigator,
    // supervisor, admin, auditor. Does nothing when users exist.
    Result<int> seedDemoUsers();

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

    // A login's outcome: success clears the failures, a failure counts (in the statement, so
    // that parallel attempts all count) and locks the account at kMaxFailedLogins.
    Result<void> recordLogin(const User &user, bool success, qint64 nowMs);

private:
    Store &m_store;
};

} // namespace Kestrel
