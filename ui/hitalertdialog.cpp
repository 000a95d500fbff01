#include "hitalertdialog.h"

#include "hitacknowledger.h"
#include "hitsmodel.h"
#include "platebadgedelegate.h"
#include "theme.h"

#include "audit/auditlog.h"
#include "hotlist/alertjoin.h"
#include "plates/vrm.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSoundEffect>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

// The alert sound is embedded in kestrel_ui, a static library: its resources must be
// registered by hand, and outside any namespace.
static void initSoundResources()
{
    Q_INIT_RESOURCE(sounds);
}

namespace Kestrel {

namespace {
constexpr QSize kPatchSize(360, 104);
constexpr QSize kOverviewSize(440, 248);
constexpr QSize kPlateSize(300, 70);
constexpr int kTickMs = 250;

QLabel *imageBox(const QSize &size, const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setFixedSize(size);
    l->setAlignment(Qt::AlignCenter);
    l->setStyleSheet(QStringLiteral("background: #0e1013; border: 1px solid #3a414a; color: #8a939e;"));
    return l;
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("color: #9cc9ff; font-size: 11pt;"));
    l->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return l;
}

QLabel *valueLabel(const QString &name, int pointSize, bool bold, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setStyleSheet(QStringLiteral("font-size: %1pt; %2").arg(pointSize).arg(bold ? QStringLiteral("font-weight: bold;") : QString()));
    return l;
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 60 ? HitAlertDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : HitAlertDialog::tr("%1 s").arg(s);
}
} // namespace

