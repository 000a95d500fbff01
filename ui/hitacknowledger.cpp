#include "hitacknowledger.h"

#include "audit/auditlog.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

namespace Kestrel {

HitAcknowledger::HitAcknowledger(Store *store, const QString &userName, QObject *parent)
    : QObject(parent), m_store(store), m_userName(userName)
{
}

void HitAcknowledger::setRetry(int intervalMs, int attempts)
{
    m_intervalMs = qMax(1, intervalMs);
    m_attempts = qMax(1, attempts);
}

void HitAcknowledger::acknowledge(const Hit &hit, HitOutcome outcome, const QString &note, const QString &via)
{
    if (m_pending.contains(hit.uid))
        return; // a second click while the first is still being recorded
    if (!m_store) {
        Q_EMIT failed(hit, tr("No evidence store is open."));
        return;
    }
    // The trail says who acknowledged before the store says it was: an acknowledgement that
    // could not be audited is not recorded at all, and the operator is told why.
    auto audited = AuditLog(*m_store).append(m_userName, QStringLiteral("hit-acknowledge"),
                                             {{QStringLiteral("hit"), hit.uid.toString(QUuid::WithoutBraces)},
                                              {QStringLiteral("vrm"), hit.read.vrm},
                                              {QStringLiteral("priority"), priorityName(hit.entry.priority)},
                                              {QStringLiteral("outcome"), hitOutcomeName(outcome)},
                                              {QStringLiteral("via"), via}});
    if (!audited) {
        Q_EMIT failed(hit, tr("the audit trail could not be written, so the hit is not acknowledged (%1)")
                               .arg(audited.error().toString()));
        return;
    }
    m_pending.insert(hit.uid);
    // The time recorded is when the operator acknowledged, not when the store caught up.
    attempt({hit, outcome, note, via, QDateTime::currentMSecsSinceEpoch(), 1});
}

void HitAcknowledger::giveUp(const Attempt &a, const QString &message)
{
    // The trail already holds the acknowledgement; it must also say that it did not happen.
    auto noted = AuditLog(*m_store).append(m_userName, QStringLiteral("hit-acknowledge-failed"),
                                           {{QStringLiteral("hit"), a.hit.uid.toString(QUuid::WithoutBraces)},
                                            {QStringLiteral("via"), a.via},
                                            {QStringLiteral("error"), message}});
    if (!noted)
        qWarning("hit %s: the failed acknowledgement could not be audited: %s",
                 qUtf8Printable(a.hit.uid.toString(QUuid::WithoutBraces)), qUtf8Printable(noted.error().toString()));
    m_pending.remove(a.hit.uid);
    Q_EMIT failed(a.hit, message);
}

void HitAcknowledger::attempt(Attempt a)
{
    if (!m_store) {
        m_pending.remove(a.hit.uid);
        Q_EMIT failed(a.hit, tr("No evidence store is open."));
        return;
    }
    if (a.tries == m_attempts && m_flush)
        m_flush();
    auto done = m_store->acknowledgeHit(a.hit.uid, m_userName, a.outcome, a.note, a.atMs);
    if (!done) {
        // BadInput means "no such unacknowledged hit": usually not committed yet, so wait for the
        // writer. Anything else (disk, SQL) will not get better by waiting.
        if (done.error().kind == Error::Kind::BadInput && a.tries < m_attempts) {
            ++a.tries;
            QTimer::singleShot(m_intervalMs, this, [this, a] { attempt(a); });
            return;
        }
        giveUp(a, done.error().toString());
        return;
    }
    m_pending.remove(a.hit.uid);
    Q_EMIT acknowledged(a.hit, a.outcome, a.atMs);
}

} // namespace Kestrel
