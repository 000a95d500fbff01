// kestrel-cli ingest: the full pipeline (source plugin, recogniser, tracker, store, hotlist check).
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "hotlist/hotlistcsv.h"
#include "hotlist/hotlistregistry.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/store.h"

#include <QElapsedTimer>

#include <atomic>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

QString guessKind(const QString &source)
{
    if (source.startsWith(QLatin1String("rtsp://")) || source.startsWith(QLatin1String("rtsps://")) ||
        source.startsWith(QLatin1String("http://")) || source.startsWith(QLatin1String("https://")) ||
        source.startsWith(QLatin1String("/dev/video")))
        return QStringLiteral("stream");
    if (source.startsWith(QLatin1String("usb:")))
        return QStringLiteral("usb");
    return QStringLiteral("file");
}


} // namespace

int ingestCommand(const QStringList &words)
{
    Args args;
    const bool parsed = args.parse(words, {QStringLiteral("realtime"), QStringLiteral("json")},
                                   {QStringLiteral("db"), QStringLiteral("camera"), QStringLiteral("hotlist"),
                                    QStringLiteral("location"), QStringLiteral("direction"), QStringLiteral("exclude")});
    if (!parsed || !args.has(QStringLiteral("db")) || !args.has(QStringLiteral("camera")) ||
        args.positional().size() != 1) {
        err(args.error().isEmpty()
                ? QStringLiteral("usage: kestrel-cli ingest --db PATH --camera ID [--hotlist CSV] [--realtime] [--exclude x,y,w,h;...] SOURCE")
                : args.error());
        return ExitUsage;
    }
    // Ingest writes evidence: only a known operator, supervisor or administrator may.
    QString actor;
    User user;
    {
        auto session = openSession(args.value(QStringLiteral("db")));
        if (!session) {
            err(session.error().toString());
            return exitCodeFor(session.error());
        }
        if (auto allowed = Permissions::require(session->user, Action::RunCamera); !allowed) {
            auto audited = AuditLog(*session->store).append(session->user.name, QStringLiteral("ingest"),
                                                            {{QStringLiteral("camera"), args.value(QStringLiteral("camera"))},
                                                             {QStringLiteral("refused"), allowed.error().message}});
            err(QStringLiteral("refused: ") + allowed.error().message);
            return audited ? ExitRefused : exitCodeFor(audited.error());
        }
        actor = session->user.name;
        user = session->user;
    }
    PluginLoader plugins;
    plugins.load();
    Engine::Options options;
    options.dbPath = args.value(QStringLiteral("db"));
    options.previews = false;
    auto engine = Engine::create(options, &plugins);
    if (!engine) {
        err(engine.error().toString());
        return exitCodeFor(engine.error());
    }
    if (args.has(QStringLiteral("hotlist"))) {
        auto report = parseHotlistCsv(args.value(QStringLiteral("hotlist")));
        if (!report) {
            err(report.error().toString());
            return ExitBadInput;
        }
        for (const Error &problem : report->problems)
            err(QStringLiteral("skipped: ") + problem.toString());
        // The same door as hotlist import: the entries wait for a second person's validation.
        auto imported = HotlistRegistry((*engine)->store()).import(std::move(report->entries), user,
                                                                   QFileInfo(args.value(QStringLiteral("hotlist"))).absoluteFilePath());
        if (!imported) {
            err((imported.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) +
                imported.error().toString());
            return exitCodeFor(imported.error());
        }
        err(QStringLiteral("hotlist: %1 entries imported, pending validation by a second person (kestrel-cli hotlist "
                           "validate ID): they do not match until then").arg(imported->imported));
    }

    Camera camera;
    camera.id = args.value(QStringLiteral("camera"));
    camera.name = camera.id;
    camera.sourceUrl = args.positional().first();
    camera.sourceKind = guessKind(camera.sourceUrl);
    camera.location = args.value(QStringLiteral("location"));
    camera.direction = args.value(QStringLiteral("direction"));
    camera.options.insert(QStringLiteral("realtime"), args.has(QStringLiteral("realtime")));
    if (args.has(QStringLiteral("exclude")))
        camera.options.insert(QStringLiteral("exclude"), args.value(QStringLiteral("exclude")).split(QLatin1Char(';')));
    if (camera.sourceKind == QLatin1String("file") && !QFileInfo::exists(camera.sourceUrl)) {
        err(QStringLiteral("%1: no such file or folder").arg(camera.sourceUrl));
        return ExitBadInput;
    }

    QString lastProblem;
    QObject::connect(engine->get(), &Engine::cameraStateChanged, engine->get(),
                     [&](const QString &, CameraState state, const QString &message) {
                         if (!message.isEmpty()) {
                             err(QStringLiteral("%1: %2").arg(cameraStateName(state), message));
                             if (state == CameraState::Offline)
                                 lastProblem = message;
                         }
                     }, Qt::DirectConnection);
    QObject::connect(engine->get(), &Engine::storeError, engine->get(),
                     [&](const QString &message) { err(QStringLiteral("store: ") + message); lastProblem = message; },
                     Qt::DirectConnection);

    // Hits on covert entries are counted only for those who may see covert material: a count is
    // as telling as a listing.
    std::atomic<qint64> visibleHits{0};
    const bool seesCovert = Permissions::allows(user, Action::SeeCovert);
    QObject::connect(engine->get(), &Engine::hitRaised, engine->get(), [&](const Hit &h) {
        if (seesCovert || !(h.covert || h.entry.covert))
            ++visibleHits;
    }, Qt::DirectConnection);

    QElapsedTimer timer;
    timer.start();
    auto started = (*engine)->startCamera(camera);
    if (!started) {
        err(started.error().toString());
        return exitCodeFor(started.error());
    }
    (*engine)->waitForFileSources();
    (*engine)->flush();
    const Engine::Totals t = (*engine)->totals();
    const double seconds = timer.elapsed() / 1000.0;
    const QJsonObject summary{{QStringLiteral("frames"), t.frames},  {QStringLiteral("processed"), t.processed},
                              {QStringLiteral("reads"), t.reads},    {QStringLiteral("hits"), qint64(visibleHits)},
                              {QStringLiteral("stored"), t.stored},  {QStringLiteral("seconds"), seconds}};
    if (args.has(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    else
        out(QStringLiteral("frames %1, reads %2, hits %3, seconds %4")
                .arg(t.frames).arg(t.reads).arg(qint64(visibleHits)).arg(seconds, 0, 'f', 2));
    (*engine)->stopAll();
    // The reads are stored already; a run the trail does not record is reported as failed.
    auto store = openStore(args.value(QStringLiteral("db")));
    if (!store) {
        err(QStringLiteral("the ingest could not be audited: ") + store.error().toString());
        return exitCodeFor(store.error());
    }
    auto audited = AuditLog(**store).append(actor, QStringLiteral("ingest"),
                                            {{QStringLiteral("camera"), camera.id},
                                             {QStringLiteral("source"), camera.sourceUrl},
                                             {QStringLiteral("reads"), t.reads},
                                             {QStringLiteral("hits"), t.hits}});
    if (!audited) {
        err(QStringLiteral("the ingest could not be audited: ") + audited.error().toString());
        return exitCodeFor(audited.error());
    }
    return lastProblem.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace Kestrel::Cli
