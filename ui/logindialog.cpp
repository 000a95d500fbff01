#include "logindialog.h"

#include "wording.h"

#include "access/userdirectory.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel {

LoginDialog::LoginDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Kestrel — log in"));
    setObjectName(QStringLiteral("loginDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("<b style=\"font-size:14pt;\">Kestrel ANPR</b><br>"
                                  "Log in with your own account. Every action is recorded."),
                               this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    if (UserDirectory(m_store).isEmpty()) {
        m_message->setText(tr("This database has no users. A store and its first administrator are made with\n"
                              "kestrel-cli init --db PATH --admin NAME\n"
                              "(%1 is not one), or start Kestrel with --demo to try it with demo accounts.")
                               .arg(m_store.path()));
        m_message->setStyleSheet(QStringLiteral("color: #ffd54f;"));
        m_message->show();
        m_name->setEnabled(false);
        m_password->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setMinimumWidth(420);
}

void LoginDialog::showDemoHint()
{
    auto *hint = new QLabel(Wording::demoLogInHint(), this);
    hint->setObjectName(QStringLiteral("demoHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #9cc9ff;"));
    // Under the heading, above the fields.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, hint);
}

QString LoginDialog::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void LoginDialog::setUserName(const QString &name)
{
    m_name->setText(name);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_message->show();
        m_name->setFocus();
        return;
    }
    // The one login workflow (also kestrel-cli's): it audits "login" or "login-failed" itself.
    auto result = UserDirectory(m_store).logIn(name, m_password->text(), {{QStringLiteral("client"), QStringLiteral("gui")}});
    m_password->clear();
    if (!result) {
        // The same words for every refusal: the screen must not confirm that an account exists.
        m_message->setText(result.error().kind == Error::Kind::Refused
                               ? tr("Log-in refused: unknown user or wrong password, or the account is locked or "
                                    "disabled: ask an administrator.")
                               : tr("Log-in failed: %1").arg(result.error().message));
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_user = result.value();
    QDialog::accept();
}

} // namespace Kestrel
