#include "recognition/platedetector.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Kestrel {

namespace {

// Blobs up to this wide for their height may be characters that touch each other.
constexpr double kMaxTouchingAspect = 2.6;

struct Blob
{
    cv::Rect box;
    double cx, cy;
};

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// Characters that touch (a separator dot, dirt, blur or low resolution bridges them) make one
// blob too wide for a character. Such a blob cannot start a line, but one of the line's height,
// on its axis and close against either end extends it: the reader reads the pixels of the whole
// line. `touching` counts the characters the added blobs stand for.
void extendWithTouching(const std::vector<Blob> &wide, const cv::Rect &first, const cv::Rect &last,
                        double charHeight, cv::Rect &line, int &touching)
{
    for (const Blob &b : wide) {
        const double ratio = std::max<double>(b.box.height, charHeight) / std::min<double>(b.box.height, charHeight);
        if (ratio > 1.25)
            continue;
        const cv::Rect &end = b.cx < first.x ? first : last;
        if (b.cx >= first.x && b.cx <= last.x + last.width)
            continue; // inside the line: not an end
        const int gap = b.cx < first.x ? first.x - (b.box.x + b.box.width) : b.box.x - (last.x + last.width);
        if (gap < 0 || gap > 0.6 * charHeight)
            continue;
        if (std::abs(b.cy - (end.y + end.height / 2.0)) > 0.25 * charHeight)
            continue;
        line |= b.box;
        touching += std::max(2, int(std::lround(double(b.box.width) / b.box.height / 0.6)));
    }
}

double iou(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    return inter <= 0 ? 0.0 : inter / (a.area() + b.area() - inter);
}

} // namespace

std::vector<PlateCandidateRegion> PlateDetector::detect(const cv::Mat &input) const
{
    cv::Mat grey;
    if (input.channels() == 3)
        cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
    else if (input.channels() == 4)
        cv::cvtColor(input, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = input;
    double scale = 1.0;
    if (grey.cols > m_options.maxWidth) {
        scale = double(m_options.maxWidth) / grey.cols;
        cv::resize(grey, grey, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    std::vector<PlateCandidateRegion> out;
    // Block size about twice a mid-sized character: keeps strokes whole and backgrounds flat.
    // Dark-on-light ink is (pixel - local mean <= -9); light-on-dark is exactly the complement
    // (OpenCV's THRESH_BINARY with the same block and constant), so one threshold serves both.
    const int block = std::max(15, (grey.cols / 40) | 1);
    cv::Mat ink;
    cv::adaptiveThreshold(grey, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 9);
    detectPolarity(ink, true, scale, out);
    if (m_options.lightOnDark) {
        cv::bitwise_not(ink, ink);
        detectPolarity(ink, false, scale, out);
    }
    if (m_options.twoLine)
        pairLines(out);

    // Strongest first: more characters, then taller ones; drop duplicates across polarities.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.blobs != b.blobs ? a.blobs > b.blobs : a.charHeight > b.charHeight;
    });
    std::vector<PlateCandidateRegion> kept;
    for (const auto &r : out) {
        const bool dup = std::any_of(kept.begin(), kept.end(),
                                     [&](const auto &k) {
                                         return k.isTwoLine() == r.isTwoLine() && iou(k.hull(), r.hull()) > 0.5;
                                     });
        if (!dup)
            kept.push_back(r);
        if (int(kept.size()) >= m_options.maxRegions)
            break;
    }
    return kept;
}

void PlateDetector::pairLines(std::vector<PlateCandidateRegion> &regions)
{
    // Two lines of one plate: same polarity, similar character height, the lower one starting
    // within about one character height below the upper, horizontally centred on each other.
    const size_t n = regions.size();
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            const PlateCandidateRegion &top = regions[i];
            const PlateCandidateRegion &bottom = regions[j];
            if (i == j || top.darkOnLight != bottom.darkOnLight || top.isTwoLine() || bottom.isTwoLine())
                continue;
            const double h = std::max(top.charHeight, bottom.charHeight);
            const double ratio = std::max(top.charHeight, bottom.charHeight) /
                                 std::max(1.0, std::min(top.charHeight, bottom.charHeight));
            const int gap = bottom.textBox.y - (top.textBox.y + top.textBox.height);
            const double topCx = top.textBox.x + top.textBox.width / 2.0;
            const double bottomCx = bottom.textBox.x + bottom.textBox.width / 2.0;
            const double width = std::max(top.textBox.width, bottom.textBox.width);
            if (ratio > 1.5 || gap < -0.1 * h || gap > 1.0 * h || std::abs(topCx - bottomCx) > 0.35 * width)
                continue;
            if (std::abs(top.angleDeg - bottom.angleDeg) > 8.0)
                continue;
            PlateCandidateRegion pair = top;
            pair.secondLine = bottom.textBox;
            pair.secondCharHeight = bottom.charHeight;
            pair.blobs = top.blobs + bottom.blobs;
            regions.push_back(pair);
        }
    }
}

