// Who is at the console: user name and password checked against the UserDirectory, audited.
#pragma once

#include "domain/user.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Kestrel {

class Store;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // The store must outlive the dialog.
    explicit LoginDialog(Store &store, QWidget *parent = nullptr);

    User user() const { return m_user; }
    QString message() const; // what the dialog last told the user
    void setUserName(const QString &name);
    // The embedded demo: says how to log in (its user names and password).
    void showDemoHint();

    void accept() override; // authenticates; stays open on refusal

private:
    Store &m_store;
    User m_user;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Kestrel
