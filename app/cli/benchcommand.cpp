// kestrel-cli bench ...: speed figures as programs, never as timed tests.
#include "cliargs.h"
#include "commands.h"

#include "common/paths.h"
#include "pipeline/framegate.h"
#include "recognition/platetracker.h"
#include "recognition/recogniser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace Kestrel::Cli {

namespace {

// Frames of the demo video (moving vehicles with plates), scaled to the size under test.
std::vector<cv::Mat> demoFrames(const QString &video, cv::Size size, int count)
{
    std::vector<cv::Mat> frames;
    cv::VideoCapture capture(video.toStdString());
    cv::Mat f;
    while (int(frames.size()) < count && capture.read(f)) {
        cv::Mat scaled;
        cv::resize(f, scaled, size, 0, 0, cv::INTER_LINEAR);
        frames.push_back(scaled);
    }
    return frames;
}

int benchRecognise(const Args &args)
{
    cv::setNumThreads(1);
    const QString video = args.value(QStringLiteral("video"), sharedFile(QStringLiteral("demo/demo.mp4")));
    const int count = args.value(QStringLiteral("frames"), QStringLiteral("200")).toInt();
    auto recogniser = Recogniser::create();
    if (!recogniser) {
        err(recogniser.error().toString());
        return ExitBadInput;
    }
    QJsonObject result;
    for (const auto &[name, size] : {std::pair{QStringLiteral("720p"), cv::Size(1280, 720)},
                                     std::pair{QStringLiteral("1080p"), cv::Size(1920, 1080)}}) {
        const std::vector<cv::Mat> frames = demoFrames(video, size, count);
        if (frames.empty()) {
            err(QStringLiteral("%1: no frames to benchmark with").arg(video));
            return ExitBadInput;
        }
        (*recogniser)->recognise(frames.front()); // warm-up: first inference allocates
        QElapsedTimer timer;
        timer.start();
        qint64 plates = 0;
        for (const cv::Mat &f : frames)
            plates += qint64((*recogniser)->recognise(f).size());
        const double s = timer.nsecsElapsed() / 1e9;
        result.insert(QStringLiteral("recognise_%1_fps").arg(name), frames.size() / s);
        result.insert(QStringLiteral("recognise_%1_ms").arg(name), 1000.0 * s / frames.size());

        // The whole per-camera path as a video sees it: gate, recogniser, tracker.
        FrameGate gate;
        PlateTracker tracker;
        timer.restart();
        for (size_t i = 0; i < frames.size(); ++i) {
            std::vector<PlateReading> readings;
            if (gate.pass(frames[i], !tracker.allSettled()))
                readings = (*recogniser)->recognise(frames[i]);
            tracker.update(readings, frames[i], qint64(i) * 40, qint64(i));
        }
        result.insert(QStringLiteral("pipeline_%1_fps").arg(name), frames.size() / (timer.nsecsElapsed() / 1e9));
        result.insert(QStringLiteral("frames_%1").arg(name), int(frames.size()));
        result.insert(QStringLiteral("plates_read_%1").arg(name), plates);
    }
    if (args.has(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    } else {
        for (const QString &n : {QStringLiteral("720p"), QStringLiteral("1080p")})
            out(QStringLiteral("%1: recognise %2 fps (%3 ms/frame), pipeline with motion gate %4 fps, one thread, %5 frames")
                    .arg(n)
                    .arg(result.value(QStringLiteral("recognise_%1_fps").arg(n)).toDouble(), 0, 'f', 1)
                    .arg(result.value(QStringLiteral("recognise_%1_ms").arg(n)).toDouble(), 0, 'f', 2)
                    .arg(result.value(QStringLiteral("pipeline_%1_fps").arg(n)).toDouble(), 0, 'f', 1)
                    .arg(result.value(QStringLiteral("frames_%1").arg(n)).toInt()));
    }
    return ExitOk;
}

} // namespace

int benchCommand(const QStringList &words)
{
    if (!words.isEmpty() && words.first() == QLatin1String("hotlist"))
        return benchHotlistCommand(words.mid(1));
    if (!words.isEmpty() && words.first() == QLatin1String("store"))
        return storeBench(words.mid(1));
    Args args;
    if (!args.parse(words, {QStringLiteral("json")}, {QStringLiteral("video"), QStringLiteral("frames")}) ||
        args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli bench recognise [--json] [--video FILE] [--frames N]")
                                   : args.error());
        return ExitUsage;
    }
    const QString what = args.positional().first();
    if (what == QLatin1String("recognise") || what == QLatin1String("recognize"))
        return benchRecognise(args);
    err(QStringLiteral("kestrel-cli bench: unknown benchmark '%1' (have: recognise, hotlist, store)").arg(what));
    return ExitUsage;
}

} // namespace Kestrel::Cli
