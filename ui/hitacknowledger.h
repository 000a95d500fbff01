// Records an operator's acknowledgement of a hit in the audit trail, then the store, retrying
// while the engine's store writer has not committed the hit yet (it batches for ~200 ms).
#pragma once

#include "domain/hit.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace Kestrel {

class Store;

class HitAcknowledger : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRetryIntervalMs = 150;
    static constexpr int kDefaultAttempts = 20; // about 3 s before giving up

    // store must outlive the acknowledger.
    HitAcknowledger(Store *store, const QString &userName, QObject *parent = nullptr);

    void setRetry(int intervalMs, int attempts);
    // Called (on this thread) once before the last attempt, e.g. Engine::flush.
    void setFlush(std::function<void()> flush) { m_flush = std::move(flush); }

    // Starts recording; exactly one of acknowledged() or failed() follows, possibly at once.
    // `via` names the screen ("alert", "hits-panel") for the audit trail.
    void acknowledge(const Hit &hit, HitOutcome outcome, const QString &note, const QString &via);
    bool isPending(const QUuid &hit) const { return m_pending.contains(hit); }

Q_SIGNALS:
    void acknowledged(const Kestrel::Hit &hit, Kestrel::HitOutcome outcome, qint64 atMs);
    void failed(const Kestrel::Hit &hit, const QString &message);

private:
    struct Attempt
    {
        Hit hit;
        HitOutcome outcome;
        QString note;
        QString via;
        qint64 atMs;
        int tries;
    };
    void attempt(Attempt a);
    void giveUp(const Attempt &a, const QString &message);

    Store *m_store;
    QString m_userName;
    std::function<void()> m_flush;
    int m_intervalMs = kDefaultRetryIntervalMs;
    int m_attempts = kDefaultAttempts;
    QSet<QUuid> m_pending;
};

} // namespace Kestrel
