// Replays a recorded video file or a folder of images as if it were a camera.
#pragma once

#include "plugin/camerasource.h"

#include <opencv2/videoio.hpp>

#include <QElapsedTimer>
#include <QStringList>

namespace Kestrel {

// Camera options: "realtime" (default true) paces frames at their recorded rate; "loop"
// (default false) starts again at the end; "fps" is the rate of an image folder (default 1).
class FileSource : public CameraSource
{
public:
    explicit FileSource(Camera camera) : m_camera(std::move(camera)) {}

    Result<void> open() override;
    Status read(Frame *frame, QString *error) override;
    void close() override;
    bool isLive() const override { return false; }
    QStringList takeWarnings() override;

    bool isFolder() const { return !m_files.isEmpty(); }
    // Files of a folder that could not be decoded, with the reason; they are skipped.
    QStringList skipped() const { return m_skipped; }

private:
    Result<void> openVideo(); // m_path, from its first frame
    Status readVideo(Frame *frame, QString *error);
    Status readFolder(Frame *frame, QString *error);
    void pace(qint64 mediaMs);

    Camera m_camera;
    bool m_realtime = true;
    bool m_loop = false;
    double m_folderFps = 1.0;
    QString m_path;
    cv::VideoCapture m_capture;
    qint64 m_passFrames = 0; // frames read since the video was (re)opened
    double m_fps = 25.0;
    qint64 m_expectedFrames = 0;
    QStringList m_files;
    int m_nextFile = 0;
    QStringList m_skipped;
    QStringList m_warnings;
    qint64 m_index = 0;
    qint64 m_loopOffsetMs = 0;
    qint64 m_lastMediaMs = 0;
    qint64 m_startWallMs = 0;
    QElapsedTimer m_clock;
};

class FileSourceFactory : public CameraSourceFactory
{
public:
    QString kind() const override { return QStringLiteral("file"); }
    QString description() const override { return QStringLiteral("Video file and image folder"); }
    Result<std::unique_ptr<CameraSource>> create(const Camera &camera) override;
};

} // namespace Kestrel
