#include "access/accesspolicy.h"

#include "access/permissions.h"
#include "common/textcheck.h"
#include "hotlist/hotlistmatcher.h"

#include <QDateTime>

namespace Kestrel {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

struct PurposeName
{
    AccessPurpose purpose;
    const char *name;
};
constexpr PurposeName kPurposes[] = {{AccessPurpose::Routine, "routine"},
                                     {AccessPurpose::Serious, "serious"},
                                     {AccessPurpose::Major, "major"},
                                     {AccessPurpose::CounterTerrorism, "counter-terrorism"}};

bool canSearchAtAll(const User &u)
{
    return Permissions::allows(u, Action::SearchRecent);
}

// Operators watch live data and check a hit's recent sightings (access.operator_hours); only
// investigators and supervisors work historic cases.
bool canSeeHistory(const User &u)
{
    return Permissions::allows(u, Action::SearchHistory);
}

const char *kAsk12 = "ask a supervisor for 12-month access: kestrel-cli access request --tier 12 with a "
                     "serious, major or counter-terrorism purpose, the case reference and a justification";
const char *kAsk24 = "ask a supervisor for 24-month access: kestrel-cli access request --tier 24 with a major "
                     "or counter-terrorism purpose, the case reference and a justification";

} // namespace

QString purposeName(AccessPurpose purpose)
{
    for (const auto &p : kPurposes)
        if (p.purpose == purpose)
            return QLatin1String(p.name);
    return {};
}

bool parsePurpose(const QString &text, AccessPurpose *out)
{
    const QString t = text.trimmed().toLower();
    for (const auto &p : kPurposes) {
        if (t == QLatin1String(p.name)) {
            *out = p.purpose;
            return true;
        }
    }
    if (t == QLatin1String("ct") || t == QLatin1String("terrorism")) {
        *out = AccessPurpose::CounterTerrorism;
        return true;
    }
    return false;
}

QString tierName(AccessTier tier)
{
    switch (tier) {
    case AccessTier::Standard: return QStringLiteral("90-days");
    case AccessTier::Extended12Months: return QStringLiteral("12-months");
    case AccessTier::Extended24Months: return QStringLiteral("24-months");
    }
    return {};
}

bool parseTier(const QString &text, AccessTier *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("12") || t == QLatin1String("12-months"))
        *out = AccessTier::Extended12Months;
    else if (t == QLatin1String("24") || t == QLatin1String("24-months"))
        *out = AccessTier::Extended24Months;
    else if (t == QLatin1String("90") || t == QLatin1String("90-days"))
        *out = AccessTier::Standard;
    else
        return false;
    return true;
}

QString requestStateName(RequestState state)
{
    switch (state) {
    case RequestState::Pending: return QStringLiteral("pending");
    case RequestState::Approved: return QStringLiteral("approved");
    case RequestState::Declined: return QStringLiteral("declined");
    case RequestState::Expired: return QStringLiteral("expired");
    }
    return {};
}

bool AccessPolicy::purposeAllowsTier(AccessPurpose purpose, AccessTier tier)
{
    switch (tier) {
    case AccessTier::Standard: return true;
    case AccessTier::Extended12Months: return purpose != AccessPurpose::Routine;
    case AccessTier::Extended24Months:
        return purpose == AccessPurpose::Major || purpose == AccessPurpose::CounterTerrorism;
    }
    return false;
}

AccessTier AccessPolicy::tierForAge(qint64 capturedAtMs, qint64 nowMs, bool *beyondRetention) const
{
    const qint64 age = nowMs - capturedAtMs;
    if (beyondRetention)
        *beyondRetention = age > m_settings.retentionDays * kDayMs;
    if (age <= m_settings.standardDays * kDayMs)
        return AccessTier::Standard;
    if (age <= m_settings.extendedDays * kDayMs)
        return AccessTier::Extended12Months;
    return AccessTier::Extended24Months;
}

