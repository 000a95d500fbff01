// Frame in, plate readings out: detector, rectifier, reader network and format ranking together.
#pragma once

#include "common/result.h"
#include "domain/read.h"
#include "recognition/platedetector.h"
#include "recognition/platereader.h"

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace Kestrel {

struct PlateReading
{
    QString text;   // best candidate, normalised
    QString raw;    // greedy network output before repair
    double confidence = 0.0;
    QList<PlateCandidate> candidates;
    std::vector<float> charConfidence;
    QString country;
    QString format;
    cv::Rect box;       // plate area in frame pixels (text block plus a margin)
    double sharpness = 0.0;
    cv::Mat patch;      // colour crop of box, at most 240 px wide
};

class Recogniser
{
public:
    struct Options
    {
        QString modelPath;          // empty: the shipped models/plate_ocr.onnx
        double minConfidence = 0.55;
        int minLength = 4;
        int topN = 10;
        PlateDetector::Options detector;
    };

    static Result<std::unique_ptr<Recogniser>> create(const Options &options);
    static Result<std::unique_ptr<Recogniser>> create() { return create(Options{}); }

    std::vector<PlateReading> recognise(const cv::Mat &bgr);

    // The crop the network sees for a text region (public so tools and tests share the convention).
    static cv::Mat rectify(const cv::Mat &grey, const PlateCandidateRegion &region);
    static cv::Rect plateBox(const PlateCandidateRegion &region, const cv::Size &frame);

private:
    Recogniser(Options options, PlateReader reader)
        : m_options(std::move(options)), m_detector(m_options.detector), m_reader(std::move(reader))
    {
    }

    PlateReading rank(const TextReading &reading, bool twoLine = false) const;

    Options m_options;
    PlateDetector m_detector;
    PlateReader m_reader;
};

} // namespace Kestrel
