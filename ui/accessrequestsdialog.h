// Investigate → Access requests: an investigator's own requests for extended access and the form
// to make one; for supervisors the queue of pending requests to approve or decline. Every decision
// is core's (AccessRequests and AccessPolicy): this screen asks and shows the answer.
#pragma once

#include "domain/accessrequest.h"
#include "domain/user.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Kestrel {

class Store;

// "New request…": tier, purpose, case reference, justification, VRMs and time range. Accepting
// submits it to core; a refusal keeps the form open with core's reason.
class AccessRequestForm : public QDialog
{
    Q_OBJECT
public:
    // store must outlive the form.
    AccessRequestForm(Store &store, const User &user, QWidget *parent = nullptr);

    // Fills the form from a draft (the search window passes what was searched for).
    void prefill(const AccessRequest &draft);
    AccessRequest created() const { return m_created; } // id 0 until core accepted it
    QString message() const;

    void accept() override;

private:
    Store &m_store;
    User m_user;
    AccessRequest m_created;
    QComboBox *m_tier;
    QComboBox *m_purpose;
    QLineEdit *m_reference;
    QPlainTextEdit *m_justification;
    QLineEdit *m_vrms;
    QCheckBox *m_fromSet;
    QDateTimeEdit *m_from;
    QCheckBox *m_toSet;
    QDateTimeEdit *m_to;
    QLabel *m_message;
};

class AccessRequestsDialog : public QDialog
{
    Q_OBJECT
public:
    enum MineColumn { MineId, MineState, MineReference, MinePurpose, MineTier, MineScope, MineRequested,
                      MineDecidedBy, MineReason, MineExpires, MineColumnCount };
    enum QueueColumn { QueueId, QueueRequester, QueueReference, QueuePurpose, QueueTier, QueueScope,
                       QueueJustification, QueueRequested, QueueColumnCount };
    enum DecidedColumn { DecidedId, DecidedRequester, DecidedReference, DecidedPurpose, DecidedTier, DecidedScope,
                         DecidedDecision, DecidedBy, DecidedAt, DecidedReason, DecidedExpires, DecidedColumnCount };

    // store must outlive the dialog. The tabs shown follow the user's roles; those who decide
    // requests see the waiting queue first, with a lone request selected.
    AccessRequestsDialog(Store &store, const User &user, QWidget *parent = nullptr);

    // How many requests wait for a decision (the main window's status bar, for those who decide).
    static int waitingCount(Store &store);

    void refresh();
    // Opens the form (window-modal, not blocking), prefilled from the draft when one was set;
    // the lists refresh when it is accepted.
    AccessRequestForm *newRequest();
    // What a new request starts from: the open search's case, purpose and scope.
    void setDraft(const AccessRequest &draft) { m_draft = draft; }
    // Approve or decline the request selected in the queue, with the reason typed under it.
    void decideSelected(bool approve);
    QString message() const;
    qint64 lastCreatedId() const { return m_lastCreated; } // by newRequest()'s form, 0 before

    QTableWidget *myRequests() const { return m_mine; }
    QTableWidget *queue() const { return m_queue; }
    QTableWidget *decided() const { return m_decided; } // requests decided, newest first
    QWidget *queuePage() const { return m_queuePage; }
    QTabWidget *tabs() const { return m_tabs; }
    static QString scopeText(const AccessRequest &request);

private:
    void showMessage(const QString &text, bool problem);

    Store &m_store;
    User m_user;
    QTabWidget *m_tabs;
    QTableWidget *m_mine = nullptr;
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_decided = nullptr;
    QWidget *m_queuePage = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QLabel *m_message;
    qint64 m_lastCreated = 0;
    std::optional<AccessRequest> m_draft;
};

} // namespace Kestrel
