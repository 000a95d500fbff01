// The hits list with the evidence beside it: plate patch, overview, the entry's reason, action
// and warning markers, and the operator's acknowledgement.
#pragma once

#include "domain/hit.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kestrel {

class HitAcknowledger;
class HitsModel;
class Store;

class HitsPanel : public QWidget
{
    Q_OBJECT
public:
    // store may be null (no acknowledgement then); it must outlive the panel.
    HitsPanel(Store *store, const QString &userName, QWidget *parent = nullptr);

    HitsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
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

Q_SIGNALS:
    void hitAcknowledged(const QUuid &uid, Kestrel::HitOutcome outcome);

private:
    void showHit(int row);
    void acknowledge();
    void updateAcknowledgeButton(); // enabled for an open hit once an outcome is chosen
    void onAcknowledged(const Hit &hit, HitOutcome outcome, qint64 atMs);
    static QPixmap pixmapFromJpeg(const QByteArray &jpeg, const QSize &bound);

    Store *m_store;
    QString m_userName;
    HitsModel *m_model;
    HitAcknowledger *m_acknowledger;
    QTableView *m_view;
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
