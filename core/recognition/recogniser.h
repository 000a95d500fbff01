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
    bool droppedMark = false; // the format fitted only by dropping a character the network read
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
    // Reads given text regions of a frame instead of detecting them.
    std::vector<PlateReading> recognise(const cv::Mat &bgr, const std::vector<PlateCandidateRegion> &regions);

    // The crop the network sees for a text region (public so tools and tests share the convention).
    static cv::Mat rectify(const cv::Mat &grey, const PlateCandidateRegion &region);
    static cv::Rect plateBox(const PlateCandidateRegion &region, const cv::Size &frame);
    // The region one character pitch longer at both ends, along its slope.
    static PlateCandidateRegion widened(const PlateCandidateRegion &region);
    // Whether the reading of the widened region should replace the region's own reading.
    static bool completes(const PlateReading &narrow, const PlateReading &wide, double minConfidence);

private:
    Recogniser(Options options, PlateReader reader)
        : m_options(std::move(options)), m_detector(m_options.detector), m_reader(std::move(reader))
    {
    }

    PlateReading rank(const TextReading &reading, bool twoLine = false) const;
    std::vector<PlateReading> readRegions(const cv::Mat &bgr, const cv::Mat &grey,
                                          const std::vector<PlateCandidateRegion> &regions);

    Options m_options;
    PlateDetector m_detector;
    PlateReader m_reader;
};

} // namespace Kestrel