AccessDecision AccessPolicy::maySearch(const User &user, AccessPurpose, const QString &caseReference) const
{
    AccessDecision d;
    if (user.disabled) {
        d.reason = QStringLiteral("the account is disabled");
        return d;
    }
    if (!canSearchAtAll(user)) {
        d.reason = QStringLiteral("the roles %1 do not include searching reads").arg(roleNames(user.roles).join(QStringLiteral(", ")));
        d.howToAsk = QStringLiteral("searches are for operators, investigators and supervisors");
        return d;
    }
    if (caseReference.trimmed().isEmpty()) {
        d.reason = QStringLiteral("every search needs a case reference");
        d.howToAsk = QStringLiteral("give --reference with the case or incident number");
        return d;
    }
    // A reference names a case: it goes into every audit entry and listing as it is typed.
    if (caseReference.size() > kMaxReferenceLength || firstControlCharacter(caseReference) >= 0) {
        d.reason = QStringLiteral("a case reference is at most %1 characters, without control characters").arg(kMaxReferenceLength);
        d.howToAsk = QStringLiteral("give the case or incident number as it is written");
        return d;
    }
    d.allowed = true;
    return d;
}

bool AccessPolicy::covers(const AccessRequest &r, const QString &vrm, qint64 capturedAtMs, AccessTier needed,
                          AccessPurpose purpose, const QString &caseReference, qint64 nowMs) const
{
    if (r.state != RequestState::Approved || (r.expiresAtMs > 0 && nowMs >= r.expiresAtMs))
        return false;
    // Approved by someone else: mayDecide refuses one's own request, and a row changed to say
    // otherwise authorises nothing.
    if (r.decidedBy.trimmed().isEmpty() || r.decidedBy == r.requester)
        return false;
    if (int(r.tier) < int(needed) || r.caseReference.trimmed() != caseReference.trimmed())
        return false;
    // The approval is for the purpose it names: a search under another purpose (and so an
    // audit entry naming a purpose nobody authorised) is not covered.
    if (r.purpose != purpose || !purposeAllowsTier(purpose, needed))
        return false;
    if (r.scopeFromMs > 0 && capturedAtMs < r.scopeFromMs)
        return false;
    if (r.scopeToMs > 0 && capturedAtMs > r.scopeToMs)
        return false;
    if (!r.scopeVrms.isEmpty() && !vrm.isEmpty()) {
        bool any = false;
        for (const QString &scope : r.scopeVrms)
            any |= HotlistMatcher::wildcardMatches(scope, vrm);
        if (!any)
            return false;
    }
    return true;
}

AccessDecision AccessPolicy::mayView(const User &user, AccessPurpose purpose, const QString &caseReference,
                                     const QString &vrm, qint64 capturedAtMs, const QList<AccessRequest> &requests,
                                     qint64 nowMs, const QStringList &holdReferences) const
{
    AccessDecision d = maySearch(user, purpose, caseReference);
    if (!d.allowed)
        return d;
    if (!canSeeHistory(user) && nowMs - capturedAtMs > qint64(m_settings.operatorHours) * kHourMs)
        return {false, QStringLiteral("operators search live data: reads of the last %1 hours").arg(m_settings.operatorHours),
                QStringLiteral("refer the case to an investigator"), 0};
    bool beyond = false;
    const AccessTier needed = tierForAge(capturedAtMs, nowMs, &beyond);
    if (beyond) {
        bool heldForThisCase = false;
        for (const QString &ref : holdReferences)
            heldForThisCase |= ref.trimmed() == caseReference.trimmed();
        if (!heldForThisCase)
            return {false, QStringLiteral("the read is older than the %1-day retention period and is deleted")
                               .arg(m_settings.retentionDays),
                    holdReferences.isEmpty() ? QStringLiteral("no access is possible")
                                             : QStringLiteral("it is preserved only for the case that holds it"),
                    0};
    }
    if (needed == AccessTier::Standard) {
        d.reason = QStringLiteral("within %1 days").arg(m_settings.standardDays);
        return d;
    }
    d.allowed = false;
    const bool twelve = needed == AccessTier::Extended12Months;
    if (!purposeAllowsTier(purpose, needed)) {
        d.reason = twelve ? QStringLiteral("reads older than %1 days need a serious, major or counter-terrorism purpose").arg(m_settings.standardDays)
                          : QStringLiteral("reads older than %1 days are for major and counter-terrorism investigations only").arg(m_settings.extendedDays);
        d.howToAsk = QLatin1String(twelve ? kAsk12 : kAsk24);
        return d;
    }
    for (const AccessRequest &r : requests) {
        if (r.requester == user.name && covers(r, vrm, capturedAtMs, needed, purpose, caseReference, nowMs)) {
            d.allowed = true;
            d.requestId = r.id;
            d.reason = QStringLiteral("approved request %1 by %2").arg(r.id).arg(r.decidedBy);
            return d;
        }
    }
    d.reason = twelve ? QStringLiteral("reads older than %1 days need a supervisor's approval for this case").arg(m_settings.standardDays)
                      : QStringLiteral("reads older than %1 days need a supervisor's 24-month approval for this case").arg(m_settings.extendedDays);
    d.howToAsk = QLatin1String(twelve ? kAsk12 : kAsk24);
    return d;
}

