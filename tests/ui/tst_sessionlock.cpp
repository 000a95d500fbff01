// The idle lock on real widgets: it locks after the quiet spell, covers the window, keeps keys
// and shortcuts from the window behind, hides other windows, counts hits without showing them,
// and opens only for the signed-in user's password; each step is audited.
#include "uifixture.h"

#include "hitalertdialog.h"
#include "sessionlock.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>
#include <QVBoxLayout>

using namespace Kestrel;

namespace {

QStringList auditActions(Store &store)
{
    QStringList out;
    for (const AuditEvent &e : AuditLog(store).recent(50))
        out << e.action;
    return out;
}

Hit highHit()
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.read.vrm = QStringLiteral("LK19ABC");
    h.read.uid = QUuid::createUuid();
    h.entry.vrm = QStringLiteral("LK19ABC");
    h.entry.priority = Priority::High;
    h.entry.reason = QStringLiteral("Abduction");
    return h;
}

} // namespace

// The window a lock covers: a field to type into and a Ctrl+F shortcut, which count what reaches them.
struct Behind
{
    QWidget window;
    QLineEdit *field = nullptr;
    int searches = 0;
    Behind()
    {
        window.resize(800, 600);
        field = new QLineEdit(&window);
        (new QVBoxLayout(&window))->addWidget(field);
        auto *search = new QAction(&window);
        search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        window.addAction(search);
        QObject::connect(search, &QAction::triggered, &window, [this] { ++searches; });
    }
};

