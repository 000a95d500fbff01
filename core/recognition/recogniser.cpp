#include "recognition/recogniser.h"

#include "common/paths.h"
#include "plates/vrm.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace Kestrel {

namespace {

// Margins around the text block, in character heights; the model was trained on crops with
// margins drawn from [0.05, 0.6] sideways and [0.05, 0.4] vertically (tools/platesynth).
constexpr double kSideMargin = 0.3;
constexpr double kVerticalMargin = 0.22;
// One character pitch (width plus gap) in character heights, for the widened second reading.
constexpr double kEndPitch = 0.8;
// Formats at least this plausible are national structures (PlateFormats: UK current, prefix,
// suffix, Northern Ireland, the European national ones); dateless and generic ones are below.
constexpr double kMinNationalPrior = 0.5;
// Prior of a reading that fits no format at all, for its place among the candidates: that of the
// generic European format (PlateFormats, eu-generic).
constexpr double kUnformattedPrior = 0.03;

double formatPrior(const PlateReading &p)
{
    const PlateFormat *f = p.format.isEmpty() ? nullptr : PlateFormats::byId(p.format);
    return f ? f->prior : 0.0;
}

double overlap(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    return inter <= 0 ? 0.0 : inter / std::min(a.area(), b.area());
}

} // namespace

Result<std::unique_ptr<Recogniser>> Recogniser::create(const Options &options)
{
    Options opts = options;
    if (opts.modelPath.isEmpty())
        opts.modelPath = sharedFile(QStringLiteral("models/plate_ocr.onnx"));
    if (opts.modelPath.isEmpty())
        return Error::io(QStringLiteral("the recognition model models/plate_ocr.onnx is not "
                                        "installed; set KESTREL_SHARE_DIR"));
    auto reader = PlateReader::load(opts.modelPath);
    if (!reader)
        return reader.error();
    return std::unique_ptr<Recogniser>(new Recogniser(opts, std::move(reader).value()));
}

namespace {

// Warps one tilted text line (its axis-aligned hull, character height and slope) plus the
// training margins into an upright crop of the given size.
cv::Mat rectifyLine(const cv::Mat &grey, const cv::Rect &t, double charHeight, double angleDeg, cv::Size size)
{
    const double h = std::max<double>(t.height, charHeight);
    const double a = angleDeg * CV_PI / 180.0;
    const double ca = std::cos(a), sa = std::sin(a);
    // The box is the hull of a tilted line: recover the line's own length so the crop hugs the
    // characters after rotation.
    const double lineLen = std::max(1.0, (t.width - h * std::abs(sa)) / std::max(0.5, ca));
    const double halfW = lineLen / 2 + kSideMargin * h;
    const double halfH = charHeight / 2 + kVerticalMargin * h;
    const cv::Point2f c(t.x + t.width / 2.0f, t.y + t.height / 2.0f);
    const cv::Point2f ux{float(ca), float(sa)};
    const cv::Point2f uy{float(-sa), float(ca)};
    const cv::Point2f src[3] = {c - ux * float(halfW) - uy * float(halfH),
                                c + ux * float(halfW) - uy * float(halfH),
                                c - ux * float(halfW) + uy * float(halfH)};
    const cv::Point2f dst[3] = {{0, 0}, {float(size.width), 0}, {0, float(size.height)}};
    cv::Mat source = grey;
    const double shrink = 2.0 * halfW / size.width;
    if (shrink > 2.0) {
        // Large plates: smooth first so the warp does not alias strokes away.
        const cv::Rect area = cv::Rect(cvFloor(c.x - halfW - 2), cvFloor(c.y - halfW - 2),
                                       cvCeil(2 * halfW + 4), cvCeil(2 * halfW + 4)) &
                              cv::Rect(0, 0, grey.cols, grey.rows);
        source = grey.clone();
        cv::Mat roi = source(area);
        const int k = int(shrink) | 1;
        cv::GaussianBlur(roi, roi, cv::Size(k, k), 0);
    }
    cv::Mat crop;
    cv::warpAffine(source, crop, cv::getAffineTransform(src, dst), size, cv::INTER_LINEAR,
                   cv::BORDER_REPLICATE);
    return crop;
}

// Width a line keeps when its crop is scaled to the reader's height, margins included.
int naturalWidth(const cv::Rect &t, double charHeight)
{
    const double h = std::max<double>(t.height, charHeight);
    const double w = t.width + 2 * kSideMargin * h;
    const double hh = charHeight + 2 * kVerticalMargin * h;
    return std::max(8, cvRound(PlateReader::kInputHeight * w / std::max(1.0, hh)));
}

} // namespace

