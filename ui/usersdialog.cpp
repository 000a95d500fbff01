#include "usersdialog.h"

#include "theme.h"
#include "wording.h"

#include "access/permissions.h"
#include "access/userdirectory.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

constexpr Role kRoles[] = {Role::Operator, Role::Investigator, Role::Supervisor, Role::Administrator, Role::Auditor};

QString roleWord(Role role)
{
    switch (role) {
    case Role::Operator: return UsersDialog::tr("Operator");
    case Role::Investigator: return UsersDialog::tr("Investigator");
    case Role::Supervisor: return UsersDialog::tr("Supervisor");
    case Role::Administrator: return UsersDialog::tr("Administrator");
    case Role::Auditor: return UsersDialog::tr("Auditor");
    }
    return {};
}

// The form's words for core's field names, so that a refusal names what to correct.
QString fieldWord(const QString &field)
{
    if (field == QLatin1String("name"))
        return UserForm::tr("User name");
    if (field == QLatin1String("password"))
        return UserForm::tr("Password");
    if (field == QLatin1String("role"))
        return UserForm::tr("Roles");
    return field;
}

bool isLocked(const User &u)
{
    return u.lockedUntilMs > QDateTime::currentMSecsSinceEpoch();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

// ---------------------------------------------------------------------------------------------

UserForm::UserForm(Store &store, const User &actor, Kind kind, const User &target, QWidget *parent)
    : QDialog(parent), m_store(store), m_actor(actor), m_kind(kind), m_target(target)
{
    setObjectName(QStringLiteral("userForm"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // Welsh labels are long
    QString intro;
    switch (kind) {
    case Kind::Add:
        setWindowTitle(tr("Add a user"));
        intro = tr("User names are 1 to %1 letters (A-Z), digits, '.', '_' or '-', unique without regard to case. "
                   "The password needs at least %2 characters; tell it to the person in person.")
                    .arg(UserDirectory::kMaxNameLength)
                    .arg(UserDirectory::kMinPasswordLength);
        break;
    case Kind::ResetPassword:
        setWindowTitle(tr("Reset the password of %1").arg(target.name));
        intro = tr("The new password needs at least %1 characters. The account's failed attempts are not cleared: "
                   "use Unlock for that.")
                    .arg(UserDirectory::kMinPasswordLength);
        break;
    case Kind::ChangeRoles:
        setWindowTitle(tr("Roles of %1").arg(target.name));
        intro = tr("What %1 may do follows from these roles, from the next thing they do.").arg(target.name);
        break;
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    if (kind == Kind::Add) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("userNameEdit"));
        m_name->setMaxLength(UserDirectory::kMaxNameLength + 10); // longer is refused by core, named
        m_display = new QLineEdit(this);
        m_display->setObjectName(QStringLiteral("displayNameEdit"));
        m_display->setPlaceholderText(tr("e.g. PC 1234 Jones (empty: the user name)"));
        form->addRow(tr("&User name:"), m_name);
        form->addRow(tr("&Display name:"), m_display);
    }
    if (kind == Kind::Add || kind == Kind::ChangeRoles) {
        auto *roles = new QVBoxLayout;
        for (Role r : kRoles) {
            auto *box = new QCheckBox(roleWord(r), this);
            box->setObjectName(roleName(r) + QStringLiteral("RoleBox"));
            box->setChecked(target.has(r));
            m_roles.insert(r, box);
            roles->addWidget(box);
        }
        form->addRow(tr("Roles:"), roles);
    }
    if (kind == Kind::Add || kind == Kind::ResetPassword) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(kind == Kind::Add ? tr("Initial &password:") : tr("New &password:"), m_password);
        form->addRow(tr("&Repeat the password:"), m_confirm);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userFormMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80; font-weight: bold;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("userFormOkButton"));
    ok->setText(kind == Kind::Add ? tr("Add user") : kind == Kind::ResetPassword ? tr("Reset password") : tr("Save roles"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_name)
        m_name->setFocus();
    else if (m_password)
        m_password->setFocus();
    resize(520, kind == Kind::ResetPassword ? 240 : 420);
}

QString UserForm::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserForm::refuse(const QString &text, QWidget *field)
{
    m_message->setText(text);
    m_message->show();
    if (field)
        field->setFocus();
}

void UserForm::accept()
{
    Roles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            roles |= it.key();
    // Typing it twice is this screen's own guard against a typo nobody could log in with; the
    // rules for the password itself are core's.
    if (m_password && m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        refuse(tr("The two passwords differ: type the password again in both fields."), m_password);
        return;
    }
    UserDirectory directory(m_store);
    Result<User> done = Error::internal(QString());
    switch (m_kind) {
    case Kind::Add:
        done = directory.add(m_actor, m_name->text(), roles, m_password->text(), m_display->text().trimmed());
        break;
    case Kind::ResetPassword:
        done = directory.resetPassword(m_actor, m_target.name, m_password->text());
        break;
    case Kind::ChangeRoles:
        done = directory.setRoles(m_actor, m_target.name, roles);
        break;
    }
    if (!done) {
        const Error &e = done.error();
        QWidget *field = e.field == QLatin1String("name")       ? static_cast<QWidget *>(m_name)
                         : e.field == QLatin1String("password") ? static_cast<QWidget *>(m_password)
                         : e.field == QLatin1String("role")     ? static_cast<QWidget *>(m_roles.value(Role::Operator))
                                                                : nullptr;
        refuse(e.field.isEmpty() ? tr("Refused: %1").arg(e.message)
                                 : tr("Refused: %1: %2").arg(fieldWord(e.field), e.message),
               field);
        return;
    }
    m_result = done.value();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

bool UsersDialog::mayOpen(const User &user)
{
    return Permissions::allows(user, Action::ManageUsers) || Permissions::allows(user, Action::ListUsers);
}

QString UsersDialog::rolesText(Roles roles)
{
    QStringList words;
    for (Role r : kRoles)
        if (roles.testFlag(r))
            words << roleWord(r);
    return words.join(QStringLiteral(", "));
}

UsersDialog::UsersDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user), m_manages(Permissions::allows(user, Action::ManageUsers))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));

    auto *intro = new QLabel(m_manages ? tr("Every change is checked and recorded in the audit trail. The last enabled "
                                            "administrator can neither be disabled nor lose the role.")
                                       : tr("The accounts, for reading only: only administrators change them."),
                             this);
    intro->setObjectName(QStringLiteral("usersIntro"));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Roles"), tr("State"), tr("Locked out")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Whether an account is locked, and until when, must be read whole: the display name gives
    // way (elided, whole in its tooltip) when words are long.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DisplayColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);

    if (m_manages) {
        const auto button = [this](const QString &text, const char *name) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(QLatin1String(name));
            return b;
        };
        m_add = button(tr("&Add user…"), "addUserButton");
        m_disable = button(tr("&Disable"), "disableUserButton");
        m_enable = button(tr("&Enable"), "enableUserButton");
        m_unlock = button(tr("&Unlock"), "unlockUserButton");
        m_reset = button(tr("&Reset password…"), "resetPasswordButton");
        m_rolesButton = button(tr("Change &roles…"), "changeRolesButton");
        m_unlock->setToolTip(tr("Clears a lockout after too many wrong passwords, and the count of failed attempts."));
        connect(m_add, &QPushButton::clicked, this, [this] { addUser(); });
        connect(m_disable, &QPushButton::clicked, this, [this] { setSelectedDisabled(true); });
        connect(m_enable, &QPushButton::clicked, this, [this] { setSelectedDisabled(false); });
        connect(m_unlock, &QPushButton::clicked, this, [this] { unlockSelected(); });
        connect(m_reset, &QPushButton::clicked, this, [this] { resetSelectedPassword(); });
        connect(m_rolesButton, &QPushButton::clicked, this, [this] { changeSelectedRoles(); });
        // Two rows, so that long words (Welsh) are not squeezed off the buttons.
        auto *first = new QHBoxLayout;
        first->addWidget(m_add);
        first->addWidget(m_rolesButton);
        first->addWidget(m_reset);
        first->addStretch(1);
        auto *second = new QHBoxLayout;
        second->addWidget(m_disable);
        second->addWidget(m_enable);
        second->addWidget(m_unlock);
        second->addStretch(1);
        layout->addLayout(first);
        layout->addLayout(second);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 520);
    reload();
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::showMessage(const QString &text, bool problem)
{
    m_problem = problem;
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #ff8a80; font-weight: bold;")
                                     : QStringLiteral("color: #7ee787;"));
}

