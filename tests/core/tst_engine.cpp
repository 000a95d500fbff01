#include "filesource.h"

#include "hotlist/hotlistcsv.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestEngine : public QObject
{
    Q_OBJECT
private:
    static QStringList truthPlates()
    {
        QFile truth(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo_truth.csv"));
        truth.open(QIODevice::ReadOnly);
        truth.readLine();
        QStringList out;
        while (!truth.atEnd()) {
            const QByteArray line = truth.readLine().trimmed();
            if (!line.isEmpty())
                out << QString::fromLatin1(line.split(',').first());
        }
        return out;
    }

private Q_SLOTS:
    void demoVideoGivesEachPlateOnceAndHits()
    {
        QTemporaryDir dir;
        FileSourceFactory files;
        PluginLoader plugins;
        plugins.addStatic(&files, QStringLiteral("file"));
        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        auto created = Engine::create(options, &plugins);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        Engine &engine = **created;

        auto hotlist = parseHotlistCsv(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/hotlist.csv"));
        QVERIFY(hotlist.ok());
        QVERIFY(engine.store().addHotlistEntries(hotlist->entries).ok());
        engine.reloadHotlist();
        QVERIFY(engine.hotlist()->size() > 0);

        QSignalSpy reads(&engine, &Engine::readCaptured);
        QSignalSpy hits(&engine, &Engine::hitRaised);
        QSignalSpy states(&engine, &Engine::cameraStateChanged);
        Camera camera;
        camera.id = QStringLiteral("DEMO-01");
        camera.name = QStringLiteral("Demo");
        camera.location = QStringLiteral("A64");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo.mp4");
        camera.options.insert(QStringLiteral("realtime"), false);
        camera.options.insert(QStringLiteral("exclude"), QStringList{QStringLiteral("0,0,0.45,0.06")});
        QVERIFY(engine.startCamera(camera).ok());
        engine.waitForFileSources();
        engine.flush();
        const Engine::Totals totals = engine.totals();
        QTRY_COMPARE(reads.size(), int(totals.reads));
        QTRY_VERIFY(!states.isEmpty() && states.last().at(1).value<CameraState>() == CameraState::Finished);

        QStringList seen;
        for (const auto &args : reads)
            seen << args.first().value<Read>().vrm;
        const QStringList expected = truthPlates();
        for (const QString &plate : expected)
            QVERIFY2(seen.count(plate) == 1, qPrintable(QStringLiteral("%1 seen %2 times in %3")
                                                           .arg(plate).arg(seen.count(plate)).arg(seen.join(QLatin1Char(',')))));
        // Nothing else: the burnt-in caption lies in the camera's exclusion zone.
        QVERIFY2(seen.size() == expected.size(), qPrintable(seen.join(QLatin1Char(','))));

        // Every hotlisted plate in the video raised its hit, with the entry's priority.
        int expectedHits = 0;
        for (const HotlistEntry &e : hotlist->entries)
            expectedHits += expected.contains(e.vrm);
        QVERIFY(expectedHits >= 1);
        QCOMPARE(hits.size(), expectedHits);

        // Stored with both images, hashes that match the files.
        QCOMPARE(engine.store().readCount(), qint64(seen.size()));
        QCOMPARE(engine.store().hitCount(), qint64(expectedHits));
        ImageStore images(engine.store().dataDir());
        for (const Read &r : engine.store().recentReads(100)) {
            QCOMPARE(r.cameraId, QStringLiteral("DEMO-01"));
            QCOMPARE(r.location, QStringLiteral("A64"));
            QVERIFY(images.read(r.platePatch).ok());
            QVERIFY(images.read(r.overview).ok());
            QVERIFY(r.plateBox.width() > 0);
        }
    }

    void aNationalScaleHitGetsItsDetailsFromTheStore()
    {
        // A snapshot over the detail limit keeps only what matching needs; the operator still
        // sees the entry's reason, action and warning markers.
        QTemporaryDir dir;
        PluginLoader plugins;
        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        options.hotlistDetailLimit = 1;
        auto created = Engine::create(options, &plugins);
        QVERIFY(created.ok());
        Engine &engine = **created;
        std::vector<HotlistEntry> entries(2);
        entries[0].vrm = QStringLiteral("AB12CDE");
        entries[1].vrm = QStringLiteral("XY51ABC");
        for (HotlistEntry &e : entries) {
            e.list = QStringLiteral("PNC");
            e.source = QStringLiteral("PNC");
            e.priority = Priority::High;
            e.reason = QStringLiteral("Occupant wanted for robbery");
            e.action = QStringLiteral("Do not stop; inform control");
            e.warningMarkers = QStringLiteral("FI");
            e.status = HotlistStatus::Live;
        }
        QVERIFY(engine.store().addHotlistEntries(entries).ok());
        engine.reloadHotlist();
        QVERIFY(!engine.hotlist()->hasDetails());

        Read read;
        read.uid = QUuid::createUuid();
        read.vrm = QStringLiteral("AB12CDE");
        read.cameraId = QStringLiteral("CAM-1");
        read.capturedAtMs = QDateTime::currentMSecsSinceEpoch();
        const std::vector<Hit> hits = engine.check(read);
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits[0].entry.priority, Priority::High);
        QVERIFY(hits[0].entry.reason.isEmpty());
        const Hit full = engine.withDetails(hits[0]);
        QCOMPARE(full.entry.reason, QStringLiteral("Occupant wanted for robbery"));
        QCOMPARE(full.entry.action, QStringLiteral("Do not stop; inform control"));
        QCOMPARE(full.entry.warningMarkers, QStringLiteral("FI"));
        QCOMPARE(full.entry.id, hits[0].entry.id);
    }

    void unknownSourceKindIsRefused()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        auto engine = std::move(Engine::create(options, &plugins)).value();
        Camera camera;
        camera.id = QStringLiteral("X");
        camera.sourceKind = QStringLiteral("teleport");
        auto started = engine->startCamera(camera);
        QVERIFY(!started.ok());
        QVERIFY(started.error().message.contains(QStringLiteral("teleport")));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
