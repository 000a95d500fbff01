#include "access/accessrequests.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QSqlError>
#include <QSqlQuery>

namespace Kestrel {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

Result<AccessRequest> AccessRequests::create(const User &requester, AccessRequest r, qint64 nowMs)
{
    r.requester = requester.name;
    r.requestedAtMs = nowMs;
    const AccessDecision d = m_policy.mayRequest(requester, r);
    QJsonObject details{{QStringLiteral("reference"), r.caseReference},
                        {QStringLiteral("purpose"), purposeName(r.purpose)},
                        {QStringLiteral("tier"), tierName(r.tier)},
                        {QStringLiteral("vrms"), QJsonArray::fromStringList(r.scopeVrms)},
                        {QStringLiteral("from"), r.scopeFromMs},
                        {QStringLiteral("to"), r.scopeToMs}};
    if (!d.allowed) {
        details.insert(QStringLiteral("refused"), d.reason);
        auto logged = m_audit.append(requester.name, QStringLiteral("access-request"), details);
        if (!logged)
            return logged.error();
        return Error::refused(d.reason);
    }
    r.state = RequestState::Pending;
    r.requestedAtMs = nowMs;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO access_requests (requester, case_reference, purpose, justification,"
                             " scope_vrms, scope_from, scope_to, tier, state, requested_at)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(r.requester);
    q.addBindValue(r.caseReference.trimmed());
    q.addBindValue(int(r.purpose));
    q.addBindValue(r.justification.trimmed());
    q.addBindValue(r.scopeVrms.join(QLatin1Char(',')));
    q.addBindValue(r.scopeFromMs);
    q.addBindValue(r.scopeToMs);
    q.addBindValue(int(r.tier));
    q.addBindValue(int(r.state));
    q.addBindValue(r.requestedAtMs);
    if (!q.exec())
        return Error::io(QStringLiteral("cannot store the request: ") + q.lastError().text(), m_store.path());
    r.id = q.lastInsertId().toLongLong();
    details.insert(QStringLiteral("request"), r.id);
    auto audited = m_audit.append(requester.name, QStringLiteral("access-request"), details,
                                  {{QStringLiteral("access_requests"), r.id}});
    if (!audited)
        return audited.error();
    return r;
}

Result<AccessRequest> AccessRequests::decide(const User &supervisor, qint64 id, bool approve, const QString &reason,
                                             qint64 nowMs)
{
    std::optional<AccessRequest> r = find(id, nowMs);
    if (!r)
        return Error::badInput(QStringLiteral("no access request %1").arg(id), {}, 0, QStringLiteral("id"));
    const AccessDecision d = m_policy.mayDecide(supervisor, *r, nowMs);
    const QString action = approve ? QStringLiteral("access-approve") : QStringLiteral("access-decline");
    if (!d.allowed) {
        auto logged = m_audit.append(supervisor.name, action,
                                     {{QStringLiteral("request"), id}, {QStringLiteral("reference"), r->caseReference},
                                      {QStringLiteral("refused"), d.reason}});
        if (!logged)
            return logged.error();
        return Error::refused(d.reason);
    }
    if (reason.trimmed().isEmpty()) {
        auto logged = m_audit.append(supervisor.name, action,
                                     {{QStringLiteral("request"), id}, {QStringLiteral("reference"), r->caseReference},
                                      {QStringLiteral("refused"), QStringLiteral("no reason given")}});
        if (!logged)
            return logged.error();
        return Error::badInput(QStringLiteral("a decision needs a reason"), {}, 0, QStringLiteral("reason"));
    }
    r->state = approve ? RequestState::Approved : RequestState::Declined;
    r->decidedBy = supervisor.name;
    r->decidedAtMs = nowMs;
    r->decisionReason = reason.trimmed();
    r->expiresAtMs = approve ? nowMs + m_policy.settings().approvalValidDays * kDayMs : 0;
    QSqlQuery q(m_store.database());
    // Guarded on the pending state so two supervisors deciding at once cannot both win.
    q.prepare(QStringLiteral("UPDATE access_requests SET state = ?, decided_by = ?, decided_at = ?,"
                             " decision_reason = ?, expires_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(int(r->state));
    q.addBindValue(r->decidedBy);
    q.addBindValue(r->decidedAtMs);
    q.addBindValue(r->decisionReason);
    q.addBindValue(r->expiresAtMs);
    q.addBindValue(id);
    q.addBindValue(int(RequestState::Pending));
    if (!q.exec())
        return Error::io(QStringLiteral("cannot record the decision: ") + q.lastError().text(), m_store.path());
    if (q.numRowsAffected() != 1)
        return Error::refused(QStringLiteral("request %1 was decided meanwhile").arg(id));
    auto audited = m_audit.append(supervisor.name, action,
                                  {{QStringLiteral("request"), id}, {QStringLiteral("reference"), r->caseReference},
                                   {QStringLiteral("reason"), r->decisionReason},
                                   {QStringLiteral("requester"), r->requester}, {QStringLiteral("expires"), r->expiresAtMs}},
                                  {{QStringLiteral("access_requests"), id}});
    if (!audited)
        return audited.error();
    return *r;
}

Result<QList<AccessRequest>> AccessRequests::list(const User &by, bool pendingOnly, qint64 nowMs)
{
    QJsonObject details{{QStringLiteral("pending_only"), pendingOnly}};
    if (auto allowed = Permissions::require(by, Action::ListAccessRequests); !allowed) {
        details.insert(QStringLiteral("refused"), allowed.error().message);
        auto logged = m_audit.append(by.name, QStringLiteral("access-list"), details);
        if (!logged)
            return logged.error();
        return allowed.error();
    }
    const bool everyone = Permissions::allows(by, Action::DecideAccess) || Permissions::allows(by, Action::ViewAudit);
    QList<AccessRequest> out = everyone ? all(nowMs) : forRequester(by.name, nowMs);
    if (pendingOnly)
        out.erase(std::remove_if(out.begin(), out.end(), [](const AccessRequest &r) { return r.state != RequestState::Pending; }),
                  out.end());
    details.insert(QStringLiteral("everyone"), everyone);
    details.insert(QStringLiteral("shown"), int(out.size()));
    auto logged = m_audit.append(by.name, QStringLiteral("access-list"), details);
    if (!logged)
        return logged.error();
    return out;
}

QList<AccessRequest> AccessRequests::query(const QString &where, const QVariantList &binds, qint64 nowMs) const
{
    QList<AccessRequest> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, requester, case_reference, purpose, justification, scope_vrms, scope_from,"
                             " scope_to, tier, state, requested_at, decided_by, decided_at, decision_reason, expires_at"
                             " FROM access_requests ") + where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    while (q.next()) {
        AccessRequest r;
        r.id = q.value(0).toLongLong();
        r.requester = q.value(1).toString();
        r.caseReference = q.value(2).toString();
        r.purpose = AccessPurpose(std::clamp(q.value(3).toInt(), 0, 3));
        r.justification = q.value(4).toString();
        r.scopeVrms = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.scopeFromMs = q.value(6).toLongLong();
        r.scopeToMs = q.value(7).toLongLong();
        r.tier = AccessTier(std::clamp(q.value(8).toInt(), 0, 2));
        r.state = RequestState(std::clamp(q.value(9).toInt(), 0, 3));
        r.requestedAtMs = q.value(10).toLongLong();
        r.decidedBy = q.value(11).toString();
        r.decidedAtMs = q.value(12).toLongLong();
        r.decisionReason = q.value(13).toString();
        r.expiresAtMs = q.value(14).toLongLong();
        // An approval lapses by time alone; nothing needs to rewrite the row for that.
        if (r.state == RequestState::Approved && r.expiresAtMs > 0 && nowMs >= r.expiresAtMs)
            r.state = RequestState::Expired;
        out.append(r);
    }
    return out;
}

std::optional<AccessRequest> AccessRequests::find(qint64 id, qint64 nowMs) const
{
    const QList<AccessRequest> r = query(QStringLiteral("WHERE id = ?"), {id}, nowMs);
    if (r.isEmpty())
        return std::nullopt;
    return r.first();
}

QList<AccessRequest> AccessRequests::forRequester(const QString &name, qint64 nowMs) const
{
    return query(QStringLiteral("WHERE requester = ?"), {name}, nowMs);
}

QList<AccessRequest> AccessRequests::pending(qint64 nowMs) const
{
    return query(QStringLiteral("WHERE state = ?"), {int(RequestState::Pending)}, nowMs);
}

QList<AccessRequest> AccessRequests::all(qint64 nowMs) const
{
    return query(QString(), {}, nowMs);
}

} // namespace Kestrel
