// The force's access and retention figures, kept in the database so that the workstation and
// every kestrel-cli on it decide alike. Only an administrator changes them; each change (and
// each refused attempt) is audited with the old and new value.
#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"

#include <QList>

namespace Kestrel {

class AuditLog;
class Store;

class ForceSettings
{
public:
    struct Key
    {
        const char *name;            // e.g. "access.standard_days"
        int RetentionSettings::*field;
        int min, max;
        const char *meaning;
        const char *unit = "days";
    };
    static const QList<Key> &keys();

    // The defaults (RetentionSettings) overlaid with what the database holds.
    static RetentionSettings load(Store &store);

    // Validates the value and the figures together (standard < extended <= retention, images
    // kept no longer than reads), stores it and audits "config-change". Refusals are audited too.
    static Result<RetentionSettings> set(Store &store, AuditLog &audit, const User &by, const QString &key,
                                         const QString &value);

    // Why these figures cannot stand together, or empty.
    static QString inconsistency(const RetentionSettings &settings);
    // Each figure within its key's range, and the figures together (inconsistency): the one test
    // of a set of settings, also for one-off overrides (kestrel-cli retention run --retention-days).
    static QString problem(const RetentionSettings &settings);
};

} // namespace Kestrel
