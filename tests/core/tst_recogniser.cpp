#include "recognition/recogniser.h"

#include "renderedplate.h"

#include <QFile>
#include <QTemporaryFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace Kestrel;

namespace {

QStringList texts(const std::vector<PlateReading> &readings)
{
    QStringList out;
    for (const PlateReading &r : readings)
        out << r.text;
    return out;
}

} // namespace

class TestRecogniser : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Recogniser> m_recogniser;

private Q_SLOTS:
    void initTestCase()
    {
        auto r = Recogniser::create();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        m_recogniser = std::move(r).value();
    }

    void missingModelIsAClearError()
    {
        Recogniser::Options o;
        o.modelPath = QStringLiteral("/nonexistent/model.onnx");
        auto r = Recogniser::create(o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("/nonexistent/model.onnx")));
    }

    void corruptModelIsAClearError()
    {
        QTemporaryFile f;
        f.open();
        f.write("definitely not onnx");
        f.close();
        Recogniser::Options o;
        o.modelPath = f.fileName();
        auto r = Recogniser::create(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Integrity);
    }

    void readsRenderedPlates_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("yellow");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("angle");
        QTest::newRow("front white") << QStringLiteral("AB12 CDE") << false << 300 << 0.0;
        QTest::newRow("rear yellow") << QStringLiteral("YX73 GHJ") << true << 300 << 0.0;
        QTest::newRow("small") << QStringLiteral("BD51 SMR") << false << 130 << 0.0;
        QTest::newRow("large") << QStringLiteral("LM19 KTP") << true << 520 << 0.0;
        QTest::newRow("tilted 8 degrees") << QStringLiteral("WR66 FNU") << false << 280 << 8.0;
        QTest::newRow("tilted -12 degrees") << QStringLiteral("HK08 VWX") << true << 280 << -12.0;
        QTest::newRow("prefix era") << QStringLiteral("P123 ABC") << true << 280 << 0.0;
    }
    void readsRenderedPlates()
    {
        QFETCH(QString, display);
        QFETCH(bool, yellow);
        QFETCH(int, width);
        QFETCH(double, angle);
        const cv::Mat frame = renderPlate(display, yellow, width, angle);
        const auto readings = m_recogniser->recognise(frame);
        QString expected = display;
        expected.remove(QLatin1Char(' '));
        QVERIFY2(texts(readings).contains(expected), qPrintable(texts(readings).join(QLatin1Char(','))));
        for (const PlateReading &r : readings) {
            if (r.text != expected)
                continue;
            QVERIFY(r.confidence > 0.5);
            QCOMPARE(r.country, QStringLiteral("GB"));
            QVERIFY(!r.patch.empty());
            QVERIFY(r.box.contains(cv::Point(480, 390)));
        }
    }

    void keepsWhatTheNetworkReadAmongTheCandidates()
    {
        // A vanity mark with no digit fits no format; the repair makes it a UK current mark by
        // swapping B/8 and O/0. The plate as written must still be in the top-N list.
        const cv::Mat frame = renderPlate(QStringLiteral("KM BORAK"), false, 320, 0.0);
        const auto readings = m_recogniser->recognise(frame);
        QVERIFY(!readings.empty());
        QStringList all;
        for (const PlateReading &r : readings)
            for (const PlateCandidate &c : r.candidates)
                all << c.text;
        QVERIFY2(all.contains(QStringLiteral("KMBORAK")), qPrintable(all.join(QLatin1Char(','))));
        QVERIFY2(!texts(readings).contains(QStringLiteral("KMBORAK")), qPrintable(texts(readings).join(QLatin1Char(','))));
    }

    void readsACharacterTheDetectorLosesAtTheEnd_data()
    {
        QTest::addColumn<bool>("first");
        QTest::newRow("last character lost") << false;
        QTest::newRow("first character lost") << true;
    }
    void readsACharacterTheDetectorLosesAtTheEnd()
    {
        // A line found one character short (the character fused with the plate's border, a
        // screw or a post): the widened second reading completes the mark.
        // Only a short reading that fits no national format is read again: "U12CDE" cannot be
        // a prefix mark (U never starts one), "AU12CD" fits nothing.
        QFETCH(bool, first);
        const cv::Mat frame = renderPlate(QStringLiteral("AU12 CDE"), false, 300, 0.0);
        const auto found = m_recogniser->recognise(frame);
        QVERIFY(texts(found).contains(QStringLiteral("AU12CDE")));
        // The whole line as the detector sees it, then cut one character short.
        PlateDetector detector;
        cv::Mat grey;
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
        std::vector<PlateCandidateRegion> lines = detector.detect(grey);
        auto whole = std::find_if(lines.begin(), lines.end(), [](const PlateCandidateRegion &r) {
            return r.blobs == 7 && !r.isTwoLine();
        });
        QVERIFY(whole != lines.end());
        PlateCandidateRegion cut = *whole;
        const int pitch = cut.textBox.width / 7;
        cut.textBox.width -= pitch + pitch / 8;
        if (first)
            cut.textBox.x += pitch + pitch / 8;
        cut.blobs = 6;
        const auto readings = m_recogniser->recognise(frame, {cut});
        QVERIFY2(texts(readings) == QStringList{QStringLiteral("AU12CDE")}, qPrintable(texts(readings).join(QLatin1Char(','))));
    }

    void widerReadingCompletesOnlyANationalFormat_data()
    {
        QTest::addColumn<QString>("narrow");
        QTest::addColumn<QString>("narrowFormat");
        QTest::addColumn<QString>("wide");
        QTest::addColumn<QString>("wideFormat");
        QTest::addColumn<double>("wideConfidence");
        QTest::addColumn<bool>("completes");
        QTest::newRow("Slovak last letter") << "BY649A" << "eu-generic" << "BY649AG" << "eu-aa999aa" << 0.95 << true;
        QTest::newRow("UK prefix first letter") << "328DFP" << "uk-dateless-reversed" << "L328DFP" << "uk-prefix" << 0.95 << true;
        QTest::newRow("junk after a whole mark") << "AB12CDE" << "uk-current" << "AB12CDE1" << "eu-generic" << 0.95 << false;
        QTest::newRow("dateless is not enough") << "S21" << "" << "CS21" << "uk-dateless" << 0.95 << false;
        QTest::newRow("much less confident") << "BY649A" << "eu-generic" << "BY649AG" << "eu-aa999aa" << 0.70 << false;
        QTest::newRow("changes a character") << "BY649A" << "eu-generic" << "BY648AG" << "eu-aa999aa" << 0.95 << false;
    }
    void widerReadingCompletesOnlyANationalFormat()
    {
        QFETCH(QString, narrow);
        QFETCH(QString, narrowFormat);
        QFETCH(QString, wide);
        QFETCH(QString, wideFormat);
        QFETCH(double, wideConfidence);
        QFETCH(bool, completes);
        PlateReading a, b;
        a.text = a.raw = narrow;
        a.format = narrowFormat;
        a.confidence = 0.9;
        b.text = b.raw = wide;
        b.format = wideFormat;
        b.confidence = wideConfidence;
        QCOMPARE(Recogniser::completes(a, b, 0.55), completes);
    }

    void widerReadingRescuesADoubtfulOne_data()
    {
        // The network's own output (raw) and the repaired reading (text) of both crops.
        QTest::addColumn<QString>("narrowRaw");
        QTest::addColumn<QString>("narrow");
        QTest::addColumn<QString>("narrowFormat");
        QTest::addColumn<bool>("dropped");
        QTest::addColumn<double>("narrowConfidence");
        QTest::addColumn<QString>("wideRaw");
        QTest::addColumn<QString>("wide");
        QTest::addColumn<QString>("wideFormat");
        QTest::addColumn<bool>("completes");
        // Cut short, then repaired into another format by dropping the 4 and swapping 6 for G.
        QTest::newRow("cut short, mis-repaired") << "BY649A" << "BYG9A" << "uk-suffix" << true << 1.0
                                                 << "BY649AG" << "BY649AG" << "eu-aa999aa" << true;
        QTest::newRow("cut short, too unsure") << "RK708A" << "RK7084" << "de" << false << 0.10
                                               << "RK708AI" << "RK708AI" << "eu-aa999aa" << true;
        QTest::newRow("a sign widened") << "ORTH" << "0RTH" << "uk-dateless-reversed" << false << 0.12
                                        << "NORTH" << "N0RTH" << "uk-prefix" << false;
        QTest::newRow("wider one drops a mark too") << "BY649A" << "BYG9A" << "uk-suffix" << true << 1.0
                                                    << "BY6494G" << "BY649G" << "uk-suffix" << false;
        QTest::newRow("wider one changes the first") << "RK708A" << "RK7084" << "de" << false << 0.10
                                                     << "RK709AI" << "RK709AI" << "eu-aa999aa" << false;
        QTest::newRow("a whole national mark stays") << "AB12CDE" << "AB12CDE" << "uk-current" << false << 1.0
                                                     << "1AB12CDE" << "1AB12CDE" << "eu-generic" << false;
    }
    void widerReadingRescuesADoubtfulOne()
    {
        QFETCH(QString, narrowRaw);
        QFETCH(QString, narrow);
        QFETCH(QString, narrowFormat);
        QFETCH(bool, dropped);
        QFETCH(double, narrowConfidence);
        QFETCH(QString, wideRaw);
        QFETCH(QString, wide);
        QFETCH(QString, wideFormat);
        QFETCH(bool, completes);
        PlateReading a, b;
        a.raw = narrowRaw;
        a.text = narrow;
        a.format = narrowFormat;
        a.droppedMark = dropped;
        a.confidence = narrowConfidence;
        b.raw = wideRaw;
        b.text = wide;
        b.format = wideFormat;
        b.droppedMark = wide.size() < wideRaw.size();
        b.confidence = 1.0;
        QCOMPARE(Recogniser::completes(a, b, 0.55), completes);
    }

    void widenedRegionFollowsTheSlope()
    {
        PlateCandidateRegion r;
        r.textBox = cv::Rect(100, 50, 200, 30);
        r.charHeight = 30;
        const PlateCandidateRegion flat = Recogniser::widened(r);
        QCOMPARE(flat.textBox, cv::Rect(76, 50, 248, 30));
        r.angleDeg = 25.0;
        const PlateCandidateRegion tilted = Recogniser::widened(r);
        QVERIFY(tilted.textBox.width < flat.textBox.width);
        QVERIFY(tilted.textBox.height > r.textBox.height);
        QCOMPARE(tilted.textBox.x + tilted.textBox.width / 2, 200);
    }

    void emptySceneHasNoReads()
    {
        cv::Mat frame(540, 960, CV_8UC3, cv::Scalar(90, 95, 100));
        cv::rectangle(frame, cv::Rect(100, 100, 400, 200), cv::Scalar(30, 30, 160), cv::FILLED);
        QVERIFY(m_recogniser->recognise(frame).empty());
        QVERIFY(m_recogniser->recognise(cv::Mat()).empty());
    }

    void readsTheDemoVideosPlates()
    {
        // Frames from the shipped demo (tools/make_demo_video.py) with its ground truth.
        QFile truth(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo_truth.csv"));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        truth.readLine();
        cv::VideoCapture video(KESTREL_RESOURCES_DIR "/demo/demo.mp4");
        QVERIFY(video.isOpened());
        int plates = 0, read = 0;
        while (!truth.atEnd()) {
            const QList<QByteArray> f = truth.readLine().trimmed().split(',');
            if (f.size() < 3)
                continue;
            ++plates;
            const int frameIndex = (f[1].toInt() + 3 * f[2].toInt()) / 4; // late: plate is large
            video.set(cv::CAP_PROP_POS_FRAMES, frameIndex);
            cv::Mat frame;
            QVERIFY(video.read(frame));
            if (texts(m_recogniser->recognise(frame)).contains(QString::fromLatin1(f[0])))
                ++read;
            else
                qWarning("not read in frame %d: %s", frameIndex, f[0].constData());
        }
        QVERIFY(plates >= 5);
        QVERIFY2(read >= plates - 1, qPrintable(QStringLiteral("%1 of %2").arg(read).arg(plates)));
    }
};

QTEST_MAIN(TestRecogniser)
#include "tst_recogniser.moc"
