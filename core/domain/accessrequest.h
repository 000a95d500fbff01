// An investigator's request to see data older than the normal 90-day window.
#pragma once

#include <QString>
#include <QStringList>

namespace Kestrel {

enum class AccessPurpose { Routine, Serious, Major, CounterTerrorism };
enum class AccessTier { Standard = 0, Extended12Months = 1, Extended24Months = 2 };
enum class RequestState { Pending, Approved, Declined, Expired };

struct AccessRequest
{
    qint64 id = 0;
    QString requester;
    QString caseReference;
    AccessPurpose purpose = AccessPurpose::Routine;
    QString justification;
    QStringList scopeVrms;   // empty = any VRM within the time range
    qint64 scopeFromMs = 0;  // 0 = unbounded
    qint64 scopeToMs = 0;    // 0 = unbounded
    AccessTier tier = AccessTier::Extended12Months;
    RequestState state = RequestState::Pending;
    qint64 requestedAtMs = 0;
    QString decidedBy;
    qint64 decidedAtMs = 0;
    QString decisionReason;
    qint64 expiresAtMs = 0; // an approval lapses
};

} // namespace Kestrel
