// Who may see which reads, decided in one place so the GUI and the CLI can never disagree.
#pragma once

#include "domain/accessrequest.h"
#include "domain/user.h"

#include <QList>
#include <QString>

namespace Kestrel {

QString purposeName(AccessPurpose purpose); // "routine", "serious", "major", "counter-terrorism"
bool parsePurpose(const QString &text, AccessPurpose *out);
QString tierName(AccessTier tier);          // "90-days", "12-months", "24-months"
bool parseTier(const QString &text, AccessTier *out); // also "12", "24"
QString requestStateName(RequestState state);

// Force policy; the defaults follow the national standards (../shared/DOMAIN.md).
struct RetentionSettings
{
    int operatorHours = 24;    // how far back operators search: live data, a hit's recent sightings
    int standardDays = 90;     // anyone whose role needs it, with purpose and reference
    int extendedDays = 365;    // serious, major, counter-terrorism, with a supervisor's approval
    int retentionDays = 730;   // major and counter-terrorism with approval; then deleted
    int imageRetentionDays = 365;
    int approvalValidDays = 7;
    int alertJoinMinutes = 10; // a repeat sighting within this joins the waiting alert (0: never)
};

struct AccessDecision
{
    bool allowed = false;
    QString reason;   // why not (or which authority allowed it)
    QString howToAsk; // what to do to get access, when refused
    qint64 requestId = 0; // the approval relied on, if any
};

// The window of capture times (and VRMs) a search may return.
struct VisibleWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList vrms; // empty: any VRM
    qint64 requestId = 0;
};

class AccessPolicy
{
public:
    static constexpr qsizetype kMaxReferenceLength = 100;
    explicit AccessPolicy(RetentionSettings settings = {}) : m_settings(settings) {}
    const RetentionSettings &settings() const { return m_settings; }

    // The tier data of this age needs; ageDays past retention gives Extended24Months with
    // *beyondRetention set.
    AccessTier tierForAge(qint64 capturedAtMs, qint64 nowMs, bool *beyondRetention = nullptr) const;

    // May this user search at all, for this purpose and reference?
    AccessDecision maySearch(const User &user, AccessPurpose purpose, const QString &caseReference) const;

    // May this user see this read? requests: the user's own access requests. holdReferences:
    // the cases whose preservation holds keep the read; past retention a read is seen only for
    // such a case, and then as the oldest tier (major or counter-terrorism, 24-month approval).
    AccessDecision mayView(const User &user, AccessPurpose purpose, const QString &caseReference,
                           const QString &vrm, qint64 capturedAtMs, const QList<AccessRequest> &requests,
                           qint64 nowMs, const QStringList &holdReferences = {}) const;

    // The capture-time windows a search by this user may return, newest first.
    QList<VisibleWindow> visibleWindows(const User &user, AccessPurpose purpose, const QString &caseReference,
                                        const QList<AccessRequest> &requests, qint64 nowMs) const;

    // Is a new request well-formed (tier allowed for purpose, reference, justification, scope)?
    AccessDecision mayRequest(const User &user, const AccessRequest &request) const;
    // May this supervisor approve or decline it?
    AccessDecision mayDecide(const User &supervisor, const AccessRequest &request, qint64 nowMs) const;

    static bool purposeAllowsTier(AccessPurpose purpose, AccessTier tier);

    // What this user does to see reads captured before visibleFromMs (a search's reach), worded
    // from the rights alone.
    QString howToSeeOlder(const User &user, AccessPurpose purpose, qint64 visibleFromMs, qint64 nowMs) const;

private:
    bool covers(const AccessRequest &r, const QString &vrm, qint64 capturedAtMs, AccessTier needed,
                AccessPurpose purpose, const QString &caseReference, qint64 nowMs) const;

    RetentionSettings m_settings;
};

} // namespace Kestrel
