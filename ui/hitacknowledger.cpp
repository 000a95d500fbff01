#include "hitacknowledger.h"

#include <QSqlError>

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
    m_pending.insert(hit.uid);
    // The time recorded is when the operator acknowledged, not when the store caught up.
    attempt({hit, outcome, note, via, QDateTime::currentMSecsSinceEpoch(), 1});
}

void HitAcknowledger::giveUp(const Attempt &a, const QString &message)
{
    // Nothing was recorded (the acknowledgement and its entry commit together); the trail says
    // that one was tried.
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
    // The acknowledgement and its audit entry (with the hit's digest as acknowledged) commit
    // together or not at all: no outcome that the trail does not show.
    Result<void> done = m_store->beginWrite();
    if (done)
        done = m_store->acknowledgeHit(a.hit.uid, m_userName, a.outcome, a.note, a.atMs);
    if (done) {
        auto audited = AuditLog(*m_store).append(m_userName, QStringLiteral("hit-acknowledge"),
                                                 {{QStringLiteral("hit"), a.hit.uid.toString(QUuid::WithoutBraces)},
                                                  {QStringLiteral("vrm"), a.hit.read.vrm},
                                                  {QStringLiteral("priority"), priorityName(a.hit.entry.priority)},
                                                  {QStringLiteral("outcome"), hitOutcomeName(a.outcome)},
                                                  {QStringLiteral("via"), a.via}},
                                                 {{QStringLiteral("hits"), a.hit.uid.toString(QUuid::WithoutBraces)}});
        if (!audited)
            done = Error::io(tr("the audit trail could not be written, so the hit is not acknowledged (%1)")
                                 .arg(audited.error().toString()));
        else if (!m_store->database().commit())
            done = Error::io(m_store->database().lastError().text(), m_store->path());
    }
    if (!done) {
        if (m_store->inTransaction())
            m_store->database().rollback();
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
