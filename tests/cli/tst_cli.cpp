// kestrel-cli as a user runs it: exit codes, messages naming the file, JSON lines.
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirunner.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

using namespace Kestrel;

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

const QString kDemo = QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo.mp4");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).code, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 1);
        QCOMPARE(cli({QStringLiteral("recognise")}).code, 1);
        QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("--db")}).code, 1);
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
    }

    void recogniseAnImageGivesJsonLines()
    {
        // A frame of the demo video, saved as a still.
        cv::VideoCapture video(kDemo.toStdString());
        QFile truth(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo_truth.csv"));
        truth.open(QIODevice::ReadOnly);
        truth.readLine();
        const QList<QByteArray> first = truth.readLine().trimmed().split(',');
        video.set(cv::CAP_PROP_POS_FRAMES, (first[1].toInt() + 3 * first[2].toInt()) / 4);
        cv::Mat frame;
        QVERIFY(video.read(frame));
        const QString still = m_dir.filePath(QStringLiteral("still.jpg"));
        cv::imwrite(still.toStdString(), frame);
        const Run r = cli({QStringLiteral("recognise"), still});
        QCOMPARE(r.code, 0);
        bool found = false;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            for (const char *key : {"plate", "confidence", "candidates", "box", "frame", "time_ms"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            found |= o.value(QLatin1String("plate")).toString() == QString::fromLatin1(first[0]);
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    void corruptJpegExitsTwoNamingTheFile()
    {
        const QString bad = m_dir.filePath(QStringLiteral("corrupt.jpg"));
        QFile f(bad);
        f.open(QIODevice::WriteOnly);
        f.write("\xff\xd8\xff\xe0 truncated");
        f.close();
        const Run r = cli({QStringLiteral("recognise"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("corrupt")));
        QCOMPARE(cli({QStringLiteral("recognise"), m_dir.filePath(QStringLiteral("missing.png"))}).code, 2);
    }

    void recogniseVideoOneLinePerVehicle()
    {
        const Run r = cli({QStringLiteral("recognise"), kDemo});
        QCOMPARE(r.code, 0);
        QStringList plates;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            plates << QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("plate")).toString();
        QFile truth(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo_truth.csv"));
        truth.open(QIODevice::ReadOnly);
        truth.readLine();
        while (!truth.atEnd()) {
            const QString vrm = QString::fromLatin1(truth.readLine().split(',').first());
            QCOMPARE(plates.count(vrm), 1);
        }
    }

    void ingestSummarisesAndStores()
    {
        const QString db = m_dir.filePath(QStringLiteral("ingest.db"));
        QCOMPARE(initStore(db, QStringLiteral("op")).code, 0);
        const Run r = cli({QStringLiteral("--user"), QStringLiteral("op"), QStringLiteral("ingest"), QStringLiteral("--db"), db, QStringLiteral("--camera"),
                           QStringLiteral("CAM-7"), QStringLiteral("--hotlist"),
                           QStringLiteral(KESTREL_RESOURCES_DIR "/demo/hotlist.csv"), QStringLiteral("--json"), kDemo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        QVERIFY(o.value(QLatin1String("frames")).toInt() > 100);
        QVERIFY(o.value(QLatin1String("reads")).toInt() >= 5);
        // The --hotlist file takes the same door as hotlist import: pending until a second
        // person validates, so nothing matches yet.
        QCOMPARE(o.value(QLatin1String("hits")).toInt(), 0);
        QVERIFY2(r.err.contains(QStringLiteral("pending validation")), qPrintable(r.err));
        QCOMPARE(o.value(QLatin1String("stored")).toInt(), o.value(QLatin1String("reads")).toInt());
        auto store = Store::openOrCreate(db);
        QVERIFY(store.ok());
        QCOMPARE((*store)->readCount(), qint64(o.value(QLatin1String("reads")).toInt()));
    }

    void ingestRefusesANewerDatabaseWithExitFour()
    {
        const QString db = m_dir.filePath(QStringLiteral("future.db"));
        {
            auto s = std::move(Store::openOrCreate(db)).value();
            QSqlQuery q(s->database());
            q.exec(QStringLiteral("INSERT INTO schema_info (version, migrated_at) VALUES (77, 0)"));
        }
        const Run r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), db, QStringLiteral("--camera"),
                           QStringLiteral("C"), kDemo});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("newer")));
    }

    void ingestOfATruncatedVideoSaysSo()
    {
        QFile in(kDemo);
        in.open(QIODevice::ReadOnly);
        const QByteArray data = in.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.mp4"));
        QFile out(cut);
        out.open(QIODevice::WriteOnly);
        out.write(data.left(data.size() / 3));
        out.close();
        const QString cutDb = m_dir.filePath(QStringLiteral("cut.db"));
        QCOMPARE(initStore(cutDb, QStringLiteral("op")).code, 0);
        const Run r = cli({QStringLiteral("--user"), QStringLiteral("op"), QStringLiteral("ingest"), QStringLiteral("--db"), cutDb,
                           QStringLiteral("--camera"), QStringLiteral("C"), cut});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(cut), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
