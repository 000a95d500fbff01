#include "pipeline/framegate.h"

#include <opencv2/imgproc.hpp>

#include <QTest>

using namespace Kestrel;

class TestFrameGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stillSceneIsSkippedMotionPasses()
    {
        FrameGate gate;
        cv::Mat scene(720, 1280, CV_8UC3, cv::Scalar(60, 70, 80));
        cv::rectangle(scene, cv::Rect(100, 100, 300, 200), cv::Scalar(200, 200, 200), cv::FILLED);
        QVERIFY(gate.pass(scene, false)); // first frame always
        for (int i = 0; i < 10; ++i)
            QVERIFY(!gate.pass(scene.clone(), false));
        QCOMPARE(gate.skipped(), 10);
        cv::Mat moved = scene.clone();
        cv::rectangle(moved, cv::Rect(500, 300, 200, 120), cv::Scalar(250, 250, 250), cv::FILLED);
        QVERIFY(gate.pass(moved, false));
        QVERIFY(gate.pass(moved, true)); // busy tracks always get the frame
    }

    void sensorNoiseIsNotMotion()
    {
        FrameGate gate;
        cv::Mat scene(480, 640, CV_8UC3, cv::Scalar(90, 90, 90));
        gate.pass(scene, false);
        cv::RNG rng(7);
        for (int i = 0; i < 5; ++i) {
            cv::Mat noisy = scene.clone();
            cv::Mat noise(noisy.size(), CV_8UC3);
            rng.fill(noise, cv::RNG::UNIFORM, 0, 6);
            noisy += noise;
            QVERIFY(!gate.pass(noisy, false));
        }
    }

    void looksAnywayAfterALongQuietRun()
    {
        FrameGate::Options o;
        o.maxSkipped = 3;
        FrameGate gate(o);
        cv::Mat scene(100, 100, CV_8UC3, cv::Scalar::all(10));
        gate.pass(scene, false);
        QVERIFY(!gate.pass(scene, false));
        QVERIFY(!gate.pass(scene, false));
        QVERIFY(!gate.pass(scene, false));
        QVERIFY(gate.pass(scene, false));
    }
};

QTEST_APPLESS_MAIN(TestFrameGate)
#include "tst_framegate.moc"
