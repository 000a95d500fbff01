#include "pipeline/cameraworker.h"

#include "pipeline/framegate.h"
#include "recognition/platetracker.h"

#include <QDateTime>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>

namespace Kestrel {

namespace {

QByteArray encodeJpeg(const cv::Mat &image, int quality)
{
    std::vector<uchar> buffer;
    if (image.empty() || !cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, quality}))
        return {};
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

// Exclusion zones in fractions of the frame; malformed entries are ignored (the camera dialog
// validates them when they are entered).
std::vector<cv::Rect2d> exclusionZones(const Camera &camera)
{
    std::vector<cv::Rect2d> zones;
    for (const QVariant &v : camera.options.value(QStringLiteral("exclude")).toList()) {
        const QStringList parts = v.toString().split(QLatin1Char(','));
        if (parts.size() != 4)
            continue;
        bool ok[4];
        const cv::Rect2d r(parts[0].toDouble(&ok[0]), parts[1].toDouble(&ok[1]), parts[2].toDouble(&ok[2]),
                           parts[3].toDouble(&ok[3]));
        if (ok[0] && ok[1] && ok[2] && ok[3] && r.width > 0 && r.height > 0)
            zones.push_back(r);
    }
    return zones;
}

void dropExcluded(std::vector<PlateReading> &readings, const std::vector<cv::Rect2d> &zones, cv::Size frame)
{
    if (zones.empty())
        return;
    std::erase_if(readings, [&](const PlateReading &r) {
        const cv::Point2d c((r.box.x + r.box.width / 2.0) / frame.width, (r.box.y + r.box.height / 2.0) / frame.height);
        return std::any_of(zones.begin(), zones.end(), [&](const cv::Rect2d &z) { return z.contains(c); });
    });
}

} // namespace

CameraWorker::CameraWorker(Camera camera, CameraSourceFactory *factory, Options options,
                           Callbacks callbacks)
    : m_camera(std::move(camera)), m_factory(factory), m_options(std::move(options)),
      m_callbacks(std::move(callbacks))
{
}

CameraWorker::~CameraWorker()
{
    stop();
}

void CameraWorker::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void CameraWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_source)
            m_source->interrupt();
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CameraWorker::waitFinished()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool CameraWorker::sleepInterruptible(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
}

void CameraWorker::emitRead(const TrackedPlate &plate)
{
    Read r;
    r.uid = newReadUid(plate.timeMs);
    r.vrm = plate.best.text;
    r.rawText = plate.best.raw;
    r.confidence = plate.best.confidence;
    r.candidates = plate.best.candidates;
    r.country = plate.best.country;
    r.format = plate.best.format;
    r.cameraId = m_camera.id;
    r.location = m_camera.location;
    r.direction = m_camera.direction;
    r.capturedAtMs = plate.timeMs;
    r.frameIndex = plate.frameIndex;
    cv::Mat overview = plate.overview;
    cv::Rect box = plate.best.box;
    if (overview.cols > m_options.overviewMaxWidth) {
        // Overviews are kept small (national guidance: about 25 KB): scale the box with them.
        const double s = double(m_options.overviewMaxWidth) / overview.cols;
        cv::resize(overview, overview, cv::Size(), s, s, cv::INTER_AREA);
        box = cv::Rect(cvRound(box.x * s), cvRound(box.y * s), cvRound(box.width * s), cvRound(box.height * s));
    }
    r.plateBox = QRect(box.x, box.y, box.width, box.height);
    r.platePatchJpeg = encodeJpeg(plate.best.patch, m_options.patchQuality);
    r.overviewJpeg = encodeJpeg(overview, m_options.overviewQuality);
    ++m_stats.reads;
    if (m_callbacks.read)
        m_callbacks.read(std::move(r));
}

