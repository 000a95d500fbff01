#include "accessrequestsdialog.h"

#include "wording.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "plates/vrm.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *e = new QDateTimeEdit(QDateTime::currentDateTime(), parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    e->setTimeSpec(Qt::LocalTime); // shown local; core gets UTC milliseconds
    e->setEnabled(false);
    return e;
}

QColor stateColour(RequestState s)
{
    switch (s) {
    case RequestState::Pending: return QColor(0xf0, 0x9a, 0x1a);
    case RequestState::Approved: return QColor(0x2e, 0xa0, 0x43);
    case RequestState::Declined: return QColor(0xe0, 0x3b, 0x3b);
    case RequestState::Expired: return QColor(0x8a, 0x93, 0x9e);
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

AccessRequestForm::AccessRequestForm(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("accessRequestForm"));
    setWindowTitle(tr("New access request"));
    auto *intro = new QLabel(tr("Reads older than 90 days need a supervisor's approval for a named case. "
                                "Another supervisor decides; an approval lapses and covers only its scope."),
                             this);
    intro->setWordWrap(true);

    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    m_tier->addItem(tr("12 months (serious, major or counter-terrorism)"), int(AccessTier::Extended12Months));
    m_tier->addItem(tr("24 months (major or counter-terrorism)"), int(AccessTier::Extended24Months));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    Wording::fillPurposes(m_purpose, AccessPurpose::Serious);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Case or incident number (required)"));
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(tr("Why the older data is necessary and proportionate for this case"));
    m_justification->setFixedHeight(80);
    m_vrms = new QLineEdit(this);
    m_vrms->setObjectName(QStringLiteral("vrmsEdit"));
    m_vrms->setPlaceholderText(tr("e.g. AB12CDE, XY65ZZT (empty: any VRM in the time range)"));
    m_fromSet = new QCheckBox(tr("From"), this);
    m_fromSet->setObjectName(QStringLiteral("fromCheck"));
    m_from = dateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-365));
    m_toSet = new QCheckBox(tr("To"), this);
    m_toSet->setObjectName(QStringLiteral("toCheck"));
    m_to = dateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *range = new QHBoxLayout;
    range->addWidget(m_fromSet);
    range->addWidget(m_from, 1);
    range->addWidget(m_toSet);
    range->addWidget(m_to, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Case &reference:"), m_reference);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(tr("&VRMs:"), m_vrms);
    form->addRow(tr("Time range:"), range);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send request"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccessRequestForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccessRequestForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 420);
}

void AccessRequestForm::prefill(const AccessRequest &draft)
{
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(int(draft.tier))));
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(int(draft.purpose))));
    m_reference->setText(draft.caseReference);
    m_justification->setPlainText(draft.justification);
    m_vrms->setText(draft.scopeVrms.join(QStringLiteral(", ")));
    m_fromSet->setChecked(draft.scopeFromMs > 0);
    if (draft.scopeFromMs > 0)
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(draft.scopeFromMs, Qt::UTC).toLocalTime());
    m_toSet->setChecked(draft.scopeToMs > 0);
    if (draft.scopeToMs > 0)
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(draft.scopeToMs, Qt::UTC).toLocalTime());
}

QString AccessRequestForm::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void AccessRequestForm::accept()
{
    AccessRequest r;
    r.tier = AccessTier(m_tier->currentData().toInt());
    r.purpose = AccessPurpose(m_purpose->currentData().toInt());
    r.caseReference = m_reference->text().trimmed();
    r.justification = m_justification->toPlainText().trimmed();
    // Plates are often typed with their space ("AB12 CDE"): only commas, semicolons and new
    // lines separate them.
    const QStringList words = m_vrms->text().split(QRegularExpression(QStringLiteral("[,;\\n]+")), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.trimmed().isEmpty())
            continue;
        QString why;
        const QString vrm = normaliseVrm(w, &why);
        if (vrm.isEmpty()) {
            m_message->setText(tr("VRM \"%1\": %2").arg(w.trimmed(), why));
            m_message->show();
            return;
        }
        r.scopeVrms << vrm;
    }
    if (m_fromSet->isChecked())
        r.scopeFromMs = m_from->dateTime().toMSecsSinceEpoch();
    if (m_toSet->isChecked())
        r.scopeToMs = m_to->dateTime().toMSecsSinceEpoch();

    AuditLog audit(m_store);
    auto created = AccessRequests(m_store, audit, AccessPolicy(ForceSettings::load(m_store))).create(m_user, r, QDateTime::currentMSecsSinceEpoch());
    if (!created) {
        m_message->setText(tr("Refused: %1").arg(created.error().message));
        m_message->show();
        return;
    }
    m_created = created.value();
    m_message->clear();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

