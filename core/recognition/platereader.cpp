#include "recognition/platereader.h"

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>

namespace Kestrel {

Result<PlateReader> PlateReader::load(const QString &onnxPath)
{
    if (!QFileInfo::exists(onnxPath))
        return Error::io(QStringLiteral("recognition model not found"), onnxPath);
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(onnxPath.toStdString());
        if (net.empty())
            return Error::integrity(QStringLiteral("the model file holds no network"), onnxPath);
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return PlateReader(std::move(net));
    } catch (const cv::Exception &e) {
        return Error::integrity(QStringLiteral("cannot load the model: %1")
                                    .arg(QString::fromStdString(e.msg)),
                                onnxPath);
    }
}

std::vector<TextReading> PlateReader::read(const std::vector<cv::Mat> &crops)
{
    std::vector<TextReading> out;
    if (crops.empty())
        return out;
    const cv::Mat blob = cv::dnn::blobFromImages(crops, 1.0 / 255.0,
                                                 cv::Size(kInputWidth, kInputHeight));
    m_net.setInput(blob, "input");
    // OpenCV 4.6 may report a wrong shape at batch > 1 while the data is right: index the data
    // by the layout we know.
    cv::Mat logits = m_net.forward("logits");
    if (!logits.isContinuous())
        logits = logits.clone();
    const size_t expected = crops.size() * kSteps * kClasses;
    if (logits.total() < expected)
        return out;
    const float *data = logits.ptr<float>();
    out.reserve(crops.size());
    for (size_t i = 0; i < crops.size(); ++i)
        out.push_back(decode(data + i * kSteps * kClasses));
    return out;
}

TextReading PlateReader::decode(const float *logits)
{
    TextReading r;
    double logSum = 0.0;
    int prev = 0;
    float runBest = -1.0f;
    std::array<std::array<float, kClasses>, kSteps> probs{};
    struct Run { int cls, first, last; };
    std::vector<Run> runs;
    for (int t = 0; t < kSteps; ++t) {
        const float *row = logits + t * kClasses;
        std::array<float, kClasses> &p = probs[size_t(t)];
        const float mx = *std::max_element(row, row + kClasses);
        float sum = 0.0f;
        for (int c = 0; c < kClasses; ++c)
            sum += p[c] = std::exp(row[c] - mx);
        int best = 0;
        for (int c = 0; c < kClasses; ++c) {
            p[c] /= sum;
            if (p[c] > p[best])
                best = c;
        }
        if (best != 0 && best == prev && !r.scores.empty()) {
            runs.back().last = t;
            if (p[best] > runBest) {
                // Same character continuing: keep its most confident time step.
                runBest = p[best];
                CharScores &s = r.scores.back();
                for (int c = 0; c < 36; ++c)
                    s[c] = p[c + 1];
            }
        } else if (best != 0 && best != prev) {
            CharScores s{};
            for (int c = 0; c < 36; ++c)
                s[c] = p[c + 1];
            r.scores.push_back(s);
            r.text.append(PlateFormats::indexChar(best - 1));
            runs.push_back({best, t, t});
            runBest = p[best];
        }
        prev = best;
    }
    for (const Run &run : runs) {
        // The run and one step either side, weighted by the character's probability: finer
        // than a whole step, which is what group gaps are measured in.
        double weight = 0.0, centre = 0.0;
        for (int t = std::max(0, run.first - 1); t <= std::min(kSteps - 1, run.last + 1); ++t) {
            weight += probs[size_t(t)][size_t(run.cls)];
            centre += t * probs[size_t(t)][size_t(run.cls)];
        }
        r.positions.push_back(float(weight > 0 ? centre / weight : run.first));
    }
    for (CharScores &s : r.scores) {
        // Renormalise without the blank so the scores compare characters with each other.
        float total = 0.0f;
        for (float v : s)
            total += v;
        if (total > 0)
            for (float &v : s)
                v /= total;
        const float conf = *std::max_element(s.begin(), s.end());
        r.charConfidence.push_back(conf);
        logSum += std::log(std::max(1e-6f, conf));
    }
    r.confidence = r.scores.empty() ? 0.0 : std::exp(logSum / double(r.scores.size()));
    return r;
}

} // namespace Kestrel