void CameraWorker::run()
{
    auto setState = [this](CameraState s, const QString &msg) {
        if (m_callbacks.state)
            m_callbacks.state(s, msg);
    };
    auto recogniser = Recogniser::create(m_options.recogniser);
    if (!recogniser) {
        setState(CameraState::Offline, recogniser.error().toString());
        m_running = false;
        return;
    }
    int backoffMs = 1000;
    while (!m_stop) {
        setState(CameraState::Connecting, QString());
        auto created = m_factory->create(m_camera);
        std::unique_ptr<CameraSource> source;
        QString failure;
        if (!created) {
            failure = created.error().toString();
        } else {
            source = std::move(created).value();
            auto opened = source->open();
            if (!opened)
                failure = opened.error().toString();
        }
        if (!failure.isEmpty()) {
            const bool live = source ? source->isLive() : true;
            if (!live) {
                // A file that cannot be opened will not open on retry: say so and stop.
                setState(CameraState::Offline, failure);
                break;
            }
            setState(CameraState::Offline, QStringLiteral("%1; retrying in %2 s").arg(failure).arg(backoffMs / 1000));
            ++m_stats.reconnects;
            if (!sleepInterruptible(backoffMs))
                break;
            backoffMs = std::min(backoffMs * 2, m_options.maxBackoffMs);
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            m_source = source.get();
        }
        setState(CameraState::Online, QString());
        PlateTracker tracker;
        FrameGate gate;
        const std::vector<cv::Rect2d> excluded = exclusionZones(m_camera);
        qint64 lastPreviewMs = 0;
        Frame frame;
        QString error;
        CameraSource::Status status = CameraSource::Status::Frame;
        while (!m_stop) {
            status = source->read(&frame, &error);
            if (status != CameraSource::Status::Frame)
                break;
            backoffMs = 1000; // a good frame resets the backoff
            ++m_stats.frames;
            std::vector<PlateReading> readings;
            if (gate.pass(frame.image, !tracker.allSettled())) {
                ++m_stats.processed;
                readings = (*recogniser)->recognise(frame.image);
                dropExcluded(readings, excluded, frame.image.size());
            } else {
                ++m_stats.skipped;
            }
            for (const TrackedPlate &p : tracker.update(readings, frame.image, frame.timestampMs, frame.index))
                emitRead(p);
            for (const QString &warning : source->takeWarnings())
                setState(CameraState::Online, warning);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (m_callbacks.preview && now - lastPreviewMs >= m_options.previewIntervalMs) {
                lastPreviewMs = now;
                PreviewFrame pf;
                const double s = std::min(1.0, 640.0 / std::max(1, frame.image.cols));
                cv::resize(frame.image, pf.image, cv::Size(), s, s, cv::INTER_AREA);
                for (const PlateReading &r : readings) {
                    pf.boxes.append(QRect(cvRound(r.box.x * s), cvRound(r.box.y * s),
                                          cvRound(r.box.width * s), cvRound(r.box.height * s)));
                    pf.labels.append(r.text);
                }
                pf.timestampMs = frame.timestampMs;
                m_callbacks.preview(pf);
            }
        }
        for (const TrackedPlate &p : tracker.flush())
            emitRead(p);
        for (const QString &warning : source->takeWarnings())
            setState(CameraState::Online, warning);
        {
            std::lock_guard lock(m_mutex);
            m_source = nullptr;
        }
        source->close();
        if (m_stop)
            break;
        if (status == CameraSource::Status::EndOfStream) {
            setState(CameraState::Finished, QString());
            break;
        }
        // Failed mid-stream.
        if (!source->isLive()) {
            setState(CameraState::Offline, error);
            break;
        }
        setState(CameraState::Offline, QStringLiteral("%1; reconnecting in %2 s").arg(error).arg(backoffMs / 1000));
        ++m_stats.reconnects;
        if (!sleepInterruptible(backoffMs))
            break;
        backoffMs = std::min(backoffMs * 2, m_options.maxBackoffMs);
    }
    if (m_stop)
        setState(CameraState::Stopped, QString());
    m_running = false;
}

} // namespace Kestrel