HitAlertDialog::HitAlertDialog(Store *store, const QString &userName, QWidget *parent)
    : QDialog(parent), m_store(store), m_userName(userName)
{
    initSoundResources();
    setObjectName(QStringLiteral("hitAlertDialog"));
    setWindowTitle(tr("High priority hit"));
    setModal(true);
    setWindowModality(Qt::ApplicationModal);
    // No close button: the alert goes away when it is acknowledged, not before.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);

    m_acknowledger = new HitAcknowledger(store, userName, this);
    connect(m_acknowledger, &HitAcknowledger::acknowledged, this, &HitAlertDialog::onAcknowledged);
    connect(m_acknowledger, &HitAcknowledger::failed, this, &HitAlertDialog::onFailed);

    m_sound = new QSoundEffect(this);
    m_sound->setObjectName(QStringLiteral("alertSound"));
    m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
    m_sound->setLoopCount(QSoundEffect::Infinite);
    m_sound->setVolume(1.0);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &HitAlertDialog::updateTiming);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(10);

    // Header: what this is, which of how many, and how long it has waited.
    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("alertHeader"));
    auto *hl = new QHBoxLayout(m_header);
    hl->setContentsMargins(16, 10, 16, 10);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("alertTitle"));
    m_title->setText(tr("%1 HIGH PRIORITY HIT").arg(Theme::prioritySymbol(Priority::High)));
    m_title->setStyleSheet(QStringLiteral("color: white; font-size: 20pt; font-weight: bold;"));
    m_escalatedBadge = new QLabel(tr("\u26A0 ESCALATED"), m_header);
    m_escalatedBadge->setObjectName(QStringLiteral("escalatedBadge"));
    m_escalatedBadge->setStyleSheet(QStringLiteral(
        "background: #fbd02d; color: black; font-size: 16pt; font-weight: bold; padding: 2px 10px; border-radius: 4px;"));
    m_escalatedBadge->hide();
    m_timing = new QLabel(m_header);
    m_timing->setObjectName(QStringLiteral("alertTiming"));
    m_timing->setStyleSheet(QStringLiteral("color: white; font-size: 11pt;"));
    m_counter = new QLabel(m_header);
    m_counter->setObjectName(QStringLiteral("alertCounter"));
    m_counter->setStyleSheet(QStringLiteral("color: white; font-size: 16pt; font-weight: bold;"));
    // The title never shrinks (a clipped "HIGH PRIORI…" is worse than a wider dialog).
    m_title->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_escalatedBadge->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    // The badge goes under the title, not beside it: Welsh titles are long.
    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addWidget(m_title);
    left->addWidget(m_escalatedBadge, 0, Qt::AlignLeft);
    hl->addLayout(left);
    hl->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(0);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timing->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    right->addWidget(m_counter);
    right->addWidget(m_timing);
    hl->addLayout(right);
    layout->addWidget(m_header);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(16, 0, 16, 0);
    body->setSpacing(16);
    layout->addLayout(body, 1);

    // Left: the evidence. The operator acts on the image, never on the text alone.
    auto *evidence = new QVBoxLayout;
    auto *plateRow = new QHBoxLayout;
    m_plate = new QLabel(this);
    m_plate->setObjectName(QStringLiteral("alertPlate"));
    m_plate->setFixedSize(kPlateSize);
    plateRow->addWidget(m_plate);
    auto *matchBox = new QVBoxLayout;
    m_match = valueLabel(QStringLiteral("alertMatch"), 14, true, this);
    m_readAs = valueLabel(QStringLiteral("alertReadAs"), 11, false, this);
    matchBox->addWidget(m_match);
    matchBox->addWidget(m_readAs);
    matchBox->addStretch(1);
    plateRow->addLayout(matchBox, 1);
    evidence->addLayout(plateRow);
    m_patch = imageBox(kPatchSize, QStringLiteral("alertPatch"), this);
    m_overview = imageBox(kOverviewSize, QStringLiteral("alertOverview"), this);
    evidence->addWidget(m_patch);
    evidence->addWidget(m_overview);
    evidence->addStretch(1);
    body->addLayout(evidence);

    // Right: what the vehicle is listed for and what to do, biggest where it matters most.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    m_warnings = valueLabel(QStringLiteral("alertWarnings"), 16, true, this);
    m_warnings->setStyleSheet(QStringLiteral(
        "font-size: 16pt; font-weight: bold; color: #ffffff; background: #8e1b1b; padding: 6px 10px; border-radius: 4px;"));
    m_listCategory = valueLabel(QStringLiteral("alertList"), 14, true, this);
    m_reason = valueLabel(QStringLiteral("alertReason"), 15, false, this);
    m_action = valueLabel(QStringLiteral("alertAction"), 17, true, this);
    m_action->setStyleSheet(QStringLiteral(
        "font-size: 17pt; font-weight: bold; color: #ffffff; background: #1d3b5c; padding: 8px 10px;"
        " border-left: 6px solid #4fa3f7;"));
    m_vehicle = valueLabel(QStringLiteral("alertVehicle"), 13, false, this);
    m_seen = valueLabel(QStringLiteral("alertSeen"), 13, false, this);
    m_sightings = valueLabel(QStringLiteral("alertSightings"), 12, false, this);
    m_flags = valueLabel(QStringLiteral("alertFlags"), 12, true, this);
    m_flags->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold; color: #fbd02d;"));
    int row = 0;
    grid->addWidget(m_warnings, row++, 0, 1, 2);
    grid->addWidget(fieldLabel(tr("Action"), this), row, 0);
    grid->addWidget(m_action, row++, 1);
    grid->addWidget(fieldLabel(tr("Reason"), this), row, 0);
    grid->addWidget(m_reason, row++, 1);
    grid->addWidget(fieldLabel(tr("List / category"), this), row, 0);
    grid->addWidget(m_listCategory, row++, 1);
    grid->addWidget(fieldLabel(tr("Vehicle"), this), row, 0);
    grid->addWidget(m_vehicle, row++, 1);
    grid->addWidget(fieldLabel(tr("Seen"), this), row, 0);
    grid->addWidget(m_seen, row++, 1);
    m_sightingsField = fieldLabel(tr("Sightings"), this);
    grid->addWidget(m_sightingsField, row, 0);
    grid->addWidget(m_sightings, row++, 1);
    grid->addWidget(m_flags, row++, 0, 1, 2);
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    body->addLayout(grid, 1);

    // Footer: outcome, note, acknowledge; and the way through the queue.
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(16, 0, 16, 0);
    m_previous = new QPushButton(tr("\u2039 Previous"), this);
    m_previous->setObjectName(QStringLiteral("alertPrevious"));
    m_next = new QPushButton(tr("Next \u203A"), this);
    m_next->setObjectName(QStringLiteral("alertNext"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("alertOutcome"));
    // No outcome is chosen for the operator: Acknowledge stays off until they pick one.
    HitsModel::fillOutcomes(m_outcome, m_store);
    m_outcome->setMinimumWidth(200);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("alertNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_acknowledge = new QPushButton(tr("Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("alertAcknowledge"));
    m_acknowledge->setDefault(true);
    m_acknowledge->setStyleSheet(QStringLiteral(
        "QPushButton { font-size: 13pt; font-weight: bold; padding: 8px 22px; background: #2f6fb8; border-color: #4fa3f7; }"
        "QPushButton:disabled { background: #2a3037; color: #7a828c; }"));
    footer->addWidget(m_previous);
    footer->addWidget(m_next);
    footer->addSpacing(12);
    footer->addWidget(new QLabel(tr("Outcome:"), this));
    footer->addWidget(m_outcome);
    footer->addWidget(m_note, 1);
    footer->addWidget(m_acknowledge);
    layout->addLayout(footer);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(16, 0, 16, 0);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80; font-size: 11pt;"));
    layout->addWidget(m_message);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_acknowledge->setEnabled(m_store && m_outcome->currentData().toInt() >= 0 && !m_queue.isEmpty() &&
                                  !m_acknowledger->isPending(currentHit().uid));
    });
    auto *lock = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lock, &QShortcut::activated, this, &HitAlertDialog::lockRequested);
    connect(m_acknowledge, &QPushButton::clicked, this, &HitAlertDialog::acknowledgeCurrent);
    connect(m_previous, &QPushButton::clicked, this, &HitAlertDialog::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &HitAlertDialog::showNext);
    setMinimumWidth(1040);
}

