// A USB camera through Qt Multimedia: QCamera feeding a QVideoSink, frames handed to the pipeline.
#pragma once

#include "plugin/camerasource.h"

#include <condition_variable>
#include <memory>
#include <mutex>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;
class QVideoFrame;

namespace Kestrel {

// Camera::sourceUrl names the device by its id or description (empty: the default camera).
class UsbSource : public CameraSource
{
public:
    explicit UsbSource(Camera camera);
    ~UsbSource() override;

    Result<void> open() override;
    Status read(Frame *frame, QString *error) override;
    void close() override;
    bool isLive() const override { return true; }
    void interrupt() override;

    static QStringList availableDevices(); // "id — description"

private:
    void onFrame(const QVideoFrame &frame);

    Camera m_camera;
    std::unique_ptr<QCamera> m_qcamera;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QVideoSink> m_sink;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    cv::Mat m_latest;
    bool m_fresh = false;
    bool m_stop = false;
    QString m_error;
    qint64 m_index = 0;
};

class UsbSourceFactory : public CameraSourceFactory
{
public:
    QString kind() const override { return QStringLiteral("usb"); }
    QString description() const override { return QStringLiteral("USB camera (Qt Multimedia)"); }
    Result<std::unique_ptr<CameraSource>> create(const Camera &camera) override;
};

} // namespace Kestrel
