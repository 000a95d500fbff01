// The High-priority alert: one modal dialog that queues every High hit ("1 of 3"), shows the
// evidence and the prescribed action in large type, sounds until each hit is acknowledged with an
// outcome, and escalates a hit left unacknowledged for too long.
#pragma once

#include "domain/hit.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSoundEffect;
class QTimer;

namespace Kestrel {

class HitAcknowledger;
class Store;

class HitAlertDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultEscalateAfterS = 60;
    static constexpr auto kSettingsKey = "alerts/escalateAfterS"; // QSettings, seconds

    // store may be null (nothing can be acknowledged then); it must outlive the dialog.
    HitAlertDialog(Store *store, const QString &userName, QWidget *parent = nullptr);

    // Queues the hit and shows the dialog (non-blocking: never a nested event loop). Another
    // sighting of a vehicle already waiting (AlertJoin) joins its alert instead. `waitedMs`:
    // how long the hit has already waited (one kept from before a restart), towards escalation.
    void enqueue(const Hit &hit, qint64 waitedMs = 0);
    // While the session is locked the alert queues, sounds and escalates, but stays out of
    // sight; when withholding ends it shows again if anything is waiting.
    void setWithheld(bool withheld);
    bool isWithheld() const { return m_withheld; }
    // The hit was acknowledged elsewhere (the hits panel): drop it from the queue.
    void remove(const QUuid &hit);

    void setCameraName(const QString &id, const QString &name) { m_cameraNames.insert(id, name); }
    void setEscalateAfterMs(int ms);
    int escalateAfterMs() const { return m_escalateAfterMs; }
    // The force's interval within which a repeat sighting joins the waiting alert (0: never).
    void setJoinWindowMs(qint64 ms) { m_joinWindowMs = std::max<qint64>(0, ms); }
    qint64 joinWindowMs() const { return m_joinWindowMs; }

    int queued() const { return int(m_queue.size()); } // alerts (each with its sightings)
    int currentIndex() const { return m_index; }
    // The latest sighting of the alert shown (where the vehicle was last seen).
    const Hit &currentHit() const;
    // Every sighting of the alert shown, first one first.
    QList<Hit> currentSightings() const;
    QLabel *sightingsLabel() const { return m_sightings; }
    QString counterText() const;
    bool isEscalated(const QUuid &hit) const;
    int escalatedCount() const;
    bool alarmSounding() const { return m_alarm; }
    QSoundEffect *sound() const { return m_sound; }
    HitAcknowledger *acknowledger() const { return m_acknowledger; }

    // Outcome and note for the current hit, then Acknowledge (what the operator's clicks do).
    void setOutcome(HitOutcome outcome);
    void showNext();
    void showPrevious();

Q_SIGNALS:
    void hitAcknowledged(const Kestrel::Hit &hit, Kestrel::HitOutcome outcome, qint64 atMs);
    void hitEscalated(const Kestrel::Hit &hit);
    void queueChanged();
    // Ctrl+L pressed while the alert has the keyboard: the main window's shortcut cannot reach
    // past a modal dialog, and an operator must be able to lock the screen at any moment.
    void lockRequested();

protected:
    // An alert is dismissed only by acknowledging it: Esc and the close button do nothing.
    void reject() override;

private:
    struct Item
    {
        QList<Hit> hits; // the first sighting, then the repeats joined to it
        QElapsedTimer shown;
        qint64 waitedBefore = 0; // kept from before a restart
        bool escalated = false;
        qint64 waited() const { return waitedBefore + shown.elapsed(); }
    };
    void showCurrent();
    void showSightings(); // the evidence and sightings of the current alert, its outcome kept
    void updateTiming();
    void acknowledgeCurrent();
    void onAcknowledged(const Hit &hit, HitOutcome outcome, qint64 atMs);
    void onFailed(const Hit &hit, const QString &message);
    void escalate(Item &item);
    void setAlarm(bool on);
    int indexOf(const QUuid &hit) const;
    static QPixmap jpegPixmap(const QByteArray &jpeg, const QSize &bound);
    static QPixmap plateBadge(const QString &vrm, const QSize &size);

    Store *m_store;
    QString m_userName;
    HitAcknowledger *m_acknowledger;
    QSoundEffect *m_sound;
    QTimer *m_tick;
    QList<Item> m_queue;
    int m_index = 0;
    int m_escalateAfterMs = kDefaultEscalateAfterS * 1000;
    qint64 m_joinWindowMs = 0;
    bool m_withheld = false;
    bool m_alarm = false;
    QHash<QString, QString> m_cameraNames;

    QFrame *m_header;
    QLabel *m_title;
    QLabel *m_counter;
    QLabel *m_escalatedBadge;
    QLabel *m_timing;
    QLabel *m_plate;
    QLabel *m_match;
    QLabel *m_readAs;
    QLabel *m_patch;
    QLabel *m_overview;
    QLabel *m_listCategory;
    QLabel *m_reason;
    QLabel *m_action;
    QLabel *m_warnings;
    QLabel *m_vehicle;
    QLabel *m_seen;
    QLabel *m_sightings;
    QLabel *m_sightingsField;
    QLabel *m_flags;
    QComboBox *m_outcome;
    QLineEdit *m_note;
    QPushButton *m_acknowledge;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_message;
};

} // namespace Kestrel