const Hit &HitAlertDialog::currentHit() const
{
    static const Hit kNone;
    return m_queue.isEmpty() ? kNone : m_queue.at(m_index).hits.constLast();
}

QList<Hit> HitAlertDialog::currentSightings() const
{
    return m_queue.isEmpty() ? QList<Hit>() : m_queue.at(m_index).hits;
}

QString HitAlertDialog::counterText() const
{
    return tr("%1 of %2").arg(m_queue.isEmpty() ? 0 : m_index + 1).arg(m_queue.size());
}

void HitAlertDialog::setEscalateAfterMs(int ms)
{
    m_escalateAfterMs = qMax(1, ms);
    updateTiming();
}

int HitAlertDialog::indexOf(const QUuid &hit) const
{
    for (int i = 0; i < m_queue.size(); ++i) {
        for (const Hit &h : m_queue.at(i).hits)
            if (h.uid == hit)
                return i;
    }
    return -1;
}

bool HitAlertDialog::isEscalated(const QUuid &hit) const
{
    const int i = indexOf(hit);
    return i >= 0 && m_queue.at(i).escalated;
}

int HitAlertDialog::escalatedCount() const
{
    return int(std::count_if(m_queue.begin(), m_queue.end(), [](const Item &i) { return i.escalated; }));
}

void HitAlertDialog::setWithheld(bool withheld)
{
    m_withheld = withheld;
    if (withheld) {
        hide();
    } else if (!m_queue.isEmpty()) {
        show();
        raise();
        activateWindow();
    }
}

