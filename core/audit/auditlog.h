// The append-only audit trail: each entry carries the hash of the one before it.
#pragma once

#include "common/result.h"
#include "audit/rowdigest.h"
#include "domain/auditevent.h"

#include <QList>

namespace Kestrel {

class Store;

class AuditLog
{
public:
    explicit AuditLog(Store &store) : m_store(store) {}

    // rows: the rows this act changed, recorded with their digest as they stand when the entry
    // is written ("rows": [{t, k, d}]); audit verify compares every such row with it. Inside a
    // transaction the caller opened, the entry joins it (act and record commit together).
    Result<AuditEvent> append(const QString &user, const QString &action, const QJsonObject &details = {},
                              const QList<RowRef> &rows = {});
    // A point of the chain recorded outside the database ("ID:HASH"): the chain alone cannot
    // show that entries were cut from its end, an anchor kept elsewhere can.
    struct Anchor
    {
        qint64 id = 0;
        QByteArray hash; // hex
        QString toString() const;
        static bool parse(const QString &text, Anchor *out);
    };
    Result<Anchor> head() const; // the last entry; id 0 when the log is empty

    // Walks the chain: ok, or Kind::Integrity naming the first entry that does not fit, or the
    // first anchor the chain no longer holds.
    Result<qint64> verify(const QList<Anchor> &anchors = {}) const; // number of entries checked
    QList<AuditEvent> recent(int limit) const;

    // Entries before the store's key (schema 6 and older): SHA-256 over a re-serialisation.
    static QByteArray hashOf(const AuditEvent &event);
    // What a keyed entry's MAC is taken over: its id, predecessor, time and stored bytes.
    static QByteArray keyedMessage(qint64 id, const QByteArray &prevHash, qint64 atMs, const QByteArray &user,
                                   const QByteArray &action, const QByteArray &details);

private:
    Store &m_store;
};

} // namespace Kestrel
