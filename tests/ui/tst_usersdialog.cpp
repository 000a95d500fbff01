// Administration → Users through the real widgets over a real store: an administrator adds,
// disables, enables, unlocks, resets and changes roles with the mouse and the keyboard, each
// through UserDirectory (the calls `kestrel-cli users` makes) and in the audit trail; core's
// refusals (the last administrator, a weak password, a taken name) are shown in the dialog; an
// auditor only reads.
#include "uifixture.h"
#include "typing.h"

#include "usersdialog.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace Kestrel;
using namespace Kestrel::TestFixture;
using namespace Kestrel::Typing;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, UsersDialog::NameColumn)->text() == name)
            return row;
    return -1;
}

QPushButton *button(QWidget *w, const char *name)
{
    return w->findChild<QPushButton *>(QLatin1String(name));
}

// The newest audit entry of `action`, if any.
std::optional<AuditEvent> lastAudit(Store &store, const QString &action)
{
    for (const AuditEvent &e : AuditLog(store).recent(100))
        if (e.action == action)
            return e;
    return std::nullopt;
}

// Opens the form with its button, as a person does, and waits until it has the keyboard.
UserForm *openWith(UsersDialog &dialog, const char *buttonName)
{
    QTest::mouseClick(button(&dialog, buttonName), Qt::LeftButton);
    auto *form = dialog.findChild<UserForm *>();
    if (!form || !Kestrel::Typing::activate(form))
        return nullptr;
    return form;
}

} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Fixture>();
        QVERIFY(m_fx->open());
        auto admin = UserDirectory(*m_fx->store).add(QStringLiteral("chief"), Role::Administrator, kPassword,
                                                     QStringLiteral("Chief Inspector Long-Name-Davies"));
        QVERIFY(admin);
        m_admin = admin.value();
    }

    void cleanup() { m_fx.reset(); }

    void anAdministratorAddsAUserByHand()
    {
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);

        UserForm *form = openWith(dialog, "addUserButton");
        QVERIFY(form);
        QVERIFY(typeInto(form->nameEdit(), QStringLiteral("pc.jones")));
        QVERIFY(typeInto(form->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("PC 1234 Jones")));
        tick(form->roleBox(Role::Operator));
        tick(form->roleBox(Role::Investigator));
        QVERIFY(typeInto(form->passwordEdit(), QStringLiteral("twelve chars ok")));
        QVERIFY(typeInto(form->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("twelve chars ok")));
        QPointer<UserForm> guard(form);
        press(form->passwordEdit(), Qt::Key_Return);
        QVERIFY2(!guard || !guard->isVisible(), qPrintable(guard ? guard->message() : QString()));

        const std::optional<User> added = UserDirectory(*m_fx->store).find(QStringLiteral("pc.jones"));
        QVERIFY(added);
        QCOMPARE(added->roles, Roles(Role::Operator) | Role::Investigator);
        QCOMPARE(added->displayName, QStringLiteral("PC 1234 Jones"));
        QVERIFY(UserDirectory(*m_fx->store).authenticate(QStringLiteral("pc.jones"), QStringLiteral("twelve chars ok")));
        const int row = rowOf(dialog.table(), QStringLiteral("pc.jones"));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.table()->item(row, UsersDialog::RolesColumn)->text(), QStringLiteral("Operator, Investigator"));
        QCOMPARE(dialog.table()->item(row, UsersDialog::StateColumn)->text(), QStringLiteral("Enabled"));
        QCOMPARE(dialog.selectedName(), QStringLiteral("pc.jones"));
        const auto audited = lastAudit(*m_fx->store, QStringLiteral("user-add"));
        QVERIFY(audited);
        QCOMPARE(audited->user, QStringLiteral("chief"));
        QCOMPARE(audited->details.value(QStringLiteral("name")).toString(), QStringLiteral("pc.jones"));
    }

    // Core's rules, shown in the form with the field they concern; nothing is added.
    void theFormShowsCoresRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space in the name") << "pc jones" << "twelve chars ok" << true << "User name";
        QTest::newRow("name taken, other case") << "CHIEF" << "twelve chars ok" << true << "exists already";
        QTest::newRow("short password") << "pc.jones" << "elevenchars" << true << "Password: a password needs at least 12";
        QTest::newRow("no role") << "pc.jones" << "twelve chars ok" << false << "Roles";
    }

    void theFormShowsCoresRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, role);
        QFETCH(QString, expected);
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        UserForm *form = openWith(dialog, "addUserButton");
        QVERIFY(form);
        QVERIFY(typeInto(form->nameEdit(), name));
        if (role)
            tick(form->roleBox(Role::Operator));
        QVERIFY(typeInto(form->passwordEdit(), password));
        QVERIFY(typeInto(form->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit")), password));
        QTest::mouseClick(button(form, "userFormOkButton"), Qt::LeftButton);
        QVERIFY(form->isVisible()); // stays open to be corrected
        QVERIFY2(form->message().contains(expected), qPrintable(form->message()));
        QCOMPARE(UserDirectory(*m_fx->store).all().size(), 1);
        const auto audited = lastAudit(*m_fx->store, QStringLiteral("user-add"));
        QVERIFY(audited);
        QVERIFY(audited->details.contains(QStringLiteral("refused"))); // audited by core, as from the CLI
    }

    void mistypedRepeatIsCaughtBeforeCore()
    {
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        UserForm *form = openWith(dialog, "addUserButton");
        QVERIFY(form);
        QVERIFY(typeInto(form->nameEdit(), QStringLiteral("pc.jones")));
        tick(form->roleBox(Role::Operator));
        QVERIFY(typeInto(form->passwordEdit(), QStringLiteral("twelve chars ok")));
        QVERIFY(typeInto(form->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("twelve chars OK")));
        QTest::mouseClick(button(form, "userFormOkButton"), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY2(form->message().contains(QStringLiteral("differ")), qPrintable(form->message()));
        QVERIFY(!UserDirectory(*m_fx->store).find(QStringLiteral("pc.jones")));
    }

    void theLastAdministratorCannotBeDisabled()
    {
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        clickRow(dialog.table(), rowOf(dialog.table(), QStringLiteral("chief")));
        QCOMPARE(dialog.selectedName(), QStringLiteral("chief"));
        QTest::mouseClick(button(&dialog, "disableUserButton"), Qt::LeftButton);
        QVERIFY(dialog.messageIsProblem());
        QVERIFY2(dialog.message().contains(QStringLiteral("last enabled administrator")), qPrintable(dialog.message()));
        QVERIFY(!UserDirectory(*m_fx->store).find(QStringLiteral("chief"))->disabled);
        QCOMPARE(dialog.table()->item(0, UsersDialog::StateColumn)->text(), QStringLiteral("Enabled"));
        const auto audited = lastAudit(*m_fx->store, QStringLiteral("user-disable"));
        QVERIFY(audited);
        QVERIFY(audited->details.contains(QStringLiteral("refused")));
    }

    void disableEnableUnlockResetAndRoles()
    {
        UserDirectory directory(*m_fx->store);
        QVERIFY(directory.add(m_admin, QStringLiteral("ops1"), Role::Operator, kPassword));
        for (int i = 0; i < UserDirectory::kMaxFailedLogins; ++i)
            QVERIFY(!directory.authenticate(QStringLiteral("ops1"), QStringLiteral("wrong password!")));
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        QTableWidget *table = dialog.table();
        int row = rowOf(table, QStringLiteral("ops1"));
        QVERIFY(row >= 0);
        QVERIFY2(table->item(row, UsersDialog::LockColumn)->text().startsWith(QStringLiteral("Locked until")),
                 qPrintable(table->item(row, UsersDialog::LockColumn)->text()));

        clickRow(table, row);
        QVERIFY(button(&dialog, "unlockUserButton")->isEnabled());
        QVERIFY(!button(&dialog, "enableUserButton")->isEnabled());
        QTest::mouseClick(button(&dialog, "unlockUserButton"), Qt::LeftButton);
        QVERIFY2(!dialog.messageIsProblem(), qPrintable(dialog.message()));
        row = rowOf(table, QStringLiteral("ops1"));
        QCOMPARE(table->item(row, UsersDialog::LockColumn)->text(), QStringLiteral("No"));
        QCOMPARE(directory.find(QStringLiteral("ops1"))->lockedUntilMs, 0);
        QVERIFY(lastAudit(*m_fx->store, QStringLiteral("user-unlock")));

        QTest::mouseClick(button(&dialog, "disableUserButton"), Qt::LeftButton);
        row = rowOf(table, QStringLiteral("ops1"));
        QCOMPARE(table->item(row, UsersDialog::StateColumn)->text(), QStringLiteral("Disabled"));
        QVERIFY(directory.find(QStringLiteral("ops1"))->disabled);
        QVERIFY(!directory.authenticate(QStringLiteral("ops1"), kPassword));
        QVERIFY(button(&dialog, "enableUserButton")->isEnabled());
        QTest::mouseClick(button(&dialog, "enableUserButton"), Qt::LeftButton);
        QVERIFY(!directory.find(QStringLiteral("ops1"))->disabled);
        QCOMPARE(lastAudit(*m_fx->store, QStringLiteral("user-enable"))->user, QStringLiteral("chief"));

        UserForm *reset = openWith(dialog, "resetPasswordButton");
        QVERIFY(reset);
        QVERIFY(typeInto(reset->passwordEdit(), QStringLiteral("a new long password")));
        QVERIFY(typeInto(reset->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit")),
                         QStringLiteral("a new long password")));
        press(reset->passwordEdit(), Qt::Key_Return);
        QVERIFY(directory.authenticate(QStringLiteral("ops1"), QStringLiteral("a new long password")));
        QVERIFY(!directory.authenticate(QStringLiteral("ops1"), kPassword));
        QVERIFY(lastAudit(*m_fx->store, QStringLiteral("user-password-reset")));
        QVERIFY2(dialog.message().contains(QStringLiteral("reset")), qPrintable(dialog.message()));

        QCOMPARE(dialog.selectedName(), QStringLiteral("ops1"));
        UserForm *roles = openWith(dialog, "changeRolesButton");
        QVERIFY(roles);
        QVERIFY(roles->roleBox(Role::Operator)->isChecked()); // the account's roles as they are
        tick(roles->roleBox(Role::Operator));
        tick(roles->roleBox(Role::Supervisor));
        QTest::mouseClick(button(roles, "userFormOkButton"), Qt::LeftButton);
        QCOMPARE(directory.find(QStringLiteral("ops1"))->roles, Roles(Role::Supervisor));
        row = rowOf(table, QStringLiteral("ops1"));
        QCOMPARE(table->item(row, UsersDialog::RolesColumn)->text(), QStringLiteral("Supervisor"));
        const auto audited = lastAudit(*m_fx->store, QStringLiteral("user-roles"));
        QVERIFY(audited);
        QCOMPARE(audited->details.value(QStringLiteral("to")).toArray().first().toString(), QStringLiteral("supervisor"));
    }

    // The roles form refuses what core refuses: the last administrator keeps the role.
    void theLastAdministratorKeepsTheRole()
    {
        UsersDialog dialog(*m_fx->store, m_admin);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        clickRow(dialog.table(), 0);
        UserForm *roles = openWith(dialog, "changeRolesButton");
        QVERIFY(roles);
        tick(roles->roleBox(Role::Administrator));
        tick(roles->roleBox(Role::Auditor));
        QTest::mouseClick(button(roles, "userFormOkButton"), Qt::LeftButton);
        QVERIFY(roles->isVisible());
        QVERIFY2(roles->message().contains(QStringLiteral("last enabled administrator")), qPrintable(roles->message()));
        QCOMPARE(UserDirectory(*m_fx->store).find(QStringLiteral("chief"))->roles, Roles(Role::Administrator));
    }

    void anAuditorOnlyReads()
    {
        auto auditor = UserDirectory(*m_fx->store).add(m_admin, QStringLiteral("audrey"), Role::Auditor, kPassword);
        QVERIFY(auditor);
        QVERIFY(UsersDialog::mayOpen(auditor.value()));
        UsersDialog dialog(*m_fx->store, auditor.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 2);
        for (const char *name : {"addUserButton", "disableUserButton", "enableUserButton", "unlockUserButton",
                                 "resetPasswordButton", "changeRolesButton"})
            QVERIFY2(!button(&dialog, name), name);
        const auto listed = lastAudit(*m_fx->store, QStringLiteral("user-list"));
        QVERIFY(listed);
        QCOMPARE(listed->user, QStringLiteral("audrey"));
        // Others may not even list.
        auto ops = UserDirectory(*m_fx->store).add(m_admin, QStringLiteral("ops2"), Role::Operator, kPassword);
        QVERIFY(ops);
        QVERIFY(!UsersDialog::mayOpen(ops.value()));
    }

private:
    std::unique_ptr<Fixture> m_fx;
    User m_admin;
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
