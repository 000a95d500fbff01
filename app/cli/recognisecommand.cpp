// kestrel-cli recognise FILE...: plates in still images and videos, one JSON line per read.
#include "cliargs.h"
#include "commands.h"

#include "recognition/platetracker.h"
#include "recognition/recogniser.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

namespace Kestrel::Cli {

namespace {

bool isImageFile(const QString &path)
{
    static const QStringList kImage = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                       QStringLiteral("bmp"), QStringLiteral("webp"), QStringLiteral("tif"),
                                       QStringLiteral("tiff"), QStringLiteral("pgm"), QStringLiteral("ppm")};
    return kImage.contains(QFileInfo(path).suffix().toLower());
}

void printReading(const QString &file, const PlateReading &p, qint64 frame, qint64 timeMs)
{
    QJsonArray candidates;
    for (const PlateCandidate &c : p.candidates)
        candidates.append(QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("score"), c.score}});
    const QJsonObject o{{QStringLiteral("file"), file},
                        {QStringLiteral("plate"), p.text},
                        {QStringLiteral("confidence"), p.confidence},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("box"), QJsonArray{p.box.x, p.box.y, p.box.width, p.box.height}},
                        {QStringLiteral("frame"), frame},
                        {QStringLiteral("time_ms"), timeMs},
                        {QStringLiteral("country"), p.country},
                        {QStringLiteral("format"), p.format}};
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

int recogniseVideo(Recogniser &recogniser, const QString &path)
{
    cv::VideoCapture capture;
    try {
        if (!capture.open(path.toStdString(), cv::CAP_FFMPEG)) {
            err(QStringLiteral("%1: not a video OpenCV can decode (corrupt or unknown format)").arg(path));
            return ExitBadInput;
        }
    } catch (const cv::Exception &e) {
        err(QStringLiteral("%1: cannot decode: %2").arg(path, QString::fromStdString(e.msg)));
        return ExitBadInput;
    }
    const double fps = capture.get(cv::CAP_PROP_FPS) > 0.5 ? capture.get(cv::CAP_PROP_FPS) : 25.0;
    const qint64 expected = qint64(capture.get(cv::CAP_PROP_FRAME_COUNT));
    PlateTracker tracker;
    cv::Mat frame;
    qint64 index = 0;
    auto emitAll = [&](const std::vector<TrackedPlate> &plates) {
        for (const TrackedPlate &t : plates)
            printReading(path, t.best, t.frameIndex, t.timeMs);
    };
    for (;; ++index) {
        bool ok = false;
        try {
            ok = capture.read(frame) && !frame.empty();
        } catch (const cv::Exception &) {
        }
        if (!ok)
            break;
        const qint64 timeMs = qint64(index * 1000.0 / fps);
        emitAll(tracker.update(recogniser.recognise(frame), frame, timeMs, index));
    }
    emitAll(tracker.flush());
    if (index == 0) {
        err(QStringLiteral("%1: the video has no decodable frames").arg(path));
        return ExitBadInput;
    }
    if (expected > 0 && index < expected - 2) {
        err(QStringLiteral("%1: the video ends at frame %2 of %3 (truncated or damaged)").arg(path).arg(index).arg(expected));
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace

int recogniseCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {}, {QStringLiteral("model")}) || args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli recognise [--model ONNX] FILE...") : args.error());
        return ExitUsage;
    }
    Recogniser::Options options;
    options.modelPath = args.value(QStringLiteral("model"));
    auto recogniser = Recogniser::create(options);
    if (!recogniser) {
        err(recogniser.error().toString());
        return ExitBadInput;
    }
    int status = ExitOk;
    for (const QString &path : args.positional()) {
        if (!QFileInfo::exists(path)) {
            err(QStringLiteral("%1: no such file").arg(path));
            status = ExitBadInput;
            continue;
        }
        if (!isImageFile(path)) {
            const int s = recogniseVideo(**recogniser, path);
            if (s != ExitOk)
                status = s;
            continue;
        }
        cv::Mat image;
        try {
            image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        } catch (const cv::Exception &) {
        }
        if (image.empty()) {
            err(QStringLiteral("%1: cannot decode the image (corrupt or not an image)").arg(path));
            status = ExitBadInput;
            continue;
        }
        for (const PlateReading &p : (*recogniser)->recognise(image))
            printReading(path, p, 0, 0);
    }
    return status;
}

} // namespace Kestrel::Cli
