// The append-only audit trail: each entry carries the hash of the one before it.
#pragma once

#include "common/result.h"
#include "domain/auditevent.h"

#include <QList>

namespace Kestrel {

class Store;

class AuditLog
{
public:
    explicit AuditLog(Store &store) : m_store(store) {}

    Result<AuditEvent> append(const QString &user, const QString &action,
                              const QJsonObject &details = {});
    // Walks the chain: ok, or Kind::Integrity naming the first entry that does not fit.
    Result<qint64> verify() const; // number of entries checked
    QList<AuditEvent> recent(int limit) const;

    static QByteArray hashOf(const AuditEvent &event);

private:
    Store &m_store;
};

} // namespace Kestrel
