#include "sessionlock.h"

#include "wording.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

constexpr int kCheckIntervalMs = 1000;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionLock::SessionLock(Store &store, const User &user, QWidget *window)
    : QWidget(window), m_store(store), m_user(user), m_window(window)
{
    setObjectName(QStringLiteral("sessionLock"));
    // Opaque: a plain QWidget paints a style-sheet background only with WA_StyledBackground,
    // and nothing of the window behind may show through.
    setAttribute(Qt::WA_StyledBackground, true);
    setAutoFillBackground(true);
    QPalette opaque = palette();
    opaque.setColor(QPalette::Window, QColor(0x10, 0x15, 0x1c));
    setPalette(opaque);
    setStyleSheet(QStringLiteral("#sessionLock { background: #10151c; }"
                                 "#sessionLock QLabel { color: #e8edf2; }"
                                 "#lockHits { color: #ffd166; font-weight: bold; }"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_hitsLabel = new QLabel(this);
    m_hitsLabel->setObjectName(QStringLiteral("lockHits"));
    m_hitsLabel->setAlignment(Qt::AlignCenter);
    m_hitsLabel->setWordWrap(true);
    m_handoverHint = new QLabel(tr("Shift handover: the next operator enters their own user name and password. "
                                   "The signed-in user is logged out; both are recorded in the audit trail."),
                                this);
    m_handoverHint->setObjectName(QStringLiteral("lockHandoverHint"));
    m_handoverHint->setAlignment(Qt::AlignCenter);
    m_handoverHint->setWordWrap(true);
    m_handoverName = new QLineEdit(this);
    m_handoverName->setObjectName(QStringLiteral("lockHandoverName"));
    m_handoverName->setPlaceholderText(tr("Next operator's user name"));
    m_handoverName->setMinimumWidth(300);
    m_handoverName->setMaximumWidth(360);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(300);
    m_password->setMaximumWidth(360);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setDefault(true);
    m_handoverToggle = new QPushButton(tr("&Hand over the shift…"), this);
    m_handoverToggle->setObjectName(QStringLiteral("lockHandover"));
    m_handoverToggle->setFlat(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_hitsLabel);
    layout->addSpacing(12);
    layout->addWidget(m_handoverHint);
    layout->addWidget(m_handoverName, 0, Qt::AlignHCenter);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_handoverToggle, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    auto submit = [this] {
        if (m_handover)
            handOver(m_handoverName->text(), m_password->text());
        else
            unlock(m_password->text());
    };
    connect(m_unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_handoverName, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_handoverToggle, &QPushButton::clicked, this, [this] { setHandoverShown(!m_handover); });
    setHandoverShown(false);

    hide();
    m_idle.start();
    m_check = new QTimer(this);
    m_check->setInterval(kCheckIntervalMs);
    connect(m_check, &QTimer::timeout, this, &SessionLock::checkIdle);
    m_check->start();
    qApp->installEventFilter(this);
}

void SessionLock::setLockAfterMs(int ms)
{
    m_lockAfterMs = std::max(0, ms);
    // Short periods (tests, demonstrations) are checked more often than once a second.
    m_check->setInterval(m_lockAfterMs > 0 ? std::clamp(m_lockAfterMs / 4, 10, kCheckIntervalMs) : kCheckIntervalMs);
}

void SessionLock::checkIdle()
{
    if (!m_locked && m_lockAfterMs > 0 && m_idle.elapsed() >= m_lockAfterMs)
        lock();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_locked)
        setGeometry(m_window->rect());
    if (!m_locked) {
        if (isInput(event->type()))
            m_idle.restart();
        return false;
    }
    // Locked: keys and shortcuts reach only the lock itself (no menu accelerator opens a window
    // behind it); the mouse cannot get past it because it covers the window.
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease ||
                     event->type() == QEvent::ShortcutOverride || event->type() == QEvent::Shortcut;
    if (!key)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget) {
        // A typed key reaches the window first (QWidgetWindow, not a widget), which hands it to
        // its focused widget: the lock's password field, and there it is let through. Swallowing
        // it here locked the keyboard out. A Shortcut event goes to an action or a shortcut
        // behind the lock: those stay dead.
        return event->type() == QEvent::Shortcut;
    }
    return !(widget == this || isAncestorOf(widget));
}

void SessionLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_hits = m_highHits = 0;
    // Other windows of the workstation are hidden until the user is back: windows (search)
    // come back as they were, dialogs are closed as if cancelled (nothing in them was saved),
    // and the alert comes back from the main window with its queue.
    m_hidden.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == m_window || !w->isVisible())
            continue;
        if (!qobject_cast<QDialog *>(w))
            m_hidden.append(w);
        w->hide();
    }
    // The window's menu mnemonics (Alt+H for Help) would take the lock's own (Alt+H for the
    // handover) as ambiguous and swallow both: menus are off while locked.
    m_disabledMenus.clear();
    for (QMenuBar *bar : m_window->findChildren<QMenuBar *>()) {
        if (bar->isEnabled()) {
            bar->setEnabled(false);
            m_disabledMenus.append(bar);
        }
    }
    m_title->setText(tr("Locked: %1 is signed in").arg(Wording::personName(m_user)));
    m_password->clear();
    setHandoverShown(false);
    updateHits();
    setGeometry(m_window->rect());
    show();
    raise();
    // The window under the lock becomes the active one (the alert that was active is hidden):
    // the lock's keys and mnemonics work only in the active window.
    m_window->activateWindow();
    m_password->setFocus();
    // Locking protects the screen: it happens even when the trail cannot say so.
    if (auto audited = AuditLog(m_store).append(m_user.name, QStringLiteral("session-locked"),
                                                {{QStringLiteral("idle_s"), int(m_idle.elapsed() / 1000)}});
        !audited)
        qWarning("session-locked for %s could not be audited: %s", qUtf8Printable(m_user.name),
                 qUtf8Printable(audited.error().toString()));
    Q_EMIT locked();
}

bool SessionLock::unlock(const QString &password)
{
    if (!m_locked)
        return true;
    UserDirectory::Refusal why = UserDirectory::Refusal::None;
    auto user = UserDirectory(m_store).authenticate(m_user.name, password, &why);
    m_password->clear();
    AuditLog audit(m_store);
    if (!user) {
        if (auto audited = audit.append(m_user.name, QStringLiteral("unlock-failed"),
                                        {{QStringLiteral("reason"), why == UserDirectory::Refusal::None
                                                                        ? user.error().message
                                                                        : UserDirectory::refusalName(why)}});
            !audited)
            qWarning("unlock-failed for %s could not be audited: %s", qUtf8Printable(m_user.name),
                     qUtf8Printable(audited.error().toString()));
        m_message->setText(tr("Not unlocked: %1").arg(user.error().message));
        return false;
    }
    // The screen opens only once the trail says who opened it.
    if (auto audited = audit.append(m_user.name, QStringLiteral("session-unlocked")); !audited) {
        m_message->setText(tr("Not unlocked: the audit trail could not be written (%1). Call the system "
                              "administrator.")
                               .arg(audited.error().toString()));
        return false;
    }
    m_locked = false;
    hide();
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    for (const QPointer<QMenuBar> &bar : std::as_const(m_disabledMenus))
        if (bar)
            bar->setEnabled(true);
    m_disabledMenus.clear();
    m_idle.restart();
    Q_EMIT unlocked();
    return true;
}

void SessionLock::noteHit(const Hit &hit)
{
    if (!m_locked)
        return;
    ++m_hits;
    if (hit.entry.priority == Priority::High)
        ++m_highHits;
    updateHits();
}

void SessionLock::updateHits()
{
    // What waits (High first: it is why the operator must come back), then what came since.
    QStringList lines;
    if (m_waitingHigh > 0)
        lines << tr("%n High hit(s) waiting for a response.", "", m_waitingHigh);
    if (m_waiting > 0)
        lines << tr("Hits waiting to be acknowledged: %1.").arg(m_waiting);
    if (m_hits == 0)
        lines << tr("No hits since the screen was locked.");
    else if (m_highHits > 0)
        lines << tr("Since the lock: %1 hit(s), %2 High. Unlock to respond.").arg(m_hits).arg(m_highHits);
    else
        lines << tr("Since the lock: %1 hit(s). Unlock to see them.").arg(m_hits);
    m_hitsLabel->setText(lines.join(QLatin1Char('\n')));
}

void SessionLock::setWaiting(int hits, int high)
{
    m_waiting = std::max(0, hits);
    m_waitingHigh = std::max(0, high);
    if (m_locked)
        updateHits();
}

void SessionLock::setHandoverShown(bool shown)
{
    m_handover = shown;
    m_handoverHint->setVisible(shown);
    m_handoverName->setVisible(shown);
    m_handoverName->clear();
    m_unlock->setText(shown ? tr("&Take over") : tr("&Unlock"));
    m_handoverToggle->setText(shown ? tr("&Cancel the handover") : tr("&Hand over the shift…"));
    m_message->setText(shown ? QString()
                             : tr("The screen was locked to protect the data it shows. Enter the password to carry on."));
    if (shown)
        m_handoverName->setFocus();
    else
        m_password->setFocus();
}

void SessionLock::lockForHandover()
{
    lock();
    setHandoverShown(true);
}

bool SessionLock::handOver(const QString &name, const QString &password)
{
    if (!m_locked)
        return false;
    m_password->clear();
    auto next = UserDirectory(m_store).handOver(
        m_user, name, password, {{QStringLiteral("client"), QStringLiteral("gui")}, {QStringLiteral("via"), QStringLiteral("lock")}});
    if (!next) {
        m_message->setText(tr("Not handed over: %1").arg(next.error().message));
        return false;
    }
    m_message->setText(tr("Handing over to %1…").arg(Wording::personName(*next)));
    Q_EMIT handedOver(next.value());
    return true;
}

} // namespace Kestrel
