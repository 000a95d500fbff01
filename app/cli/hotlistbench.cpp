// kestrel-cli bench hotlist: snapshot load time, memory and lookups per second on one core, on a
// deterministic national-scale list of realistic UK VRMs.
#include "cliargs.h"
#include "session.h"
#include "commands.h"

#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotlistregistry.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

#include <ctime>
#include <vector>

namespace Kestrel::Cli {

namespace {

// xorshift64*: deterministic across platforms, unlike std::uniform_int_distribution.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed ? seed : 1) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int below(int n) { return int((next() >> 33) % quint64(n)); }

private:
    quint64 m_state;
};

const char kCurrentLetters[] = "ABCDEFGHJKLMNOPRSTUVWXY"; // area letters: no I, Q, Z
const char kRandomLetters[] = "ABCDEFGHJKLMNOPRSTUVWXYZ"; // last three: no I, Q
const char kPrefixLetters[] = "ABCDEFGHJKLMNPRSTVWXY";    // prefix year letters

// A UK VRM in the national mix: mostly current format, then prefix, suffix, dateless, NI.
int ukVrm(Rng &rng, char16_t *out)
{
    auto letter = [&](const char *set) { return char16_t(set[rng.below(int(qstrlen(set)))]); };
    auto digit = [&](int from = 0) { return char16_t(u'0' + from + rng.below(10 - from)); };
    const int kind = rng.below(100);
    int n = 0;
    if (kind < 80) { // AB12CDE
        out[n++] = letter(kCurrentLetters);
        out[n++] = letter(kCurrentLetters);
        const int age = rng.below(2) ? 2 + rng.below(24) : 51 + rng.below(24);
        out[n++] = char16_t(u'0' + age / 10);
        out[n++] = char16_t(u'0' + age % 10);
        for (int i = 0; i < 3; ++i)
            out[n++] = letter(kRandomLetters);
    } else if (kind < 92) { // A123BCD
        out[n++] = letter(kPrefixLetters);
        const int digits = 1 + rng.below(3);
        out[n++] = digit(1);
        for (int i = 1; i < digits; ++i)
            out[n++] = digit();
        for (int i = 0; i < 3; ++i)
            out[n++] = letter(kRandomLetters);
    } else if (kind < 97) { // ABC123D
        for (int i = 0; i < 3; ++i)
            out[n++] = letter(kRandomLetters);
        const int digits = 1 + rng.below(3);
        out[n++] = digit(1);
        for (int i = 1; i < digits; ++i)
            out[n++] = digit();
        out[n++] = letter(kPrefixLetters);
    } else { // Northern Ireland: ABZ 1234
        out[n++] = letter(kRandomLetters);
        out[n++] = rng.below(2) ? u'I' : letter(kRandomLetters);
        out[n++] = u'Z';
        const int digits = 1 + rng.below(4);
        out[n++] = digit(1);
        for (int i = 1; i < digits; ++i)
            out[n++] = digit();
    }
    return n;
}

// One OCR confusion applied where the plate has a confusable character.
QString confused(QString vrm, Rng &rng)
{
    static const QHash<QChar, QChar> swap = {
        {QLatin1Char('0'), QLatin1Char('O')}, {QLatin1Char('O'), QLatin1Char('0')}, {QLatin1Char('D'), QLatin1Char('0')},
        {QLatin1Char('1'), QLatin1Char('I')}, {QLatin1Char('2'), QLatin1Char('Z')}, {QLatin1Char('Z'), QLatin1Char('2')},
        {QLatin1Char('5'), QLatin1Char('S')}, {QLatin1Char('S'), QLatin1Char('5')}, {QLatin1Char('8'), QLatin1Char('B')},
        {QLatin1Char('B'), QLatin1Char('8')}, {QLatin1Char('6'), QLatin1Char('G')}, {QLatin1Char('G'), QLatin1Char('6')}};
    const int start = rng.below(int(vrm.size()));
    for (int k = 0; k < vrm.size(); ++k) {
        const int i = (start + k) % int(vrm.size());
        const auto it = swap.constFind(vrm.at(i));
        if (it != swap.cend()) {
            vrm[i] = *it;
            break;
        }
    }
    return vrm;
}

double statusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// CPU time of this thread: "per second on one core" even when the machine is shared (a busy
// machine stretches wall time, not the work a lookup takes).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

struct Rate
{
    double perCpuSecond = 0;
    double perWallSecond = 0;
};

Rate lookupsPerSecond(const HotlistMatcher &m, const std::vector<QString> &queries, qint64 day, qint64 *found)
{
    HotlistMatcher::Matches matches;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuSeconds();
    qint64 lookups = 0;
    while (threadCpuSeconds() - cpu0 < 2.0) {
        for (const QString &q : queries) {
            m.match(q, day, &matches);
            *found += matches.size();
        }
        lookups += qint64(queries.size());
    }
    return {lookups / (threadCpuSeconds() - cpu0), lookups / (timer.nsecsElapsed() / 1e9)};
}

// The same queries through matchBatch, 64 reads a call (a burst from several cameras).
Rate batchedLookupsPerSecond(const HotlistMatcher &m, const std::vector<QString> &queries, qint64 day, qint64 *found)
{
    constexpr size_t kBatch = 64;
    const std::vector<QStringView> views(queries.begin(), queries.end());
    std::vector<HotlistMatcher::Matches> matches(kBatch);
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuSeconds();
    qint64 lookups = 0;
    while (threadCpuSeconds() - cpu0 < 2.0) {
        for (size_t i = 0; i < views.size(); i += kBatch) {
            const size_t n = std::min(kBatch, views.size() - i);
            m.matchBatch(std::span<const QStringView>(views.data() + i, n), day, matches.data());
            for (size_t j = 0; j < n; ++j)
                *found += matches[j].size();
        }
        lookups += qint64(views.size());
    }
    return {lookups / (threadCpuSeconds() - cpu0), lookups / (timer.nsecsElapsed() / 1e9)};
}

} // namespace

int benchHotlistCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json"), QStringLiteral("store")}, {QStringLiteral("entries"), QStringLiteral("seed"), QStringLiteral("wildcards")})) {
        err(args.error());
        return ExitUsage;
    }
    bool ok = false;
    const qint64 count = args.value(QStringLiteral("entries"), QStringLiteral("1000000")).toLongLong(&ok);
    if (!ok || count < 1 || count > 100'000'000) {
        err(QStringLiteral("usage: kestrel-cli bench hotlist --entries N [--json] [--seed S] [--store]   (1 <= N <= 100000000)"));
        return ExitUsage;
    }
    const quint64 seed = args.value(QStringLiteral("seed"), QStringLiteral("20260401")).toULongLong();
    const double rssBefore = statusMb("VmRSS:");
    const QDate today = QDate::currentDate();
    const QStringView lists[] = {u"PNC", u"DVLA", u"MIB", u"Local"};
    const int kWildcards = args.value(QStringLiteral("wildcards"), QStringLiteral("100")).toInt();

    // The national mix, entry by entry, the same for both load paths and for the queries below.
    auto generate = [&](auto &&add) {
        Rng rng(seed);
        char16_t buf[16];
        for (qint64 i = 0; i < count; ++i) {
            const int n = ukVrm(rng, buf);
            const int l = rng.below(100);
            const QStringView list = lists[l < 70 ? 0 : l < 85 ? 1 : l < 95 ? 2 : 3];
            const int p = rng.below(10);
            const Priority priority = p == 0 ? Priority::High : p < 4 ? Priority::Medium : Priority::Low;
            const QDate expires = rng.below(5) == 0 ? today.addDays(1 + rng.below(700)) : QDate();
            add(QStringView(buf, n), list, priority, i + 1, expires);
        }
        // A local list's partial plates: a few wildcards, as an intelligence unit would add.
        for (int i = 0; i < kWildcards; ++i) {
            const int n = ukVrm(rng, buf);
            QString pattern = QStringView(buf, n).toString();
            pattern = i % 20 == 0 ? QStringLiteral("*") + pattern.mid(2) : pattern.left(n - 2) + QStringLiteral("?*");
            add(pattern, u"Local", Priority::Medium, count + i + 1, QDate());
        }
    };
    HotlistSnapshot matcher;
    QElapsedTimer timer;
    double loadCpu0 = 0;
    double storeWriteS = 0;
    std::unique_ptr<Store> store;
    QTemporaryDir storeDir;
    if (args.has(QStringLiteral("store"))) {
        // The application's path: the extract is in the store (written here, not timed), and
        // the snapshot streams it from SQLite (HotlistRegistry::snapshot).
        Store::Options options;
        options.mode = Store::Mode::CreateNew;
        auto opened = Store::open(storeDir.filePath(QStringLiteral("hotlist.db")), options);
        if (!opened) {
            err(opened.error().toString());
            return exitCodeFor(opened.error());
        }
        store = std::move(*opened);
        QElapsedTimer writing;
        writing.start();
        std::vector<HotlistEntry> chunk;
        auto flush = [&]() -> bool {
            auto added = store->addHotlistEntries(chunk);
            chunk.clear();
            if (!added)
                err(added.error().toString());
            return added.ok();
        };
        bool ok = true;
        generate([&](QStringView vrm, QStringView list, Priority priority, qint64, QDate expires) {
            if (!ok)
                return;
            HotlistEntry e;
            e.vrm = vrm.toString();
            e.list = list.toString();
            e.priority = priority;
            e.expires = expires;
            e.source = e.list;
            e.category = QStringLiteral("stolen");
            e.reason = QStringLiteral("Reported stolen");
            e.action = QStringLiteral("Stop and check; note occupants");
            e.status = HotlistStatus::Live;
            chunk.push_back(std::move(e));
            if (chunk.size() >= 200000)
                ok = flush();
        });
        if (!ok || (!chunk.empty() && !flush()))
            return ExitBadInput;
        storeWriteS = writing.nsecsElapsed() / 1e9;
        timer.start();
        loadCpu0 = threadCpuSeconds();
        matcher = HotlistRegistry::snapshot(*store, today);
        if (!matcher) {
            err(QStringLiteral("the snapshot could not be read from the store"));
            return ExitBadInput;
        }
    } else {
        // Load: stream the entries into a compact snapshot, as a national extract is loaded.
        timer.start();
        loadCpu0 = threadCpuSeconds();
        HotlistMatcher::Options options;
        options.keepDetails = false;
        HotlistMatcher::Builder builder(today, options);
        builder.reserve(count);
        generate([&](QStringView vrm, QStringView list, Priority priority, qint64 id, QDate expires) {
            builder.add(vrm, list, priority, id, expires);
        });
        matcher = builder.build();
    }
    const double loadS = timer.nsecsElapsed() / 1e9; // wall time: what an operator waits
    const double loadCpuS = threadCpuSeconds() - loadCpu0;
    const double rss = statusMb("VmRSS:");
    const double peak = statusMb("VmHWM:");

    // Queries: half plates on the list, half plates that are not (most reads miss).
    constexpr int kQueries = 1 << 20;
    std::vector<QString> exact, tolerant;
    exact.reserve(kQueries);
    tolerant.reserve(kQueries);
    {
        Rng listed(seed), fresh(seed ^ 0x9e3779b97f4a7c15ULL), pick(7);
        char16_t buf[16];
        const qint64 stride = std::max<qint64>(1, count / (kQueries / 2));
        for (qint64 i = 0; i < count && int(exact.size()) < kQueries; ++i) {
            const int n = ukVrm(listed, buf);
            // Keep the stream in step with the load (same draws per entry).
            listed.below(100);
            listed.below(10);
            if (listed.below(5) == 0)
                listed.below(700);
            if (i % stride != 0)
                continue;
            const QString vrm = QStringView(buf, n).toString();
            exact.push_back(vrm);
            tolerant.push_back(confused(vrm, pick));
            const int m = ukVrm(fresh, buf);
            exact.push_back(QStringView(buf, m).toString());
            tolerant.push_back(confused(exact.back(), pick));
        }
    }
    const qint64 day = today.toJulianDay();
    qint64 exactFound = 0, tolerantFound = 0; // summed so that the lookups cannot be optimised away
    const Rate exactRate = lookupsPerSecond(*matcher, exact, day, &exactFound);
    const Rate tolerantRate = lookupsPerSecond(*matcher, tolerant, day, &tolerantFound);
    qint64 exactBatchFound = 0, tolerantBatchFound = 0;
    const Rate exactBatchRate = batchedLookupsPerSecond(*matcher, exact, day, &exactBatchFound);
    const Rate tolerantBatchRate = batchedLookupsPerSecond(*matcher, tolerant, day, &tolerantBatchFound);

    QJsonObject result{{QStringLiteral("entries"), count},
                       {QStringLiteral("from_store"), bool(store)},
                       {QStringLiteral("store_write_s"), storeWriteS},
                       {QStringLiteral("wildcards"), kWildcards},
                       {QStringLiteral("load_s"), loadS},
                       {QStringLiteral("load_cpu_s"), loadCpuS},
                       {QStringLiteral("rss_mb"), rss},
                       {QStringLiteral("rss_before_mb"), rssBefore},
                       {QStringLiteral("peak_rss_mb"), peak},
                       // Throughput of one core: reads checked in batches (matchBatch).
                       {QStringLiteral("exact_lookups_per_s"), exactBatchRate.perCpuSecond},
                       {QStringLiteral("tolerant_lookups_per_s"), tolerantBatchRate.perCpuSecond},
                       {QStringLiteral("exact_lookups_per_wall_s"), exactBatchRate.perWallSecond},
                       {QStringLiteral("tolerant_lookups_per_wall_s"), tolerantBatchRate.perWallSecond},
                       // One read at a time, as a single camera's read path checks them.
                       {QStringLiteral("exact_single_lookups_per_s"), exactRate.perCpuSecond},
                       {QStringLiteral("tolerant_single_lookups_per_s"), tolerantRate.perCpuSecond},
                       // What checking one read adds to its path from frame to screen: the engine
                       // makes one match() call per read (exact, equivalent, edit and wildcards).
                       {QStringLiteral("read_check_us"), 1e6 / std::min(exactRate.perCpuSecond, tolerantRate.perCpuSecond)},
                       {QStringLiteral("queries"), int(exact.size())},
                       {QStringLiteral("matched"), exactFound + tolerantFound > 0}};
    if (args.has(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("%1 entries: load %2 s, resident %3 MB (peak %4 MB); one thread, per CPU second:\n"
                           "  exact    %5 lookups/s in batches of 64, %6 one at a time\n"
                           "  tolerant %7 lookups/s in batches of 64, %8 one at a time\n"
                           "  one read's check adds %9 microseconds to its path")
                .arg(count)
                .arg(loadS, 0, 'f', 2)
                .arg(rss, 0, 'f', 0)
                .arg(peak, 0, 'f', 0)
                .arg(exactBatchRate.perCpuSecond, 0, 'f', 0)
                .arg(exactRate.perCpuSecond, 0, 'f', 0)
                .arg(tolerantBatchRate.perCpuSecond, 0, 'f', 0)
                .arg(tolerantRate.perCpuSecond, 0, 'f', 0)
                .arg(1e6 / std::min(exactRate.perCpuSecond, tolerantRate.perCpuSecond), 0, 'f', 2));
    }
    return ExitOk;
}

} // namespace Kestrel::Cli
