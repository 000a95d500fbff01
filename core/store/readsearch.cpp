#include "store/readsearch.h"

#include "audit/auditlog.h"
#include "hotlist/hotlistmatcher.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Kestrel {

Result<QString> ReadSearch::normalisePattern(const QString &input)
{
    QString out;
    for (QChar c : input) {
        if (c.isSpace())
            continue;
        c = c.toUpper();
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'?' || u == u'*';
        if (!ok)
            return Error::badInput(QStringLiteral("'%1' is not allowed in a plate pattern: use letters, digits, "
                                                  "? for one character and * for any run").arg(c),
                                   {}, 0, QStringLiteral("plate"));
        if (u == u'*' && out.endsWith(QLatin1Char('*')))
            continue;
        out.append(c);
    }
    if (out.isEmpty())
        return Error::badInput(QStringLiteral("the plate pattern is empty"), {}, 0, QStringLiteral("plate"));
    if (out.size() > 12)
        return Error::badInput(QStringLiteral("the plate pattern is longer than any plate"), {}, 0, QStringLiteral("plate"));
    return out;
}

bool ReadSearch::isPattern(const QString &p)
{
    return p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?'));
}

namespace {

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Result<SearchResult> ReadSearch::search(const User &user, AccessPurpose purpose, const QString &caseReference,
                                        const SearchQuery &query, const QList<AccessRequest> &requests,
                                        qint64 nowMs) const
{
    auto result = run(user, purpose, caseReference, query, requests, nowMs);
    QJsonObject details{{QStringLiteral("plate"), query.plate},
                        {QStringLiteral("from"), iso(query.fromMs)},
                        {QStringLiteral("to"), iso(query.toMs)},
                        {QStringLiteral("cameras"), QJsonArray::fromStringList(query.cameras)},
                        {QStringLiteral("purpose"), purposeName(purpose)},
                        {QStringLiteral("reference"), caseReference}};
    if (result) {
        details.insert(QStringLiteral("results"), int(result->reads.size()));
        details.insert(QStringLiteral("limited"), result->reach.limited);
    } else {
        details.insert(QStringLiteral("refused"), result.error().message);
    }
    auto audited = m_audit.append(user.name, QStringLiteral("search"), details);
    if (!audited)
        return audited.error(); // no trail, no search
    return result;
}

Result<SearchResult> ReadSearch::run(const User &user, AccessPurpose purpose, const QString &caseReference,
                                     const SearchQuery &query, const QList<AccessRequest> &requests,
                                     qint64 nowMs) const
{
    const AccessDecision allowed = m_policy.maySearch(user, purpose, caseReference);
    if (!allowed.allowed)
        return Error::refused(allowed.reason + (allowed.howToAsk.isEmpty() ? QString() : QLatin1String("; ") + allowed.howToAsk));
    auto pattern = normalisePattern(query.plate);
    if (!pattern)
        return pattern.error();
    if (query.fromMs > 0 && query.toMs > 0 && query.fromMs > query.toMs)
        return Error::badInput(QStringLiteral("the time window ends before it starts"), {}, 0, QStringLiteral("to"));
    // A pattern of almost nothing but wildcards matches most of the store: with no window it
    // would read every read kept (at 100 million, minutes), and it is no investigation.
    const qsizetype literals = pattern->size() - pattern->count(QLatin1Char('*')) - pattern->count(QLatin1Char('?'));
    constexpr qint64 kBroadWindowMs = 31LL * 24 * 3600 * 1000;
    if (literals < 2 && (query.fromMs <= 0 || (query.toMs > 0 ? query.toMs : nowMs) - query.fromMs > kBroadWindowMs))
        return Error::badInput(QStringLiteral("'%1' matches almost every plate: give at least two letters or digits, or a "
                                              "time window of at most 31 days")
                                   .arg(*pattern),
                               {}, 0, QStringLiteral("plate"));

    // What may be seen is worked out before the store is asked: a window wholly before it is
    // answered without a query, so that not even the time an answer takes depends on the data.
    SearchResult result;
    result.reach = reach(user, purpose, caseReference, *pattern, query.fromMs, query.toMs, requests, nowMs);
    if (result.reach.outside)
        return result;
    SearchQuery bounded = query;
    // Held reads past retention are seen only under major and counter-terrorism purposes; for any
    // other, nothing before the reach can be shown, so it is not read either.
    if (result.reach.limited && purpose != AccessPurpose::Major && purpose != AccessPurpose::CounterTerrorism)
        bounded.fromMs = std::max(query.fromMs, result.reach.visibleFromMs);
    QString sql = QStringLiteral("SELECT ") + Store::readColumns() + QStringLiteral(" FROM reads r WHERE ");
    QVariantList binds;
    if (isPattern(*pattern)) {
        // GLOB's '*' and '?' are the pattern's own, and normalisePattern let through nothing
        // else GLOB treats specially (only A-Z, 0-9, '?', '*'). Unlike LIKE, which is case-blind
        // here, GLOB can use the VRM index for the literal characters before the first wildcard.
        sql += QStringLiteral("vrm GLOB ?");
        binds << *pattern;
    } else {
        sql += QStringLiteral("vrm = ?");
        binds << *pattern;
    }
    // Which index: SQLite, without statistics, takes the time index whenever there is a time
    // window, reading every read of the window to test its VRM. Two literal leading characters
    // select about 1/500 of all reads through the VRM index, a day of two years 1/730: past two
    // days (or with three literal characters) the VRM index reads far fewer rows, so the time
    // terms are written '+captured_at', which keeps them as filters but off the index (at 30
    // million reads a 7-day "AB*C": 222 ms through the time index, 17 ms through the VRM's).
    // An exact VRM needs no help: the (vrm, captured_at) index serves both terms.
    const qsizetype literal = pattern->indexOf(QRegularExpression(QStringLiteral("[*?]")));
    const qint64 windowMs = (bounded.toMs > 0 ? bounded.toMs : nowMs) - bounded.fromMs;
    const bool byVrm = literal >= 3 || (literal == 2 && (bounded.fromMs <= 0 || windowMs > 2 * 24 * 3600 * 1000LL));
    const QString time = byVrm ? QStringLiteral("+captured_at") : QStringLiteral("captured_at");
    if (bounded.fromMs > 0) {
        sql += QStringLiteral(" AND ") + time + QStringLiteral(" >= ?");
        binds << bounded.fromMs;
    }
    if (bounded.toMs > 0) {
        sql += QStringLiteral(" AND ") + time + QStringLiteral(" <= ?");
        binds << bounded.toMs;
    }
    if (!bounded.cameras.isEmpty()) {
        sql += QStringLiteral(" AND camera_id IN (") + QStringList(bounded.cameras.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QString &c : bounded.cameras)
            binds << c;
    }
    sql += QStringLiteral(" ORDER BY captured_at DESC");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error::io(QStringLiteral("search failed: ") + q.lastError().text(), m_store.path());
    while (q.next()) {
        Read r = Store::readFromQuery(q);
        // Decided per read: the age of each read and the scope of each approval differ.
        // Past retention only a preservation hold keeps a read; it is seen for the held case.
        QStringList holds;
        bool beyond = false;
        m_policy.tierForAge(r.capturedAtMs, nowMs, &beyond);
        if (beyond) {
            QSqlQuery h(m_store.database());
            h.prepare(QStringLiteral("SELECT case_reference FROM holds WHERE read_uid = ? AND released_at IS NULL"));
            h.addBindValue(r.uid.toString(QUuid::WithoutBraces));
            if (h.exec())
                while (h.next())
                    holds << h.value(0).toString();
        }
        // A read the user may not see is passed over without a trace: nothing in the answer
        // depends on it (reach() says what may be seen, from the rights alone).
        if (!m_policy.mayView(user, purpose, caseReference, r.vrm, r.capturedAtMs, requests, nowMs, holds).allowed)
            continue;
        if (result.reads.size() >= bounded.limit) {
            result.truncated = true;
            break;
        }
        result.reads.append(r);
    }
    return result;
}

SearchReach ReadSearch::reach(const User &user, AccessPurpose purpose, const QString &caseReference, const QString &pattern,
                              qint64 fromMs, qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const
{
    SearchReach out;
    out.visibleFromMs = nowMs;
    // The windows that serve this query: open ones, and those scoped to VRMs the exact plate
    // searched is among.
    for (const VisibleWindow &w : m_policy.visibleWindows(user, purpose, caseReference, requests, nowMs)) {
        bool applies = w.vrms.isEmpty();
        for (const QString &scope : w.vrms)
            applies |= !isPattern(pattern) && HotlistMatcher::wildcardMatches(scope, pattern);
        if (applies)
            out.visibleFromMs = std::min(out.visibleFromMs, w.fromMs);
    }
    out.limited = fromMs <= 0 || fromMs < out.visibleFromMs;
    out.outside = toMs > 0 && toMs < out.visibleFromMs;
    if (out.limited)
        out.howToAsk = m_policy.howToSeeOlder(user, purpose, out.visibleFromMs, nowMs);
    return out;
}

Result<ConvoyResult> ReadSearch::convoy(const User &user, AccessPurpose purpose, const QString &caseReference,
                                        const QString &targetVrm, int windowSeconds, int minCount, qint64 fromMs,
                                        qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const
{
    auto result = runConvoy(user, purpose, caseReference, targetVrm, windowSeconds, minCount, fromMs, toMs, requests, nowMs);
    QJsonObject details{{QStringLiteral("plate"), targetVrm},
                        {QStringLiteral("window_s"), windowSeconds},
                        {QStringLiteral("min_count"), minCount},
                        {QStringLiteral("from"), iso(fromMs)},
                        {QStringLiteral("to"), iso(toMs)},
                        {QStringLiteral("purpose"), purposeName(purpose)},
                        {QStringLiteral("reference"), caseReference}};
    if (result) {
        details.insert(QStringLiteral("target_reads"), result->targetReads);
        details.insert(QStringLiteral("results"), int(result->vehicles.size()));
        details.insert(QStringLiteral("limited"), result->reach.limited);
    } else {
        details.insert(QStringLiteral("refused"), result.error().message);
    }
    auto audited = m_audit.append(user.name, QStringLiteral("convoy"), details);
    if (!audited)
        return audited.error(); // no trail, no answer
    return result;
}

Result<ConvoyResult> ReadSearch::runConvoy(const User &user, AccessPurpose purpose, const QString &caseReference,
                                           const QString &targetVrm, int windowSeconds, int minCount, qint64 fromMs,
                                           qint64 toMs, const QList<AccessRequest> &requests, qint64 nowMs) const
{
    if (windowSeconds <= 0 || windowSeconds > 3600)
        return Error::badInput(QStringLiteral("the window must be 1 to 3600 seconds"), {}, 0, QStringLiteral("window-s"));
    if (minCount < 1)
        return Error::badInput(QStringLiteral("the minimum count must be at least 1"), {}, 0, QStringLiteral("min-count"));
    auto pattern = normalisePattern(targetVrm);
    if (!pattern)
        return pattern.error();
    if (isPattern(*pattern))
        return Error::badInput(QStringLiteral("convoy analysis needs one exact target VRM"), {}, 0, QStringLiteral("plate"));
    SearchQuery target;
    target.plate = *pattern;
    target.fromMs = fromMs;
    target.toMs = toMs;
    target.limit = 100000;
    auto targets = run(user, purpose, caseReference, target, requests, nowMs);
    if (!targets)
        return targets.error();
    ConvoyResult result;
    result.targetReads = int(targets->reads.size());
    result.reach = targets->reach;

    struct Acc
    {
        QSet<qint64> passes; // target reads it accompanied
        qint64 first = 0, last = 0;
        QHash<QString, int> cameras;
    };
    QHash<QString, Acc> acc;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT vrm, captured_at, camera_id FROM reads WHERE camera_id = ? AND captured_at >= ?"
                             " AND captured_at <= ? AND vrm <> ?"));
    const qint64 windowMs = qint64(windowSeconds) * 1000;
    for (const Read &t : targets->reads) {
        q.addBindValue(t.cameraId);
        q.addBindValue(t.capturedAtMs - windowMs);
        q.addBindValue(t.capturedAtMs + windowMs);
        q.addBindValue(t.vrm);
        if (!q.exec())
            return Error::io(QStringLiteral("convoy query failed: ") + q.lastError().text(), m_store.path());
        while (q.next()) {
            const QString vrm = q.value(0).toString();
            const qint64 at = q.value(1).toLongLong();
            if (!m_policy.mayView(user, purpose, caseReference, vrm, at, requests, nowMs).allowed)
                continue; // passed over without a trace, as in run()
            Acc &a = acc[vrm];
            a.passes.insert(t.id);
            a.first = a.first == 0 ? at : std::min(a.first, at);
            a.last = std::max(a.last, at);
            ++a.cameras[q.value(2).toString()];
        }
    }
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        if (it->passes.size() < minCount)
            continue;
        ConvoyVehicle v;
        v.vrm = it.key();
        v.coOccurrences = int(it->passes.size());
        v.firstSeenMs = it->first;
        v.lastSeenMs = it->last;
        int best = 0;
        for (auto c = it->cameras.cbegin(); c != it->cameras.cend(); ++c)
            if (c.value() > best || (c.value() == best && c.key() < v.usualCamera)) {
                best = c.value();
                v.usualCamera = c.key();
            }
        result.vehicles.append(v);
    }
    std::sort(result.vehicles.begin(), result.vehicles.end(), [](const ConvoyVehicle &a, const ConvoyVehicle &b) {
        return a.coOccurrences != b.coOccurrences ? a.coOccurrences > b.coOccurrences : a.vrm < b.vrm;
    });
    return result;
}

} // namespace Kestrel
