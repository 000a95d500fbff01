#include "usbsource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QImage>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

#include <opencv2/imgproc.hpp>

#include <chrono>

namespace Kestrel {

Result<std::unique_ptr<CameraSource>> UsbSourceFactory::create(const Camera &camera)
{
    return std::unique_ptr<CameraSource>(new UsbSource(camera));
}

UsbSource::UsbSource(Camera camera) : m_camera(std::move(camera)) {}

UsbSource::~UsbSource()
{
    close();
}

QStringList UsbSource::availableDevices()
{
    QStringList out;
    for (const QCameraDevice &d : QMediaDevices::videoInputs())
        out << QString::fromUtf8(d.id()) + QStringLiteral(" — ") + d.description();
    return out;
}

Result<void> UsbSource::open()
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty())
        return Error::unavailable(QStringLiteral("no USB camera is attached (Qt Multimedia lists none)"));
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    const QString want = m_camera.sourceUrl.trimmed();
    if (!want.isEmpty()) {
        chosen = QCameraDevice();
        for (const QCameraDevice &d : devices)
            if (QString::fromUtf8(d.id()) == want || d.description() == want)
                chosen = d;
        if (chosen.isNull())
            return Error::unavailable(QStringLiteral("USB camera '%1' is not attached; attached: %2")
                                          .arg(want, availableDevices().join(QStringLiteral(", "))));
    }
    m_qcamera = std::make_unique<QCamera>(chosen);
    m_session = std::make_unique<QMediaCaptureSession>();
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_qcamera.get());
    m_session->setVideoSink(m_sink.get());
    // Direct connection: frames arrive on Qt Multimedia's thread and are converted there, so the
    // pipeline thread needs no event loop of its own.
    QObject::connect(m_sink.get(), &QVideoSink::videoFrameChanged, m_sink.get(),
                     [this](const QVideoFrame &f) { onFrame(f); }, Qt::DirectConnection);
    QObject::connect(m_qcamera.get(), &QCamera::errorOccurred, m_qcamera.get(),
                     [this](QCamera::Error, const QString &text) {
                         std::lock_guard lock(m_mutex);
                         m_error = text;
                         m_ready.notify_all();
                     }, Qt::DirectConnection);
    m_stop = false;
    m_qcamera->start();
    return {};
}

void UsbSource::onFrame(const QVideoFrame &frame)
{
    const QImage image = frame.toImage().convertToFormat(QImage::Format_RGB888);
    if (image.isNull())
        return;
    cv::Mat rgb(image.height(), image.width(), CV_8UC3, const_cast<uchar *>(image.constBits()),
                size_t(image.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::lock_guard lock(m_mutex);
    m_latest = bgr;
    m_fresh = true;
    m_ready.notify_all();
}

CameraSource::Status UsbSource::read(Frame *frame, QString *error)
{
    // Give the camera's own objects a chance to process events if they live on this thread.
    for (int waited = 0; waited < 5000; waited += 50) {
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_fresh || m_stop || !m_error.isEmpty(); });
            if (m_stop)
                return Status::EndOfStream;
            if (!m_error.isEmpty()) {
                *error = QStringLiteral("USB camera: %1").arg(m_error);
                return Status::Failed;
            }
            if (m_fresh) {
                frame->image = m_latest;
                frame->timestampMs = QDateTime::currentMSecsSinceEpoch();
                frame->index = m_index++;
                m_fresh = false;
                return Status::Frame;
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    *error = QStringLiteral("USB camera sent no frame for 5 s");
    return Status::Failed;
}

void UsbSource::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_ready.notify_all();
}

void UsbSource::close()
{
    if (m_qcamera)
        m_qcamera->stop();
    m_session.reset();
    m_sink.reset();
    m_qcamera.reset();
}

} // namespace Kestrel
