// The camera tile: BGR frames converted correctly, state shown by word, last message kept.
#include "cameratile.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace Kestrel;

class TestCameraTile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bgrToImage()
    {
        cv::Mat bgr(20, 40, CV_8UC3, cv::Scalar(255, 0, 0)); // pure blue in BGR order
        bgr.at<cv::Vec3b>(5, 7) = cv::Vec3b(0, 0, 255);        // one red pixel
        const QImage image = CameraTile::toImage(bgr);
        QCOMPARE(image.size(), QSize(40, 20));
        QCOMPARE(image.pixelColor(0, 0), QColor(0, 0, 255));
        QCOMPARE(image.pixelColor(7, 5), QColor(255, 0, 0));
        // A deep copy: the Mat can go away.
        bgr.release();
        QCOMPARE(image.pixelColor(0, 0), QColor(0, 0, 255));
        QVERIFY(CameraTile::toImage(cv::Mat()).isNull());
        QVERIFY(!CameraTile::toImage(cv::Mat(4, 4, CV_8UC1, cv::Scalar(9))).isNull());
    }

    void stateAndMessage()
    {
        CameraTile tile(QStringLiteral("CAM-1"), QStringLiteral("A64 northbound"));
        tile.resize(480, 300);
        tile.setState(CameraState::Offline, QStringLiteral("connection refused, retrying in 4 s"));
        QCOMPARE(tile.state(), CameraState::Offline);
        QCOMPARE(tile.message(), QStringLiteral("connection refused, retrying in 4 s"));
        QVERIFY(tile.toolTip().contains(QStringLiteral("Offline")));
        tile.setState(CameraState::Connecting, QString()); // keeps the last reason
        QCOMPARE(tile.message(), QStringLiteral("connection refused, retrying in 4 s"));
        tile.setState(CameraState::Online, QString());
        QVERIFY(tile.message().isEmpty());
        const QSet<QString> words{CameraTile::stateWord(CameraState::Online), CameraTile::stateWord(CameraState::Offline),
                                  CameraTile::stateWord(CameraState::Connecting), CameraTile::stateWord(CameraState::Finished),
                                  CameraTile::stateWord(CameraState::Stopped)};
        QCOMPARE(words.size(), 5);
    }

    void paintsFrameWithBoxes()
    {
        CameraTile tile(QStringLiteral("CAM-1"), QStringLiteral("A64"));
        tile.resize(640, 400);
        PreviewFrame frame;
        frame.image = cv::Mat(360, 640, CV_8UC3, cv::Scalar(40, 40, 40));
        frame.boxes = {QRect(100, 200, 120, 30)};
        frame.labels = {QStringLiteral("GM17KFZ")};
        tile.setState(CameraState::Online, QString());
        tile.setFrame(frame);
        QCOMPARE(tile.framesShown(), 1);
        const QImage shot = tile.grab().toImage();
        QCOMPARE(shot.size(), QSize(640, 400));
        // The picture is drawn (grey, not the black background) below the header.
        const QColor centre = shot.pixelColor(320, 215 + 20);
        QVERIFY2(centre.red() > 30 && centre.red() < 60, qPrintable(centre.name()));
    }

    void paintsExclusionZonesHatched()
    {
        CameraTile tile(QStringLiteral("CAM-1"), QStringLiteral("A64"));
        tile.resize(640, 390); // a 640x360 picture fills the area under the 30 px header
        PreviewFrame frame;
        frame.image = cv::Mat(360, 640, CV_8UC3, cv::Scalar(40, 40, 40));
        tile.setState(CameraState::Online, QString());
        tile.setFrame(frame);
        tile.setExclusionZones({QRectF(0, 0, 0.5, 0.5)});
        QCOMPARE(tile.exclusionZones().size(), 1);
        const QImage shot = tile.grab().toImage();
        // Inside the zone some pixels carry the amber hatching; outside, the picture is untouched.
        int amber = 0;
        for (int x = 10; x < 300; ++x) {
            const QColor c = shot.pixelColor(x, 30 + 90);
            amber += c.red() > 120 && c.blue() < 80;
        }
        QVERIFY2(amber > 10, qPrintable(QString::number(amber)));
        const QColor outside = shot.pixelColor(480, 30 + 270);
        QVERIFY2(outside.red() > 30 && outside.red() < 60, qPrintable(outside.name()));
    }
};

QTEST_MAIN(TestCameraTile)
#include "tst_cameratile.moc"
