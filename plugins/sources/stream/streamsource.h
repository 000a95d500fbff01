// A live camera over RTSP/HTTP (OpenCV + FFmpeg) or a V4L2 device, always serving the newest frame.
#pragma once

#include "plugin/camerasource.h"

#include <opencv2/videoio.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Kestrel {

// A grab thread reads as fast as the camera sends and keeps only the latest frame, so when
// recognition falls behind, frames are dropped here and never queue up (latency stays flat).
// Options: "openTimeoutMs" (default 5000), "readTimeoutMs" (default 5000).
class StreamSource : public CameraSource
{
public:
    explicit StreamSource(Camera camera) : m_camera(std::move(camera)) {}
    ~StreamSource() override;

    Result<void> open() override;
    Status read(Frame *frame, QString *error) override;
    void close() override;
    bool isLive() const override { return true; }
    void interrupt() override;

    qint64 droppedFrames() const { return m_dropped; }

private:
    void grabLoop();

    Camera m_camera;
    cv::VideoCapture m_capture;
    std::thread m_grabber;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    cv::Mat m_latest;
    qint64 m_latestMs = 0;
    bool m_fresh = false;
    bool m_failed = false;
    QString m_failure;
    std::atomic<bool> m_stop{false};
    qint64 m_index = 0;
    std::atomic<qint64> m_dropped{0};
    int m_readTimeoutMs = 5000;
};

class StreamSourceFactory : public CameraSourceFactory
{
public:
    QString kind() const override { return QStringLiteral("stream"); }
    QString description() const override { return QStringLiteral("Network stream (RTSP, HTTP) and V4L2 device"); }
    Result<std::unique_ptr<CameraSource>> create(const Camera &camera) override;
};

} // namespace Kestrel
