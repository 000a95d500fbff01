#include "access/permissions.h"

namespace Kestrel {

namespace {

constexpr Role O = Role::Operator;
constexpr Role I = Role::Investigator;
constexpr Role S = Role::Supervisor;
constexpr Role A = Role::Administrator;
constexpr Role U = Role::Auditor;

struct Row
{
    Action action;
    const char *name;
    Roles roles;
};

// Operators watch live data and answer hits; investigators work cases; supervisors do both and
// authorise; administrators run the system but see no case data; auditors review the record.
// Covert material is for those who work cases (DOMAIN.md: "shown only to privileged roles,
// never to the field").
constexpr Row kTable[] = {
    {Action::WatchLive, "watch-live", Roles(O) | S},
    {Action::ReceiveAlerts, "receive-alerts", Roles(O)}, // supervisors are told by a notice, not stopped
    {Action::AcknowledgeHit, "acknowledge-hit", Roles(O) | S},
    {Action::SeeCovert, "see-covert", Roles(I) | S},
    {Action::SearchRecent, "search-recent", Roles(O) | I | S},
    {Action::SearchHistory, "search-history", Roles(I) | S},
    {Action::RequestAccess, "request-access", Roles(I) | S},
    {Action::DecideAccess, "decide-access", Roles(S)},
    {Action::ListAccessRequests, "list-access-requests", Roles(I) | S | U},
    {Action::ProposeHotlistEntry, "propose-hotlist-entry", Roles(O) | I | S | A},
    {Action::ImportHotlist, "import-hotlist", Roles(S) | A},
    {Action::ValidateHotlistEntry, "validate-hotlist-entry", Roles(S) | A},
    {Action::WithdrawHotlistEntry, "withdraw-hotlist-entry", Roles(S) | A},
    {Action::ListHotlist, "list-hotlist", Roles(O) | I | S | A | U},
    {Action::ManageHotlistLists, "manage-hotlist-lists", Roles(A)},
    {Action::PlaceHold, "place-hold", Roles(I) | S},
    {Action::ReleaseHold, "release-hold", Roles(S)},
    {Action::ListHolds, "list-holds", Roles(I) | S | U},
    {Action::ImportReads, "import-reads", Roles(S) | A},
    {Action::RunCamera, "run-camera", Roles(O) | S | A},
    {Action::AddCamera, "add-camera", Roles(S) | A},
    {Action::ManageUsers, "manage-users", Roles(A)},
    {Action::ListUsers, "list-users", Roles(A) | U},
    {Action::ChangeSettings, "change-settings", Roles(A)},
    {Action::RunRetention, "run-retention", Roles(A)},
    {Action::ViewAudit, "view-audit", Roles(U) | A},
    {Action::VerifyAudit, "verify-audit", Roles(U) | A},
};
static_assert(std::size(kTable) == Permissions::kActionCount, "one row per action");

constexpr bool inActionOrder()
{
    for (int i = 0; i < Permissions::kActionCount; ++i)
        if (int(kTable[i].action) != i)
            return false;
    return true;
}
static_assert(inActionOrder(), "rows in the order of enum Action, so that an action indexes its row");

const Row &rowFor(Action action)
{
    return kTable[int(action)];
}

} // namespace

Roles Permissions::rolesFor(Action action)
{
    return rowFor(action).roles;
}

bool Permissions::allows(const User &user, Action action)
{
    return !user.disabled && (user.roles & rolesFor(action));
}

QString Permissions::actionName(Action action)
{
    return QLatin1String(rowFor(action).name);
}

Result<void> Permissions::require(const User &user, Action action)
{
    if (allows(user, action))
        return {};
    if (user.disabled)
        return Error::refused(QStringLiteral("%1: the account is disabled").arg(actionName(action)));
    return Error::refused(QStringLiteral("%1 is for the %2 role(s); %3 has %4")
                              .arg(actionName(action), roleNames(rolesFor(action)).join(QLatin1String(", ")),
                                   user.name, roleNames(user.roles).join(QLatin1String(", "))));
}

} // namespace Kestrel
