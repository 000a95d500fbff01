#include "hitsfilter.h"

#include "hitsmodel.h"

#include <QDateTime>

namespace Kestrel {

HitsFilter::HitsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_shiftStartMs = QDateTime::currentMSecsSinceEpoch();
    // Rows keep the source's order (waiting first, then priority, newest): no sorting here.
    setDynamicSortFilter(true);
}

void HitsFilter::setPriority(std::optional<Priority> priority)
{
    m_priority = priority;
    invalidateFilter();
}

void HitsFilter::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

void HitsFilter::setCameraId(const QString &cameraId)
{
    m_cameraId = cameraId;
    invalidateFilter();
}

void HitsFilter::setPeriod(Period period)
{
    m_period = period;
    invalidateFilter();
}

void HitsFilter::setShiftStartMs(qint64 ms)
{
    m_shiftStartMs = ms;
    invalidateFilter();
}

bool HitsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *hits = qobject_cast<const HitsModel *>(sourceModel());
    if (!hits || sourceParent.isValid())
        return true;
    const Hit &h = hits->hitAt(sourceRow);
    if (m_priority && h.entry.priority != *m_priority)
        return false;
    const bool acknowledged = h.acknowledgedAtMs != 0;
    if ((m_state == State::Waiting && acknowledged) || (m_state == State::Acknowledged && !acknowledged))
        return false;
    if (!m_cameraId.isEmpty() && h.read.cameraId != m_cameraId)
        return false;
    const qint64 seen = HitsModel::seenAtMs(h);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_period == Period::ThisShift && seen < m_shiftStartMs)
        return false;
    if (m_period == Period::Last12Hours && seen < now - kLast12HoursMs)
        return false;
    return true;
}

} // namespace Kestrel