class TestSessionLock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    User m_user;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::move(Store::openOrCreate(m_dir.filePath(QStringLiteral("k.db")))).value();
        m_user = UserDirectory(*m_store).add(QStringLiteral("olly"), Role::Operator, QStringLiteral("correct horse")).value();
    }

    void locksAfterIdleAndOpensOnlyForThePassword()
    {
        Behind behind;
        QWidget &window = behind.window;
        int &searches = behind.searches;
        window.setAutoFillBackground(true);
        QPalette background = window.palette();
        background.setColor(QPalette::Window, Qt::red);
        window.setPalette(background);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SessionLock lock(*m_store, m_user, &window);
        lock.setLockAfterMs(150);
        QVERIFY(!lock.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
        QVERIFY(lock.isVisible());
        QCOMPARE(lock.geometry(), window.rect());
        // Nothing of the window shows through: its red field is painted over everywhere.
        const QImage shot = window.grab().toImage();
        int red = 0;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                red += shot.pixelColor(x, y) == QColor(Qt::red);
        QCOMPARE(red, 0);
        QCOMPARE(shot.pixelColor(5, 5), QColor(0x10, 0x15, 0x1c));
        QVERIFY(auditActions(*m_store).contains(QStringLiteral("session-locked")));

        // Nothing typed reaches the window behind, and its shortcuts are dead.
        QTest::keyClicks(behind.field, QStringLiteral("abc"));
        QVERIFY(behind.field->text().isEmpty());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(searches, 0);

        // A wrong password keeps it locked and says so.
        QTest::keyClicks(lock.passwordField(), QStringLiteral("wrong"));
        QTest::mouseClick(lock.unlockButton(), Qt::LeftButton);
        QVERIFY(lock.isLocked());
        QVERIFY(lock.messageLabel()->text().startsWith(QStringLiteral("Not unlocked")));
        QVERIFY(lock.passwordField()->text().isEmpty());
        QVERIFY(auditActions(*m_store).contains(QStringLiteral("unlock-failed")));

        QTest::keyClicks(lock.passwordField(), QStringLiteral("correct horse"));
        QTest::keyClick(lock.passwordField(), Qt::Key_Return);
        QVERIFY(!lock.isLocked());
        QVERIFY(!lock.isVisible());
        QVERIFY(auditActions(*m_store).contains(QStringLiteral("session-unlocked")));
        QTest::keyClicks(behind.field, QStringLiteral("abc"));
        QCOMPARE(behind.field->text(), QStringLiteral("abc"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(searches, 1);
    }

    // The screen opens only once the trail records who opened it.
    void aPersonUnlocksItFromTheKeyboard()
    {
        // Keys as a person types them: to the window, which hands them to its focused widget.
        // (Sent straight to the password field, they passed a filter that swallowed everything
        // the window itself received, and operators could not unlock without a mouse.)
        Behind behind;
        QWidget &window = behind.window;
        int &searches = behind.searches;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        behind.field->setFocus();
        SessionLock lock(*m_store, m_user, &window);
        lock.lock();
        QVERIFY(lock.isLocked());
        QTRY_COMPARE(QApplication::focusWidget(), lock.passwordField());
        QWindow *handle = window.windowHandle();
        for (const char c : QByteArray("wrong"))
            QTest::keyClick(handle, c);
        QTest::keyClick(handle, Qt::Key_Return);
        QVERIFY(lock.isLocked());
        QVERIFY(behind.field->text().isEmpty());
        QTest::keyClick(handle, Qt::Key_F, Qt::ControlModifier); // the window's shortcuts stay dead
        QCOMPARE(searches, 0);
        for (const char c : QByteArray("correct horse"))
            QTest::keyClick(handle, c);
        QTest::keyClick(handle, Qt::Key_Return);
        QVERIFY(!lock.isLocked());
        QVERIFY(behind.field->text().isEmpty());
    }

    void unlockNeedsTheAuditTrail()
    {
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionLock lock(*m_store, m_user, &window);
        lock.lock();
        QVERIFY(lock.isLocked());
        QVERIFY(TestFixture::breakAuditTrail(m_store->path()));
        QTest::keyClicks(lock.passwordField(), QStringLiteral("correct horse"));
        QTest::keyClick(lock.passwordField(), Qt::Key_Return);
        const bool stillLocked = lock.isLocked() && lock.isVisible();
        const QString message = lock.messageLabel()->text();
        QVERIFY(TestFixture::restoreAuditTrail(m_store->path())); // the other tests share the store
        QVERIFY(stillLocked);
        QVERIFY2(message.startsWith(QStringLiteral("Not unlocked")) &&
                     message.contains(QStringLiteral("audit trail could not be written")),
                 qPrintable(message));

        QVERIFY(lock.unlock(QStringLiteral("correct horse")));
        QVERIFY(!lock.isLocked());
        QCOMPARE(auditActions(*m_store).first(), QStringLiteral("session-unlocked"));
    }

    void inputKeepsTheSessionOpen()
    {
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionLock lock(*m_store, m_user, &window);
        lock.setLockAfterMs(0); // never on idle: only the idle clock is under test here
        QTest::qWait(60);
        QVERIFY(lock.idleMs() >= 50);
        QTest::keyClick(&window, Qt::Key_A);
        QVERIFY(lock.idleMs() < 50);
        QTest::qWait(60);
        QTest::mouseMove(&window, QPoint(20, 20));
        QTest::mouseMove(&window, QPoint(40, 30));
        QVERIFY(lock.idleMs() < 50);
        QVERIFY(!lock.isLocked());
    }

    void hitsAreCountedNotShownAndOtherWindowsHide()
    {
        QWidget window;
        window.resize(600, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget searchWindow; // another top-level window of the workstation
        searchWindow.show();
        QDialog dialog(&window);
        dialog.show();
        HitAlertDialog alert(nullptr, m_user.name, &window);

        SessionLock lock(*m_store, m_user, &window);
        lock.setLockAfterMs(0);
        connect(&lock, &SessionLock::locked, &alert, [&] { alert.setWithheld(true); });
        connect(&lock, &SessionLock::unlocked, &alert, [&] { alert.setWithheld(false); });
        lock.lock();
        QVERIFY(!searchWindow.isVisible());
        QVERIFY(!dialog.isVisible());

        const Hit hit = highHit();
        lock.noteHit(hit);
        alert.enqueue(hit);
        QVERIFY(!alert.isVisible());      // nothing of the hit on screen
        QVERIFY(alert.alarmSounding());   // but it sounds
        QCOMPARE(alert.queued(), 1);
        QCOMPARE(lock.hitsWhileLocked(), 1);
        QCOMPARE(lock.highHitsWhileLocked(), 1);
        QVERIFY(lock.hitsLabel()->text().contains(QStringLiteral("High")));
        QVERIFY(!lock.hitsLabel()->text().contains(QStringLiteral("LK19")));

        QVERIFY(lock.unlock(QStringLiteral("correct horse")));
        QVERIFY(searchWindow.isVisible()); // windows come back
        QVERIFY(!dialog.isVisible());      // dialogs were closed as cancelled
        QVERIFY(alert.isVisible());        // and the waiting alert is in front of the operator
        QCOMPARE(alert.currentHit().uid, hit.uid);
    }

    // What already waits is said on the lock, High first: counting only hits since the lock hid
    // a High alert that was waiting when the screen locked.
    void aWaitingHighAlertIsSaidOnTheLock()
    {
        Behind behind;
        behind.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&behind.window));
        SessionLock lock(*m_store, m_user, &behind.window);
        lock.setWaiting(3, 1);
        lock.lock();
        const QString text = lock.hitsLabel()->text();
        QVERIFY2(text.contains(QLatin1String("High hit")) && text.contains(QLatin1String("1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("LK19ABC")), qPrintable(text)); // counts, never plates
        lock.setWaiting(0, 0); // acknowledged elsewhere (another workstation's store)
        QVERIFY(!lock.hitsLabel()->text().contains(QLatin1String("High hit")));
        lock.unlock(QStringLiteral("correct horse"));
    }

    // A shift handover at the lock, from the keyboard: the next operator gives their own name
    // and password; the signed-in one's own name is refused (that is unlocking); both the new
    // log-in and the first operator's log-out are in the trail.
    void theNextOperatorTakesOverFromTheKeyboard()
    {
        const QString password = QStringLiteral("another horse!");
        QVERIFY(UserDirectory(*m_store).add(QStringLiteral("nina"), Role::Operator, password));
        // A window with menus, as the workstation has: its Help menu's Alt+H must not swallow
        // the lock's Alt+H (it did, under X11, in the real window).
        QMainWindow window;
        window.resize(800, 600);
        QMenu *help = window.menuBar()->addMenu(QStringLiteral("&Help"));
        int helpOpened = 0;
        connect(help, &QMenu::aboutToShow, this, [&helpOpened] { ++helpOpened; });
        window.setCentralWidget(new QLineEdit(&window));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SessionLock lock(*m_store, m_user, &window);
        QSignalSpy handed(&lock, &SessionLock::handedOver);
        // An alert had the keyboard when the screen locked; the lock hides it.
        QDialog alert(&window);
        alert.show();
        QVERIFY(QTest::qWaitForWindowActive(&alert));
        lock.lock();
        QVERIFY(!alert.isVisible());
        QVERIFY(!lock.handoverNameField()->isVisible());
        QWindow *handle = window.windowHandle();
        QTest::keyClick(handle, Qt::Key_H, Qt::AltModifier); // "&Hand over the shift…" (an animated click)
        QTRY_VERIFY(lock.handoverNameField()->isVisible());
        QCOMPARE(helpOpened, 0);
        QTRY_COMPARE(QApplication::focusWidget(), lock.handoverNameField());
        auto type = [handle](const QString &text) {
            for (const QChar c : text)
                QTest::keyClick(handle, c.toLatin1());
            QTest::keyClick(handle, Qt::Key_Return);
        };
        type(QStringLiteral("olly"));
        QCOMPARE(QApplication::focusWidget(), lock.passwordField());
        type(QStringLiteral("correct horse"));
        QCOMPARE(handed.count(), 0);
        QVERIFY2(lock.messageLabel()->text().contains(QLatin1String("unlock")), qPrintable(lock.messageLabel()->text()));
        lock.handoverNameField()->clear();
        lock.handoverNameField()->setFocus();
        type(QStringLiteral("nina"));
        type(QStringLiteral("wrong password"));
        QCOMPARE(handed.count(), 0);
        QVERIFY(lock.isLocked());
        type(password);
        QCOMPARE(handed.count(), 1);
        QCOMPARE(handed.at(0).at(0).value<User>().name, QStringLiteral("nina"));

        bool loggedIn = false, loggedOut = false;
        for (const AuditEvent &e : AuditLog(*m_store).recent(20)) {
            if (e.action == QLatin1String("login") && e.user == QLatin1String("nina"))
                loggedIn = e.details.value(QStringLiteral("handover_from")).toString() == QLatin1String("olly");
            if (e.action == QLatin1String("logout") && e.user == QLatin1String("olly"))
                loggedOut = e.details.value(QStringLiteral("handed_over_to")).toString() == QLatin1String("nina");
        }
        QVERIFY(loggedIn);
        QVERIFY(loggedOut);
        lock.unlock(QStringLiteral("correct horse")); // the menus come back with the screen
        QVERIFY(window.menuBar()->isEnabled());
    }
};

QTEST_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
