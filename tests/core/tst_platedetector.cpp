#include "recognition/platedetector.h"

#include <opencv2/imgproc.hpp>

#include <QTest>

using namespace Kestrel;

namespace {

// A plate drawn with OpenCV's own font: the detector looks for character shapes, not a font.
void drawPlate(cv::Mat &img, cv::Point centre, const std::string &text, double scale, bool dark, double angle = 0)
{
    int base = 0;
    const int thick = std::max(2, int(scale * 2.2));
    const cv::Size ts = cv::getTextSize(text, cv::FONT_HERSHEY_DUPLEX, scale, thick, &base);
    cv::Mat plate(ts.height * 2, ts.width + ts.height, CV_8UC3, dark ? cv::Scalar(20, 20, 20) : cv::Scalar(40, 200, 250));
    cv::putText(plate, text, cv::Point(ts.height / 2, ts.height * 3 / 2), cv::FONT_HERSHEY_DUPLEX, scale,
                dark ? cv::Scalar(240, 240, 240) : cv::Scalar(10, 10, 10), thick, cv::LINE_AA);
    const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(plate.cols / 2.0f, plate.rows / 2.0f), angle, 1.0);
    cv::Mat mask(plate.size(), CV_8U, cv::Scalar(255)), warped, warpedMask;
    cv::warpAffine(plate, warped, rot, plate.size() + cv::Size(0, 0), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::warpAffine(mask, warpedMask, rot, plate.size(), cv::INTER_NEAREST);
    const cv::Rect at(centre.x - plate.cols / 2, centre.y - plate.rows / 2, plate.cols, plate.rows);
    warped.copyTo(img(at), warpedMask);
}

} // namespace

class TestPlateDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsSeveralPlatesOfDifferentSizes()
    {
        cv::Mat img(720, 1280, CV_8UC3, cv::Scalar(90, 100, 110));
        drawPlate(img, {300, 200}, "AB12 CDE", 1.0, false);
        drawPlate(img, {900, 500}, "XY51 ABC", 2.2, false);
        const auto regions = PlateDetector().detect(img);
        int near1 = 0, near2 = 0;
        for (const auto &r : regions) {
            near1 += r.textBox.contains({300, 200}) && !r.isTwoLine();
            near2 += r.textBox.contains({900, 500}) && !r.isTwoLine();
        }
        QCOMPARE(near1, 1);
        QCOMPARE(near2, 1);
    }

    void measuresTilt()
    {
        cv::Mat img(480, 640, CV_8UC3, cv::Scalar(90, 100, 110));
        drawPlate(img, {320, 240}, "LM19KTP", 1.2, false, 12.0);
        const auto regions = PlateDetector().detect(img);
        QVERIFY(!regions.empty());
        // OpenCV's angle is counter-clockwise; image y grows downwards, so the slope is negative.
        QVERIFY2(std::abs(regions.front().angleDeg + 12.0) < 3.0, qPrintable(QString::number(regions.front().angleDeg)));
    }

    void findsLightCharactersOnDarkPlates()
    {
        cv::Mat img(480, 640, CV_8UC3, cv::Scalar(150, 160, 170));
        drawPlate(img, {320, 240}, "NTP 561M", 1.2, true);
        const auto regions = PlateDetector().detect(img);
        QVERIFY(std::any_of(regions.begin(), regions.end(), [](const auto &r) {
            return !r.darkOnLight && r.textBox.contains({320, 240});
        }));
    }

    void pairsTwoLinePlates()
    {
        cv::Mat img(480, 640, CV_8UC3, cv::Scalar(90, 100, 110));
        cv::rectangle(img, cv::Rect(220, 150, 200, 150), cv::Scalar(40, 200, 250), cv::FILLED);
        cv::putText(img, "AB12", cv::Point(245, 215), cv::FONT_HERSHEY_DUPLEX, 1.6, cv::Scalar(10, 10, 10), 4, cv::LINE_AA);
        cv::putText(img, "CDE", cv::Point(260, 280), cv::FONT_HERSHEY_DUPLEX, 1.6, cv::Scalar(10, 10, 10), 4, cv::LINE_AA);
        const auto regions = PlateDetector().detect(img);
        auto it = std::find_if(regions.begin(), regions.end(), [](const auto &r) { return r.isTwoLine(); });
        QVERIFY(it != regions.end());
        QVERIFY(it->textBox.y < it->secondLine.y);
        QVERIFY(it->hull().contains({320, 230}));
    }

    void touchingCharactersAtTheEndsStayOnTheLine_data()
    {
        QTest::addColumn<int>("bridgeGap");     // gap from the bar to the first character, in pixels
        QTest::addColumn<bool>("extendsLine");
        QTest::newRow("bar touching the first character") << 0 << true;
        QTest::newRow("bar standing apart") << 60 << false;
    }

    void touchingCharactersAtTheEndsStayOnTheLine()
    {
        // A diplomatic plate's W joined to the next character by its separator dot, as a
        // threshold sees it: one blob about twice a character's width. It belongs to the line.
        QFETCH(int, bridgeGap);
        QFETCH(bool, extendsLine);
        cv::Mat img(300, 800, CV_8UC3, cv::Scalar(40, 200, 250));
        const cv::Scalar ink(10, 10, 10);
        int base = 0;
        const cv::Size glyph = cv::getTextSize("0", cv::FONT_HERSHEY_DUPLEX, 1.6, 4, &base);
        const int left = 200, baseline = 170;
        cv::putText(img, "053011", cv::Point(left, baseline), cv::FONT_HERSHEY_DUPLEX, 1.6, ink, 4, cv::LINE_AA);
        // The "W": a block of character height and twice a character's width, ending bridgeGap
        // pixels before the line (0: touching the first character).
        const cv::Rect w(left - bridgeGap - 2 * glyph.width, baseline - glyph.height, 2 * glyph.width + 4, glyph.height);
        cv::rectangle(img, w, ink, 4);
        cv::line(img, {w.x, w.y + w.height / 2}, {w.x + w.width, w.y + w.height / 2}, ink, 4);
        const auto regions = PlateDetector().detect(img);
        auto it = std::find_if(regions.begin(), regions.end(), [&](const auto &r) {
            return !r.isTwoLine() && r.textBox.contains({left + 3 * glyph.width, baseline - glyph.height / 2});
        });
        QVERIFY(it != regions.end());
        QCOMPARE(it->textBox.x <= w.x + 2, extendsLine);
    }

    void onePolarityIsTheOthersComplement()
    {
        // The detector thresholds once and inverts for light-on-dark plates: that relies on
        // OpenCV's mean-C adaptive threshold giving exact complements for the two types.
        cv::Mat colour(360, 640, CV_8UC3), img;
        cv::randu(colour, 0, 256);
        cv::GaussianBlur(colour, colour, cv::Size(7, 7), 0);
        drawPlate(colour, {320, 120}, "AB12 CDE", 1.0, true);
        drawPlate(colour, {320, 260}, "XY51 ABC", 1.2, false);
        cv::cvtColor(colour, img, cv::COLOR_BGR2GRAY);
        cv::Mat inv, bin;
        cv::adaptiveThreshold(img, inv, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, 17, 9);
        cv::adaptiveThreshold(img, bin, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, 17, 9);
        cv::bitwise_not(inv, inv);
        QCOMPARE(cv::countNonZero(inv != bin), 0);
    }

    void emptyAndTinyImages()
    {
        QVERIFY(PlateDetector().detect(cv::Mat(10, 10, CV_8UC3, cv::Scalar::all(0))).empty());
        QVERIFY(PlateDetector().detect(cv::Mat(720, 1280, CV_8UC1, cv::Scalar::all(128))).empty());
    }
};

QTEST_APPLESS_MAIN(TestPlateDetector)
#include "tst_platedetector.moc"
