#include "filesource.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <opencv2/imgcodecs.hpp>

namespace Kestrel {

Result<std::unique_ptr<CameraSource>> FileSourceFactory::create(const Camera &camera)
{
    if (camera.sourceUrl.isEmpty())
        return Error::badInput(QStringLiteral("camera %1 has no file or folder").arg(camera.id), {}, 0,
                               QStringLiteral("source"));
    return std::unique_ptr<CameraSource>(new FileSource(camera));
}

Result<void> FileSource::open()
{
    const QString path = m_camera.sourceUrl.startsWith(QLatin1String("file://"))
                             ? m_camera.sourceUrl.mid(7) : m_camera.sourceUrl;
    m_realtime = m_camera.options.value(QStringLiteral("realtime"), true).toBool();
    m_loop = m_camera.options.value(QStringLiteral("loop"), false).toBool();
    m_folderFps = std::max(0.01, m_camera.options.value(QStringLiteral("fps"), 1.0).toDouble());
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(QStringLiteral("no such file or folder"), path);
    m_index = 0;
    m_loopOffsetMs = 0;
    m_lastMediaMs = 0;
    m_startWallMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    if (info.isDir()) {
        const QStringList names = QDir(path).entryList(
            {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
             QStringLiteral("*.bmp"), QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG")},
            QDir::Files, QDir::Name);
        if (names.isEmpty())
            return Error::badInput(QStringLiteral("the folder has no JPEG, PNG or BMP images"), path);
        m_files.clear();
        for (const QString &n : names)
            m_files << QDir(path).filePath(n);
        m_nextFile = 0;
        return {};
    }
    if (!info.isReadable())
        return Error::io(QStringLiteral("the file is not readable"), path);
    m_path = path;
    if (auto opened = openVideo(); !opened)
        return opened;
    m_fps = m_capture.get(cv::CAP_PROP_FPS);
    if (!(m_fps > 0.5 && m_fps < 1000))
        m_fps = 25.0;
    m_expectedFrames = qint64(m_capture.get(cv::CAP_PROP_FRAME_COUNT));
    return {};
}

Result<void> FileSource::openVideo()
{
    m_passFrames = 0;
    try {
        if (!m_capture.open(m_path.toStdString(), cv::CAP_FFMPEG) && !m_capture.open(m_path.toStdString()))
            return Error::badInput(QStringLiteral("not a video OpenCV can decode (corrupt or unknown format)"), m_path);
    } catch (const cv::Exception &e) {
        return Error::badInput(QStringLiteral("cannot decode: %1").arg(QString::fromStdString(e.msg)), m_path);
    }
    return {};
}

void FileSource::pace(qint64 mediaMs)
{
    if (!m_realtime)
        return;
    const qint64 ahead = mediaMs - m_clock.elapsed();
    if (ahead > 0)
        QThread::msleep(ulong(std::min<qint64>(ahead, 5000)));
}

CameraSource::Status FileSource::read(Frame *frame, QString *error)
{
    return isFolder() ? readFolder(frame, error) : readVideo(frame, error);
}

CameraSource::Status FileSource::readVideo(Frame *frame, QString *error)
{
    cv::Mat image;
    bool ok = false;
    try {
        ok = m_capture.read(image) && !image.empty();
    } catch (const cv::Exception &e) {
        *error = QStringLiteral("%1: decoding failed at frame %2: %3")
                     .arg(m_camera.sourceUrl).arg(m_passFrames).arg(QString::fromStdString(e.msg));
        return Status::Failed;
    }
    if (!ok) {
        // A container that promised more frames than it gave is damaged, not finished. Frames
        // are counted per pass: media times after a loop say nothing about where the file ends.
        if (m_expectedFrames > 0 && m_passFrames < m_expectedFrames - 2) {
            *error = QStringLiteral("%1: the video ends at frame %2 of %3 (truncated or damaged)")
                         .arg(m_camera.sourceUrl).arg(m_passFrames).arg(m_expectedFrames);
            return Status::Failed;
        }
        if (m_loop && m_passFrames > 0) {
            // Opened afresh rather than sought back to frame 0: FFmpeg's seek after the end of a
            // file is not reliable for every container, and a loop must run for days.
            m_capture.release();
            m_loopOffsetMs = m_lastMediaMs + qint64(1000.0 / m_fps);
            if (auto reopened = openVideo(); !reopened) {
                *error = reopened.error().toString();
                return Status::Failed;
            }
            try {
                ok = m_capture.read(image) && !image.empty();
            } catch (const cv::Exception &e) {
                *error = QStringLiteral("%1: decoding failed at frame 0: %2")
                             .arg(m_camera.sourceUrl, QString::fromStdString(e.msg));
                return Status::Failed;
            }
        }
        if (!ok)
            return Status::EndOfStream;
    }
    const qint64 passMs = qint64(m_capture.get(cv::CAP_PROP_POS_MSEC));
    qint64 mediaMs = m_loopOffsetMs + (passMs > 0 ? passMs : qint64((m_passFrames * 1000) / m_fps));
    if (mediaMs < m_lastMediaMs)
        mediaMs = m_lastMediaMs + qint64(1000.0 / m_fps);
    m_lastMediaMs = mediaMs;
    ++m_passFrames;
    pace(mediaMs);
    frame->image = image;
    frame->index = m_index++;
    frame->timestampMs = m_startWallMs + mediaMs;
    return Status::Frame;
}

CameraSource::Status FileSource::readFolder(Frame *frame, QString *error)
{
    Q_UNUSED(error);
    for (;;) {
        if (m_nextFile >= m_files.size()) {
            if (!m_loop || m_skipped.size() >= m_files.size())
                return Status::EndOfStream;
            m_nextFile = 0;
        }
        const QString file = m_files.at(m_nextFile++);
        cv::Mat image;
        try {
            image = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
        } catch (const cv::Exception &) {
        }
        if (image.empty()) {
            // One bad image must not stop a folder: note it and go on.
            if (!m_skipped.contains(file)) {
                m_skipped << file;
                m_warnings << QStringLiteral("%1: cannot decode the image (corrupt or not an image); skipped").arg(file);
            }
            continue;
        }
        const qint64 mediaMs = qint64(m_index * 1000.0 / m_folderFps);
        pace(mediaMs);
        frame->image = image;
        frame->index = m_index++;
        frame->timestampMs = m_startWallMs + mediaMs;
        return Status::Frame;
    }
}

QStringList FileSource::takeWarnings()
{
    QStringList out;
    out.swap(m_warnings);
    return out;
}

void FileSource::close()
{
    m_capture.release();
}

} // namespace Kestrel
