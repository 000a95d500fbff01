// The hits list with the evidence beside it: plate patch, overview, the entry's reason, action
// and warning markers, and the operator's acknowledgement. Waiting hits come first; the list is
// filtered by priority, state, camera and shift, and worked from the keyboard: F8 goes to the
// next waiting hit, Ctrl+Return acknowledges the selected one (or asks for its outcome first).
#pragma once

#include "domain/hit.h"

#include <QKeySequence>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kestrel {

class HitAcknowledger;
class HitsFilter;
class HitsModel;
class Store;

class HitsPanel : public QWidget
{
    Q_OBJECT
public:
    // store may be null (no acknowledgement then); it must outlive the panel.
    HitsPanel(Store *store, const QString &userName, QWidget *parent = nullptr);

    HitsModel *model() const { return m_model; }
    HitsFilter *filter() const { return m_filter; } // the view's model, over model()
    QTableView *view() const { return m_view; }
    // The hit at the view's current row, if any.
    const Hit *currentHit() const;
    // Selects the next waiting hit below the current one (from the top when there is none);
    // false when no hit shown is waiting.
    bool selectNextWaiting();
    // The force's outcomes again (after Force settings changed them), keeping a choice already
    // made when it is still offered.
    void reloadOutcomes();
    // When this user's shift began (the filter's "This shift"); the panel's creation otherwise.
    void setShiftStartMs(qint64 ms);
    void addHit(const Hit &hit);
    void setCameraName(const QString &id, const QString &name);
    // Selects the hit (its evidence shows) and scrolls to it; false when it is not listed.
    bool selectHit(const QUuid &uid);
    // Acknowledged elsewhere (the alert dialog): show it so, without recording it again.
    void markAcknowledged(const QUuid &uid, HitOutcome outcome, qint64 atMs);
    HitAcknowledger *acknowledger() const { return m_acknowledger; }
    // The outcome, note and Acknowledge button are there only for those who may acknowledge
    // (Permissions, Action::AcknowledgeHit); the window that knows the user says so.
    void setMayAcknowledge(bool may);
    bool mayAcknowledge() const { return m_mayAcknowledge; }

    static QKeySequence acknowledgeKey();  // Ctrl+Return
    static QKeySequence nextWaitingKey();  // F8

Q_SIGNALS:
    void hitAcknowledged(const QUuid &uid, Kestrel::HitOutcome outcome);
    // A right click on a hit (or the menu key): the window offers what may be done with its read.
    void contextMenuRequested(const Kestrel::Hit &hit, const QPoint &globalPos);

private:
    void showHit(int row);
    void acknowledge();
    void acknowledgeFromKeyboard(); // asks for the outcome first when none is chosen
    void addCameraChoice(const QString &id, const QString &name);
    int sourceRow(const QModelIndex &viewIndex) const;
    void updateAcknowledgeButton(); // enabled for an open hit once an outcome is chosen
    void onAcknowledged(const Hit &hit, HitOutcome outcome, qint64 atMs);
    static QPixmap pixmapFromJpeg(const QByteArray &jpeg, const QSize &bound);

    Store *m_store;
    QString m_userName;
    HitsModel *m_model;
    HitAcknowledger *m_acknowledger;
    HitsFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_priorityFilter;
    QComboBox *m_stateFilter;
    QComboBox *m_cameraFilter;
    QComboBox *m_periodFilter;
    QPushButton *m_nextWaiting;
    QAction *m_acknowledgeAction;
    QAction *m_nextWaitingAction;
    QLabel *m_title;
    QLabel *m_patch;
    QLabel *m_overview;
    QLabel *m_details;
    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    QLineEdit *m_note;
    QPushButton *m_acknowledge;
    QLabel *m_ackMessage;
    QUuid m_current;
    bool m_mayAcknowledge = true;
};

} // namespace Kestrel
