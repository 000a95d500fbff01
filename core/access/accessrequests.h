// Access requests in the store: an investigator asks, another supervisor decides, approvals lapse.
#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "domain/accessrequest.h"

#include <QList>
#include <optional>

namespace Kestrel {

class AuditLog;
class Store;

class AccessRequests
{
public:
    // Requests and decisions, refused or not, are appended to the audit log.
    AccessRequests(Store &store, AuditLog &audit, AccessPolicy policy)
        : m_store(store), m_audit(audit), m_policy(std::move(policy))
    {
    }

    // Checks the request with the policy (Kind::Refused when not allowed), stores it as pending.
    Result<AccessRequest> create(const User &requester, AccessRequest request, qint64 nowMs);
    Result<AccessRequest> decide(const User &supervisor, qint64 id, bool approve, const QString &reason, qint64 nowMs);

    std::optional<AccessRequest> find(qint64 id, qint64 nowMs) const;
    QList<AccessRequest> forRequester(const QString &name, qint64 nowMs) const;
    QList<AccessRequest> pending(qint64 nowMs) const;
    QList<AccessRequest> all(qint64 nowMs) const;
    // What this person may list (Action::ListAccessRequests): supervisors and auditors every
    // request, others their own; audited.
    Result<QList<AccessRequest>> list(const User &by, bool pendingOnly, qint64 nowMs);

private:
    QList<AccessRequest> query(const QString &where, const QVariantList &binds, qint64 nowMs) const;
    Store &m_store;
    AuditLog &m_audit;
    AccessPolicy m_policy;
};

} // namespace Kestrel