QString AccessRequestsDialog::scopeText(const AccessRequest &r)
{
    QStringList parts;
    if (!r.scopeVrms.isEmpty()) {
        QStringList shown;
        for (const QString &v : r.scopeVrms)
            shown << displayVrm(v);
        parts << shown.join(QStringLiteral(", "));
    }
    if (r.scopeFromMs || r.scopeToMs)
        parts << tr("%1 to %2").arg(r.scopeFromMs ? Wording::localDateTime(r.scopeFromMs) : tr("any time"),
                                    r.scopeToMs ? Wording::localDateTime(r.scopeToMs) : tr("now"));
    return parts.join(QStringLiteral("; "));
}

AccessRequestsDialog::AccessRequestsDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("accessRequestsDialog"));
    setWindowTitle(tr("Access requests"));
    m_tabs = new QTabWidget(this);

    if (Permissions::allows(user, Action::RequestAccess)) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        m_mine = makeTable({tr("No."), tr("State"), tr("Case reference"), tr("Purpose"), tr("Tier"), tr("Scope"),
                            tr("Requested"), tr("Decided by"), tr("Reason"), tr("Expires")},
                           page);
        m_mine->setObjectName(QStringLiteral("myRequestsTable"));
        auto *newButton = new QPushButton(tr("&New request…"), page);
        newButton->setObjectName(QStringLiteral("newRequestButton"));
        connect(newButton, &QPushButton::clicked, this, [this] { newRequest(); });
        auto *row = new QHBoxLayout;
        row->addWidget(newButton);
        row->addStretch(1);
        layout->addWidget(m_mine);
        layout->addLayout(row);
        m_tabs->addTab(page, tr("My requests"));
    }
    if (Permissions::allows(user, Action::DecideAccess)) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        auto *note = new QLabel(tr("Pending requests. You cannot decide your own: another supervisor must."), page);
        note->setWordWrap(true);
        m_queue = makeTable({tr("No."), tr("Requester"), tr("Case reference"), tr("Purpose"), tr("Tier"), tr("Scope"),
                             tr("Justification"), tr("Requested")},
                            page);
        m_queue->setObjectName(QStringLiteral("approvalsTable"));
        m_reason = new QLineEdit(page);
        m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
        m_reason->setPlaceholderText(tr("Reason for the decision (required)"));
        m_approve = new QPushButton(tr("&Approve"), page);
        m_approve->setObjectName(QStringLiteral("approveButton"));
        m_decline = new QPushButton(tr("&Decline"), page);
        m_decline->setObjectName(QStringLiteral("declineButton"));
        connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
        connect(m_decline, &QPushButton::clicked, this, [this] { decideSelected(false); });
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Reason:"), page));
        row->addWidget(m_reason, 1);
        row->addWidget(m_approve);
        row->addWidget(m_decline);
        layout->addWidget(note);
        layout->addWidget(m_queue);
        layout->addLayout(row);
        m_tabs->addTab(page, tr("Approvals queue"));
        m_queuePage = page;

        // What was decided stays in sight: by whom, when and why.
        auto *history = new QWidget(m_tabs);
        auto *historyLayout = new QVBoxLayout(history);
        m_decided = makeTable({tr("No."), tr("Requester"), tr("Case reference"), tr("Purpose"), tr("Tier"), tr("Scope"),
                               tr("Decision"), tr("Decided by"), tr("Decided at"), tr("Reason"), tr("Expires")},
                              history);
        m_decided->setObjectName(QStringLiteral("decidedTable"));
        historyLayout->addWidget(m_decided);
        m_tabs->addTab(history, tr("Decided"));
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    m_message->setWordWrap(true);
    if (m_tabs->count() == 0)
        showMessage(tr("Access requests are for investigators and supervisors."), true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1100, 520);
    refresh();
    if (m_queuePage)
        m_tabs->setCurrentWidget(m_queuePage);
}

