// The plugin interface for camera sources: files, folders, network streams, USB cameras.
#pragma once

#include "common/result.h"
#include "domain/camera.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <opencv2/core.hpp>

#include <memory>

namespace Kestrel {

struct Frame
{
    cv::Mat image;          // BGR, 8 bit
    qint64 timestampMs = 0; // UTC capture time
    qint64 index = 0;       // frame number since the source opened
};

// One opened source. Pull model: the pipeline's capture thread calls read() in a loop, so a
// source never needs an event loop of its own and one camera never blocks another.
class CameraSource
{
public:
    enum class Status { Frame, EndOfStream, Failed };

    virtual ~CameraSource() = default;
    virtual Result<void> open() = 0;
    // Blocks until a frame is there (paced at real time when the camera is configured so).
    // On Failed, *error says what happened; the pipeline reconnects live sources with backoff.
    virtual Status read(Frame *frame, QString *error) = 0;
    virtual void close() = 0;
    virtual bool isLive() const = 0; // live sources reconnect; files end
    virtual void interrupt() {}      // called from another thread to unblock read() on shutdown
    // Problems that did not stop the source (a corrupt image in a folder), each naming its file;
    // the pipeline shows them to the operator.
    virtual QStringList takeWarnings() { return {}; }
};

class CameraSourceFactory
{
public:
    virtual ~CameraSourceFactory() = default;
    virtual QString kind() const = 0; // matches Camera::sourceKind: "file", "stream", "usb"
    virtual QString description() const = 0;
    virtual Result<std::unique_ptr<CameraSource>> create(const Camera &camera) = 0;
};

} // namespace Kestrel

#define KestrelCameraSourceFactory_iid "uk.kestrel.CameraSourceFactory/1"
Q_DECLARE_INTERFACE(Kestrel::CameraSourceFactory, KestrelCameraSourceFactory_iid)
