#include "audit/auditlog.h"

#include "audit/auditkey.h"
#include "store/store.h"

#include <limits>
#include <optional>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kestrel {

namespace {

const QByteArray kGenesis(64, '0');

// Columns: id, at, user_name, action, details, prev_hash, hash.
AuditEvent eventFromQuery(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    e.prevHash = q.value(5).toString().toLatin1();
    e.hash = q.value(6).toString().toLatin1();
    return e;
}

} // namespace

QByteArray AuditLog::keyedMessage(qint64 id, const QByteArray &prevHash, qint64 atMs, const QByteArray &user,
                                  const QByteArray &action, const QByteArray &details)
{
    // The bytes as stored, never a re-serialisation: JSON written by another version with its
    // keys in another order must still verify, and an edit of a single byte must not.
    return "kestrel-audit/1\x1f" + QByteArray::number(id) + '\x1f' + prevHash + '\x1f' + QByteArray::number(atMs) +
           '\x1f' + user + '\x1f' + action + '\x1f' + details;
}

QByteArray AuditLog::hashOf(const AuditEvent &e)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" != "a"+"bc").
    QByteArray data = e.prevHash;
    data += '\x1f' + QByteArray::number(e.atMs) + '\x1f' + e.user.toUtf8() + '\x1f' +
            e.action.toUtf8() + '\x1f' + QJsonDocument(e.details).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Result<AuditEvent> AuditLog::append(const QString &user, const QString &action, const QJsonObject &details,
                                    const QList<RowRef> &rows)
{
    QSqlDatabase db = m_store.database();
    // Schema 7 keys every entry with the store's key, kept outside the database: no key here,
    // no entry, and so (for every act that needs one) no act.
    std::optional<AuditKey> key;
    if (m_store.schemaVersion() >= 7) {
        auto loaded = m_store.auditKey();
        if (!loaded)
            return Error{loaded.error().kind, QStringLiteral("audit: ") + loaded.error().message, loaded.error().file, 0, {}};
        key = loaded.value();
    }
    // Read the last hash and append within one immediate transaction: two writers (the GUI and
    // a CLI on the same store) neither chain onto the same predecessor nor refuse each other.
    // A caller's own (immediate) transaction serves as well: its act and this entry are one.
    const bool own = !m_store.inTransaction();
    if (own) {
        auto begun = m_store.beginWrite();
        if (!begun)
            return Error::io(QStringLiteral("audit: ") + begun.error().message);
    }
    auto rollback = [&] {
        if (own)
            db.rollback();
    };
    QSqlQuery q(db);
    AuditEvent e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.user = user;
    e.action = action;
    e.details = details;
    if (!rows.isEmpty()) {
        auto described = RowDigest::describe(db, rows);
        if (!described) {
            rollback();
            return Error::io(QStringLiteral("audit: ") + described.error().message);
        }
        e.details.insert(QStringLiteral("rows"), *described);
    }
    e.prevHash = kGenesis;
    e.id = 1;
    if (q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString().toLatin1();
    }
    const QByteArray text = QJsonDocument(e.details).toJson(QJsonDocument::Compact);
    e.hash = key && e.id >= key->fromEntry()
                 ? key->mac(keyedMessage(e.id, e.prevHash, e.atMs, e.user.toUtf8(), e.action.toUtf8(), text))
                 : hashOf(e);
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, details, prev_hash, hash)"
                             " VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.atMs);
    q.addBindValue(e.user);
    q.addBindValue(e.action);
    q.addBindValue(QString::fromUtf8(text));
    q.addBindValue(QString::fromLatin1(e.prevHash));
    q.addBindValue(QString::fromLatin1(e.hash));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        rollback();
        return Error::io(QStringLiteral("audit: cannot append: ") + why);
    }
    // The head, in the same transaction: a trail cut at its end is still a valid chain, but no
    // longer ends where its head says.
    if (m_store.schemaVersion() >= 6) {
        q.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, entries = entries + 1 WHERE one = 1"));
        q.addBindValue(e.id);
        q.addBindValue(QString::fromLatin1(e.hash));
        if (!q.exec() || q.numRowsAffected() != 1) {
            const QString why = q.lastError().text();
            rollback();
            return Error::integrity(QStringLiteral("audit: the trail's head is missing; run kestrel-cli audit verify%1")
                                        .arg(why.isEmpty() ? QString() : QLatin1String(" (") + why + QLatin1Char(')')));
        }
    }
    if (own && !db.commit()) {
        const QString why = db.lastError().text();
        rollback();
        return Error::io(QStringLiteral("audit: cannot commit: ") + why);
    }
    return e;
}