cv::Mat Recogniser::rectify(const cv::Mat &grey, const PlateCandidateRegion &region)
{
    const cv::Size input(PlateReader::kInputWidth, PlateReader::kInputHeight);
    if (!region.isTwoLine())
        return rectifyLine(grey, region.textBox, region.charHeight, region.angleDeg, input);
    // Two-line plates are read as one line: top line, then bottom line, side by side.
    const int h = PlateReader::kInputHeight;
    const cv::Mat top = rectifyLine(grey, region.textBox, region.charHeight, region.angleDeg,
                                    cv::Size(naturalWidth(region.textBox, region.charHeight), h));
    const cv::Mat bottom = rectifyLine(grey, region.secondLine, region.secondCharHeight, region.angleDeg,
                                       cv::Size(naturalWidth(region.secondLine, region.secondCharHeight), h));
    cv::Mat both, out;
    cv::hconcat(top, bottom, both);
    cv::resize(both, out, input, 0, 0, cv::INTER_AREA);
    return out;
}

cv::Rect Recogniser::plateBox(const PlateCandidateRegion &region, const cv::Size &frame)
{
    const cv::Rect t = region.hull();
    const int mx = cvRound(kSideMargin * 1.6 * region.charHeight);
    const int my = cvRound(kVerticalMargin * 1.6 * region.charHeight);
    return cv::Rect(t.x - mx, t.y - my, t.width + 2 * mx, t.height + 2 * my) &
           cv::Rect(0, 0, frame.width, frame.height);
}

PlateCandidateRegion Recogniser::widened(const PlateCandidateRegion &region)
{
    PlateCandidateRegion w = region;
    const double a = region.angleDeg * CV_PI / 180.0;
    const int dx = cvRound(kEndPitch * region.charHeight * std::cos(a));
    const int dy = cvRound(std::abs(kEndPitch * region.charHeight * std::sin(a)));
    w.textBox = cv::Rect(region.textBox.x - dx, region.textBox.y - dy, region.textBox.width + 2 * dx,
                         region.textBox.height + 2 * dy);
    return w;
}

bool Recogniser::completes(const PlateReading &narrow, const PlateReading &wide, double minConfidence)
{
    if (wide.confidence < 0.9 * narrow.confidence)
        return false;
    const double a = formatPrior(narrow), b = formatPrior(wide);
    if (b < kMinNationalPrior)
        return false;
    // A believable first reading: the wider one wins when it keeps every character of the
    // first, adds some at the ends and turns it into a national format (not a dateless or
    // generic one) more specific than the first's, and is not clearly less confident. Junk
    // beside a plate rarely completes a national format.
    if (narrow.confidence >= minConfidence && wide.text.size() > narrow.text.size() &&
        wide.text.contains(narrow.text) && b > a)
        return true;
    // A first reading that fits no national format, fitted one only by dropping a character
    // (and changing others to suit), or is too unsure to report, may have been cut short: the
    // wider crop's network output keeps the first one's, adds characters at the ends, and is a
    // national format exactly as read, with no character swapped or dropped (a sign's ORTH
    // widened to NORTH is not rescued as the mark N0RTH).
    const bool doubtful = narrow.droppedMark || a < kMinNationalPrior || narrow.confidence < minConfidence;
    return doubtful && wide.text == wide.raw && wide.raw.size() > narrow.raw.size() &&
           wide.raw.contains(narrow.raw);
}

PlateReading Recogniser::rank(const TextReading &reading, bool twoLine) const
{
    PlateReading p;
    p.raw = reading.text;
    p.charConfidence = reading.charConfidence;
    // Two-line plates are read as their lines side by side: the join is a gap no format lists.
    QList<RepairedPlate> ranked = PlateFormats::repairScores(reading.scores, m_options.topN,
                                                             twoLine ? std::vector<float>() : reading.positions);
    if (ranked.isEmpty()) {
        // No format of this length: keep the network's reading, marked as unformatted.
        p.text = reading.text;
        p.confidence = reading.confidence;
        p.candidates.append({reading.text, reading.confidence});
        return p;
    }
    const double norm = ranked.front().score;
    for (const RepairedPlate &r : ranked) {
        // Per-character geometric mean of the glyphs' certainty keeps scores comparable across
        // lengths; the prior of the format and the layout check enter once, in the ratio to the
        // best. A 1 the network saw as an I, in a place only a digit may take, is as certain as
        // the glyph was.
        const double perChar = std::pow(std::max(1e-12, r.glyphs), 1.0 / std::max<qsizetype>(1, r.text.size()));
        p.candidates.append({r.text, perChar * std::pow(r.score / norm, 0.25)});
    }
    // What the network read, unrepaired, belongs in the list too: a vanity or foreign mark that
    // fits no format (KM BORAK) is only ever there. It ranks as an unformatted reading would.
    if (reading.text.size() >= m_options.minLength &&
        std::none_of(p.candidates.cbegin(), p.candidates.cend(),
                     [&](const PlateCandidate &c) { return c.text == reading.text; })) {
        const double n = double(std::max<qsizetype>(1, reading.text.size()));
        const double product = std::pow(std::max(1e-12, reading.confidence), n);
        const PlateCandidate raw{reading.text, reading.confidence * std::pow(kUnformattedPrior * product / norm, 0.25)};
        if (p.candidates.size() < m_options.topN)
            p.candidates.append(raw);
        else
            p.candidates.back() = raw;
    }
    const RepairedPlate &best = ranked.front();
    p.text = best.text;
    p.country = best.format->country;
    p.format = best.format->id;
    p.droppedMark = best.dropped >= 0;
    p.confidence = p.candidates.front().score;
    return p;
}

