// kestrel-cli eval as issue 3 defines it: the table and the JSON keys on a manifest of rendered
// plates, a label the engine cannot match counted as a miss and a false read, boxes scored by
// IoU (and no recall claimed when no box is given), and bad manifest lines named by line and field.
#include "clirunner.h"
#include "renderedplate.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

namespace {

// Three plates the engine reads (tst_recogniser), one labelled as something else.
struct Fixture
{
    QTemporaryDir dir;
    bool write(const QString &manifest, bool boxes)
    {
        const struct
        {
            const char *file, *display, *label, *country;
        } plates[] = {{"a.jpg", "AB12 CDE", "AB12 CDE", "GB"},
                      {"b.jpg", "YX73 GHJ", "yx73ghj", "GB"},
                      {"c.jpg", "LM19 KTP", "LM19KTZ", "XX"}};
        QByteArray csv = "file,plate_text,country,x,y,w,h\n";
        for (const auto &p : plates) {
            if (!cv::imwrite(dir.filePath(QLatin1String(p.file)).toStdString(),
                             renderPlate(QLatin1String(p.display), false, 300, 0.0)))
                return false;
            // renderPlate draws a 300 x 64 plate centred at (480, 390).
            csv += QByteArray(p.file) + ',' + p.label + ',' + p.country + (boxes ? ",330,358,300,64\n" : ",,,,\n");
        }
        QFile f(dir.filePath(manifest));
        return f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size();
    }
};

} // namespace

class TestEvalCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheIssueKeys()
    {
        Fixture fx;
        QVERIFY(fx.write(QStringLiteral("m.csv"), true));
        const CliRun r = runCli({QStringLiteral("eval"), QStringLiteral("--manifest"), fx.dir.filePath(QStringLiteral("m.csv")),
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"images", "exact_accuracy", "topn_accuracy", "char_accuracy", "detection_recall",
                                "false_reads_per_image", "ms_median", "ms_p95", "per_country"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), 3);
        // Labels are compared as letters and digits only: "AB12 CDE" and "yx73ghj" are read.
        QCOMPARE(o.value(QStringLiteral("exact_accuracy")).toDouble(), 2.0 / 3.0);
        QVERIFY(o.value(QStringLiteral("topn_accuracy")).toDouble() >= 2.0 / 3.0);
        // LM19KTP read against the label LM19KTZ: one character of seven wrong, a false read.
        QVERIFY(o.value(QStringLiteral("char_accuracy")).toDouble() >= (2.0 + 6.0 / 7.0) / 3.0 - 1e-9);
        QVERIFY(o.value(QStringLiteral("false_reads_per_image")).toDouble() >= 1.0 / 3.0 - 1e-9);
        QCOMPARE(o.value(QStringLiteral("detection_recall")).toDouble(), 1.0);
        QVERIFY(o.value(QStringLiteral("ms_median")).toDouble() > 0.0);
        QVERIFY(o.value(QStringLiteral("ms_p95")).toDouble() >= o.value(QStringLiteral("ms_median")).toDouble());
        const QJsonObject perCountry = o.value(QStringLiteral("per_country")).toObject();
        QCOMPARE(perCountry.value(QStringLiteral("GB")).toObject().value(QStringLiteral("exact_accuracy")).toDouble(), 1.0);
        QCOMPARE(perCountry.value(QStringLiteral("XX")).toObject().value(QStringLiteral("exact_accuracy")).toDouble(), 0.0);
        QCOMPARE(perCountry.value(QStringLiteral("XX")).toObject().value(QStringLiteral("images")).toInt(), 1);
    }

    void noBoxesNoRecall()
    {
        Fixture fx;
        QVERIFY(fx.write(QStringLiteral("m.csv"), false));
        const QString manifest = fx.dir.filePath(QStringLiteral("m.csv"));
        const CliRun json = runCli({QStringLiteral("eval"), QStringLiteral("--manifest"), manifest, QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.contains(QStringLiteral("detection_recall")));
        QVERIFY(o.value(QStringLiteral("detection_recall")).isNull());
        QCOMPARE(o.value(QStringLiteral("exact_accuracy")).toDouble(), 2.0 / 3.0);
        // The table says "-" where there is nothing to measure.
        const CliRun table = runCli({QStringLiteral("eval"), QStringLiteral("--manifest"), manifest});
        QCOMPARE(table.code, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(QStringLiteral("detect")));
        const QString all = lines.last();
        QVERIFY2(all.startsWith(QStringLiteral("all")), qPrintable(all));
        QCOMPARE(all.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(5), QStringLiteral("-"));
        QCOMPARE(all.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(2), QStringLiteral("66.7"));
    }

    void badLinesAreNamedAndTheRestCounted()
    {
        Fixture fx;
        QVERIFY(fx.write(QStringLiteral("m.csv"), true));
        QFile f(fx.dir.filePath(QStringLiteral("m.csv")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("missing.jpg,AB12CDE,GB,,,,\n");
        QFile broken(fx.dir.filePath(QStringLiteral("broken.jpg")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xff\xd8 not really a jpeg");
        broken.close();
        f.write("broken.jpg,AB12CDE,GB,,,,\n");
        f.write("a.jpg,,GB,,,,\n");
        f.close();
        const CliRun r = runCli({QStringLiteral("eval"), QStringLiteral("--manifest"), fx.dir.filePath(QStringLiteral("m.csv")),
                                 QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("m.csv:5: field 'file'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("missing.jpg")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("m.csv:6: field 'file'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("m.csv:7: field 'plate_text'")), qPrintable(r.err));
        // The good lines are still measured.
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("images")).toInt(), 3);
    }
};

QTEST_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
