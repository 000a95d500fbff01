#include "pipeline/engine.h"

#include "hotlist/hotlistregistry.h"
#include "plugin/pluginloader.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>

namespace Kestrel {

namespace {
void registerMetaTypes()
{
    qRegisterMetaType<Kestrel::Read>();
    qRegisterMetaType<Kestrel::Hit>();
    qRegisterMetaType<Kestrel::Camera>();
    qRegisterMetaType<Kestrel::CameraState>();
    qRegisterMetaType<Kestrel::PreviewFrame>();
}
} // namespace

Result<std::unique_ptr<Engine>> Engine::create(const Options &options, PluginLoader *plugins)
{
    registerMetaTypes();
    std::unique_ptr<Engine> engine(new Engine);
    engine->m_options = options;
    engine->m_plugins = plugins;
    auto store = options.createStore ? Store::openOrCreate(options.dbPath) : Store::open(options.dbPath);
    if (!store)
        return store.error();
    engine->m_store = std::move(store).value();
    Engine *self = engine.get();
    engine->m_writer = std::make_unique<StoreWriter>(
        options.dbPath, StoreWriter::Options{}, [self](const StoreWriter::BatchReport &report) {
            self->m_stored += report.committed;
            if (self->m_options.onBatch)
                self->m_options.onBatch(report);
            if (!report.error.isEmpty())
                Q_EMIT self->storeError(report.error);
            for (const auto &[uid, why] : report.refused)
                Q_EMIT self->storeError(QStringLiteral("read %1 not stored: %2").arg(uid.toString(QUuid::WithoutBraces), why.toString()));
            if (report.committed > 0)
                Q_EMIT self->readsCommitted(report.committed);
        });
    auto started = engine->m_writer->start();
    if (!started)
        return started.error();
    engine->reloadHotlist();
    return engine;
}

Engine::~Engine()
{
    stopAll();
    if (m_writer)
        m_writer->stop();
}

Result<void> Engine::startCamera(const Camera &camera)
{
    CameraSourceFactory *factory = m_plugins ? m_plugins->cameraSource(camera.sourceKind) : nullptr;
    if (!factory)
        return Error::unavailable(QStringLiteral("no camera source plugin for '%1' is loaded (camera %2)")
                                      .arg(camera.sourceKind, camera.id));
    auto saved = m_store->upsertCamera(camera);
    if (!saved)
        return saved;
    stopCamera(camera.id);
    CameraWorker::Callbacks callbacks;
    const QString id = camera.id;
    callbacks.read = [this](Read r) { onRead(std::move(r)); };
    callbacks.state = [this, id](CameraState s, const QString &msg) {
        {
            std::lock_guard lock(m_stateMutex);
            m_states[id] = s;
        }
        Q_EMIT cameraStateChanged(id, s, msg);
    };
    if (m_options.previews)
        callbacks.preview = [this, id](const PreviewFrame &f) { Q_EMIT framePreview(id, f); };
    auto worker = std::make_unique<CameraWorker>(camera, factory, m_options.worker, std::move(callbacks));
    worker->start();
    m_workers[camera.id] = std::move(worker);
    return {};
}

void Engine::stopCamera(const QString &id)
{
    auto it = m_workers.find(id);
    if (it == m_workers.end())
        return;
    it->second->stop();
    m_workers.erase(it);
}

void Engine::stopAll()
{
    for (auto &[id, worker] : m_workers)
        worker->stop();
    m_workers.clear();
}

void Engine::waitForFileSources()
{
    for (auto &[id, worker] : m_workers)
        worker->waitFinished();
}

QList<Camera> Engine::cameras() const
{
    QList<Camera> out;
    for (const auto &[id, worker] : m_workers)
        out.append(worker->camera());
    return out;
}

CameraState Engine::cameraState(const QString &id) const
{
    std::lock_guard lock(m_stateMutex);
    return m_states.value(id, CameraState::Stopped);
}

void Engine::reloadHotlist()
{
    HotlistSnapshot fresh = HotlistRegistry::snapshot(*m_store, QDate::currentDate(), m_options.hotlistDetailLimit);
    if (!fresh) {
        // Keep matching against the list we have rather than against nothing.
        Q_EMIT storeError(QStringLiteral("the hotlists could not be reloaded from %1; the previous lists stay in use")
                              .arg(m_store->path()));
        return;
    }
    std::atomic_store(&m_hotlist, std::move(fresh));
}

Hit Engine::withDetails(Hit hit) const
{
    const HotlistSnapshot snapshot = hotlist();
    if (snapshot && snapshot->hasDetails())
        return hit;
    // A national-scale snapshot keeps only what matching needs: the reason, action and
    // warning markers the operator must see come from the store, by primary key.
    if (std::optional<HotlistEntry> full = m_store->hotlistEntry(hit.entry.id))
        hit.entry = *full;
    return hit;
}

std::vector<Hit> Engine::entriesWentLive(const QList<qint64> &entryIds)
{
    reloadHotlist();
    flush(); // reads captured so far are in the store before we look back at them
    auto hits = HotlistRegistry(*m_store).raiseRetrospectiveHits(entryIds, QDateTime::currentMSecsSinceEpoch());
    if (!hits) {
        Q_EMIT storeError(hits.error().toString());
        return {};
    }
    for (const Hit &h : *hits) {
        ++m_hits;
        Q_EMIT hitRaised(h);
    }
    return std::move(hits).value();
}

int Engine::weedHotlist(QDate today)
{
    auto weeded = HotlistRegistry(*m_store).weed(today);
    if (!weeded) {
        Q_EMIT storeError(weeded.error().toString());
        return 0;
    }
    if (!weeded->expired.isEmpty())
        reloadHotlist();
    return int(weeded->expired.size());
}

HotlistSnapshot Engine::hotlist() const
{
    return std::atomic_load(&m_hotlist);
}

std::vector<Hit> Engine::check(const Read &read) const
{
    std::vector<Hit> hits;
    const HotlistSnapshot snapshot = hotlist();
    if (!snapshot)
        return hits;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Expiry is judged on the day of the read, so a snapshot built yesterday stays right today.
    const qint64 day = QDateTime::fromMSecsSinceEpoch(read.capturedAtMs > 0 ? read.capturedAtMs : now)
                           .date()
                           .toJulianDay();
    HotlistMatcher::Matches matches;
    snapshot->match(read.vrm, day, &matches);
    for (const HotlistMatch &m : matches) {
        Hit h;
        h.uid = QUuid::createUuid();
        h.read = read;
        h.entry = snapshot->entry(m.entryIndex);
        h.match = m.kind;
        h.distance = m.distance;
        h.covert = m.covert;
        h.raisedAtMs = now;
        hits.push_back(std::move(h));
    }
    return hits;
}

void Engine::onRead(Read read)
{
    // Runs on the camera's thread: the check is a lookup in an immutable snapshot, so the hit
    // reaches the screen before the read reaches the disk.
    std::vector<Hit> hits = check(read);
    Q_EMIT readCaptured(read);
    for (const Hit &h : hits) {
        ++m_hits;
        Q_EMIT hitRaised(h);
    }
    m_writer->enqueue(std::move(read), std::move(hits));
}

void Engine::flush()
{
    m_writer->flush();
}

Engine::Totals Engine::totals() const
{
    Totals t;
    for (const auto &[id, worker] : m_workers) {
        const CameraStats &s = worker->stats();
        t.frames += s.frames;
        t.processed += s.processed;
        t.skipped += s.skipped;
        t.reads += s.reads;
    }
    t.hits = m_hits;
    t.stored = m_stored;
    return t;
}

} // namespace Kestrel
