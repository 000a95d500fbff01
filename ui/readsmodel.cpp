#include "readsmodel.h"

#include "theme.h"

#include "plates/vrm.h"

#include <QDateTime>
#include <QImage>

#include <algorithm>

namespace Kestrel {

ReadsModel::ReadsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultBatchMs);
    connect(&m_timer, &QTimer::timeout, this, &ReadsModel::flushPending);
}

int ReadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReadsModel::localTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QVariant ReadsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Read &r = row.read;
    if (role == ReadRole)
        return QVariant::fromValue(r);
    if (role == CapturedAtRole)
        return r.capturedAtMs;
    switch (index.column()) {
    case PatchColumn:
        if (role == Qt::DecorationRole)
            return row.thumbnail;
        if (role == Qt::ToolTipRole)
            return tr("Plate patch of %1").arg(displayVrm(r.vrm));
        if (role == Qt::SizeHintRole)
            return QSize(kThumbSize.width() + 8, kThumbSize.height() + 4);
        break;
    case VrmColumn:
        if (role == Qt::DisplayRole)
            return displayVrm(r.vrm);
        if (role == Qt::EditRole)
            return r.vrm;
        if (role == Qt::ToolTipRole && r.rawText != r.vrm)
            return tr("Recogniser read \"%1\", repaired to %2").arg(r.rawText, displayVrm(r.vrm));
        break;
    case HitColumn:
        // The priority's symbol and word on its colour: colour is never the only cue.
        if (!row.hit)
            break;
        if (role == Qt::DisplayRole)
            return QString(Theme::prioritySymbol(*row.hit) + QLatin1Char(' ') + Theme::priorityWord(*row.hit));
        if (role == Qt::BackgroundRole)
            return Theme::priorityColour(*row.hit);
        if (role == Qt::ForegroundRole)
            return Theme::priorityTextColour(*row.hit);
        if (role == Qt::ToolTipRole)
            return tr("This read raised a %1 hit: see the hits panel").arg(Theme::priorityWord(*row.hit));
        break;
    case ConfidenceColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 %").arg(qRound(r.confidence * 100));
        if (role == Qt::EditRole)
            return r.confidence;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && r.confidence < 0.6)
            return QColor(0xf0, 0x9a, 0x1a);
        break;
    case CameraColumn:
        if (role == Qt::DisplayRole)
            return m_cameraNames.value(r.cameraId, r.cameraId);
        if (role == Qt::ToolTipRole)
            return r.direction.isEmpty() ? r.cameraId : tr("%1, %2").arg(r.cameraId, r.direction);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return localTime(r.capturedAtMs);
        if (role == Qt::ToolTipRole)
            return QDateTime::fromMSecsSinceEpoch(r.capturedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatchColumn: return tr("Plate");
    case VrmColumn: return tr("VRM");
    case HitColumn: return tr("Hit");
    case ConfidenceColumn: return tr("Confidence");
    case CameraColumn: return tr("Camera");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

void ReadsModel::addRead(const Read &read)
{
    m_pending.push_back(read);
    // The overview is not shown in this table; dropping it keeps 1000 rows to a few MB.
    m_pending.back().overviewJpeg.clear();
    if (!m_timer.isActive())
        m_timer.start();
}

ReadsModel::Row ReadsModel::makeRow(const Read &read) const
{
    Row row{read, {}, {}};
    if (auto hit = m_pendingHits.constFind(read.uid); hit != m_pendingHits.constEnd())
        row.hit = *hit;
    if (!read.platePatchJpeg.isEmpty()) {
        QImage image;
        if (image.loadFromData(read.platePatchJpeg, "JPG"))
            row.thumbnail = QPixmap::fromImage(
                image.scaled(kThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    row.read.platePatchJpeg.clear(); // decoded once; the thumbnail is all the table needs
    return row;
}

void ReadsModel::flushPending()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    // A read is emitted when its vehicle has passed, stamped with its best frame, so reads from
    // several cameras (or overlapping vehicles) arrive slightly out of time order: keep the table
    // in capture order, newest first.
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Read &a, const Read &b) { return a.capturedAtMs > b.capturedAtMs; });
    // Only the newest maxRows of a burst can ever be seen: skip decoding the rest.
    if (m_pending.size() > size_t(m_maxRows))
        m_pending.resize(size_t(m_maxRows));
    const bool allOnTop = m_rows.empty() || m_pending.back().capturedAtMs >= m_rows.front().read.capturedAtMs;
    if (allOnTop) {
        // The usual case: one insertion for the whole batch keeps views cheap at 100 reads/s.
        beginInsertRows({}, 0, int(m_pending.size()) - 1);
        for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it)
            m_rows.push_front(makeRow(*it));
        endInsertRows();
    } else {
        for (const Read &read : m_pending) {
            const auto pos = std::upper_bound(m_rows.begin(), m_rows.end(), read.capturedAtMs,
                                              [](qint64 t, const Row &row) { return t > row.read.capturedAtMs; });
            const int row = int(pos - m_rows.begin());
            if (row >= m_maxRows)
                continue; // older than everything kept
            beginInsertRows({}, row, row);
            m_rows.insert(pos, makeRow(read));
            endInsertRows();
        }
    }
    m_pending.clear();
    m_pendingHits.clear();
    trimTo(m_maxRows);
}

void ReadsModel::trimTo(int rows)
{
    if (int(m_rows.size()) <= rows)
        return;
    beginRemoveRows({}, rows, int(m_rows.size()) - 1);
    m_rows.erase(m_rows.begin() + rows, m_rows.end());
    endRemoveRows();
}

void ReadsModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trimTo(m_maxRows);
}

void ReadsModel::setCameraName(const QString &id, const QString &name)
{
    m_cameraNames.insert(id, name);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, CameraColumn), index(rowCount() - 1, CameraColumn), {Qt::DisplayRole});
}

void ReadsModel::markHit(const QUuid &readUid, Priority priority)
{
    auto higher = [priority](const std::optional<Priority> &was) { return !was || int(priority) < int(*was); };
    for (const Read &read : m_pending) {
        if (read.uid == readUid) {
            if (auto was = m_pendingHits.constFind(readUid); was == m_pendingHits.constEnd() || higher(*was))
                m_pendingHits.insert(readUid, priority);
            return;
        }
    }
    // The hit follows its read closely: look from the newest.
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].read.uid != readUid)
            continue;
        if (higher(m_rows[i].hit)) {
            m_rows[i].hit = priority;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
        return;
    }
}

std::optional<Priority> ReadsModel::hitPriorityAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].hit : std::nullopt;
}

Read ReadsModel::readAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].read : Read{};
}

QPixmap ReadsModel::thumbnailAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].thumbnail : QPixmap{};
}

} // namespace Kestrel
