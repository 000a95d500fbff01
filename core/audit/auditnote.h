// Audit entries whose loss must not change what happens next: a refusal is refused and a failure
// has failed whether or not the trail records it. The loss is logged, never dropped silently.
#pragma once

#include "audit/auditlog.h"

#include <QJsonObject>
#include <QtGlobal>

namespace Kestrel {

// Appends the entry; when the trail cannot take it, says so with qWarning. Never for an entry
// that must precede an act: there the act checks append() and does not happen without it.
inline void noteOrWarn(AuditLog &audit, const QString &user, const QString &action,
                       const QJsonObject &details = {})
{
    if (auto noted = audit.append(user, action, details); !noted)
        qWarning("audit entry '%s' by '%s' could not be written: %s", qUtf8Printable(action),
                 qUtf8Printable(user), qUtf8Printable(noted.error().toString()));
}

inline void noteOrWarn(AuditLog &&audit, const QString &user, const QString &action,
                       const QJsonObject &details = {})
{
    noteOrWarn(audit, user, action, details);
}

} // namespace Kestrel
