#include "hitspanel.h"

#include "hitacknowledger.h"
#include "hitsfilter.h"
#include "hitsmodel.h"
#include "platebadgedelegate.h"
#include "prioritydelegate.h"
#include "readsmodel.h"
#include "theme.h"

#include "plates/vrm.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Kestrel {

HitsPanel::HitsPanel(Store *store, const QString &userName, QWidget *parent)
    : QWidget(parent), m_store(store), m_userName(userName), m_model(new HitsModel(this)),
      m_acknowledger(new HitAcknowledger(store, userName, this)), m_filter(new HitsFilter(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Hits"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));

    // The hit history filter, on the title's line: it costs the list no height.
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    auto filterCombo = [this](const QString &name, const QString &tip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setToolTip(tip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_priorityFilter = filterCombo(QStringLiteral("hitsPriorityFilter"), tr("Show hits of one priority"));
    m_priorityFilter->addItem(tr("All priorities"), -1);
    for (Priority p : {Priority::High, Priority::Medium, Priority::Low})
        m_priorityFilter->addItem(Theme::prioritySymbol(p) + QLatin1Char(' ') + Theme::priorityWord(p), int(p));
    m_stateFilter = filterCombo(QStringLiteral("hitsStateFilter"), tr("Show waiting or acknowledged hits"));
    m_stateFilter->addItem(tr("All states"), int(HitsFilter::State::Any));
    m_stateFilter->addItem(tr("Waiting"), int(HitsFilter::State::Waiting));
    m_stateFilter->addItem(tr("Acknowledged"), int(HitsFilter::State::Acknowledged));
    m_cameraFilter = filterCombo(QStringLiteral("hitsCameraFilter"), tr("Show hits from one camera"));
    m_cameraFilter->addItem(tr("All cameras"), QString());
    m_periodFilter = filterCombo(QStringLiteral("hitsPeriodFilter"), tr("Show hits of this shift or of the last 12 hours"));
    m_periodFilter->addItem(tr("Any time"), int(HitsFilter::Period::Any));
    m_periodFilter->addItem(tr("This shift"), int(HitsFilter::Period::ThisShift));
    m_periodFilter->addItem(tr("Last 12 hours"), int(HitsFilter::Period::Last12Hours));
    for (QComboBox *c : {m_priorityFilter, m_stateFilter, m_cameraFilter, m_periodFilter})
        bar->addWidget(c);
    m_periodFilter->setToolTip(tr("This shift: since %1 logged in").arg(userName));
    m_nextWaiting = new QPushButton(tr("Next waiting"), this);
    m_nextWaiting->setObjectName(QStringLiteral("nextWaitingButton"));
    bar->addWidget(m_nextWaiting);
    layout->addLayout(bar);
    connect(m_priorityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int p = m_priorityFilter->currentData().toInt();
        m_filter->setPriority(p < 0 ? std::nullopt : std::optional<Priority>(Priority(p)));
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(HitsFilter::State(m_stateFilter->currentData().toInt())); });
    connect(m_cameraFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCameraId(m_cameraFilter->currentData().toString()); });
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPeriod(HitsFilter::Period(m_periodFilter->currentData().toInt())); });

    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);

    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("hitsView"));
    m_view->setModel(m_filter);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(HitsModel::PriorityColumn, new PriorityDelegate(m_view));
    m_view->setItemDelegateForColumn(HitsModel::VrmColumn, new PlateBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(34);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);
    // Priority, status and time fit the panel's default width (about 800 px) with the VRM.
    m_view->setColumnWidth(HitsModel::PriorityColumn, 112);
    m_view->setColumnWidth(HitsModel::StatusColumn, 180);
    m_view->setColumnWidth(HitsModel::TimeColumn, 76);
    m_view->setColumnWidth(HitsModel::VrmColumn, 124);
    m_view->setColumnWidth(HitsModel::CameraColumn, 140);
    Theme::fitHeaderSections(m_view->horizontalHeader()); // headers are longer in Welsh
    m_view->setColumnWidth(HitsModel::MatchColumn, 200);
    m_view->setColumnWidth(HitsModel::ListColumn, 150);
    m_view->setColumnWidth(HitsModel::ReasonColumn, 190);

    auto *detail = new QWidget(split);
    detail->setObjectName(QStringLiteral("hitDetail"));
    auto *outer = new QVBoxLayout(detail);
    outer->setContentsMargins(0, 6, 0, 0);
    auto *dl = new QHBoxLayout;
    outer->addLayout(dl, 1);
    m_patch = new QLabel(detail);
    m_patch->setObjectName(QStringLiteral("hitPatch"));
    m_patch->setFixedSize(170, 64);
    m_patch->setAlignment(Qt::AlignCenter);
    m_patch->setStyleSheet(QStringLiteral("background: #0e1013; border: 1px solid #3a414a;"));
    m_overview = new QLabel(detail);
    m_overview->setObjectName(QStringLiteral("hitOverview"));
    m_overview->setFixedSize(216, 124);
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setStyleSheet(QStringLiteral("background: #0e1013; border: 1px solid #3a414a;"));
    dl->addWidget(m_patch, 0, Qt::AlignTop);
    dl->addWidget(m_overview, 0, Qt::AlignTop);

    auto *right = new QVBoxLayout;
    m_title = new QLabel(detail);
    m_title->setTextFormat(Qt::RichText);
    m_details = new QLabel(detail);
    m_details->setObjectName(QStringLiteral("hitDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    right->addWidget(m_title);
    right->addWidget(scroll, 1);
    dl->addLayout(right, 1);

    auto *ack = new QHBoxLayout;
    m_outcome = new QComboBox(detail);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    HitsModel::fillOutcomes(m_outcome, m_store); // nothing preselected
    m_note = new QLineEdit(detail);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_acknowledge = new QPushButton(tr("Acknowledge"), detail);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { updateAcknowledgeButton(); });
    m_outcomeLabel = new QLabel(tr("&Outcome:"), detail);
    m_outcomeLabel->setBuddy(m_outcome);

    // Keys that the main window leaves free (Ctrl+L lock, Ctrl+N camera, Ctrl+F search, Ctrl+Q).
    // Acknowledging belongs to the panel (its keys work where the focus is in it); the next
    // waiting hit is wanted from anywhere in the window.
    m_acknowledgeAction = new QAction(tr("Acknowledge the selected hit"), this);
    m_acknowledgeAction->setObjectName(QStringLiteral("acknowledgeHitAction"));
    m_acknowledgeAction->setShortcuts({acknowledgeKey(), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_acknowledgeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_acknowledgeAction, &QAction::triggered, this, &HitsPanel::acknowledgeFromKeyboard);
    addAction(m_acknowledgeAction);
    m_nextWaitingAction = new QAction(tr("Next waiting hit"), this);
    m_nextWaitingAction->setObjectName(QStringLiteral("nextWaitingHitAction"));
    m_nextWaitingAction->setShortcut(nextWaitingKey());
    m_nextWaitingAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextWaitingAction, &QAction::triggered, this, [this] {
        if (!selectNextWaiting())
            m_ackMessage->setText(tr("No hit shown is waiting."));
    });
    addAction(m_nextWaitingAction);
    connect(m_nextWaiting, &QPushButton::clicked, m_nextWaitingAction, &QAction::trigger);
    m_acknowledge->setToolTip(tr("Record the chosen outcome for the selected hit (%1)")
                                  .arg(acknowledgeKey().toString(QKeySequence::NativeText)));
    m_nextWaiting->setToolTip(tr("Select the next hit still waiting for an outcome (%1)")
                                  .arg(nextWaitingKey().toString(QKeySequence::NativeText)));
    m_outcome->setToolTip(tr("What was done about the hit: choose one before acknowledging"));
    ack->addWidget(m_outcomeLabel);
    ack->addWidget(m_outcome);
    ack->addWidget(m_note, 1);
    ack->addWidget(m_acknowledge);
    outer->addLayout(ack);
    m_ackMessage = new QLabel(detail);
    m_ackMessage->setWordWrap(true);
    outer->addWidget(m_ackMessage);

    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({220, 190});

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHit(sourceRow(current)); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int cur = sourceRow(m_view->currentIndex());
        if (cur >= 0 && cur >= tl.row() && cur <= br.row())
            showHit(cur);
    });
    // A filter that hides the shown hit leaves nothing selected: say so rather than show stale evidence.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { showHit(sourceRow(m_view->currentIndex())); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { showHit(sourceRow(m_view->currentIndex())); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = sourceRow(m_view->indexAt(pos));
        if (row < 0)
            return;
        m_view->setCurrentIndex(m_view->indexAt(pos));
        Q_EMIT contextMenuRequested(m_model->hitAt(row), m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &HitsPanel::acknowledge);
    connect(m_acknowledger, &HitAcknowledger::acknowledged, this, &HitsPanel::onAcknowledged);
    connect(m_acknowledger, &HitAcknowledger::failed, this, [this](const Hit &hit, const QString &message) {
        if (hit.uid != m_current)
            return;
        m_ackMessage->setText(tr("Could not record the acknowledgement: %1").arg(message));
        m_acknowledge->setEnabled(true);
    });
    showHit(-1);
}

