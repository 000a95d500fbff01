// Digests of the rows that decide who may do what (accounts, settings, approvals, holds, hotlist
// entries, hit acknowledgements): each change is audited with its row's digest, so that audit
// verify can compare every row with its last audited state and find edits made outside Kestrel.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Kestrel {

// A row an audit entry vouches for: its table and key.
struct RowRef
{
    QString table;
    QVariant key;
};

class RowDigest
{
public:
    struct Table
    {
        const char *name;
        const char *key;
        const char *columns; // what the digest covers (not login counters, not image paths)
    };
    static const QList<Table> &tables();

    // Hex SHA-256 of the row's covered columns; empty when there is no such row (deleted).
    static Result<QByteArray> of(const QSqlDatabase &db, const QString &table, const QVariant &key);
    // [{"t": table, "k": key, "d": digest}, ...] as an audit entry carries them.
    static Result<QJsonArray> describe(const QSqlDatabase &db, const QList<RowRef> &rows);
    // Every covered row compared with the last digest audited for it: Kind::Integrity naming the
    // first row changed, added or deleted outside Kestrel. lastAudited: "table\x1fkey" -> digest.
    // bulk: ranges of hotlist entry ids stored by one audited import too large to list row by
    // row (a national extract); their rows need no entry of their own.
    struct Range
    {
        qint64 from = 0, to = 0;
    };
    static Result<qint64> verify(const QSqlDatabase &db, const QHash<QString, QByteArray> &lastAudited,
                                 const QList<Range> &bulk = {});

    static QString mapKey(const QString &table, const QString &key) { return table + QChar(0x1f) + key; }

    // Reads are vouched for by batch: each committed batch's audit entry holds, per month table,
    // the range of ids it took, their count, capture times and a digest over the rows (images'
    // hashes included; not the paths or images_deleted_at, which image retention changes).
    struct ReadBatch
    {
        QString table;
        qint64 from = 0, to = 0, count = 0, minAtMs = 0, maxAtMs = 0;
        QByteArray digest;
        QJsonObject toJson() const;
        static ReadBatch fromJson(const QJsonObject &o);
    };
    // The batches of rows with ids in [from, to] of each table, as they stand now.
    static Result<QList<ReadBatch>> describeReads(const QSqlDatabase &db, const QList<ReadBatch> &ranges);
    // Every batch compared with what is stored: within retention a batch is whole and unchanged;
    // a batch with reads older than the last retention cutoff may have lost those (and kept
    // held ones). Every read lies in an audited batch.
    static Result<qint64> verifyReads(const QSqlDatabase &db, const QList<ReadBatch> &batches, qint64 retentionCutoffMs);
};

} // namespace Kestrel