void HitAlertDialog::enqueue(const Hit &hit, qint64 waitedMs)
{
    if (indexOf(hit.uid) >= 0)
        return;
    // The same vehicle again while its alert waits: one more sighting on that alert, not a new
    // one. The alert keeps sounding and keeps its place and its time towards escalation.
    for (int i = 0; i < m_queue.size(); ++i) {
        Item &waiting = m_queue[i];
        if (!AlertJoin::joins(waiting.hits.constLast(), hit, m_joinWindowMs))
            continue;
        waiting.hits.append(hit);
        std::stable_sort(waiting.hits.begin(), waiting.hits.end(), [](const Hit &a, const Hit &b) {
            return a.read.capturedAtMs < b.read.capturedAtMs;
        });
        if (i == m_index)
            showSightings();
        if (!isVisible() && !m_withheld) {
            show();
            raise();
            activateWindow();
        }
        Q_EMIT queueChanged();
        return;
    }
    Item item;
    item.hits = {hit};
    item.waitedBefore = std::max<qint64>(0, waitedMs);
    item.shown.start();
    // Oldest first: the operator works through them in the order they came.
    m_queue.append(item);
    if (m_queue.size() == 1) {
        m_index = 0;
        showCurrent();
    } else {
        m_counter->setText(counterText());
        m_next->setEnabled(m_index + 1 < m_queue.size());
    }
    setAlarm(true);
    m_tick->start();
    if (!isVisible() && !m_withheld) {
        show();
        raise();
        activateWindow();
    }
    Q_EMIT queueChanged();
}

void HitAlertDialog::remove(const QUuid &hit)
{
    const int i = indexOf(hit);
    if (i < 0)
        return;
    const bool wasCurrent = i == m_index;
    QList<Hit> &sightings = m_queue[i].hits;
    sightings.removeIf([&](const Hit &h) { return h.uid == hit; });
    if (!sightings.isEmpty()) {
        // Other sightings of the alert still wait (acknowledged one by one, or some failed).
        if (wasCurrent)
            showSightings();
        Q_EMIT queueChanged();
        return;
    }
    m_queue.removeAt(i);
    if (i < m_index)
        --m_index;
    if (m_queue.isEmpty()) {
        m_index = 0;
        setAlarm(false);
        m_tick->stop();
        QDialog::accept(); // closes; reject() is the operator's Esc, which does nothing
        // The keyboard goes back to the window (Ctrl+L, F8), also where no window manager
        // hands it back.
        if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr)
            window->activateWindow();
    } else {
        m_index = qBound(0, m_index, int(m_queue.size()) - 1);
        if (wasCurrent)
            showCurrent();
        else
            m_counter->setText(counterText());
        m_previous->setEnabled(m_index > 0);
        m_next->setEnabled(m_index + 1 < m_queue.size());
    }
    Q_EMIT queueChanged();
}

void HitAlertDialog::reject()
{
    // Deliberately nothing: see the header.
}

void HitAlertDialog::setOutcome(HitOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(int(outcome)));
}

void HitAlertDialog::showNext()
{
    if (m_index + 1 < m_queue.size()) {
        ++m_index;
        showCurrent();
    }
}

void HitAlertDialog::showPrevious()
{
    if (m_index > 0) {
        --m_index;
        showCurrent();
    }
}