namespace {

cv::Mat toGrey(const cv::Mat &bgr)
{
    if (bgr.channels() == 1)
        return bgr;
    cv::Mat grey;
    cv::cvtColor(bgr, grey, bgr.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return grey;
}

} // namespace

std::vector<PlateReading> Recogniser::recognise(const cv::Mat &bgr)
{
    if (bgr.empty())
        return {};
    const cv::Mat grey = toGrey(bgr);
    return readRegions(bgr, grey, m_detector.detect(grey));
}

std::vector<PlateReading> Recogniser::recognise(const cv::Mat &bgr, const std::vector<PlateCandidateRegion> &regions)
{
    if (bgr.empty())
        return {};
    return readRegions(bgr, toGrey(bgr), regions);
}

std::vector<PlateReading> Recogniser::readRegions(const cv::Mat &bgr, const cv::Mat &grey,
                                                  const std::vector<PlateCandidateRegion> &regions)
{
    std::vector<PlateReading> out;
    if (regions.empty())
        return out;
    auto cropOf = [&](const PlateCandidateRegion &r) {
        cv::Mat crop = rectify(grey, r);
        if (!r.darkOnLight)
            cv::bitwise_not(crop, crop); // the network reads dark characters on a light plate
        return crop;
    };
    std::vector<cv::Mat> crops;
    crops.reserve(regions.size());
    for (const auto &r : regions)
        crops.push_back(cropOf(r));
    const std::vector<TextReading> texts = m_reader.read(crops);
    if (texts.size() != crops.size())
        return out;
    std::vector<PlateReading> readings;
    readings.reserve(regions.size());
    for (size_t i = 0; i < regions.size(); ++i)
        readings.push_back(rank(texts[i], regions[i].isTwoLine()));

    // A character at either end of a line can escape the detector (merged with the plate's
    // border, a screw or the band). A one-line region whose reading fits no national format,
    // or fits one only by dropping a character, is read again one character pitch wider on
    // both sides, all of them in a second network pass; completes() decides which reading
    // stands. (Reading every region twice found no more on the dev photos and cost a third
    // more time.)
    std::vector<size_t> again;
    std::vector<cv::Mat> wideCrops;
    for (size_t i = 0; i < regions.size(); ++i) {
        if (regions[i].isTwoLine() || readings[i].raw.size() < m_options.minLength ||
            (formatPrior(readings[i]) >= kMinNationalPrior && !readings[i].droppedMark))
            continue;
        again.push_back(i);
        wideCrops.push_back(cropOf(widened(regions[i])));
    }
    std::vector<bool> usedWide(regions.size(), false);
    if (!again.empty()) {
        const std::vector<TextReading> wideTexts = m_reader.read(wideCrops);
        for (size_t k = 0; k < again.size() && k < wideTexts.size(); ++k) {
            const size_t i = again[k];
            PlateReading wide = rank(wideTexts[k], false);
            if (completes(readings[i], wide, m_options.minConfidence)) {
                readings[i] = std::move(wide);
                crops[i] = wideCrops[k];
                usedWide[i] = true;
            }
        }
    }
    for (size_t i = 0; i < regions.size(); ++i) {
        PlateReading &p = readings[i];
        if (p.text.size() < m_options.minLength || p.confidence < m_options.minConfidence)
            continue;
        p.box = plateBox(usedWide[i] ? widened(regions[i]) : regions[i], grey.size());
        cv::Mat lap;
        cv::Laplacian(crops[i], lap, CV_32F);
        cv::Scalar mean, dev;
        cv::meanStdDev(lap, mean, dev);
        p.sharpness = dev[0] * dev[0];
        if (p.box.area() > 0) {
            cv::Mat patch = bgr(p.box);
            if (patch.cols > 240)
                cv::resize(patch, patch, cv::Size(240, std::max(1, patch.rows * 240 / patch.cols)),
                           0, 0, cv::INTER_AREA);
            p.patch = patch.clone();
        }
        out.push_back(std::move(p));
    }
    // One reading per plate: regions of the same plate (both polarities, a sub-line) collapse to
    // the most confident.
    std::sort(out.begin(), out.end(),
              [](const PlateReading &a, const PlateReading &b) { return a.confidence > b.confidence; });
    std::vector<PlateReading> kept;
    for (auto &p : out) {
        auto clash = std::find_if(kept.begin(), kept.end(),
                                  [&](const PlateReading &k) { return overlap(k.box, p.box) > 0.5; });
        if (clash == kept.end()) {
            kept.push_back(std::move(p));
        } else if (p.text.size() > clash->text.size() && p.text.contains(clash->text) &&
                   p.confidence >= 0.75 * clash->confidence) {
            // One line of a two-line plate read alone loses to the whole plate.
            *clash = std::move(p);
        }
    }
    return kept;
}

} // namespace Kestrel
