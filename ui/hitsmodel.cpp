#include "hitsmodel.h"

#include "readsmodel.h"
#include "theme.h"

#include "plates/vrm.h"

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

bool HitsModel::sortsBefore(const Hit &a, const Hit &b)
{
    if (a.entry.priority != b.entry.priority)
        return int(a.entry.priority) < int(b.entry.priority); // High = 0 first
    const qint64 ta = a.read.capturedAtMs ? a.read.capturedAtMs : a.raisedAtMs;
    const qint64 tb = b.read.capturedAtMs ? b.read.capturedAtMs : b.raisedAtMs;
    return ta > tb;
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
    }
    return {};
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
            return ReadsModel::localTime(h.read.capturedAtMs ? h.read.capturedAtMs : h.raisedAtMs);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return acknowledged ? tr("%1 (%2)").arg(outcomeText(h.outcome), h.acknowledgedBy)
                                : tr("\u25CF New");
        if (role == Qt::ForegroundRole)
            return acknowledged ? Theme::muted() : Theme::accent();
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
    Hit &h = m_hits[size_t(row)];
    h.acknowledgedBy = user;
    h.outcome = outcome;
    h.acknowledgedAtMs = atMs;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int HitsModel::unacknowledgedCount(Priority priority) const
{
    return int(std::count_if(m_hits.begin(), m_hits.end(), [priority](const Hit &h) {
        return h.entry.priority == priority && h.acknowledgedAtMs == 0;
    }));
}

} // namespace Kestrel
