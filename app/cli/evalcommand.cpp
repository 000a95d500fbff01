// kestrel-cli eval --manifest CSV: accuracy and speed of the recogniser on labelled photographs.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "common/outputfile.h"

#include "hotlist/csvreader.h"
#include "recognition/recogniser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace Kestrel::Cli {

namespace {

struct Tally
{
    int images = 0, exact = 0, topN = 0, boxes = 0, detected = 0, falseReads = 0;
    double charAccuracy = 0;
    std::vector<double> ms;

    void add(const Tally &o)
    {
        images += o.images;
        exact += o.exact;
        topN += o.topN;
        boxes += o.boxes;
        detected += o.detected;
        falseReads += o.falseReads;
        charAccuracy += o.charAccuracy;
        ms.insert(ms.end(), o.ms.begin(), o.ms.end());
    }
};

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString labelText(const QString &raw)
{
    QString out;
    for (QChar c : raw.toUpper())
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    return out;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QJsonObject summary(const Tally &t)
{
    const double n = std::max(1, t.images);
    return QJsonObject{{QStringLiteral("images"), t.images},
                       {QStringLiteral("exact_accuracy"), t.exact / n},
                       {QStringLiteral("topn_accuracy"), t.topN / n},
                       {QStringLiteral("char_accuracy"), t.charAccuracy / n},
                       // No labelled box, nothing to recall: null, not a recall of 0.
                       {QStringLiteral("detection_recall"), t.boxes ? QJsonValue(double(t.detected) / t.boxes) : QJsonValue()},
                       {QStringLiteral("false_reads_per_image"), t.falseReads / n},
                       {QStringLiteral("ms_median"), percentile(t.ms, 0.5)},
                       {QStringLiteral("ms_p95"), percentile(t.ms, 0.95)}};
}

QString row(const QString &name, const QJsonObject &o)
{
    auto pct = [&](const char *k) {
        const QJsonValue v = o.value(QLatin1String(k));
        return v.isNull() ? QStringLiteral("-") : QString::number(100.0 * v.toDouble(), 'f', 1);
    };
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(name, -8)
        .arg(o.value(QLatin1String("images")).toInt(), 6)
        .arg(pct("exact_accuracy"), 7)
        .arg(pct("topn_accuracy"), 7)
        .arg(pct("char_accuracy"), 7)
        .arg(pct("detection_recall"), 7)
        .arg(QString::number(o.value(QLatin1String("false_reads_per_image")).toDouble(), 'f', 2), 7)
        .arg(QString::number(o.value(QLatin1String("ms_median")).toDouble(), 'f', 1), 7)
        .arg(QString::number(o.value(QLatin1String("ms_p95")).toDouble(), 'f', 1), 7);
}

// Writes the reader's input for every detected text region, as the network sees it, so that
// errors can be looked at (NAME_INDEX.png, outside the timed path), by the CLI's one rule for
// output files: an existing crop is replaced only with --force, and a failed write is an error.
Result<void> dumpCrops(const cv::Mat &bgr, const QDir &dir, const QString &name, bool force)
{
    if (!dir.mkpath(QStringLiteral(".")))
        return Error::io(QStringLiteral("cannot create the folder"), dir.path());
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    const std::vector<PlateCandidateRegion> regions = PlateDetector().detect(grey);
    for (size_t i = 0; i < regions.size(); ++i) {
        cv::Mat crop = Recogniser::rectify(grey, regions[i]);
        if (!regions[i].darkOnLight)
            cv::bitwise_not(crop, crop);
        std::vector<uchar> png;
        if (!cv::imencode(".png", crop, png))
            return Error::io(QStringLiteral("cannot encode a crop of %1").arg(name));
        const QByteArray bytes(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()));
        auto written = writeOutputFile(dir.filePath(QStringLiteral("%1_%2.png").arg(name).arg(i)), QStringLiteral("dump-crops"),
                                       force, nullptr, [&](QIODevice &f) { return writeAll(f, bytes); });
        if (!written)
            return written;
    }
    return {};
}

} // namespace

int evalCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json"), QStringLiteral("verbose"), QStringLiteral("force")},
                    {QStringLiteral("manifest"), QStringLiteral("model"), QStringLiteral("dump-crops")}) ||
        !args.has(QStringLiteral("manifest"))) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli eval --manifest CSV [--json] [--verbose] [--model ONNX] [--dump-crops DIR [--force]]")
                                   : args.error());
        return ExitUsage;
    }
    const QString manifest = args.value(QStringLiteral("manifest"));
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: cannot open: %2").arg(manifest, file.errorString()));
        return ExitBadInput;
    }
    cv::setNumThreads(1); // the figure that matters is one core's
    Recogniser::Options options;
    options.modelPath = args.value(QStringLiteral("model"));
    auto recogniser = Recogniser::create(options);
    if (!recogniser) {
        err(recogniser.error().toString());
        return ExitBadInput;
    }
    const QString dir = QFileInfo(manifest).absolutePath();
    CsvReader csv(&file);
    QStringList fields;
    if (csv.next(&fields) != CsvReader::Status::Record || !fields.contains(QStringLiteral("file")) ||
        !fields.contains(QStringLiteral("plate_text"))) {
        err(QStringLiteral("%1:1: the header must name file,plate_text,country,x,y,w,h").arg(manifest));
        return ExitBadInput;
    }
    const int cFile = int(fields.indexOf(QStringLiteral("file")));
    const int cText = int(fields.indexOf(QStringLiteral("plate_text")));
    const int cCountry = int(fields.indexOf(QStringLiteral("country")));
    const int cX = int(fields.indexOf(QStringLiteral("x")));
    QMap<QString, Tally> perCountry;
    int status = ExitOk;
    for (;;) {
        const auto s = csv.next(&fields);
        if (s == CsvReader::Status::End)
            break;
        if (s == CsvReader::Status::Error) {
            err(QStringLiteral("%1:%2: %3").arg(manifest).arg(csv.line()).arg(csv.error()));
            status = ExitBadInput;
            continue;
        }
        const QString name = fields.value(cFile);
        const QString label = labelText(fields.value(cText));
        const QString country = cCountry >= 0 ? fields.value(cCountry).toUpper() : QString();
        const QString path = QDir(dir).filePath(name);
        cv::Mat image;
        try {
            image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        } catch (const cv::Exception &) {
        }
        if (image.empty() || label.isEmpty()) {
            err(QStringLiteral("%1:%2: field '%3': %4").arg(manifest).arg(csv.line())
                    .arg(image.empty() ? QStringLiteral("file") : QStringLiteral("plate_text"),
                         image.empty() ? QStringLiteral("cannot decode %1").arg(path) : QStringLiteral("empty label")));
            status = ExitBadInput;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        const std::vector<PlateReading> readings = (*recogniser)->recognise(image);
        const double ms = timer.nsecsElapsed() / 1e6;

        Tally t;
        t.images = 1;
        t.ms.push_back(ms);
        double bestChar = 0;
        bool exact = false, topN = false;
        for (const PlateReading &r : readings) {
            exact |= r.text == label;
            for (const PlateCandidate &c : r.candidates)
                topN |= c.text == label;
            bestChar = std::max(bestChar, 1.0 - double(editDistance(r.text, label)) / label.size());
            if (r.text != label)
                ++t.falseReads;
        }
        t.exact = exact;
        t.topN = topN || exact;
        t.charAccuracy = std::max(0.0, bestChar);
        bool ok = false;
        if (cX >= 0 && fields.size() >= cX + 4 && !fields.value(cX).isEmpty()) {
            const cv::Rect truth(fields.value(cX).toInt(&ok), fields.value(cX + 1).toInt(), fields.value(cX + 2).toInt(),
                                 fields.value(cX + 3).toInt());
            if (ok && truth.area() > 0) {
                t.boxes = 1;
                for (const PlateReading &r : readings) {
                    const double inter = (r.box & truth).area();
                    if (inter / double(r.box.area() + truth.area() - inter) >= 0.5)
                        t.detected = 1;
                }
            }
        }
        if (args.has(QStringLiteral("verbose"))) {
            QStringList got;
            for (const PlateReading &r : readings)
                got << QStringLiteral("%1(%2)").arg(r.text).arg(r.confidence, 0, 'f', 2);
            err(QStringLiteral("%1 %2 %3 %4 %5ms [%6]").arg(exact ? QStringLiteral("OK  ") : topN ? QStringLiteral("TOPN") : QStringLiteral("MISS"),
                                                      name, label, t.detected ? QStringLiteral("det") : QStringLiteral("---"))
                    .arg(ms, 0, 'f', 1).arg(got.join(QLatin1Char(' '))));
        }
        if (args.has(QStringLiteral("dump-crops"))) {
            auto dumped = dumpCrops(image, QDir(args.value(QStringLiteral("dump-crops"))), QFileInfo(name).completeBaseName(),
                                    args.has(QStringLiteral("force")));
            if (!dumped) {
                err(dumped.error().toString());
                return ExitBadInput;
            }
        }
        perCountry[country.isEmpty() ? QStringLiteral("??") : country].add(t);
    }
    Tally all;
    for (const Tally &t : perCountry)
        all.add(t);
    QJsonObject result = summary(all);
    QJsonObject countries;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
        countries.insert(it.key(), summary(it.value()));
    result.insert(QStringLiteral("per_country"), countries);
    if (args.has(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("country  images   exact   top-N    char  detect  false/i  ms-med  ms-p95"));
        for (auto it = countries.constBegin(); it != countries.constEnd(); ++it)
            out(row(it.key(), it.value().toObject()));
        out(row(QStringLiteral("all"), result));
    }
    return status;
}

} // namespace Kestrel::Cli
