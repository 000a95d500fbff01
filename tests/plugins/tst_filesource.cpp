#include "filesource.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

namespace {

Camera cameraFor(const QString &path, bool realtime = false)
{
    Camera c;
    c.id = QStringLiteral("T");
    c.sourceKind = QStringLiteral("file");
    c.sourceUrl = path;
    c.options.insert(QStringLiteral("realtime"), realtime);
    return c;
}

const QString kDemo = QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo.mp4");

} // namespace

class TestFileSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFrameOfAVideo()
    {
        FileSource source(cameraFor(kDemo));
        QVERIFY(source.open().ok());
        Frame f;
        QString error;
        qint64 frames = 0, lastTs = 0;
        while (source.read(&f, &error) == CameraSource::Status::Frame) {
            QCOMPARE(f.index, frames);
            QVERIFY(f.timestampMs >= lastTs);
            lastTs = f.timestampMs;
            ++frames;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        cv::VideoCapture check(kDemo.toStdString());
        QCOMPARE(frames, qint64(check.get(cv::CAP_PROP_FRAME_COUNT)));
    }

    void realtimePacesFrames()
    {
        FileSource source(cameraFor(kDemo, true));
        QVERIFY(source.open().ok());
        Frame f;
        QString error;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 26; ++i)
            QCOMPARE(source.read(&f, &error), CameraSource::Status::Frame);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // 25 fps
    }

    void loopsWhenAsked()
    {
        Camera c = cameraFor(kDemo);
        c.options.insert(QStringLiteral("loop"), true);
        FileSource source(c);
        QVERIFY(source.open().ok());
        cv::VideoCapture check(kDemo.toStdString());
        const qint64 n = qint64(check.get(cv::CAP_PROP_FRAME_COUNT));
        Frame f;
        QString error;
        qint64 last = 0;
        // Several whole passes: the demo camera loops for as long as Kestrel runs (it once went
        // Offline at the second end of the file, calling the whole file damaged).
        for (qint64 i = 0; i < 3 * n + 10; ++i) {
            const auto status = source.read(&f, &error);
            QVERIFY2(status == CameraSource::Status::Frame,
                     qPrintable(QStringLiteral("frame %1 (pass %2): %3").arg(i).arg(i / n + 1).arg(error)));
            QCOMPARE(f.index, i);
            QVERIFY(f.timestampMs > last || i == 0); // time keeps going forward across the loops
            last = f.timestampMs;
        }
        QVERIFY(source.takeWarnings().isEmpty());
    }

    void missingFileNamesThePath()
    {
        FileSource source(cameraFor(QStringLiteral("/nonexistent/cam.mp4")));
        auto opened = source.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().toString().contains(QStringLiteral("/nonexistent/cam.mp4")));
    }

    void garbageFileIsNotAVideo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.mp4"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(100000, '\x42'));
        f.close();
        FileSource source(cameraFor(path));
        auto opened = source.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().toString().contains(path));
    }

    void truncatedVideoIsReportedNotSilent()
    {
        // A stream-friendly AVI (index-less reading works) cut in half: frames up to the cut are
        // delivered, then the source says the file is damaged instead of claiming a clean end.
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.avi"));
        {
            cv::VideoWriter w(whole.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25, cv::Size(320, 240));
            QVERIFY(w.isOpened());
            for (int i = 0; i < 100; ++i)
                w.write(cv::Mat(240, 320, CV_8UC3, cv::Scalar(i, 2 * i, 255 - i)));
        }
        QFile in(whole);
        in.open(QIODevice::ReadOnly);
        const QByteArray data = in.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.avi"));
        QFile out(cut);
        out.open(QIODevice::WriteOnly);
        out.write(data.left(data.size() / 2));
        out.close();
        FileSource source(cameraFor(cut));
        auto opened = source.open();
        if (!opened.ok()) {
            QVERIFY(opened.error().toString().contains(cut)); // refused up front is fine too
            return;
        }
        Frame f;
        QString error;
        int frames = 0;
        CameraSource::Status s;
        while ((s = source.read(&f, &error)) == CameraSource::Status::Frame)
            ++frames;
        QVERIFY(frames > 0 && frames < 100);
        QCOMPARE(s, CameraSource::Status::Failed);
        QVERIFY(error.contains(QStringLiteral("truncated")));
        QVERIFY(error.contains(cut));
    }

    void folderSkipsCorruptImagesAndSaysWhich()
    {
        QTemporaryDir dir;
        cv::Mat img(120, 200, CV_8UC3, cv::Scalar(200, 200, 200));
        cv::imwrite(dir.filePath(QStringLiteral("a.jpg")).toStdString(), img);
        cv::imwrite(dir.filePath(QStringLiteral("c.png")).toStdString(), img);
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", img, jpeg);
        QFile bad(dir.filePath(QStringLiteral("b.jpg")));
        bad.open(QIODevice::WriteOnly);
        bad.write(reinterpret_cast<const char *>(jpeg.data()), 40); // header only
        bad.close();
        FileSource source(cameraFor(dir.path()));
        QVERIFY(source.open().ok());
        Frame f;
        QString error;
        int frames = 0;
        while (source.read(&f, &error) == CameraSource::Status::Frame)
            ++frames;
        QCOMPARE(frames, 2);
        const QStringList warnings = source.takeWarnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("b.jpg")));
        QVERIFY(source.takeWarnings().isEmpty());
    }

    void emptyFolderIsRefused()
    {
        QTemporaryDir dir;
        FileSource source(cameraFor(dir.path()));
        auto opened = source.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("no JPEG")));
    }
};

QTEST_GUILESS_MAIN(TestFileSource)
#include "tst_filesource.moc"
