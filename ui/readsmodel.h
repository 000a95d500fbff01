// The live reads table: newest first, bounded, fed in batches so 100 reads/s stay smooth. A read
// that raised a hit the user may see is marked with the hit's priority.
#pragma once

#include "domain/hotlistentry.h"
#include "domain/read.h"

#include <QAbstractTableModel>
#include <QPixmap>
#include <QTimer>

#include <deque>
#include <optional>
#include <vector>

namespace Kestrel {

class ReadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatchColumn, VrmColumn, HitColumn, ConfidenceColumn, CameraColumn, TimeColumn, ColumnCount };
    enum Roles { ReadRole = Qt::UserRole + 1, CapturedAtRole };
    static constexpr int kDefaultMaxRows = 1000;
    static constexpr int kDefaultBatchMs = 100;
    static constexpr QSize kThumbSize{96, 32};

    explicit ReadsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues a read; it shows at the next batch (or flushPending()).
    void addRead(const Read &read);
    void flushPending();
    int pendingCount() const { return int(m_pending.size()); }

    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setBatchInterval(int ms) { m_timer.setInterval(ms); }
    void setCameraNames(const QHash<QString, QString> &names) { m_cameraNames = names; }
    void setCameraName(const QString &id, const QString &name);

    // The read raised a hit of this priority (the highest is kept). A read not yet shown (in
    // the batch) is marked when it shows; one no longer in the table is left alone.
    void markHit(const QUuid &readUid, Priority priority);
    std::optional<Priority> hitPriorityAt(int row) const;

    Read readAt(int row) const;
    QPixmap thumbnailAt(int row) const;

    static QString localTime(qint64 utcMs);

private:
    struct Row
    {
        Read read;
        QPixmap thumbnail;
        std::optional<Priority> hit;
    };
    Row makeRow(const Read &read) const;
    void trimTo(int rows);

    std::deque<Row> m_rows; // newest at the front
    std::vector<Read> m_pending; // oldest first
    QHash<QUuid, Priority> m_pendingHits; // hits on reads still in m_pending
    QTimer m_timer;
    int m_maxRows = kDefaultMaxRows;
    QHash<QString, QString> m_cameraNames;
};

} // namespace Kestrel
