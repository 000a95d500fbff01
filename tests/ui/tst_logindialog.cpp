// Logging in through the real widgets: refusal keeps the dialog open, success is audited.
#include "logindialog.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestLoginDialog : public QObject
{
    Q_OBJECT

    static void typeAndSubmit(LoginDialog &dialog, const QString &user, const QString &password)
    {
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(name && pass);
        name->clear();
        pass->clear();
        QTest::keyClicks(name, user);
        QTest::keyClicks(pass, password);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QStringList auditActions(Store &store)
    {
        QStringList out;
        for (const AuditEvent &e : AuditLog(store).recent(50))
            out << e.action + QLatin1Char(':') + e.user;
        return out;
    }

private Q_SLOTS:
    void wrongPasswordRefusedThenDemoUserAccepted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = Store::openOrCreate(dir.filePath(QStringLiteral("kestrel.db")));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        auto seeded = UserDirectory(**store).seedDemoUsers();
        QVERIFY(seeded);
        QCOMPARE(seeded.value(), 5);

        LoginDialog dialog(**store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        typeAndSubmit(dialog, QStringLiteral("operator"), QStringLiteral("wrong"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message().contains(QStringLiteral("wrong password")), qPrintable(dialog.message()));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());

        const QString wrongPassword = dialog.message();
        typeAndSubmit(dialog, QStringLiteral("nobody"), QStringLiteral("demo"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), wrongPassword); // the screen never confirms who exists

        // Nor that an account is disabled.
        QSqlQuery disable((*store)->database());
        QVERIFY(disable.exec(QStringLiteral("UPDATE users SET disabled = 1 WHERE name = 'auditor'")));
        typeAndSubmit(dialog, QStringLiteral("auditor"), QStringLiteral("demo"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), wrongPassword);
        QVERIFY(dialog.message().contains(QStringLiteral("ask an administrator")));

        typeAndSubmit(dialog, QStringLiteral("operator"), QStringLiteral("demo"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.user().name, QStringLiteral("operator"));
        QVERIFY(dialog.user().has(Role::Operator));

        const QStringList actions = auditActions(**store);
        QVERIFY2(actions.contains(QStringLiteral("login-failed:operator")), qPrintable(actions.join(QLatin1Char(','))));
        // An unknown name is not written down (it may be a password typed in the wrong field).
        QVERIFY(actions.contains(QStringLiteral("login-failed:(unknown)")));
        QVERIFY(!actions.join(QLatin1Char(',')).contains(QStringLiteral("nobody")));
        QVERIFY(actions.contains(QStringLiteral("login:operator")));
        // The chain holds; the account this test disabled straight in the file does not.
        const auto verified = AuditLog(**store).verify();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().message.contains(QStringLiteral("users row")), qPrintable(verified.error().message));
    }

    // The embedded demo says how to log in: its user names and password, in the dialog.
    void demoSaysHowToLogIn()
    {
        QTemporaryDir dir;
        auto store = Store::openOrCreate(dir.filePath(QStringLiteral("kestrel.db")));
        QVERIFY(store);
        QVERIFY(UserDirectory(**store).seedDemoUsers());
        LoginDialog dialog(**store);
        dialog.showDemoHint();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("demoHint"));
        QVERIFY(hint && hint->isVisible());
        for (const char *name : {"operator", "investigator", "supervisor", "admin", "auditor"})
            QVERIFY2(hint->text().contains(QLatin1String(name)), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QLatin1String("demo")));
        typeAndSubmit(dialog, QStringLiteral("auditor"), QStringLiteral("demo")); // what it says works
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void emptyStoreExplainsFirstAdministrator()
    {
        QTemporaryDir dir;
        auto store = Store::openOrCreate(dir.filePath(QStringLiteral("kestrel.db")));
        QVERIFY(store);
        LoginDialog dialog(**store);
        dialog.show();
        QVERIFY(dialog.message().contains(QStringLiteral("kestrel-cli init --db PATH --admin NAME")));
        QVERIFY(dialog.message().contains(QStringLiteral("--demo")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