QPixmap HitAlertDialog::jpegPixmap(const QByteArray &jpeg, const QSize &bound)
{
    QImage image;
    if (jpeg.isEmpty() || !image.loadFromData(jpeg, "JPG"))
        return {};
    return QPixmap::fromImage(image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

QPixmap HitAlertDialog::plateBadge(const QString &vrm, const QSize &size)
{
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    PlateBadgeDelegate::paintBadge(&p, QRectF(QPointF(1, 1), QSizeF(size) - QSizeF(2, 2)), vrm,
                                   PlateBadgeDelegate::Style::Rear);
    return pm;
}

void HitAlertDialog::showCurrent()
{
    m_message->clear();
    m_message->hide();
    m_note->clear();
    m_outcome->setCurrentIndex(0);
    m_counter->setText(counterText());
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_queue.size());
    if (m_queue.isEmpty())
        return;
    showSightings();
    m_acknowledge->setEnabled(false);
    updateTiming();
}

void HitAlertDialog::showSightings()
{
    if (m_queue.isEmpty())
        return;
    const Hit &h = currentHit(); // the latest sighting: where the vehicle was last seen

    m_plate->setPixmap(plateBadge(h.read.vrm, kPlateSize));
    m_plate->setAccessibleName(tr("Read %1").arg(displayVrm(h.read.vrm)));
    m_match->setText(HitsModel::matchText(h));
    m_match->setStyleSheet(h.isApproximate()
                               ? QStringLiteral("font-size: 15pt; font-weight: bold; color: black; background: %1;"
                                                " padding: 4px 8px; border-radius: 4px;").arg(Theme::warning().name())
                               : QStringLiteral("font-size: 14pt; font-weight: bold; color: #7ee08f;"));
    m_readAs->setText(tr("Read %1, listed as %2").arg(displayVrm(h.read.vrm), displayVrm(h.entry.vrm)));
    m_readAs->setVisible(h.isApproximate());

    // A hit kept from before a restart has its images on disk only.
    Read evidence = h.read;
    if (m_store)
        ImageStore(m_store->dataDir()).loadInto(evidence);
    const QPixmap patch = jpegPixmap(evidence.platePatchJpeg, kPatchSize - QSize(4, 4));
    if (patch.isNull())
        m_patch->setText(tr("No plate image"));
    else
        m_patch->setPixmap(patch);
    const QPixmap overview = jpegPixmap(evidence.overviewJpeg, kOverviewSize - QSize(4, 4));
    if (overview.isNull())
        m_overview->setText(tr("No overview image"));
    else
        m_overview->setPixmap(overview);

    m_warnings->setVisible(!h.entry.warningMarkers.isEmpty());
    m_warnings->setText(tr("\u26A0 Warning markers: %1").arg(h.entry.warningMarkers));
    m_action->setText(h.entry.action.isEmpty() ? tr("No action prescribed: inform the supervisor.") : h.entry.action);
    m_reason->setText(h.entry.reason);
    m_listCategory->setText(h.entry.category.isEmpty() ? h.entry.list
                                                        : tr("%1 / %2").arg(h.entry.list, h.entry.category));
    const QString vehicle = QStringList{h.entry.colour, h.entry.make, h.entry.model}.join(QLatin1Char(' ')).simplified();
    m_vehicle->setText(vehicle.isEmpty() ? tr("Not recorded") : vehicle);
    auto seen = [this](const Hit &s) {
        const QString when = QDateTime::fromMSecsSinceEpoch(s.read.capturedAtMs ? s.read.capturedAtMs : s.raisedAtMs, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return tr("%1 at %2").arg(m_cameraNames.value(s.read.cameraId, s.read.cameraId), when);
    };
    m_seen->setText(seen(h));
    // Every sighting of the vehicle while the alert waited, newest first.
    const QList<Hit> &all = m_queue.at(m_index).hits;
    QStringList lines;
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        lines << seen(*it);
    m_sightings->setText(tr("Seen %n time(s):", "", int(all.size())) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_sightings->setVisible(all.size() > 1);
    m_sightingsField->setVisible(all.size() > 1);
    QStringList flags;
    if (h.retrospective)
        flags << tr("PAST SIGHTING: raised when the entry went live, the vehicle passed earlier.");
    if (h.covert || h.entry.covert)
        flags << tr("COVERT: do not disclose to the vehicle's occupants or over open channels.");
    m_flags->setText(flags.join(QLatin1Char('\n')));
    m_flags->setVisible(!flags.isEmpty());
}

void HitAlertDialog::updateTiming()
{
    for (Item &item : m_queue) {
        if (!item.escalated && item.waited() >= m_escalateAfterMs)
            escalate(item);
    }
    if (m_queue.isEmpty())
        return;
    const Item &cur = m_queue.at(m_index);
    const qint64 waited = cur.waited();
    m_escalatedBadge->setVisible(cur.escalated);
    m_timing->setText(cur.escalated ? tr("Not acknowledged for %1").arg(duration(waited))
                                    : tr("Escalates in %1").arg(duration(m_escalateAfterMs - waited + 999)));
    const int others = escalatedCount() - (cur.escalated ? 1 : 0);
    m_counter->setText(others > 0 ? tr("%1 (%2 more escalated)").arg(counterText()).arg(others) : counterText());
    m_header->setStyleSheet(cur.escalated ? QStringLiteral("QFrame#alertHeader { background: #7b1fa2; }")
                                          : QStringLiteral("QFrame#alertHeader { background: %1; }")
                                                .arg(Theme::priorityColour(Priority::High).name()));
}

void HitAlertDialog::escalate(Item &item)
{
    item.escalated = true;
    const Hit &first = item.hits.constFirst();
    if (m_store) {
        // The workstation escalates, not the operator; the operator on duty is in the details.
        // The escalation goes ahead whether or not the trail can record it: the alarm comes first.
        auto audited = AuditLog(*m_store).append(QStringLiteral("system"), QStringLiteral("hit-escalated"),
                                                 {{QStringLiteral("hit"), first.uid.toString(QUuid::WithoutBraces)},
                                                  {QStringLiteral("vrm"), first.read.vrm},
                                                  {QStringLiteral("priority"), priorityName(first.entry.priority)},
                                                  {QStringLiteral("sightings"), int(item.hits.size())},
                                                  {QStringLiteral("after_s"), double(item.waited()) / 1000.0},
                                                  {QStringLiteral("operator"), m_userName}});
        if (!audited)
            qWarning("the escalation of hit %s could not be audited: %s",
                     qUtf8Printable(first.uid.toString(QUuid::WithoutBraces)),
                     qUtf8Printable(audited.error().toString()));
    }
    Q_EMIT hitEscalated(first);
    Q_EMIT queueChanged();
}

void HitAlertDialog::acknowledgeCurrent()
{
    if (m_queue.isEmpty() || !m_store)
        return;
    const int outcome = m_outcome->currentData().toInt();
    if (outcome < 0) {
        m_message->setText(tr("Choose the outcome first."));
        m_message->show();
        return;
    }
    m_acknowledge->setEnabled(false);
    m_message->setStyleSheet(QStringLiteral("color: #9cc9ff; font-size: 11pt;"));
    m_message->setText(tr("Recording the acknowledgement…"));
    m_message->show();
    // One outcome for the vehicle: every sighting joined to the alert is acknowledged with it.
    const QString note = m_note->text().trimmed();
    for (const Hit &h : currentSightings())
        m_acknowledger->acknowledge(h, HitOutcome(outcome), note, QStringLiteral("alert"));
}

void HitAlertDialog::onAcknowledged(const Hit &hit, HitOutcome outcome, qint64 atMs)
{
    Q_EMIT hitAcknowledged(hit, outcome, atMs);
    remove(hit.uid);
}

void HitAlertDialog::onFailed(const Hit &hit, const QString &message)
{
    if (indexOf(hit.uid) != m_index)
        return;
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80; font-size: 11pt;"));
    m_message->setText(tr("Could not record the acknowledgement: %1").arg(message));
    m_message->show();
    m_acknowledge->setEnabled(m_outcome->currentData().toInt() >= 0);
}

void HitAlertDialog::setAlarm(bool on)
{
    if (on == m_alarm)
        return;
    m_alarm = on;
    if (on)
        m_sound->play(); // queued by QSoundEffect until the WAV has loaded
    else
        m_sound->stop();
}

} // namespace Kestrel
