// Decides which frames are worth recognising: skips still scenes, so a quiet camera costs little.
#pragma once

#include <QtGlobal>

#include <opencv2/core.hpp>

namespace Kestrel {

class FrameGate
{
public:
    struct Options
    {
        double minChangedFraction = 0.002; // of the thumbnail's pixels
        int pixelThreshold = 12;           // grey levels
        int maxSkipped = 25;               // look anyway after this many skipped frames
    };

    FrameGate() = default;
    explicit FrameGate(Options options) : m_options(options) {}

    // True when the frame differs enough from the last one passed, or when `busy` (tracks still
    // need frames to finish), or after maxSkipped quiet frames in a row.
    bool pass(const cv::Mat &bgr, bool busy);

    qint64 passed() const { return m_passed; }
    qint64 skipped() const { return m_skipped; }

private:
    Options m_options;
    cv::Mat m_previous;
    int m_quietRun = 0;
    qint64 m_passed = 0;
    qint64 m_skipped = 0;
};

} // namespace Kestrel
