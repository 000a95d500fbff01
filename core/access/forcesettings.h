// The force's access and retention figures, kept in the database so that the workstation and
// every kestrel-cli on it decide alike. Only an administrator changes them; each change (and
// each refused attempt) is audited with the old and new value.
#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "domain/hit.h"

#include <QList>

#include <optional>

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

    // Two figures that cannot stand together: `key` must be below `limitKey` (strict) or not
    // above it. Front ends word it with their own names for the keys.
    struct Conflict
    {
        const char *key;
        const char *limitKey;
        bool strict;
    };
    static std::optional<Conflict> conflict(const RetentionSettings &settings);
    // Why these figures cannot stand together (naming the keys), or empty.
    static QString inconsistency(const RetentionSettings &settings);
    // Each figure within its key's range, and the figures together (inconsistency): the one test
    // of a set of settings, also for one-off overrides (kestrel-cli retention run --retention-days).
    static QString problem(const RetentionSettings &settings);

    // The outcomes an operator may record for a hit, in the force's order: what the hits panel,
    // the alert dialog and every other front end offer. Kept as the setting kOutcomesKey (names
    // of hitOutcomeName() separated by commas); defaultOutcomes() when unset or unreadable.
    static constexpr const char *kOutcomesKey = "hits.outcomes";
    static constexpr HitOutcome kAlwaysOffered = HitOutcome::Misread; // the recogniser's errors
    static QList<HitOutcome> offeredOutcomes(Store &store);
    static QList<HitOutcome> defaultOutcomes();
    // "arrested, lost-sight, misread" as a list: each name known and given once, misread always
    // among them (the recogniser's errors are collected from it). The error names the word.
    static Result<QList<HitOutcome>> parseOutcomes(const QString &text);
    static QString outcomesText(const QList<HitOutcome> &outcomes); // "arrested,lost-sight,misread"
};

} // namespace Kestrel
