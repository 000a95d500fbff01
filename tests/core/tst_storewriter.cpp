#include "store/store.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Kestrel;

namespace {

Read makeRead(int i)
{
    Read r;
    r.uid = QUuid::createUuid();
    r.vrm = QStringLiteral("AB%1CDE").arg(i % 100, 2, 10, QLatin1Char('0'));
    r.confidence = 0.9;
    r.cameraId = QStringLiteral("CAM-1");
    r.capturedAtMs = 1'700'000'000'000 + i;
    r.platePatchJpeg = QByteArray("\xff\xd8patch") + QByteArray::number(i);
    return r;
}

bool prepare(const QString &db)
{
    auto store = Store::openOrCreate(db);
    if (!store)
        return false;
    Camera c;
    c.id = QStringLiteral("CAM-1");
    c.name = c.id;
    c.sourceKind = QStringLiteral("file");
    c.sourceUrl = QStringLiteral("x");
    return (*store)->upsertCamera(c).ok();
}

// The child: writes reads for ever, printing the running total after every committed batch.
int crashChild(const QString &db)
{
    StoreWriter writer(db, StoreWriter::Options{50, 20}, [](const StoreWriter::BatchReport &report) {
        if (!report.error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
    });
    if (!writer.start())
        return 3;
    for (int i = 0;; ++i) {
        writer.enqueue(makeRead(i));
        if (i % 50 == 49) {
            writer.flush();
            std::printf("committed %lld\n", static_cast<long long>(writer.committed()));
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAndFlushes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.db"));
        QVERIFY(prepare(db));
        int batches = 0;
        std::atomic<int> committedSum{0};
        {
            StoreWriter writer(db, StoreWriter::Options{100, 500}, [&](const StoreWriter::BatchReport &report) {
                QVERIFY(report.error.isEmpty());
                ++batches;
                committedSum += report.committed;
            });
            QVERIFY(writer.start().ok());
            for (int i = 0; i < 1000; ++i)
                writer.enqueue(makeRead(i));
            writer.flush();
            QCOMPARE(writer.committed(), 1000);
        }
        QCOMPARE(committedSum.load(), 1000);
        QVERIFY2(batches <= 15, qPrintable(QString::number(batches))); // batched, not row by row
        auto store = std::move(Store::openOrCreate(db)).value();
        QCOMPARE(store->readCount(), 1000);
        const Read r = store->recentReads(1).first();
        QVERIFY(r.platePatch.path.startsWith(QStringLiteral("images/")));
        QCOMPARE(r.platePatch.sha256.size(), 64);
    }

    void startFailsOnANewerDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.db"));
        {
            auto s = std::move(Store::openOrCreate(db)).value();
            QSqlQuery q(s->database());
            q.exec(QStringLiteral("INSERT INTO schema_info (version, migrated_at) VALUES (50, 0)"));
        }
        StoreWriter writer(db);
        auto started = writer.start();
        QVERIFY(!started.ok());
        QVERIFY(started.error().toString().contains(QStringLiteral("newer")));
    }

    void committedReadsSurviveKillNine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("k.db"));
        QVERIFY(prepare(db));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--crash-child"), db});
        child.start();
        QVERIFY(child.waitForStarted());
        qint64 lastReported = 0;
        QElapsedTimer timer;
        timer.start();
        while (lastReported < 1500 && timer.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed "))
                    lastReported = line.mid(10).toLongLong();
            }
        }
        QVERIFY2(lastReported >= 1500, child.readAllStandardError().constData());
        ::kill(pid_t(child.processId()), SIGKILL); // mid-ingest: the writer is never asked to stop
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = Store::openOrCreate(db);
        QVERIFY(store.ok());
        QVERIFY2((*store)->readCount() >= lastReported,
                 qPrintable(QStringLiteral("%1 < %2").arg((*store)->readCount()).arg(lastReported)));
        QCOMPARE((*store)->integrityCheck().value(), QStringLiteral("ok"));
        // Every stored row points at an image file that exists (images are written first).
        for (const Read &r : (*store)->recentReads(200))
            QVERIFY(QFile::exists(dir.filePath(r.platePatch.path)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild(QString::fromLocal8Bit(argv[2]));
    TestStoreWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storewriter.moc"
