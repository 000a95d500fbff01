#include "streamsource.h"

#include <QDateTime>
#include <QUrl>

#include <chrono>

namespace Kestrel {

Result<std::unique_ptr<CameraSource>> StreamSourceFactory::create(const Camera &camera)
{
    const QString url = camera.sourceUrl;
    const QUrl parsed(url);
    const bool device = url.startsWith(QLatin1String("/dev/video"));
    const QString scheme = parsed.scheme().toLower();
    if (!device && scheme != QLatin1String("rtsp") && scheme != QLatin1String("rtsps") &&
        scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("rtmp"))
        return Error::badInput(QStringLiteral("'%1' is neither an rtsp://, http(s):// URL nor a /dev/videoN device")
                                   .arg(url), {}, 0, QStringLiteral("source"));
    return std::unique_ptr<CameraSource>(new StreamSource(camera));
}

StreamSource::~StreamSource()
{
    close();
}

Result<void> StreamSource::open()
{
    const QString url = m_camera.sourceUrl;
    const int openTimeout = m_camera.options.value(QStringLiteral("openTimeoutMs"), 5000).toInt();
    m_readTimeoutMs = m_camera.options.value(QStringLiteral("readTimeoutMs"), 5000).toInt();
    // TCP for RTSP: UDP loses packets on busy networks and gives grey smeared frames.
    qputenv("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp");
    bool ok = false;
    try {
        if (url.startsWith(QLatin1String("/dev/video"))) {
            ok = m_capture.open(url.mid(10).toInt(), cv::CAP_V4L2);
        } else {
            const std::vector<int> params = {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, openTimeout,
                                             cv::CAP_PROP_READ_TIMEOUT_MSEC, m_readTimeoutMs};
            ok = m_capture.open(url.toStdString(), cv::CAP_FFMPEG, params);
        }
    } catch (const cv::Exception &e) {
        return Error::unavailable(QStringLiteral("%1: %2").arg(url, QString::fromStdString(e.msg)));
    }
    if (!ok)
        return Error::unavailable(QStringLiteral("%1: cannot connect (unreachable, refused, or not a video stream)").arg(url));
    m_stop = false;
    m_failed = false;
    m_fresh = false;
    m_grabber = std::thread([this] { grabLoop(); });
    return {};
}

void StreamSource::grabLoop()
{
    cv::Mat image;
    while (!m_stop) {
        bool ok = false;
        try {
            ok = m_capture.read(image) && !image.empty();
        } catch (const cv::Exception &) {
            ok = false;
        }
        std::lock_guard lock(m_mutex);
        if (!ok) {
            m_failed = true;
            m_failure = QStringLiteral("%1: the stream stopped sending frames").arg(m_camera.sourceUrl);
            m_ready.notify_all();
            return;
        }
        if (m_fresh)
            ++m_dropped; // the previous frame was never taken: recognition is behind
        m_latest = image.clone();
        m_latestMs = QDateTime::currentMSecsSinceEpoch();
        m_fresh = true;
        m_ready.notify_all();
    }
}

CameraSource::Status StreamSource::read(Frame *frame, QString *error)
{
    std::unique_lock lock(m_mutex);
    const bool got = m_ready.wait_for(lock, std::chrono::milliseconds(m_readTimeoutMs + 1000),
                                      [this] { return m_fresh || m_failed || m_stop; });
    if (m_stop)
        return Status::EndOfStream;
    if (m_fresh) {
        frame->image = m_latest;
        frame->timestampMs = m_latestMs;
        frame->index = m_index++;
        m_fresh = false;
        return Status::Frame;
    }
    *error = m_failed ? m_failure
                      : QStringLiteral("%1: no frame for %2 ms").arg(m_camera.sourceUrl).arg(m_readTimeoutMs);
    (void)got;
    return Status::Failed;
}

void StreamSource::interrupt()
{
    m_stop = true;
    m_ready.notify_all();
}

void StreamSource::close()
{
    m_stop = true;
    m_ready.notify_all();
    if (m_grabber.joinable())
        m_grabber.join();
    m_capture.release();
}

} // namespace Kestrel
