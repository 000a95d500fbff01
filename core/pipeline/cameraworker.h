// One camera's pipeline on its own thread: source -> gate -> recogniser -> tracker -> reads.
#pragma once

#include "domain/camera.h"
#include "domain/read.h"
#include "pipeline/previewframe.h"
#include "plugin/camerasource.h"
#include "recognition/recogniser.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Kestrel {

struct CameraStats
{
    std::atomic<qint64> frames{0};
    std::atomic<qint64> processed{0};
    std::atomic<qint64> skipped{0}; // still scene
    std::atomic<qint64> dropped{0}; // recognition fell behind a paced source
    std::atomic<qint64> reads{0};
    std::atomic<qint64> reconnects{0};
};

class CameraWorker
{
public:
    struct Callbacks
    {
        std::function<void(Read)> read; // one per vehicle pass, images encoded
        std::function<void(CameraState, const QString &message)> state;
        std::function<void(const PreviewFrame &)> preview; // null: no previews
    };
    struct Options
    {
        Recogniser::Options recogniser;
        int previewIntervalMs = 80;
        int maxBackoffMs = 30000;
        int overviewMaxWidth = 1280;
        int overviewQuality = 75;
        int patchQuality = 90;
    };

    CameraWorker(Camera camera, CameraSourceFactory *factory, Options options, Callbacks callbacks);
    ~CameraWorker(); // stops and joins

    void start();
    void stop();
    bool isRunning() const { return m_running.load(); }
    void waitFinished(); // until a file source has ended (or stop())
    const Camera &camera() const { return m_camera; }
    const CameraStats &stats() const { return m_stats; }

private:
    void run();
    bool sleepInterruptible(int ms);
    void emitRead(const struct TrackedPlate &plate);

    Camera m_camera;
    CameraSourceFactory *m_factory;
    Options m_options;
    Callbacks m_callbacks;
    CameraStats m_stats;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    CameraSource *m_source = nullptr; // guarded by m_mutex, for interrupt()
};

} // namespace Kestrel
