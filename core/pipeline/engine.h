// The running workstation: cameras and their pipelines, the hotlist snapshot, the store writer,
// and the bus (Qt signals, delivered queued to whoever listens on another thread).
#pragma once

#include "common/result.h"
#include "domain/camera.h"
#include "domain/hit.h"
#include "domain/read.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotlistregistry.h"
#include "pipeline/cameraworker.h"
#include "pipeline/previewframe.h"
#include "store/storewriter.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

namespace Kestrel {

class PluginLoader;
class Store;

class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dbPath;
        // Only the GUI's first run and demo create the store here; everyone else opens an
        // existing one (kestrel-cli init makes it).
        bool createStore = false;
        CameraWorker::Options worker;
        bool previews = true;
        // Live entries above which the snapshot keeps only what matching needs (HotlistRegistry).
        qint64 hotlistDetailLimit = HotlistRegistry::kDetailLimit;
        // Told of every batch the store writer finished, on its thread (imports count by it).
        StoreWriter::CommitCallback onBatch;
    };
    struct Totals
    {
        qint64 frames = 0, processed = 0, skipped = 0, reads = 0, hits = 0, stored = 0;
    };

    // The plugin loader must outlive the engine.
    static Result<std::unique_ptr<Engine>> create(const Options &options, PluginLoader *plugins);
    ~Engine() override;

    Store &store() { return *m_store; } // for the thread that created the engine only

    // Saves the camera and starts its pipeline (replacing one with the same id).
    Result<void> startCamera(const Camera &camera);
    void stopCamera(const QString &id);
    void stopAll();
    void waitForFileSources(); // blocks until every non-live source has ended
    QList<Camera> cameras() const;
    CameraState cameraState(const QString &id) const;

    // Rebuilds the matcher from the store's live hotlist entries and swaps it in atomically.
    void reloadHotlist();
    HotlistSnapshot hotlist() const;
    // After entries went live (validated, or imported live through HotlistRegistry): reloads the
    // snapshot, checks recent reads against them, stores and emits the retrospective hits.
    std::vector<Hit> entriesWentLive(const QList<qint64> &entryIds);
    // Expired entries stop matching and are weeded (HotlistRegistry::weed); returns how many
    // expired. Call daily, e.g. from a timer.
    int weedHotlist(QDate today = QDate::currentDate());

    void flush(); // everything captured so far is committed when this returns

    // A read from elsewhere (a camera that recognises on board, a migrated back office) takes the
    // same path as a live one: hotlist check, signals, batched store.
    void submit(Read read) { onRead(std::move(read)); }
    Totals totals() const;

    // Matches one read against the current snapshot; what the pipeline does for every read.
    std::vector<Hit> check(const Read &read) const;
    // A hit from a national-scale snapshot carries only what matching needs; this fills the
    // entry's details from the store. For the thread that created the engine only.
    Hit withDetails(Hit hit) const;

Q_SIGNALS:
    void readCaptured(const Kestrel::Read &read);
    void hitRaised(const Kestrel::Hit &hit);
    void cameraStateChanged(const QString &cameraId, Kestrel::CameraState state, const QString &message);
    void framePreview(const QString &cameraId, const Kestrel::PreviewFrame &frame);
    void storeError(const QString &message);
    void readsCommitted(int count);

private:
    Engine() = default;
    void onRead(Read read);

    Options m_options;
    PluginLoader *m_plugins = nullptr;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreWriter> m_writer;
    std::map<QString, std::unique_ptr<CameraWorker>> m_workers;
    mutable std::mutex m_stateMutex;
    QHash<QString, CameraState> m_states;
    HotlistSnapshot m_hotlist; // read and swapped with std::atomic_load/atomic_store
    std::atomic<qint64> m_hits{0};
    std::atomic<qint64> m_stored{0};
};

} // namespace Kestrel