QString AuditLog::Anchor::toString() const
{
    return QStringLiteral("%1:%2").arg(id).arg(QString::fromLatin1(hash));
}

bool AuditLog::Anchor::parse(const QString &text, Anchor *out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = parts.value(0).toLongLong(&ok);
    const QByteArray hash = parts.value(1).toLatin1().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (parts.size() != 2 || !ok || id <= 0 || !hex.match(QString::fromLatin1(hash)).hasMatch())
        return false;
    *out = {id, hash};
    return true;
}

Result<AuditLog::Anchor> AuditLog::head() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Error::io(QStringLiteral("audit: cannot read the log: ") + q.lastError().text());
    if (!q.next())
        return Anchor{};
    return Anchor{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

Result<qint64> AuditLog::verify(const QList<Anchor> &anchors) const
{
    std::optional<AuditKey> key;
    if (m_store.schemaVersion() >= 7) {
        auto loaded = m_store.auditKey();
        if (!loaded)
            return loaded.error();
        key = loaded.value();
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // The stored bytes of each text, as the keyed hash was taken over them.
    if (!q.exec(QStringLiteral("SELECT id, at, user_name, action, details, prev_hash, hash, CAST(user_name AS BLOB),"
                               " CAST(action AS BLOB), CAST(details AS BLOB) FROM audit_log ORDER BY id")))
        return Error::io(QStringLiteral("audit: cannot read the log: ") + q.lastError().text());
    QByteArray expectedPrev = kGenesis;
    qint64 count = 0;
    qint64 lastId = 0;
    QHash<QString, QByteArray> lastDigest; // table + key -> the digest last audited for the row
    QList<RowDigest::Range> bulk;
    QList<RowDigest::ReadBatch> readBatches;
    qint64 retentionCutoff = std::numeric_limits<qint64>::min();
    while (q.next()) {
        const AuditEvent e = eventFromQuery(q);
        for (const QJsonValue &row : e.details.value(QLatin1String("rows")).toArray())
            lastDigest.insert(RowDigest::mapKey(row[QLatin1String("t")].toString(), row[QLatin1String("k")].toString()),
                              row[QLatin1String("d")].toString().toLatin1());
        for (const QJsonValue &b : e.details.value(QLatin1String("batches")).toArray())
            readBatches.append(RowDigest::ReadBatch::fromJson(b.toObject()));
        if (e.action == QLatin1String("retention") && e.details.contains(QLatin1String("read_cutoff")))
            retentionCutoff = std::max(retentionCutoff, e.details.value(QLatin1String("read_cutoff")).toInteger());
        if (const QJsonObject range = e.details.value(QLatin1String("bulk_rows")).toObject(); !range.isEmpty())
            bulk.append({range.value(QLatin1String("from")).toInteger(), range.value(QLatin1String("to")).toInteger()});
        // Entries are numbered 1, 2, 3... without gaps (nothing is ever deleted, and a failed
        // append rolls its number back): a gap is a renumbered or removed entry.
        if (e.id != lastId + 1)
            return Error::integrity(lastId == 0 ? QStringLiteral("audit entry %1 is the first in the trail, not entry 1 "
                                                                 "(entries were removed from its start or renumbered)").arg(e.id)
                                                : QStringLiteral("audit entry %1 follows entry %2 (entries were removed "
                                                                 "or renumbered)").arg(e.id).arg(lastId));
        if (e.prevHash != expectedPrev)
            return Error::integrity(QStringLiteral("audit entry %1 does not follow the entry before it "
                                                   "(an entry was deleted or inserted)").arg(e.id));
        const bool keyed = key && e.id >= key->fromEntry();
        const QByteArray expected = keyed ? key->mac(keyedMessage(e.id, e.prevHash, e.atMs, q.value(7).toByteArray(),
                                                                  q.value(8).toByteArray(), q.value(9).toByteArray()))
                                          : hashOf(e);
        if (expected != e.hash)
            return Error::integrity(keyed ? QStringLiteral("audit entry %1 was altered after it was written, or written "
                                                           "without the store's audit key").arg(e.id)
                                          : QStringLiteral("audit entry %1 was altered after it was written").arg(e.id));
        for (const Anchor &a : anchors)
            if (a.id == e.id && a.hash != e.hash)
                return Error::integrity(QStringLiteral("audit entry %1 is not the entry anchored as %2")
                                            .arg(e.id)
                                            .arg(a.toString()));
        expectedPrev = e.hash;
        lastId = e.id;
        ++count;
    }
    if (m_store.schemaVersion() >= 6) {
        QSqlQuery h(m_store.database());
        if (!h.exec(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE one = 1")))
            return Error::io(QStringLiteral("audit: cannot read the trail's head: ") + h.lastError().text());
        if (!h.next())
            return Error::integrity(QStringLiteral("the audit trail's head was deleted (it records where the trail ends)"));
        const qint64 headId = h.value(0).toLongLong();
        const QByteArray headHash = h.value(1).toString().toLatin1();
        const qint64 headEntries = h.value(2).toLongLong();
        if (headId > lastId)
            return Error::integrity(QStringLiteral("the audit trail ends at entry %1 but its head records entry %2: "
                                                   "entries were removed from its end")
                                        .arg(lastId)
                                        .arg(headId));
        if (headId != lastId || headHash != expectedPrev || headEntries != count)
            return Error::integrity(QStringLiteral("audit entry %1 is not the trail's recorded head (entry %2 of %3 entries): "
                                                   "entries were added or changed outside Kestrel")
                                        .arg(lastId)
                                        .arg(headId)
                                        .arg(headEntries));
    }
    for (const Anchor &a : anchors)
        if (a.id > lastId)
            return Error::integrity(QStringLiteral("the audit trail ends at entry %1 but entry %2 was anchored: "
                                                   "entries were removed from its end")
                                        .arg(lastId)
                                        .arg(a.id));
    // A keyed store is made with entries (its administrator's): the key says where keying began,
    // and a trail that ends before it was emptied, head and all.
    if (key && lastId < key->fromEntry() - 1)
        return Error::integrity(QStringLiteral("the audit trail ends at entry %1 but the store's key was made after entry %2: "
                                               "entries were removed")
                                    .arg(lastId)
                                    .arg(key->fromEntry() - 1));
    if (count == 0) {
        // Nothing happens in a store without an entry (init records its administrator): an
        // empty trail beside accounts or reads was emptied.
        QSqlQuery d(m_store.database());
        if (d.exec(QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM reads)")) && d.next() &&
            d.value(0).toLongLong() > 0)
            return Error::integrity(QStringLiteral("the audit trail is empty but the store holds accounts or reads: "
                                                   "the trail was emptied"));
    }
    // Only a keyed trail vouches for rows: an older one could be rewritten at will.
    if (key) {
        auto rows = RowDigest::verify(m_store.database(), lastDigest, bulk);
        if (!rows)
            return rows.error();
        auto reads = RowDigest::verifyReads(m_store.database(), readBatches, retentionCutoff);
        if (!reads)
            return reads.error();
    }
    return count;
}

QList<AuditEvent> AuditLog::recent(int limit) const
{
    QList<AuditEvent> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, details, prev_hash, hash FROM audit_log"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        out.append(eventFromQuery(q));
    }
    return out;
}

} // namespace Kestrel
