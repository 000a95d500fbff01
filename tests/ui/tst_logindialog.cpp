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