QList<VisibleWindow> AccessPolicy::visibleWindows(const User &user, AccessPurpose purpose, const QString &caseReference,
                                                  const QList<AccessRequest> &requests, qint64 nowMs) const
{
    QList<VisibleWindow> out;
    if (!maySearch(user, purpose, caseReference).allowed)
        return out;
    const qint64 standardFrom = nowMs - m_settings.standardDays * kDayMs;
    if (!canSeeHistory(user)) {
        out.append({nowMs - qint64(m_settings.operatorHours) * kHourMs, nowMs + kDayMs, {}, 0});
        return out;
    }
    out.append({standardFrom, nowMs + kDayMs, {}, 0}); // a little slack for clock skew
    const qint64 extendedFrom = nowMs - m_settings.extendedDays * kDayMs;
    const qint64 retentionFrom = nowMs - m_settings.retentionDays * kDayMs;
    for (const AccessRequest &r : requests) {
        if (r.requester != user.name)
            continue;
        for (AccessTier tier : {AccessTier::Extended12Months, AccessTier::Extended24Months}) {
            // Each tier's band of ages, clipped to what the request's scope allows.
            const qint64 bandFrom = tier == AccessTier::Extended12Months ? extendedFrom : retentionFrom;
            const qint64 bandTo = tier == AccessTier::Extended12Months ? standardFrom : extendedFrom;
            // Usable for this band at all? (scope checked by clipping below, not by a probe)
            if (!covers(r, QString(), r.scopeFromMs > 0 ? std::max(r.scopeFromMs, bandFrom) : bandFrom + 1, tier,
                        purpose, caseReference, nowMs) &&
                !covers(r, QString(), r.scopeToMs > 0 ? std::min(r.scopeToMs, bandTo) : bandTo, tier, purpose,
                        caseReference, nowMs))
                continue;
            VisibleWindow w;
            w.fromMs = std::max(bandFrom, r.scopeFromMs > 0 ? r.scopeFromMs : bandFrom);
            w.toMs = std::min(bandTo, r.scopeToMs > 0 ? r.scopeToMs : bandTo);
            w.vrms = r.scopeVrms;
            w.requestId = r.id;
            if (w.fromMs < w.toMs)
                out.append(w);
        }
    }
    return out;
}

QString AccessPolicy::howToSeeOlder(const User &user, AccessPurpose purpose, qint64 visibleFromMs, qint64 nowMs) const
{
    if (!canSeeHistory(user))
        return QStringLiteral("operators search live data (the last %1 hours): refer the case to an investigator")
            .arg(m_settings.operatorHours);
    if (visibleFromMs <= nowMs - m_settings.retentionDays * kDayMs)
        return QStringLiteral("reads are kept %1 days").arg(m_settings.retentionDays);
    const bool within12 = visibleFromMs > nowMs - m_settings.extendedDays * kDayMs;
    if (within12 && purpose == AccessPurpose::Routine)
        return QStringLiteral("reads older than %1 days are for serious, major or counter-terrorism investigations; %2")
            .arg(m_settings.standardDays)
            .arg(QLatin1String(kAsk12));
    if (!within12 && !purposeAllowsTier(purpose, AccessTier::Extended24Months))
        return QStringLiteral("reads older than %1 days are for major and counter-terrorism investigations only")
            .arg(m_settings.extendedDays);
    return QLatin1String(within12 ? kAsk12 : kAsk24);
}