QKeySequence HitsPanel::acknowledgeKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}

QKeySequence HitsPanel::nextWaitingKey()
{
    return QKeySequence(Qt::Key_F8);
}

int HitsPanel::sourceRow(const QModelIndex &viewIndex) const
{
    return viewIndex.isValid() ? m_filter->mapToSource(viewIndex).row() : -1;
}

const Hit *HitsPanel::currentHit() const
{
    const int row = sourceRow(m_view->currentIndex());
    return row >= 0 ? &m_model->hitAt(row) : nullptr;
}

void HitsPanel::addHit(const Hit &hit)
{
    addCameraChoice(hit.read.cameraId, QString());
    m_model->addHit(hit);
    // The first hit shown is selected so its evidence shows; later ones never steal the selection.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->selectRow(0);
}

bool HitsPanel::selectHit(const QUuid &uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return false;
    QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) {
        // Hidden by the history filter: the hit asked for matters more than the filter.
        for (QComboBox *c : {m_priorityFilter, m_stateFilter, m_cameraFilter, m_periodFilter})
            c->setCurrentIndex(0);
        shown = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectRow(shown.row());
    m_view->scrollTo(shown);
    m_view->setFocus();
    return true;
}

void HitsPanel::setCameraName(const QString &id, const QString &name)
{
    m_model->setCameraName(id, name);
    addCameraChoice(id, name);
}

