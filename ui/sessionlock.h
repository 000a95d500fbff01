// The idle session lock: after a quiet spell (10 minutes by default) the workstation covers
// everything it shows until the signed-in user gives their password again. The cameras, the
// hotlist checks and escalation go on underneath; hits that arrive are counted on the lock
// without their details, and a High one sounds, so nobody unauthorised sees a plate.
#pragma once

#include "domain/hit.h"
#include "domain/user.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenuBar;
class QPushButton;
class QTimer;

namespace Kestrel {

class Store;

class SessionLock : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultLockAfterS = 600;
    static constexpr auto kSettingsKey = "session/lockAfterS"; // QSettings, seconds; 0 never

    // Covers `window` (its whole area) when locked; store must outlive the lock.
    SessionLock(Store &store, const User &user, QWidget *window);

    void setLockAfterMs(int ms); // 0: never lock on idle
    int lockAfterMs() const { return m_lockAfterMs; }
    qint64 idleMs() const { return m_idle.elapsed(); }
    bool isLocked() const { return m_locked; }

    void lock(); // now (the menu's "Lock screen")
    // Checks the password of the signed-in user (audited; failures count towards lockout).
    bool unlock(const QString &password);
    // A hit that arrived while locked: counted, never shown.
    void noteHit(const Hit &hit);
    int hitsWhileLocked() const { return m_hits; }
    int highHitsWhileLocked() const { return m_highHits; }
    // Everything waiting for an acknowledgement, whenever it came (the window keeps this
    // current): a High alert already waiting when the screen locked is said on the lock too.
    void setWaiting(int hits, int high);

    // Locks with the handover open: the next operator types their own name and password.
    void lockForHandover();
    // The next user takes over (UserDirectory::handOver: both audited); handedOver() follows.
    bool handOver(const QString &name, const QString &password);
    QLineEdit *handoverNameField() const { return m_handoverName; }
    QPushButton *handoverButton() const { return m_handoverToggle; }

    QLineEdit *passwordField() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *hitsLabel() const { return m_hitsLabel; }

Q_SIGNALS:
    void locked();
    void unlocked();
    // The shift passed to `next`; the lock stays up until the window for `next` replaces this one.
    void handedOver(const Kestrel::User &next);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkIdle();
    void updateHits();
    void setHandoverShown(bool shown);

    Store &m_store;
    User m_user;
    QWidget *m_window;
    QElapsedTimer m_idle;
    QTimer *m_check;
    int m_lockAfterMs = kDefaultLockAfterS * 1000;
    bool m_locked = false;
    int m_hits = 0;
    int m_highHits = 0;
    int m_waiting = 0;
    int m_waitingHigh = 0;
    bool m_handover = false;
    QLabel *m_title;
    QLabel *m_hitsLabel;
    QLabel *m_message;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QLabel *m_handoverHint;
    QLineEdit *m_handoverName;
    QPushButton *m_handoverToggle;
    QList<QPointer<QWidget>> m_hidden; // windows hidden by the lock, shown again on unlock
    QList<QPointer<QMenuBar>> m_disabledMenus; // the window's menus, off while locked
};

} // namespace Kestrel
