// A read that matched a hotlist entry, and what the operator did about it.
#pragma once

#include "domain/hotlistentry.h"
#include "domain/read.h"

#include <QList>
#include <QMetaType>

namespace Kestrel {

enum class MatchKind { Exact, Equivalent, Edit, Wildcard };
QString matchKindName(MatchKind kind); // "exact", "equivalent", "edit", "wildcard"

// New outcomes are appended: the store keeps each by its name (hitOutcomeName), so hits
// acknowledged before the longer list read back as they were.
enum class HitOutcome {
    None,
    Intercepted,
    NotLocated,
    NoAction,
    Misread,
    StoppedSpokenTo,
    Arrested,
    VehicleSeized,
    NotStoppedNoResources,
    LostSight,
    Duplicate,
};
// "intercepted", "not-located", "no-action", "misread", "stopped-spoken-to", "arrested",
// "vehicle-seized", "not-stopped-no-resources", "lost-sight", "duplicate"; "" for None.
QString hitOutcomeName(HitOutcome outcome);
// The inverse of hitOutcomeName (trimmed, any case); false for "" and unknown names.
bool parseHitOutcome(const QString &text, HitOutcome *out);
// Every outcome a hit can be given (not None), in the enum's order.
QList<HitOutcome> allHitOutcomes();

struct Hit
{
    qint64 id = 0;
    QUuid uid;
    Read read;
    HotlistEntry entry;
    MatchKind match = MatchKind::Exact;
    int distance = 0; // substitutions or edits needed
    qint64 raisedAtMs = 0;
    bool retrospective = false; // raised on a past read when an entry was added
    bool covert = false;        // from a covert list or entry: only privileged roles may see it
    qint64 acknowledgedAtMs = 0;
    QString acknowledgedBy;
    HitOutcome outcome = HitOutcome::None;
    QString note;

    bool isApproximate() const { return match != MatchKind::Exact; }
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::Hit)
