// Historic search over stored reads, filtered by the access policy: exact and wildcard plates,
// time windows, cameras, and convoy analysis (vehicles travelling with a target).
#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "domain/read.h"
#include "domain/user.h"

#include <QList>
#include <QStringList>

namespace Kestrel {

class AuditLog;
class Store;

struct SearchQuery
{
    QString plate;       // exact VRM or pattern: '?' one character, '*' any run
    qint64 fromMs = 0;   // 0: unbounded
    qint64 toMs = 0;     // 0: unbounded
    QStringList cameras; // empty: all
    int limit = 1000;
};

// What a user may see, said the same way whatever the store holds: a refusal that counted the
// reads it kept back would tell an operator, one second at a time, when and where a vehicle was
// seen 800 days ago.
struct SearchReach
{
    qint64 visibleFromMs = 0; // the oldest capture time this user may see for this purpose and case
    bool limited = false;     // the query reaches before it: older reads are not shown, if any exist
    bool outside = false;     // the query's window lies wholly before it
    QString howToAsk;         // what to do to see older reads
};

struct SearchResult
{
    QList<Read> reads;   // newest first, only what the user may see
    SearchReach reach;
    bool truncated = false;
};

struct ConvoyVehicle
{
    QString vrm;
    int coOccurrences = 0; // target passes it accompanied
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QString usualCamera;   // where it is most often seen with the target
};

struct ConvoyResult
{
    int targetReads = 0;
    QList<ConvoyVehicle> vehicles; // most co-occurrences first, only what the user may see
    SearchReach reach;
};

class ReadSearch
{
public:
    // Every search and convoy query, refused or not, is appended to the audit log.
    ReadSearch(Store &store, AuditLog &audit, AccessPolicy policy)
        : m_store(store), m_audit(audit), m_policy(std::move(policy))
    {
    }

    // Upper-cases, drops spaces, folds repeated '*'; refuses anything but A-Z 0-9 ? * and names
    // the offending character.
    static Result<QString> normalisePattern(const QString &input);
    static bool isPattern(const QString &normalised);

    Result<SearchResult> search(const User &user, AccessPurpose purpose, const QString &caseReference,
                                const SearchQuery &query, const QList<AccessRequest> &requests, qint64 nowMs) const;

    Result<ConvoyResult> convoy(const User &user, AccessPurpose purpose, const QString &caseReference,
                                const QString &targetVrm, int windowSeconds, int minCount, qint64 fromMs,
                                qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const;

private:
    SearchReach reach(const User &user, AccessPurpose purpose, const QString &caseReference, const QString &pattern,
                      qint64 fromMs, qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const;
    Result<SearchResult> run(const User &user, AccessPurpose purpose, const QString &caseReference,
                             const SearchQuery &query, const QList<AccessRequest> &requests, qint64 nowMs) const;
    Result<ConvoyResult> runConvoy(const User &user, AccessPurpose purpose, const QString &caseReference,
                                   const QString &targetVrm, int windowSeconds, int minCount, qint64 fromMs,
                                   qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const;

    Store &m_store;
    AuditLog &m_audit;
    AccessPolicy m_policy;
};

} // namespace Kestrel
