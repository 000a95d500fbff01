// Hits for the operator: those waiting first, acknowledged ones (dimmed) below them; within each
// group High before Medium before Low, newest first within a priority.
#pragma once

#include "domain/hit.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class QComboBox;

namespace Kestrel {

class Store;

class HitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Status and time come first after the priority: they must show at the panel's width.
    enum Column {
        PriorityColumn,
        StatusColumn,
        TimeColumn,
        VrmColumn,
        CameraColumn,
        MatchColumn,
        ListColumn,
        ReasonColumn,
        ActionColumn,
        ColumnCount
    };
    enum Roles { HitRole = Qt::UserRole + 1, PriorityRole, UidRole };
    static constexpr int kDefaultMaxRows = 500;

    explicit HitsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts at its place in the order (sortsBefore); returns the row.
    int addHit(const Hit &hit);
    const Hit &hitAt(int row) const { return m_hits.at(size_t(row)); }
    int rowOf(const QUuid &uid) const;
    // Moves the hit below those still waiting (rowsMoved), dimmed.
    void markAcknowledged(const QUuid &uid, const QString &user, HitOutcome outcome, qint64 atMs);
    void setMaxRows(int rows) { m_maxRows = qMax(1, rows); }
    void setCameraName(const QString &id, const QString &name) { m_cameraNames.insert(id, name); }
    int unacknowledgedCount(Priority priority) const;

    static QString matchText(const Hit &hit);      // "= exact", "≈ equivalent — check the image"
    static QString outcomeText(HitOutcome outcome); // translated
    // "Choose the outcome…" (data -1) then the force's offered outcomes (ForceSettings), each
    // with its HitOutcome as data; the defaults without a store.
    static void fillOutcomes(QComboBox *combo, Store *store);
    static bool sortsBefore(const Hit &a, const Hit &b); // waiting, priority, newest
    static qint64 seenAtMs(const Hit &hit); // capture time, else when it was raised

private:
    std::vector<Hit> m_hits;
    int m_maxRows = kDefaultMaxRows;
    QHash<QString, QString> m_cameraNames;
};

} // namespace Kestrel
