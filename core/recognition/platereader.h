// Reads the text of a rectified plate crop with our CTC network (resources/models/plate_ocr.onnx).
#pragma once

#include "common/result.h"
#include "plates/plateformats.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <QString>

#include <vector>

namespace Kestrel {

struct TextReading
{
    QString text;                   // greedy CTC decoding
    std::vector<CharScores> scores; // per emitted character: probabilities of the 36 characters
    std::vector<float> charConfidence;
    // Per emitted character: where along the crop it sits, in time steps (0..kSteps-1), the
    // probability-weighted centre of its run. Gaps between groups show here (PlateFormats).
    std::vector<float> positions;
    double confidence = 0.0;        // geometric mean of the characters' probabilities
};

// The network contract (see resources/models/README.md): input "input" [N,1,32,128] grey / 255,
// output "logits" [N,32,37], class 0 = CTC blank, 1..10 = '0'..'9', 11..36 = 'A'..'Z'.
class PlateReader
{
public:
    static constexpr int kInputWidth = 128;
    static constexpr int kInputHeight = 32;
    static constexpr int kSteps = 32;
    static constexpr int kClasses = 37;

    static Result<PlateReader> load(const QString &onnxPath);

    // crops: CV_8UC1 of kInputHeight x kInputWidth. One network pass for all of them.
    std::vector<TextReading> read(const std::vector<cv::Mat> &crops);

    static TextReading decode(const float *logits); // one [kSteps x kClasses] block

private:
    explicit PlateReader(cv::dnn::Net net) : m_net(std::move(net)) {}
    cv::dnn::Net m_net;
};

} // namespace Kestrel
