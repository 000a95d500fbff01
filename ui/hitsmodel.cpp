#include "hitsmodel.h"

#include "readsmodel.h"
#include "theme.h"

#include "access/forcesettings.h"
#include "plates/vrm.h"

#include <QComboBox>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace Kestrel {

HitsModel::HitsModel(QObject *parent) : QAbstractTableModel(parent) {}

int HitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int HitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 HitsModel::seenAtMs(const Hit &hit)
{
    return hit.read.capturedAtMs ? hit.read.capturedAtMs : hit.raisedAtMs;
}

bool HitsModel::sortsBefore(const Hit &a, const Hit &b)
{
    const bool aWaits = a.acknowledgedAtMs == 0, bWaits = b.acknowledgedAtMs == 0;
    if (aWaits != bWaits)
        return aWaits; // what still needs someone comes first
    if (a.entry.priority != b.entry.priority)
        return int(a.entry.priority) < int(b.entry.priority); // High = 0 first
    return seenAtMs(a) > seenAtMs(b);
}

QString HitsModel::matchText(const Hit &hit)
{
    switch (hit.match) {
    case MatchKind::Exact:
        return tr("= exact");
    case MatchKind::Equivalent:
        return tr("\u2248 equivalent \u2014 check the image");
    case MatchKind::Edit:
        return tr("\u2248 %1 character(s) different \u2014 check the image").arg(hit.distance);
    case MatchKind::Wildcard:
        return tr("\u2248 pattern %1 \u2014 check the image").arg(hit.entry.vrm);
    }
    return {};
}

QString HitsModel::outcomeText(HitOutcome outcome)
{
    switch (outcome) {
    case HitOutcome::None: return tr("Not yet acknowledged");
    case HitOutcome::Intercepted: return tr("Intercepted");
    case HitOutcome::NotLocated: return tr("Not located");
    case HitOutcome::NoAction: return tr("No action");
    case HitOutcome::Misread: return tr("Misread");
    case HitOutcome::StoppedSpokenTo: return tr("Stopped and spoken to");
    case HitOutcome::Arrested: return tr("Arrested");
    case HitOutcome::VehicleSeized: return tr("Vehicle seized");
    case HitOutcome::NotStoppedNoResources: return tr("Not stopped: no resources");
    case HitOutcome::LostSight: return tr("Lost sight");
    case HitOutcome::Duplicate: return tr("Duplicate");
    }
    return {};
}

void HitsModel::fillOutcomes(QComboBox *combo, Store *store)
{
    combo->clear();
    // No outcome is chosen for the operator: one click must never record an interception.
    combo->addItem(tr("Choose the outcome…"), -1);
    const QList<HitOutcome> offered = store ? ForceSettings::offeredOutcomes(*store) : ForceSettings::defaultOutcomes();
    for (HitOutcome o : offered)
        combo->addItem(outcomeText(o), int(o));
}