void PlateDetector::detectPolarity(const cv::Mat &bin, bool darkOnLight, double scale,
                                   std::vector<PlateCandidateRegion> &out) const
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(bin, labels, stats, centroids, 8, CV_32S);

    const int maxH = std::max(m_options.minCharHeight + 1, bin.rows / 3);
    std::vector<Blob> blobs;
    blobs.reserve(256);
    std::vector<Blob> wide; // too wide for one character: perhaps characters that touch
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (h < m_options.minCharHeight || h > maxH)
            continue;
        const double aspect = double(w) / h;
        if (aspect < 0.08 || aspect > kMaxTouchingAspect)
            continue;
        const double fill = double(area) / (double(w) * h);
        if (fill < 0.12 || fill > 0.92)
            continue;
        cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w, h);
        (aspect <= 1.1 ? blobs : wide).push_back({box, box.x + w / 2.0, box.y + h / 2.0});
    }
    if (int(blobs.size()) < m_options.minBlobs)
        return;
    std::sort(blobs.begin(), blobs.end(), [](const Blob &a, const Blob &b) { return a.cx < b.cx; });

    // Link neighbours on one text line: similar height, aligned centres, a gap of at most ~1.6
    // character heights (room for the space, a national emblem or a screw between groups).
    std::vector<int> parent(blobs.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < blobs.size(); ++i) {
        const Blob &a = blobs[i];
        for (size_t j = i + 1; j < blobs.size(); ++j) {
            const Blob &b = blobs[j];
            const double h = std::max(a.box.height, b.box.height);
            if (b.box.x - (a.box.x + a.box.width) > 1.6 * h)
                break; // sorted by x: everything further is further away
            const double ratio = double(std::max(a.box.height, b.box.height)) /
                                 std::min(a.box.height, b.box.height);
            if (ratio > 1.35 || std::abs(a.cy - b.cy) > 0.45 * h || b.cx - a.cx < 0.2 * h)
                continue;
            parent[findRoot(parent, int(j))] = findRoot(parent, int(i));
        }
    }
    std::vector<std::vector<int>> groups(blobs.size());
    for (size_t i = 0; i < blobs.size(); ++i)
        groups[findRoot(parent, int(i))].push_back(int(i));

    for (const auto &g : groups) {
        if (int(g.size()) < m_options.minBlobs || g.size() > 12)
            continue;
        cv::Rect box = blobs[g.front()].box;
        std::vector<int> heights;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int idx : g) {
            const Blob &b = blobs[idx];
            box |= b.box;
            heights.push_back(b.box.height);
            sx += b.cx;
            sy += b.cy;
            sxx += b.cx * b.cx;
            sxy += b.cx * b.cy;
        }
        std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
        const double medianH = heights[heights.size() / 2];
        int touching = 0;
        extendWithTouching(wide, blobs[g.front()].box, blobs[g.back()].box, medianH, box, touching);
        // A text line is much wider than tall; a column of blobs (fence, text block) is not.
        if (box.width < 1.5 * medianH || box.width > 16 * medianH)
            continue;
        const double k = double(g.size());
        const double denom = k * sxx - sx * sx;
        const double slope = denom > 1e-6 ? (k * sxy - sx * sy) / denom : 0.0;
        const double angle = std::atan(slope) * 180.0 / CV_PI;
        if (std::abs(angle) > 25.0)
            continue;
        PlateCandidateRegion r;
        const double inv = 1.0 / scale;
        r.textBox = cv::Rect(cvRound(box.x * inv), cvRound(box.y * inv), cvRound(box.width * inv),
                             cvRound(box.height * inv));
        r.angleDeg = angle;
        r.charHeight = medianH * inv;
        r.blobs = int(g.size()) + touching;
        r.darkOnLight = darkOnLight;
        out.push_back(r);
    }
}

} // namespace Kestrel