void UsersDialog::reload()
{
    const QString keep = selectedName();
    // Core decides who may list and records that they did.
    auto listed = UserDirectory(m_store).list(m_user);
    if (!listed) {
        m_users.clear();
        showMessage(tr("The users could not be listed: %1").arg(listed.error().message), true);
    } else {
        m_users = listed.value();
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_users.size()));
    for (int i = 0; i < m_users.size(); ++i) {
        const User &u = m_users.at(i);
        m_table->setItem(i, NameColumn, cell(u.name));
        m_table->setItem(i, DisplayColumn, cell(u.displayName));
        m_table->setItem(i, RolesColumn, cell(rolesText(u.roles)));
        QTableWidgetItem *state = cell(u.disabled ? tr("Disabled") : tr("Enabled"));
        state->setForeground(u.disabled ? Theme::danger() : Theme::online());
        m_table->setItem(i, StateColumn, state);
        QString lock = tr("No");
        if (isLocked(u))
            lock = tr("Locked until %1").arg(Wording::localDateTime(u.lockedUntilMs));
        else if (u.failedLogins > 0)
            lock = tr("No (%1 failed attempt(s))").arg(u.failedLogins);
        QTableWidgetItem *locked = cell(lock);
        if (isLocked(u))
            locked->setForeground(Theme::warning());
        m_table->setItem(i, LockColumn, locked);
    }
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

