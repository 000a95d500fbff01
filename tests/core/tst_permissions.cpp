// The permission table, cell by cell: every action for every role, a disabled account and a user
// of several roles. The expected answers are written here from DOMAIN.md's account of who does
// what, not read back from the table they test.
#include "access/permissions.h"

#include <QTest>

using namespace Kestrel;

Q_DECLARE_METATYPE(Kestrel::Action)
Q_DECLARE_METATYPE(Kestrel::Role)

class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCell_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        // Columns: operator, investigator, supervisor, administrator, auditor.
        struct Expect
        {
            Action action;
            const char *name;
            bool o, i, s, a, u;
        };
        const Expect table[] = {
            {Action::WatchLive, "watch-live", true, false, true, false, false},
            {Action::ReceiveAlerts, "receive-alerts", true, false, false, false, false},
            {Action::AcknowledgeHit, "acknowledge-hit", true, false, true, false, false},
            // Covert material: never to the field (operators), nor to those outside operations.
            {Action::SeeCovert, "see-covert", false, true, true, false, false},
            {Action::SearchRecent, "search-recent", true, true, true, false, false},
            {Action::SearchHistory, "search-history", false, true, true, false, false},
            {Action::RequestAccess, "request-access", false, true, true, false, false},
            {Action::DecideAccess, "decide-access", false, false, true, false, false},
            {Action::ListAccessRequests, "list-access-requests", false, true, true, false, true},
            {Action::ProposeHotlistEntry, "propose-hotlist-entry", true, true, true, true, false},
            {Action::ImportHotlist, "import-hotlist", false, false, true, true, false},
            {Action::ValidateHotlistEntry, "validate-hotlist-entry", false, false, true, true, false},
            {Action::WithdrawHotlistEntry, "withdraw-hotlist-entry", false, false, true, true, false},
            {Action::ListHotlist, "list-hotlist", true, true, true, true, true},
            {Action::ManageHotlistLists, "manage-hotlist-lists", false, false, false, true, false},
            {Action::PlaceHold, "place-hold", false, true, true, false, false},
            {Action::ReleaseHold, "release-hold", false, false, true, false, false},
            // Case references are case data: operators do not browse them.
            {Action::ListHolds, "list-holds", false, true, true, false, true},
            {Action::ImportReads, "import-reads", false, false, true, true, false},
            {Action::RunCamera, "run-camera", true, false, true, true, false},
            {Action::AddCamera, "add-camera", false, false, true, true, false},
            {Action::ManageUsers, "manage-users", false, false, false, true, false},
            {Action::ListUsers, "list-users", false, false, false, true, true},
            {Action::ChangeSettings, "change-settings", false, false, false, true, false},
            {Action::RunRetention, "run-retention", false, false, false, true, false},
            {Action::ViewAudit, "view-audit", false, false, false, true, true},
            {Action::VerifyAudit, "verify-audit", false, false, false, true, true},
        };
        QCOMPARE(int(std::size(table)), Permissions::kActionCount);
        for (const Expect &e : table) {
            QCOMPARE(Permissions::actionName(e.action), QLatin1String(e.name));
            const std::pair<Role, bool> cells[] = {{Role::Operator, e.o}, {Role::Investigator, e.i}, {Role::Supervisor, e.s},
                                                   {Role::Administrator, e.a}, {Role::Auditor, e.u}};
            for (const auto &[role, allowed] : cells)
                QTest::addRow("%s/%s", e.name, qPrintable(roleName(role))) << e.action << role << allowed;
        }
    }
    void everyCell()
    {
        QFETCH(Action, action);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        User u;
        u.name = QStringLiteral("someone");
        u.roles = role;
        QCOMPARE(Permissions::allows(u, action), allowed);
        const auto required = Permissions::require(u, action);
        QCOMPARE(required.ok(), allowed);
        if (!allowed) {
            QCOMPARE(required.error().kind, Error::Kind::Refused);
            QVERIFY(required.error().message.contains(Permissions::actionName(action)));
        }
        // A disabled account may do nothing, whatever its roles.
        u.disabled = true;
        QVERIFY(!Permissions::allows(u, action));
        QVERIFY(!Permissions::require(u, action).ok());
    }

    void rolesAddUp()
    {
        // The demo supervisor is also an investigator and an operator: the union of the three.
        User u;
        u.roles = Roles(Role::Supervisor) | Role::Investigator | Role::Operator;
        for (int i = 0; i < Permissions::kActionCount; ++i) {
            const Action a = Action(i);
            const bool any = (Permissions::rolesFor(a) & u.roles) != 0;
            QCOMPARE(Permissions::allows(u, a), any);
        }
        User nobody;
        for (int i = 0; i < Permissions::kActionCount; ++i)
            QVERIFY(!Permissions::allows(nobody, Action(i)));
    }
};

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