int AccessRequestsDialog::waitingCount(Store &store)
{
    AuditLog audit(store);
    return int(AccessRequests(store, audit, AccessPolicy(ForceSettings::load(store)))
                   .pending(QDateTime::currentMSecsSinceEpoch())
                   .size());
}

QString AccessRequestsDialog::message() const
{
    return m_message->text();
}

void AccessRequestsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #7ee787;"));
}

void AccessRequestsDialog::refresh()
{
    AuditLog audit(m_store);
    AccessRequests requests(m_store, audit, AccessPolicy(ForceSettings::load(m_store)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_mine) {
        const QList<AccessRequest> mine = requests.forRequester(m_user.name, now);
        m_mine->setRowCount(0);
        m_mine->setRowCount(int(mine.size()));
        for (int i = 0; i < mine.size(); ++i) {
            const AccessRequest &r = mine.at(i);
            m_mine->setItem(i, MineId, cell(QString::number(r.id), r.id));
            QTableWidgetItem *state = cell(Wording::requestState(r.state));
            state->setForeground(stateColour(r.state));
            m_mine->setItem(i, MineState, state);
            m_mine->setItem(i, MineReference, cell(r.caseReference));
            m_mine->setItem(i, MinePurpose, cell(Wording::purpose(r.purpose)));
            m_mine->setItem(i, MineTier, cell(Wording::tier(r.tier)));
            m_mine->setItem(i, MineScope, cell(scopeText(r)));
            m_mine->setItem(i, MineRequested, cell(Wording::localDateTime(r.requestedAtMs)));
            m_mine->setItem(i, MineDecidedBy, cell(r.decidedBy));
            m_mine->setItem(i, MineReason, cell(r.decisionReason));
            m_mine->setItem(i, MineExpires, cell(Wording::localDateTime(r.expiresAtMs)));
        }
        m_mine->resizeColumnsToContents();
    }
    if (m_queue) {
        const qint64 selected = m_queue->currentRow() >= 0 && m_queue->item(m_queue->currentRow(), QueueId)
                                    ? m_queue->item(m_queue->currentRow(), QueueId)->data(Qt::UserRole).toLongLong()
                                    : 0;
        QList<AccessRequest> pending = requests.pending(now);
        pending.erase(std::remove_if(pending.begin(), pending.end(),
                                     [](const AccessRequest &r) { return r.state != RequestState::Pending; }),
                      pending.end());
        m_queue->setRowCount(0);
        m_queue->setRowCount(int(pending.size()));
        for (int i = 0; i < pending.size(); ++i) {
            const AccessRequest &r = pending.at(i);
            m_queue->setItem(i, QueueId, cell(QString::number(r.id), r.id));
            m_queue->setItem(i, QueueRequester, cell(r.requester));
            m_queue->setItem(i, QueueReference, cell(r.caseReference));
            m_queue->setItem(i, QueuePurpose, cell(Wording::purpose(r.purpose)));
            m_queue->setItem(i, QueueTier, cell(Wording::tier(r.tier)));
            m_queue->setItem(i, QueueScope, cell(scopeText(r)));
            m_queue->setItem(i, QueueJustification, cell(r.justification));
            m_queue->setItem(i, QueueRequested, cell(Wording::localDateTime(r.requestedAtMs)));
            if (r.id == selected || (pending.size() == 1 && !selected)) // a lone request is the one to decide
                m_queue->selectRow(i);
        }
        m_queue->resizeColumnsToContents();
        m_approve->setEnabled(!pending.isEmpty());
        m_decline->setEnabled(!pending.isEmpty());
        m_tabs->setTabText(m_tabs->indexOf(m_queuePage), tr("Approvals queue (%1)").arg(pending.size()));
    }
    if (m_decided) {
        QList<AccessRequest> decided = requests.all(now);
        decided.erase(std::remove_if(decided.begin(), decided.end(),
                                     [](const AccessRequest &r) { return r.state == RequestState::Pending; }),
                      decided.end());
        std::stable_sort(decided.begin(), decided.end(),
                         [](const AccessRequest &a, const AccessRequest &b) { return a.decidedAtMs > b.decidedAtMs; });
        m_decided->setRowCount(0);
        m_decided->setRowCount(int(decided.size()));
        for (int i = 0; i < decided.size(); ++i) {
            const AccessRequest &r = decided.at(i);
            m_decided->setItem(i, DecidedId, cell(QString::number(r.id), r.id));
            m_decided->setItem(i, DecidedRequester, cell(r.requester));
            m_decided->setItem(i, DecidedReference, cell(r.caseReference));
            m_decided->setItem(i, DecidedPurpose, cell(Wording::purpose(r.purpose)));
            m_decided->setItem(i, DecidedTier, cell(Wording::tier(r.tier)));
            m_decided->setItem(i, DecidedScope, cell(scopeText(r)));
            QTableWidgetItem *state = cell(Wording::requestState(r.state));
            state->setForeground(stateColour(r.state));
            m_decided->setItem(i, DecidedDecision, state);
            m_decided->setItem(i, DecidedBy, cell(r.decidedBy));
            m_decided->setItem(i, DecidedAt, cell(Wording::localDateTime(r.decidedAtMs)));
            m_decided->setItem(i, DecidedReason, cell(r.decisionReason));
            m_decided->setItem(i, DecidedExpires, cell(Wording::localDateTime(r.expiresAtMs)));
        }
        m_decided->resizeColumnsToContents();
    }
}

AccessRequestForm *AccessRequestsDialog::newRequest()
{
    auto *form = new AccessRequestForm(m_store, m_user, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (m_draft)
        form->prefill(*m_draft);
    QPointer<AccessRequestsDialog> self(this);
    connect(form, &QDialog::accepted, this, [self, form] {
        if (!self)
            return;
        self->m_lastCreated = form->created().id;
        self->refresh();
        self->showMessage(tr("Request %1 is pending: a supervisor other than you must approve it.")
                              .arg(self->m_lastCreated),
                          false);
    });
    form->open();
    return form;
}

void AccessRequestsDialog::decideSelected(bool approve)
{
    if (!m_queue)
        return;
    const int row = m_queue->currentRow();
    if (row < 0 || !m_queue->item(row, QueueId)) {
        showMessage(tr("Select a request in the queue first."), true);
        return;
    }
    const qint64 id = m_queue->item(row, QueueId)->data(Qt::UserRole).toLongLong();
    AuditLog audit(m_store);
    auto decided = AccessRequests(m_store, audit, AccessPolicy(ForceSettings::load(m_store)))
                       .decide(m_user, id, approve, m_reason->text(), QDateTime::currentMSecsSinceEpoch());
    if (!decided) {
        // Core's own words: self-approval, a missing reason, a request decided meanwhile.
        showMessage(tr("Request %1 not decided: %2").arg(id).arg(decided.error().message), true);
        refresh();
        return;
    }
    m_reason->clear();
    refresh();
    showMessage(decided->state == RequestState::Approved
                    ? tr("Request %1 approved until %2.").arg(id).arg(Wording::localDateTime(decided->expiresAtMs))
                    : tr("Request %1 declined.").arg(id),
                false);
}

} // namespace Kestrel