void HitsPanel::addCameraChoice(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return;
    const int at = m_cameraFilter->findData(id);
    if (at < 0)
        m_cameraFilter->addItem(name.isEmpty() ? id : name, id);
    else if (!name.isEmpty())
        m_cameraFilter->setItemText(at, name);
}

void HitsPanel::reloadOutcomes()
{
    const int chosen = m_outcome->currentData().toInt();
    const QSignalBlocker quiet(m_outcome);
    HitsModel::fillOutcomes(m_outcome, m_store);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(chosen)));
    updateAcknowledgeButton();
}

void HitsPanel::setShiftStartMs(qint64 ms)
{
    m_filter->setShiftStartMs(ms);
}

bool HitsPanel::selectNextWaiting()
{
    const int rows = m_filter->rowCount();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    // Below the current one first, then from the top: the list wraps round like the alert queue.
    for (int step = 1; step <= rows; ++step) {
        const int row = (current + step + rows) % rows;
        if (m_model->hitAt(sourceRow(m_filter->index(row, 0))).acknowledgedAtMs == 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_filter->index(row, 0));
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

void HitsPanel::acknowledgeFromKeyboard()
{
    const Hit *hit = currentHit();
    if (!hit || !m_store || !m_mayAcknowledge || hit->acknowledgedAtMs != 0)
        return;
    if (m_outcome->currentData().toInt() < 0) {
        // One key never records an outcome nobody chose: it takes the operator to the choice.
        m_outcome->setFocus(Qt::ShortcutFocusReason);
        m_ackMessage->setText(tr("Choose the outcome (arrow keys), then %1 again.")
                                  .arg(acknowledgeKey().toString(QKeySequence::NativeText)));
        return;
    }
    acknowledge();
}

QPixmap HitsPanel::pixmapFromJpeg(const QByteArray &jpeg, const QSize &bound)
{
    QImage image;
    if (jpeg.isEmpty() || !image.loadFromData(jpeg, "JPG"))
        return {};
    return QPixmap::fromImage(image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void HitsPanel::showHit(int row)
{
    const bool valid = row >= 0 && row < m_model->rowCount();
    const bool acknowledges = valid && m_store && m_mayAcknowledge;
    m_outcome->setEnabled(acknowledges);
    m_note->setEnabled(acknowledges);
    if (!valid || m_model->hitAt(row).uid != m_current)
        m_outcome->setCurrentIndex(0); // another hit: its outcome is chosen afresh
    m_acknowledge->setEnabled(acknowledges && m_outcome->currentData().toInt() >= 0);
    if (!valid) {
        m_current = {};
        m_title->setText(tr("<b>Select a hit to see its evidence.</b>"));
        m_details->clear();
        m_patch->setText(tr("No plate image"));
        m_overview->setText(tr("No overview image"));
        m_ackMessage->clear();
        return;
    }
    const Hit &h = m_model->hitAt(row);
    if (h.uid != m_current)
        m_ackMessage->clear();
    m_current = h.uid;
    // A hit raised on a past read, or kept from before a restart, has its images on disk only.
    Read evidence = h.read;
    if (m_store)
        ImageStore(m_store->dataDir()).loadInto(evidence);
    const QPixmap patch = pixmapFromJpeg(evidence.platePatchJpeg, m_patch->size() - QSize(4, 4));
    if (patch.isNull())
        m_patch->setText(tr("No plate image"));
    else
        m_patch->setPixmap(patch);
    const QPixmap overview = pixmapFromJpeg(evidence.overviewJpeg, m_overview->size() - QSize(4, 4));
    if (overview.isNull())
        m_overview->setText(tr("No overview image"));
    else
        m_overview->setPixmap(overview);

    const Priority p = h.entry.priority;
    const QColor c = Theme::priorityColour(p);
    m_title->setText(tr("<span style=\"background:%1; color:%2; font-weight:bold;\">&nbsp;%3 %4&nbsp;</span>"
                        "&nbsp; <b style=\"font-size:13pt;\">%5</b> &nbsp; %6")
                         .arg(c.name(), Theme::priorityTextColour(p).name(), Theme::prioritySymbol(p),
                              Theme::priorityWord(p), displayVrm(h.read.vrm),
                              HitsModel::matchText(h).toHtmlEscaped()));

    auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td style=\"color:#9cc9ff; padding-right:8px;\">%1</td>"
                                                "<td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString vehicle = QStringList{h.entry.colour, h.entry.make, h.entry.model}.join(QLatin1Char(' ')).trimmed();
    QString html = QStringLiteral("<table>");
    if (!h.entry.warningMarkers.isEmpty())
        html += QStringLiteral("<tr><td style=\"color:#ff8a80; padding-right:8px;\"><b>%1</b></td>"
                               "<td style=\"color:#ff8a80;\"><b>\u26A0 %2</b></td></tr>")
                    .arg(tr("Warning markers").toHtmlEscaped(), h.entry.warningMarkers.toHtmlEscaped());
    html += line(tr("Reason"), h.entry.reason);
    html += line(tr("Action"), h.entry.action);
    html += line(tr("List"), h.entry.list);
    html += line(tr("Category"), h.entry.category);
    html += line(tr("Source"), h.entry.source);
    html += line(tr("Listed VRM"), displayVrm(h.entry.vrm));
    html += line(tr("Vehicle"), vehicle);
    html += line(tr("Reference"), h.entry.reference);
    html += line(tr("Camera"), h.read.cameraId);
    html += line(tr("Seen"), QDateTime::fromMSecsSinceEpoch(h.read.capturedAtMs, Qt::UTC)
                                 .toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    html += line(tr("Read confidence"), tr("%1 %").arg(qRound(h.read.confidence * 100)));
    if (h.acknowledgedAtMs)
        html += line(tr("Acknowledged"), tr("%1 by %2").arg(HitsModel::outcomeText(h.outcome), h.acknowledgedBy));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    if (h.acknowledgedAtMs) {
        m_acknowledge->setEnabled(false);
        m_outcome->setEnabled(false);
        m_note->setEnabled(false);
    }
}

void HitsPanel::updateAcknowledgeButton()
{
    const int row = m_model->rowOf(m_current);
    const bool open = row >= 0 && m_store && m_mayAcknowledge && m_model->hitAt(row).acknowledgedAtMs == 0;
    m_acknowledge->setEnabled(open && m_outcome->currentData().toInt() >= 0);
}

void HitsPanel::setMayAcknowledge(bool may)
{
    m_mayAcknowledge = may;
    for (QWidget *w : std::initializer_list<QWidget *>{m_outcomeLabel, m_outcome, m_note, m_acknowledge})
        w->setVisible(may);
    m_acknowledgeAction->setEnabled(may);
    showHit(m_model->rowOf(m_current));
}

void HitsPanel::acknowledge()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0 || !m_store || !m_mayAcknowledge)
        return;
    const Hit hit = m_model->hitAt(row);
    if (m_outcome->currentData().toInt() < 0)
        return; // no outcome chosen
    m_acknowledge->setEnabled(false);
    m_ackMessage->setText(tr("Recording the acknowledgement…"));
    m_acknowledger->acknowledge(hit, HitOutcome(m_outcome->currentData().toInt()), m_note->text().trimmed(),
                                QStringLiteral("hits-panel"));
}

void HitsPanel::onAcknowledged(const Hit &hit, HitOutcome outcome, qint64 atMs)
{
    if (hit.uid == m_current)
        m_note->clear();
    m_model->markAcknowledged(hit.uid, m_userName, outcome, atMs);
    if (hit.uid == m_current)
        m_ackMessage->setText(tr("Acknowledged as \"%1\".").arg(HitsModel::outcomeText(outcome)));
    Q_EMIT hitAcknowledged(hit.uid, outcome);
}

void HitsPanel::markAcknowledged(const QUuid &uid, HitOutcome outcome, qint64 atMs)
{
    m_model->markAcknowledged(uid, m_userName, outcome, atMs);
}

} // namespace Kestrel
