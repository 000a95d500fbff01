// Stable machine names of the domain enums: these strings are stored and exported, never translate.
#include "domain/camera.h"
#include "domain/hit.h"
#include "domain/hotlistentry.h"
#include "domain/user.h"

#include <QRandomGenerator>

namespace Kestrel {

QUuid newReadUid(qint64 capturedAtMs)
{
    const quint64 ms = quint64(capturedAtMs) & 0xFFFFFFFFFFFFULL;
    quint64 r[2];
    QRandomGenerator::global()->fillRange(r);
    const uint d1 = uint(ms >> 16);
    const ushort d2 = ushort(ms & 0xFFFF);
    const ushort d3 = ushort(0x7000 | (r[0] & 0x0FFF));          // version 7
    uchar d4[8];
    const quint64 tail = (r[1] & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    for (int i = 0; i < 8; ++i)
        d4[i] = uchar(tail >> (56 - 8 * i));
    return QUuid(d1, d2, d3, d4[0], d4[1], d4[2], d4[3], d4[4], d4[5], d4[6], d4[7]);
}

QString cameraStateName(CameraState state)
{
    switch (state) {
    case CameraState::Stopped: return QStringLiteral("stopped");
    case CameraState::Connecting: return QStringLiteral("connecting");
    case CameraState::Online: return QStringLiteral("online");
    case CameraState::Offline: return QStringLiteral("offline");
    case CameraState::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::High: return QStringLiteral("High");
    case Priority::Medium: return QStringLiteral("Medium");
    case Priority::Low: return QStringLiteral("Low");
    }
    return {};
}

bool parsePriority(const QString &text, Priority *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("high"))
        *out = Priority::High;
    else if (t == QLatin1String("medium"))
        *out = Priority::Medium;
    else if (t == QLatin1String("low"))
        *out = Priority::Low;
    else
        return false;
    return true;
}

QString hotlistStatusName(HotlistStatus status)
{
    switch (status) {
    case HotlistStatus::Pending: return QStringLiteral("pending");
    case HotlistStatus::Live: return QStringLiteral("live");
    case HotlistStatus::Expired: return QStringLiteral("expired");
    case HotlistStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

bool parseHotlistStatus(const QString &text, HotlistStatus *out)
{
    const QString t = text.trimmed().toLower();
    for (HotlistStatus s : {HotlistStatus::Pending, HotlistStatus::Live, HotlistStatus::Expired,
                            HotlistStatus::Withdrawn}) {
        if (t == hotlistStatusName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool HotlistEntry::isWildcard() const
{
    return vrm.contains(QLatin1Char('*')) || vrm.contains(QLatin1Char('?'));
}

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact: return QStringLiteral("exact");
    case MatchKind::Equivalent: return QStringLiteral("equivalent");
    case MatchKind::Edit: return QStringLiteral("edit");
    case MatchKind::Wildcard: return QStringLiteral("wildcard");
    }
    return {};
}

QString hitOutcomeName(HitOutcome outcome)
{
    switch (outcome) {
    case HitOutcome::None: return {};
    case HitOutcome::Intercepted: return QStringLiteral("intercepted");
    case HitOutcome::NotLocated: return QStringLiteral("not-located");
    case HitOutcome::NoAction: return QStringLiteral("no-action");
    case HitOutcome::Misread: return QStringLiteral("misread");
    case HitOutcome::StoppedSpokenTo: return QStringLiteral("stopped-spoken-to");
    case HitOutcome::Arrested: return QStringLiteral("arrested");
    case HitOutcome::VehicleSeized: return QStringLiteral("vehicle-seized");
    case HitOutcome::NotStoppedNoResources: return QStringLiteral("not-stopped-no-resources");
    case HitOutcome::LostSight: return QStringLiteral("lost-sight");
    case HitOutcome::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

QList<HitOutcome> allHitOutcomes()
{
    return {HitOutcome::Intercepted,     HitOutcome::NotLocated, HitOutcome::NoAction,
            HitOutcome::Misread,         HitOutcome::StoppedSpokenTo, HitOutcome::Arrested,
            HitOutcome::VehicleSeized,   HitOutcome::NotStoppedNoResources, HitOutcome::LostSight,
            HitOutcome::Duplicate};
}

bool parseHitOutcome(const QString &text, HitOutcome *out)
{
    const QString t = text.trimmed().toLower();
    for (HitOutcome o : allHitOutcomes()) {
        if (t == hitOutcomeName(o)) {
            *out = o;
            return true;
        }
    }
    return false;
}

namespace {
struct RoleName
{
    Role role;
    const char *name;
};
constexpr RoleName kRoleNames[] = {
    {Role::Operator, "operator"},           {Role::Investigator, "investigator"},
    {Role::Supervisor, "supervisor"},       {Role::Administrator, "administrator"},
    {Role::Auditor, "auditor"},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &r : kRoleNames)
        if (r.role == role)
            return QLatin1String(r.name);
    return {};
}

bool parseRole(const QString &text, Role *out)
{
    const QString t = text.trimmed().toLower();
    for (const auto &r : kRoleNames) {
        if (t == QLatin1String(r.name)) {
            *out = r.role;
            return true;
        }
    }
    return false;
}

QStringList roleNames(Roles roles)
{
    QStringList out;
    for (const auto &r : kRoleNames)
        if (roles.testFlag(r.role))
            out << QLatin1String(r.name);
    return out;
}

} // namespace Kestrel