bool UsersDialog::selectUser(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, NameColumn);
            return true;
        }
    }
    return false;
}

QString UsersDialog::selectedName() const
{
    const User *u = selected();
    return u ? u->name : QString();
}

const User *UsersDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || !m_table->item(row, NameColumn) ||
        !m_table->item(row, NameColumn)->isSelected())
        return nullptr;
    return &m_users.at(row);
}

void UsersDialog::updateButtons()
{
    if (!m_manages)
        return;
    const User *u = selected();
    // Offered where it makes sense; core still decides each act (the last administrator...).
    m_disable->setEnabled(u && !u->disabled);
    m_enable->setEnabled(u && u->disabled);
    m_unlock->setEnabled(u && (isLocked(*u) || u->failedLogins > 0));
    m_reset->setEnabled(u != nullptr);
    m_rolesButton->setEnabled(u != nullptr);
}

bool UsersDialog::setSelectedDisabled(bool disabled)
{
    const User *u = selected();
    if (!u) {
        showMessage(tr("Select a user first."), true);
        return false;
    }
    const QString name = u->name;
    auto done = UserDirectory(m_store).setDisabled(m_user, name, disabled);
    reload();
    if (!done) {
        showMessage(tr("%1 was not changed: %2").arg(name, done.error().message), true);
        return false;
    }
    showMessage(disabled ? tr("%1 is disabled and can no longer log in.").arg(name)
                         : tr("%1 is enabled again.").arg(name),
                false);
    return true;
}

bool UsersDialog::unlockSelected()
{
    const User *u = selected();
    if (!u) {
        showMessage(tr("Select a user first."), true);
        return false;
    }
    const QString name = u->name;
    auto done = UserDirectory(m_store).unlock(m_user, name);
    reload();
    if (!done) {
        showMessage(tr("%1 was not unlocked: %2").arg(name, done.error().message), true);
        return false;
    }
    showMessage(tr("%1 is unlocked: the failed attempts are cleared.").arg(name), false);
    return true;
}

UserForm *UsersDialog::openForm(UserForm::Kind kind)
{
    const User *u = selected();
    if (kind != UserForm::Kind::Add && !u) {
        showMessage(tr("Select a user first."), true);
        return nullptr;
    }
    auto *form = new UserForm(m_store, m_user, kind, u ? *u : User(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<UsersDialog> self(this);
    connect(form, &QDialog::accepted, this, [self, form, kind] {
        if (!self)
            return;
        const User done = form->result();
        self->reload();
        self->selectUser(done.name);
        switch (kind) {
        case UserForm::Kind::Add:
            self->showMessage(tr("%1 added with the roles %2.").arg(done.name, rolesText(done.roles)), false);
            break;
        case UserForm::Kind::ResetPassword:
            self->showMessage(tr("The password of %1 is reset.").arg(done.name), false);
            break;
        case UserForm::Kind::ChangeRoles:
            self->showMessage(tr("%1 now has the roles %2.").arg(done.name, rolesText(done.roles)), false);
            break;
        }
    });
    form->open();
    return form;
}

UserForm *UsersDialog::addUser()
{
    return openForm(UserForm::Kind::Add);
}

UserForm *UsersDialog::resetSelectedPassword()
{
    return openForm(UserForm::Kind::ResetPassword);
}

UserForm *UsersDialog::changeSelectedRoles()
{
    return openForm(UserForm::Kind::ChangeRoles);
}

} // namespace Kestrel
