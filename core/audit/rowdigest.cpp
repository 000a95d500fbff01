#include "audit/rowdigest.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

namespace Kestrel {

namespace {

QByteArray digestOf(const QSqlQuery &q, int first, int count)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = first; i < first + count; ++i) {
        const QVariant v = q.value(i);
        // Type and length before each value: NULL, '' and 0 stay apart, and no value can run
        // into the next.
        const QByteArray bytes = v.isNull() ? QByteArray() : v.toString().toUtf8();
        hash.addData(v.isNull() ? "N" : "V");
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return hash.result().toHex();
}

int columnCount(const char *columns)
{
    return int(QByteArray(columns).count(',')) + 1;
}

} // namespace

const QList<RowDigest::Table> &RowDigest::tables()
{
    static const QList<Table> t = {
        {"users", "id", "name, display_name, roles, disabled, password_hash"},
        {"settings", "key", "key, value, changed_by, changed_at"},
        {"access_requests", "id",
         "requester, case_reference, purpose, justification, scope_vrms, scope_from, scope_to, tier, state,"
         " requested_at, decided_by, decided_at, decision_reason, expires_at"},
        {"holds", "id", "read_uid, case_reference, reason, placed_by, placed_at, released_by, released_at"},
        {"hotlist_entries", "id",
         "vrm, list, priority, category, reason, source, action, expires, make, model, colour, warning_markers,"
         " grading, reference, covert, added_by, validated_by, valid_from, status"},
        {"hits", "uid", "acknowledged_at, acknowledged_by, outcome, note"},
    };
    return t;
}

Result<QByteArray> RowDigest::of(const QSqlDatabase &db, const QString &table, const QVariant &key)
{
    for (const Table &t : tables()) {
        if (table != QLatin1String(t.name))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(QLatin1String(t.columns), table, QLatin1String(t.key)));
        q.addBindValue(key);
        if (!q.exec())
            return Error::io(QStringLiteral("cannot read %1 for its digest: %2").arg(table, q.lastError().text()));
        return q.next() ? digestOf(q, 0, columnCount(t.columns)) : QByteArray();
    }
    return Error::internal(QStringLiteral("%1 is not a table whose rows are audited").arg(table));
}

Result<QJsonArray> RowDigest::describe(const QSqlDatabase &db, const QList<RowRef> &rows)
{
    QJsonArray out;
    for (const RowRef &r : rows) {
        auto d = of(db, r.table, r.key);
        if (!d)
            return d.error();
        out.append(QJsonObject{{QStringLiteral("t"), r.table}, {QStringLiteral("k"), r.key.toString()},
                               {QStringLiteral("d"), QString::fromLatin1(*d)}});
    }
    return out;
}

Result<qint64> RowDigest::verify(const QSqlDatabase &db, const QHash<QString, QByteArray> &lastAudited,
                                 const QList<Range> &bulk)
{
    qint64 checked = 0;
    for (const Table &t : tables()) {
        const QString table = QLatin1String(t.name);
        const bool hits = table == QLatin1String("hits");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(QLatin1String(t.key), QLatin1String(t.columns), table)))
            return Error::io(QStringLiteral("cannot read %1: %2").arg(table, q.lastError().text()));
        QSet<QString> seen;
        const int n = columnCount(t.columns);
        while (q.next()) {
            const QString key = q.value(0).toString();
            seen.insert(key);
            // The store's own id is written by the migration that makes its key; the key file
            // names the store, so a changed id no longer finds its key.
            if (table == QLatin1String("settings") && key == QLatin1String("store.id"))
                continue;
            const QByteArray digest = digestOf(q, 1, n);
            const auto audited = lastAudited.constFind(mapKey(table, key));
            if (audited == lastAudited.cend()) {
                // A hit is raised by the pipeline; what is audited is its acknowledgement.
                bool acknowledged = false;
                for (int i = 1; i <= n && hits; ++i)
                    acknowledged |= !q.value(i).isNull();
                if (hits && !acknowledged)
                    continue;
                bool inBulk = false;
                for (const Range &r : bulk)
                    inBulk |= table == QLatin1String("hotlist_entries") && q.value(0).toLongLong() >= r.from &&
                              q.value(0).toLongLong() <= r.to;
                if (inBulk)
                    continue;
                return Error::integrity(QStringLiteral("%1 row %2 has no audit entry: it was written outside Kestrel")
                                            .arg(table, key));
            }
            if (*audited != digest)
                return Error::integrity(QStringLiteral("%1 row %2 is not as last audited: it was changed outside Kestrel")
                                            .arg(table, key));
            ++checked;
        }
        // Rows the trail vouches for that are gone (hits go with their reads at retention).
        if (hits)
            continue;
        const QString prefix = mapKey(table, QString());
        for (auto it = lastAudited.cbegin(); it != lastAudited.cend(); ++it)
            if (it.key().startsWith(prefix) && !it.value().isEmpty() && !seen.contains(it.key().mid(prefix.size())))
                return Error::integrity(QStringLiteral("%1 row %2 was deleted outside Kestrel").arg(table, it.key().mid(prefix.size())));
    }
    return checked;
}