AccessDecision AccessPolicy::mayRequest(const User &user, const AccessRequest &r) const
{
    AccessDecision d;
    if (!Permissions::allows(user, Action::RequestAccess)) {
        d.reason = QStringLiteral("only investigators and supervisors ask for extended access");
        return d;
    }
    if (r.tier == AccessTier::Standard) {
        d.reason = QStringLiteral("data up to %1 days old needs no request").arg(m_settings.standardDays);
        return d;
    }
    if (!purposeAllowsTier(r.purpose, r.tier)) {
        d.reason = r.tier == AccessTier::Extended12Months
                       ? QStringLiteral("12-month access is for serious, major or counter-terrorism investigations")
                       : QStringLiteral("24-month access is for major and counter-terrorism investigations only");
        return d;
    }
    if (r.caseReference.size() > kMaxReferenceLength || firstControlCharacter(r.caseReference) >= 0 ||
        firstControlCharacter(r.justification) >= 0 || r.justification.size() > 4000) {
        d.reason = QStringLiteral("a case reference is at most %1 characters and a justification at most 4000, neither "
                                  "with control characters").arg(kMaxReferenceLength);
        return d;
    }
    if (r.caseReference.trimmed().isEmpty() || r.justification.trimmed().isEmpty()) {
        d.reason = QStringLiteral("a request needs a case reference and a justification");
        return d;
    }
    if (r.scopeVrms.isEmpty() && r.scopeFromMs <= 0 && r.scopeToMs <= 0) {
        d.reason = QStringLiteral("a request is scoped: give VRMs or a time range");
        return d;
    }
    if (r.scopeFromMs > 0 && r.scopeToMs > 0 && r.scopeFromMs > r.scopeToMs) {
        d.reason = QStringLiteral("the scope's time range ends before it starts");
        return d;
    }
    // A scope names what the case needs: a window that reaches into the future or past what the
    // tier opens would cover every VRM of the whole tier (--to 2999-01-01).
    const qint64 now = r.requestedAtMs > 0 ? r.requestedAtMs : QDateTime::currentMSecsSinceEpoch();
    if ((r.scopeFromMs > 0 && r.scopeFromMs > now) || (r.scopeToMs > 0 && r.scopeToMs > now)) {
        d.reason = QStringLiteral("the scope's time range must lie in the past");
        return d;
    }
    const qint64 tierFrom = now - qint64(r.tier == AccessTier::Extended12Months ? m_settings.extendedDays
                                                                                  : m_settings.retentionDays) * kDayMs;
    if (r.scopeFromMs > 0 && r.scopeFromMs < tierFrom) {
        d.reason = r.tier == AccessTier::Extended12Months
                       ? QStringLiteral("the scope starts before the 12-month tier reaches: ask for the 24-month tier or a later start")
                       : QStringLiteral("the scope starts before reads are kept (%1 days): give a later start").arg(m_settings.retentionDays);
        return d;
    }
    if (r.scopeVrms.isEmpty() && (r.scopeFromMs <= 0 || r.scopeToMs <= 0)) {
        d.reason = QStringLiteral("a request without VRMs needs both ends of its time range");
        return d;
    }
    d.allowed = true;
    return d;
}

AccessDecision AccessPolicy::mayDecide(const User &supervisor, const AccessRequest &r, qint64) const
{
    AccessDecision d;
    if (!Permissions::allows(supervisor, Action::DecideAccess)) {
        d.reason = QStringLiteral("only supervisors approve or decline access requests");
        return d;
    }
    if (supervisor.name == r.requester) {
        d.reason = QStringLiteral("a supervisor cannot decide their own request");
        d.howToAsk = QStringLiteral("another supervisor must decide it");
        return d;
    }
    if (r.state != RequestState::Pending) {
        d.reason = QStringLiteral("request %1 is %2, not pending").arg(r.id).arg(requestStateName(r.state));
        return d;
    }
    d.allowed = true;
    return d;
}

} // namespace Kestrel
