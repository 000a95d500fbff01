#include "pipeline/framegate.h"

#include <opencv2/imgproc.hpp>

namespace Kestrel {

bool FrameGate::pass(const cv::Mat &bgr, bool busy)
{
    cv::Mat thumb;
    cv::resize(bgr, thumb, cv::Size(160, 90), 0, 0, cv::INTER_AREA);
    if (thumb.channels() == 3)
        cv::cvtColor(thumb, thumb, cv::COLOR_BGR2GRAY);
    bool moved = true;
    if (!m_previous.empty()) {
        cv::Mat diff;
        cv::absdiff(thumb, m_previous, diff);
        const int changed = cv::countNonZero(diff > m_options.pixelThreshold);
        moved = changed >= m_options.minChangedFraction * diff.total();
    }
    if (moved || busy || m_quietRun >= m_options.maxSkipped) {
        m_previous = thumb;
        m_quietRun = 0;
        ++m_passed;
        return true;
    }
    ++m_quietRun;
    ++m_skipped;
    return false;
}

} // namespace Kestrel