namespace {
const char kReadColumns[] =
    "uid, vrm, raw_text, confidence, candidates, country, format, camera_id, captured_at, location, direction,"
    " box_x, box_y, box_w, box_h, frame_index, patch_sha256, overview_sha256";

struct Scan
{
    qint64 count = 0, minAt = 0, maxAt = 0;
    QByteArray digest;
};

Result<Scan> scanReads(const QSqlDatabase &db, const QString &table, qint64 from, qint64 to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id BETWEEN ? AND ? ORDER BY id").arg(QLatin1String(kReadColumns), table));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Error::io(QStringLiteral("cannot read %1: %2").arg(table, q.lastError().text()));
    Scan s;
    QCryptographicHash all(QCryptographicHash::Sha256);
    const int n = columnCount(kReadColumns);
    while (q.next()) {
        all.addData(digestOf(q, 0, n));
        const qint64 at = q.value(8).toLongLong();
        s.minAt = s.count == 0 ? at : std::min(s.minAt, at);
        s.maxAt = std::max(s.maxAt, at);
        ++s.count;
    }
    s.digest = all.result().toHex();
    return s;
}
} // namespace

QJsonObject RowDigest::ReadBatch::toJson() const
{
    return {{QStringLiteral("table"), table}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to},
            {QStringLiteral("count"), count}, {QStringLiteral("min_at"), minAtMs}, {QStringLiteral("max_at"), maxAtMs},
            {QStringLiteral("digest"), QString::fromLatin1(digest)}};
}

RowDigest::ReadBatch RowDigest::ReadBatch::fromJson(const QJsonObject &o)
{
    ReadBatch b;
    b.table = o.value(QLatin1String("table")).toString();
    b.from = o.value(QLatin1String("from")).toInteger();
    b.to = o.value(QLatin1String("to")).toInteger();
    b.count = o.value(QLatin1String("count")).toInteger();
    b.minAtMs = o.value(QLatin1String("min_at")).toInteger();
    b.maxAtMs = o.value(QLatin1String("max_at")).toInteger();
    b.digest = o.value(QLatin1String("digest")).toString().toLatin1();
    return b;
}

Result<QList<RowDigest::ReadBatch>> RowDigest::describeReads(const QSqlDatabase &db, const QList<ReadBatch> &ranges)
{
    QList<ReadBatch> out;
    for (ReadBatch b : ranges) {
        auto scan = scanReads(db, b.table, b.from, b.to);
        if (!scan)
            return scan.error();
        b.count = scan->count;
        b.minAtMs = scan->minAt;
        b.maxAtMs = scan->maxAt;
        b.digest = scan->digest;
        out.append(b);
    }
    return out;
}

Result<qint64> RowDigest::verifyReads(const QSqlDatabase &db, const QList<ReadBatch> &batches, qint64 retentionCutoffMs)
{
    QSet<QString> tables;
    {
        QSqlQuery t(db);
        if (t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'reads_[0-9][0-9][0-9][0-9][0-9][0-9]'")))
            while (t.next())
                tables.insert(t.value(0).toString());
    }
    QHash<QString, qint64> vouched; // rows per table inside audited batches
    qint64 checked = 0;
    for (const ReadBatch &b : batches) {
        const bool whole = b.minAtMs >= retentionCutoffMs;
        if (!tables.contains(b.table)) {
            if (whole)
                return Error::integrity(QStringLiteral("the reads of %1 %2-%3 were deleted outside Kestrel (their month is gone)")
                                            .arg(b.table).arg(b.from).arg(b.to));
            continue;
        }
        auto scan = scanReads(db, b.table, b.from, b.to);
        if (!scan)
            return scan.error();
        vouched[b.table] += scan->count;
        if (whole && scan->count < b.count)
            return Error::integrity(QStringLiteral("%1 reads of %2 %3-%4 were deleted outside Kestrel")
                                        .arg(b.count - scan->count).arg(b.table).arg(b.from).arg(b.to));
        if (scan->count > b.count)
            return Error::integrity(QStringLiteral("%1 holds reads among ids %2-%3 that no audited batch stored")
                                        .arg(b.table).arg(b.from).arg(b.to));
        if (whole && scan->digest != b.digest)
            return Error::integrity(QStringLiteral("a read of %1 %2-%3 was changed outside Kestrel").arg(b.table).arg(b.from).arg(b.to));
        if (!whole && scan->count > 0 && scan->minAt < b.minAtMs)
            return Error::integrity(QStringLiteral("a read of %1 %2-%3 was changed outside Kestrel (its time)").arg(b.table).arg(b.from).arg(b.to));
        checked += scan->count;
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !c.next())
            return Error::io(QStringLiteral("cannot count %1").arg(table));
        if (c.value(0).toLongLong() > vouched.value(table))
            return Error::integrity(QStringLiteral("%1 holds %2 read(s) that no audited batch stored: inserted outside Kestrel")
                                        .arg(table)
                                        .arg(c.value(0).toLongLong() - vouched.value(table)));
    }
    return checked;
}

} // namespace Kestrel
