// The live reads table: newest first, bounded, fed in batches so 100 reads/s stay smooth.
#pragma once

#include "domain/read.h"

#include <QAbstractTableModel>
#include <QPixmap>
#include <QTimer>

#include <deque>
#include <vector>

namespace Kestrel {

class ReadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatchColumn, VrmColumn, ConfidenceColumn, CameraColumn, TimeColumn, ColumnCount };
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

    Read readAt(int row) const;
    QPixmap thumbnailAt(int row) const;

    static QString localTime(qint64 utcMs);

private:
    struct Row
    {
        Read read;
        QPixmap thumbnail;
    };
    Row makeRow(const Read &read) const;
    void trimTo(int rows);

    std::deque<Row> m_rows; // newest at the front
    std::vector<Read> m_pending; // oldest first
    QTimer m_timer;
    int m_maxRows = kDefaultMaxRows;
    QHash<QString, QString> m_cameraNames;
};

} // namespace Kestrel
