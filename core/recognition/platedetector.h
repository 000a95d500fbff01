// Finds candidate plates in a frame by grouping character-like blobs into text lines.
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace Kestrel {

struct PlateCandidateRegion
{
    cv::Rect textBox;        // union of the character blobs, in frame pixels
    double angleDeg = 0.0;   // slope of the text line
    double charHeight = 0.0; // median blob height
    int blobs = 0;
    bool darkOnLight = true;
    // Two-line plates (square rear, motorcycle): the second text line, below textBox. Empty for
    // one-line plates. The reader sees both lines side by side, top line first.
    cv::Rect secondLine;
    double secondCharHeight = 0.0;
    bool isTwoLine() const { return secondLine.area() > 0; }
    cv::Rect hull() const { return isTwoLine() ? (textBox | secondLine) : textBox; }
};

// Classical detector: adaptive threshold, connected components filtered by character shape,
// then chains of similar-height blobs on one line. Cheap (a few ms at 720p) and size-agnostic;
// the reader network then accepts or rejects each region, which removes the false ones.
class PlateDetector
{
public:
    struct Options
    {
        int minCharHeight = 9;      // pixels in the analysed image
        int maxWidth = 1280;        // frames wider than this are analysed downscaled
        int minBlobs = 3;
        bool lightOnDark = true;    // also look for inverted plates (some IR images, black plates)
        int maxRegions = 12;
        bool twoLine = true;        // also propose pairs of stacked lines as two-line plates
    };

    PlateDetector() = default;
    explicit PlateDetector(Options options) : m_options(options) {}

    std::vector<PlateCandidateRegion> detect(const cv::Mat &bgrOrGrey) const;

private:
    // bin: 255 where the ink of this polarity is (adaptive threshold of the analysed image).
    void detectPolarity(const cv::Mat &bin, bool darkOnLight, double scale,
                        std::vector<PlateCandidateRegion> &out) const;
    static void pairLines(std::vector<PlateCandidateRegion> &regions);

    Options m_options;
};

} // namespace Kestrel
