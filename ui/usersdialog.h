// Administration → Users: the accounts with their roles and state; administrators add, disable,
// enable, unlock, reset passwords and change roles. Every rule, refusal and audit entry is
// UserDirectory's, the same calls as `kestrel-cli users ...`; this screen asks and shows the answer.
#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kestrel {

class Store;

// What an administrator types for an account: name, display name, roles and a password (twice),
// each part shown only when the act needs it. Accepting asks core; a refusal keeps the form
// open with the reason, naming the field and putting the cursor in it.
class UserForm : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Add,
        ResetPassword,
        ChangeRoles
    };
    // store must outlive the form. `target` is the account acted on (not for Add).
    UserForm(Store &store, const User &actor, Kind kind, const User &target = {}, QWidget *parent = nullptr);

    User result() const { return m_result; } // the account as core left it, after acceptance
    QString message() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *roleBox(Role role) const { return m_roles.value(role); }

    void accept() override;

private:
    void refuse(const QString &text, QWidget *field);

    Store &m_store;
    User m_actor;
    Kind m_kind;
    User m_target;
    User m_result;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QLabel *m_message;
};

class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, DisplayColumn, RolesColumn, StateColumn, LockColumn, ColumnCount };

    // store must outlive the dialog. Administrators (ManageUsers) act; those who may only list
    // (ListUsers: auditors) see the table alone.
    UsersDialog(Store &store, const User &user, QWidget *parent = nullptr);

    static bool mayOpen(const User &user);
    static QString rolesText(Roles roles); // translated, comma-separated

    void reload(); // lists through core (audited)
    bool selectUser(const QString &name);
    QString selectedName() const;
    // The acts on the selected account; the forms open window-modal without blocking.
    bool setSelectedDisabled(bool disabled);
    bool unlockSelected();
    UserForm *addUser();
    UserForm *resetSelectedPassword();
    UserForm *changeSelectedRoles();

    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool messageIsProblem() const { return m_problem; }

private:
    UserForm *openForm(UserForm::Kind kind);
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    const User *selected() const;

    Store &m_store;
    User m_user;
    bool m_manages;
    QList<User> m_users;
    QTableWidget *m_table;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_rolesButton = nullptr;
    QLabel *m_message;
    bool m_problem = false;
};

} // namespace Kestrel
