// kestrel-cli bench store: ingest rate and search latencies on generated reads over two years.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "store/readsearch.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

namespace Kestrel::Cli {

namespace {

QString ukVrm(std::mt19937_64 &rng)
{
    static const char kLetters[] = "ABCDEFGHJKLMNOPRSTUVWXY";
    auto letter = [&] { return QLatin1Char(kLetters[rng() % 23]); };
    QString v;
    v += letter();
    v += letter();
    v += QString::number(rng() % 2 ? 10 + rng() % 15 : 60 + rng() % 15);
    v += letter();
    v += letter();
    v += letter();
    return v;
}

} // namespace

int storeBench(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json")}, {QStringLiteral("reads"), QStringLiteral("db"), QStringLiteral("batch"), QStringLiteral("days")}) ||
        !args.has(QStringLiteral("reads"))) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli bench store --reads N [--json] [--db PATH] [--batch N] [--days D]") : args.error());
        return ExitUsage;
    }
    const qint64 total = args.value(QStringLiteral("reads")).toLongLong();
    const size_t batchSize = size_t(std::max(1LL, args.value(QStringLiteral("batch"), QStringLiteral("20000")).toLongLong()));
    QTemporaryDir tmp;
    const QString db = args.value(QStringLiteral("db"), tmp.filePath(QStringLiteral("bench.db")));
    // Always a new store: generated reads never go into an existing one (evidence).
    Store::Options options;
    options.mode = Store::Mode::CreateNew;
    auto opened = Store::open(db, options);
    if (!opened) {
        err(opened.error().toString());
        return exitCodeFor(opened.error());
    }
    Store &store = **opened;
    constexpr int kCameras = 60;
    for (int c = 0; c < kCameras; ++c) {
        Camera cam;
        cam.id = QStringLiteral("CAM-%1").arg(c, 3, 10, QLatin1Char('0'));
        cam.name = cam.id;
        cam.sourceKind = QStringLiteral("stream");
        cam.sourceUrl = QStringLiteral("rtsp://camera-%1/").arg(c);
        if (auto saved = store.upsertCamera(cam); !saved) {
            err(saved.error().toString());
            return exitCodeFor(saved.error());
        }
    }
    // A fleet where vehicles recur (commuters), a target with two companions that follow it
    // through the same cameras within a minute several times a month.
    std::mt19937_64 rng(20261122);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Two years by default; --days 30 --reads 4200000 is one month of a 100-million-read store.
    const qint64 days = std::clamp(args.value(QStringLiteral("days"), QStringLiteral("730")).toLongLong(), 1LL, 3650LL);
    const qint64 span = days * 24 * 3600 * 1000;
    std::vector<QString> fleet(size_t(std::max<qint64>(1000, total / 20)));
    for (QString &v : fleet)
        v = ukVrm(rng);
    const QString target = QStringLiteral("KE57TRL");
    const QStringList companions = {QStringLiteral("CO11VOY"), QStringLiteral("CO22VOY")};

    QElapsedTimer timer;
    timer.start();
    std::vector<Read> batch;
    batch.reserve(batchSize + 2);
    qint64 written = 0;
    qint64 insertNs = 0;
    auto flush = [&]() -> bool {
        QElapsedTimer t;
        t.start();
        auto r = store.insertReads(batch);
        insertNs += t.nsecsElapsed();
        if (!r) {
            err(r.error().toString());
            return false;
        }
        written += qint64(batch.size());
        batch.clear();
        return true;
    };
    for (qint64 i = 0; i < total; ++i) {
        Read r;
        r.vrm = fleet[rng() % fleet.size()];
        r.confidence = 0.8 + double(rng() % 200) / 1000.0;
        r.cameraId = QStringLiteral("CAM-%1").arg(int(rng() % kCameras), 3, 10, QLatin1Char('0'));
        // Reads arrive in time order, as from cameras: two years, oldest first, a little jitter.
        r.capturedAtMs = now - span + qint64(double(i) / double(total) * double(span)) + qint64(rng() % 1000);
        r.uid = newReadUid(r.capturedAtMs);
        r.platePatch = {QStringLiteral("images/x/p.jpg"), QByteArray(64, 'a')};
        r.overview = {QStringLiteral("images/x/o.jpg"), QByteArray(64, 'b')};
        if (i % 50000 == 0) {
            // Target passes in the last month, with company.
            r.vrm = target;
            r.capturedAtMs = now - qint64(rng() % (28ULL * 24 * 3600 * 1000));
            r.uid = newReadUid(r.capturedAtMs);
            for (int k = 0; k < companions.size(); ++k) {
                Read c = r;
                c.uid = newReadUid(c.capturedAtMs);
                c.vrm = companions.at(k);
                c.capturedAtMs += 5000 + 10000 * k;
                batch.push_back(c);
            }
        }
        batch.push_back(std::move(r));
        if (batch.size() >= batchSize && !flush())
            return ExitBadInput;
    }
    if (!batch.empty() && !flush())
        return ExitBadInput;
    const double ingestS = timer.nsecsElapsed() / 1e9;

    AuditLog audit(store);
    User investigator;
    investigator.name = QStringLiteral("bench");
    investigator.roles = Roles(Role::Investigator) | Role::Supervisor;
    ReadSearch search(store, audit, AccessPolicy());
    auto timeIt = [&](auto &&fn) {
        QElapsedTimer t;
        t.start();
        fn();
        return t.nsecsElapsed() / 1e6;
    };
    const QString probe = fleet[size_t(rng() % fleet.size())];
    int exactHits = 0, wildHits = 0, convoyFound = 0;
    SearchQuery exact;
    exact.plate = probe;
    const double exactMs = timeIt([&] {
        auto r = search.search(investigator, AccessPurpose::Major, QStringLiteral("BENCH"), exact, {}, now);
        exactHits = r ? int(r->reads.size()) : -1;
    });
    SearchQuery wild;
    wild.plate = probe.left(2) + QStringLiteral("*") + probe.right(1);
    wild.fromMs = now - 7LL * 24 * 3600 * 1000;
    wild.toMs = now;
    wild.limit = 100000;
    const double wildMs = timeIt([&] {
        auto r = search.search(investigator, AccessPurpose::Major, QStringLiteral("BENCH"), wild, {}, now);
        wildHits = r ? int(r->reads.size()) : -1;
    });
    const double convoyMs = timeIt([&] {
        auto r = search.convoy(investigator, AccessPurpose::Major, QStringLiteral("BENCH"), target, 60, 2,
                               now - 30LL * 24 * 3600 * 1000, now, {}, now);
        convoyFound = r ? int(r->vehicles.size()) : -1;
    });
    const QJsonObject result{{QStringLiteral("reads"), written},
                             {QStringLiteral("ingest_reads_per_s"), written / ingestS},
                             {QStringLiteral("store_only_reads_per_s"), written / (insertNs / 1e9)},
                             {QStringLiteral("exact_ms"), exactMs},
                             {QStringLiteral("wildcard_ms"), wildMs},
                             {QStringLiteral("convoy_ms"), convoyMs},
                             {QStringLiteral("exact_results"), exactHits},
                             {QStringLiteral("wildcard_results"), wildHits},
                             {QStringLiteral("convoy_vehicles"), convoyFound}};
    if (args.has(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    else
        out(QStringLiteral("%1 reads: ingest %2 reads/s; exact %3 ms (%4 reads), wildcard 7 days %5 ms (%6), convoy 1 month %7 ms (%8 vehicles)")
                .arg(written).arg(written / ingestS, 0, 'f', 0).arg(exactMs, 0, 'f', 1).arg(exactHits)
                .arg(wildMs, 0, 'f', 1).arg(wildHits).arg(convoyMs, 0, 'f', 1).arg(convoyFound));
    return ExitOk;
}

} // namespace Kestrel::Cli
