#include "recognition/platetracker.h"

#include <QTest>

using namespace Kestrel;

namespace {

PlateReading reading(const QString &text, cv::Rect box, double conf = 0.9)
{
    PlateReading r;
    r.text = text;
    r.raw = text;
    r.confidence = conf;
    r.charConfidence.assign(text.size(), float(conf));
    r.box = box;
    r.sharpness = 100;
    r.candidates = {{text, conf}};
    return r;
}

} // namespace

class TestPlateTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePassGivesOneVotedRead()
    {
        PlateTracker tracker;
        const cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar::all(0));
        std::vector<TrackedPlate> out;
        // A plate moving down the frame over 1.2 s, misread in two frames of ten.
        for (int i = 0; i < 40; ++i) {
            const qint64 t = i * 40;
            std::vector<PlateReading> rs;
            if (i < 10) {
                QString text = QStringLiteral("AB12CDE");
                if (i == 3)
                    text = QStringLiteral("AB12C0E");
                if (i == 6)
                    text = QStringLiteral("A812CDE");
                rs.push_back(reading(text, cv::Rect(500, 300 + i * 8, 120 + i * 2, 30)));
            }
            for (auto &p : tracker.update(rs, frame, t, i))
                out.push_back(p);
        }
        QCOMPARE(int(out.size()), 1);
        QCOMPARE(out[0].best.text, QStringLiteral("AB12CDE"));
        QCOMPARE(out[0].observations, 10);
        QVERIFY(out[0].best.confidence > 0.5);
    }

    void twoVehiclesSideBySide()
    {
        PlateTracker tracker;
        const cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar::all(0));
        std::vector<TrackedPlate> out;
        for (int i = 0; i < 8; ++i) {
            std::vector<PlateReading> rs{reading(QStringLiteral("AB12CDE"), cv::Rect(100, 400 + i * 5, 120, 30)),
                                         reading(QStringLiteral("XY51ABC"), cv::Rect(900, 380 + i * 5, 120, 30))};
            for (auto &p : tracker.update(rs, frame, i * 40, i))
                out.push_back(p);
        }
        for (auto &p : tracker.flush())
            out.push_back(p);
        QCOMPARE(int(out.size()), 2);
        QStringList texts{out[0].best.text, out[1].best.text};
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("AB12CDE"), QStringLiteral("XY51ABC")}));
    }

    void parkedCarReadOnce()
    {
        PlateTracker tracker;
        const cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar::all(0));
        int reads = 0;
        for (int i = 0; i < 25 * 60; ++i) // a minute at 25 fps, never moving
            reads += int(tracker.update({reading(QStringLiteral("PK07ABC"), cv::Rect(600, 400, 120, 30))}, frame, i * 40, i).size());
        reads += int(tracker.flush().size());
        QCOMPARE(reads, 1);
    }

    void singleGlimpseIsNotARead()
    {
        PlateTracker tracker;
        const cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar::all(0));
        tracker.update({reading(QStringLiteral("JUNK123"), cv::Rect(10, 10, 60, 15))}, frame, 0, 0);
        QVERIFY(tracker.update({}, frame, 2000, 50).empty());
        QVERIFY(tracker.flush().empty());
    }

    void stillImageModeAcceptsOneObservation()
    {
        PlateTracker::Options o;
        o.minObservations = 1;
        PlateTracker tracker(o);
        const cv::Mat frame(100, 100, CV_8UC3, cv::Scalar::all(0));
        tracker.update({reading(QStringLiteral("AB12CDE"), cv::Rect(10, 10, 60, 15))}, frame, 0, 0);
        QCOMPARE(int(tracker.flush().size()), 1);
    }
};

QTEST_APPLESS_MAIN(TestPlateTracker)
#include "tst_platetracker.moc"
