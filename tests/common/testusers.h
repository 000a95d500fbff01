// Test helper: a user with a name and roles, as UserDirectory would return one.
#pragma once

#include "domain/user.h"

inline Kestrel::User user(const QString &name, Kestrel::Roles roles)
{
    Kestrel::User u;
    u.name = name;
    u.roles = roles;
    return u;
}

inline Kestrel::User user(const char *name, Kestrel::Roles roles)
{
    return user(QLatin1String(name), roles);
}
