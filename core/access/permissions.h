// Who may do what: the one table of actions by role that the GUI, the CLI and core services ask.
#pragma once

#include "common/result.h"
#include "domain/user.h"

#include <QString>

namespace Kestrel {

// Every act a front end offers or refuses. Seeing covert hotlist entries and hits is an action
// too, so there is one covert rule.
enum class Action {
    WatchLive,            // camera wall and live reads
    ReceiveAlerts,        // hit alerts, sound, escalation
    AcknowledgeHit,       // record a hit's outcome
    SeeCovert,            // covert hotlist entries, their hits and reasons
    SearchRecent,         // search the last access.operator_hours (live data)
    SearchHistory,        // search up to access.standard_days and beyond with approval
    RequestAccess,        // ask for 12- or 24-month access
    DecideAccess,         // approve or decline another person's request
    ListAccessRequests,   // see requests (one's own, or all for supervisors and auditors)
    ProposeHotlistEntry,  // add a local entry (pending until validated)
    ImportHotlist,        // import a hotlist file (its entries pending)
    ValidateHotlistEntry, // the second person who puts a pending entry live
    WithdrawHotlistEntry,
    ListHotlist,
    ManageHotlistLists,   // list settings: covert, equivalence, retrospective days
    PlaceHold,
    ReleaseHold,
    ListHolds,
    ImportReads,
    RunCamera,            // ingest from a source into the store
    AddCamera,
    ManageUsers,          // add, disable, enable, unlock, reset, change roles
    ListUsers,
    ChangeSettings,
    RunRetention,
    ViewAudit,            // list and export the trail
    VerifyAudit,
};

class Permissions
{
public:
    // A disabled account may do nothing.
    static bool allows(const User &user, Action action);
    static Roles rolesFor(Action action);
    // Error::refused naming the action and the roles that may do it; ok when allowed.
    [[nodiscard]] static Result<void> require(const User &user, Action action);
    static QString actionName(Action action); // "search-history", ... (audit entries, messages)
    static constexpr int kActionCount = int(Action::VerifyAudit) + 1;
};

} // namespace Kestrel
