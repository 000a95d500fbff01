// Hits waiting for the operator: High before Medium before Low, newest first within a priority.
#pragma once

#include "domain/hit.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace Kestrel {

class HitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        VrmColumn,
        ListColumn,
        ReasonColumn,
        ActionColumn,
        MatchColumn,
        CameraColumn,
        TimeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { HitRole = Qt::UserRole + 1, PriorityRole, UidRole };
    static constexpr int kDefaultMaxRows = 500;

    explicit HitsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts at its place in priority order; returns the row.
    int addHit(const Hit &hit);
    const Hit &hitAt(int row) const { return m_hits.at(size_t(row)); }
    int rowOf(const QUuid &uid) const;
    void markAcknowledged(const QUuid &uid, const QString &user, HitOutcome outcome, qint64 atMs);
    void setMaxRows(int rows) { m_maxRows = qMax(1, rows); }
    void setCameraName(const QString &id, const QString &name) { m_cameraNames.insert(id, name); }
    int unacknowledgedCount(Priority priority) const;

    static QString matchText(const Hit &hit);      // "= exact", "≈ equivalent — check the image"
    static QString outcomeText(HitOutcome outcome); // translated
    static bool sortsBefore(const Hit &a, const Hit &b);

private:
    std::vector<Hit> m_hits;
    int m_maxRows = kDefaultMaxRows;
    QHash<QString, QString> m_cameraNames;
};

} // namespace Kestrel