QVariant HitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_hits.size()))
        return {};
    const Hit &h = m_hits[size_t(index.row())];
    const Priority p = h.entry.priority;
    if (role == HitRole)
        return QVariant::fromValue(h);
    if (role == PriorityRole)
        return int(p);
    if (role == UidRole)
        return h.uid;
    const bool acknowledged = h.acknowledgedAtMs != 0;
    // Dealt with: dimmed in every column (the status says so in words too).
    if (acknowledged && role == Qt::ForegroundRole && index.column() != PriorityColumn)
        return Theme::muted();

    switch (index.column()) {
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return QString(Theme::prioritySymbol(p) + QLatin1Char(' ') + Theme::priorityWord(p));
        if (role == Qt::BackgroundRole)
            return acknowledged ? Theme::priorityColour(p).darker(180) : Theme::priorityColour(p);
        if (role == Qt::ForegroundRole)
            return acknowledged ? QColor(0xe8, 0xec, 0xf0) : Theme::priorityTextColour(p);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    case VrmColumn:
        if (role == Qt::DisplayRole)
            return displayVrm(h.read.vrm);
        if (role == Qt::EditRole)
            return h.read.vrm;
        if (role == Qt::ToolTipRole)
            return tr("Read %1, listed as %2").arg(displayVrm(h.read.vrm), h.entry.vrm);
        break;
    case ListColumn:
        if (role == Qt::DisplayRole)
            return h.entry.category.isEmpty() ? h.entry.list : tr("%1 / %2").arg(h.entry.list, h.entry.category);
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return h.entry.reason;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return h.entry.action;
        break;
    case MatchColumn:
        if (role == Qt::DisplayRole)
            return matchText(h);
        if (role == Qt::ForegroundRole && h.isApproximate())
            return Theme::warning();
        if (role == Qt::FontRole && h.isApproximate()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case CameraColumn:
        if (role == Qt::DisplayRole)
            return m_cameraNames.value(h.read.cameraId, h.read.cameraId);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return ReadsModel::localTime(seenAtMs(h));
        if (role == Qt::ToolTipRole)
            return QDateTime::fromMSecsSinceEpoch(seenAtMs(h), Qt::UTC).toLocalTime().toString(Qt::ISODate);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return acknowledged ? tr("%1 (%2)").arg(outcomeText(h.outcome), h.acknowledgedBy)
                                : tr("\u25CF New");
        if (role == Qt::ToolTipRole && acknowledged)
            return tr("%1, acknowledged by %2 at %3")
                .arg(outcomeText(h.outcome), h.acknowledgedBy, ReadsModel::localTime(h.acknowledgedAtMs));
        if (role == Qt::ForegroundRole)
            return Theme::accent(); // waiting (acknowledged rows are dimmed above)
        if (role == Qt::FontRole && !acknowledged) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn: return tr("Priority");
    case VrmColumn: return tr("VRM");
    case ListColumn: return tr("List / category");
    case ReasonColumn: return tr("Reason");
    case ActionColumn: return tr("Action");
    case MatchColumn: return tr("Match");
    case CameraColumn: return tr("Camera");
    case TimeColumn: return tr("Time");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

int HitsModel::addHit(const Hit &hit)
{
    const auto it = std::upper_bound(m_hits.begin(), m_hits.end(), hit, &HitsModel::sortsBefore);
    const int row = int(it - m_hits.begin());
    beginInsertRows({}, row, row);
    m_hits.insert(it, hit);
    endInsertRows();
    if (int(m_hits.size()) > m_maxRows) {
        // The least urgent, oldest hit goes; it stays in the store.
        const int last = int(m_hits.size()) - 1;
        beginRemoveRows({}, last, last);
        m_hits.pop_back();
        endRemoveRows();
        if (row == last)
            return -1;
    }
    return row;
}

int HitsModel::rowOf(const QUuid &uid) const
{
    for (size_t i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].uid == uid)
            return int(i);
    }
    return -1;
}

void HitsModel::markAcknowledged(const QUuid &uid, const QString &user, HitOutcome outcome, qint64 atMs)
{
    const int row = rowOf(uid);
    if (row < 0)
        return;
    Hit h = m_hits[size_t(row)];
    if (h.acknowledgedAtMs != 0)
        return;
    h.acknowledgedBy = user;
    h.outcome = outcome;
    h.acknowledgedAtMs = atMs;
    // Its place among the others without it: below every hit still waiting.
    std::vector<Hit> rest = m_hits;
    rest.erase(rest.begin() + row);
    const int to = int(std::upper_bound(rest.begin(), rest.end(), h, &HitsModel::sortsBefore) - rest.begin());
    if (to != row) {
        // beginMoveRows counts the destination before the row is taken out.
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_hits = std::move(rest);
        m_hits.insert(m_hits.begin() + to, h);
        endMoveRows();
    } else {
        m_hits[size_t(row)] = h;
    }
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

int HitsModel::unacknowledgedCount(Priority priority) const
{
    return int(std::count_if(m_hits.begin(), m_hits.end(), [priority](const Hit &h) {
        return h.entry.priority == priority && h.acknowledgedAtMs == 0;
    }));
}

} // namespace Kestrel
