// A person who uses Kestrel and the roles that decide what they may do.
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace Kestrel {

enum class Role {
    Operator = 0x1,
    Investigator = 0x2,
    Supervisor = 0x4,
    Administrator = 0x8,
    Auditor = 0x10,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleName(Role role); // "operator", ...
bool parseRole(const QString &text, Role *out);
QStringList roleNames(Roles roles);

struct User
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Roles roles;
    bool disabled = false;
    QString passwordHash; // Argon2id string from libsodium
    int failedLogins = 0;
    qint64 lockedUntilMs = 0;

    bool has(Role role) const { return roles.testFlag(role); }
};

} // namespace Kestrel
