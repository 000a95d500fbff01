#include "store/imagestore.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <QThread>

#include <thread>

using namespace Kestrel;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Camera camera()
{
    Camera c;
    c.id = QStringLiteral("CAM-1");
    c.name = QStringLiteral("A64 northbound");
    c.sourceKind = QStringLiteral("file");
    c.sourceUrl = QStringLiteral("/tmp/x.mp4");
    c.options.insert(QStringLiteral("realtime"), true);
    return c;
}

Read makeRead(const QString &vrm, qint64 at)
{
    Read r;
    r.vrm = vrm;
    r.rawText = vrm;
    r.confidence = 0.93;
    r.candidates = {{vrm, 0.93}, {QStringLiteral("X") + vrm.mid(1), 0.02}};
    r.cameraId = QStringLiteral("CAM-1");
    r.capturedAtMs = at;
    r.plateBox = QRect(10, 20, 120, 30);
    r.country = QStringLiteral("GB");
    r.format = QStringLiteral("uk-current");
    return r;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsCurrentSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto store = Store::openOrCreate(dir.filePath(QStringLiteral("k.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void readsRoundTrip()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        QVERIFY(store->upsertCamera(camera()).ok());
        QCOMPARE(store->cameras().size(), 1);
        QCOMPARE(store->cameras().first().options.value(QStringLiteral("realtime")).toBool(), true);
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), 1000), makeRead(QStringLiteral("XY51ABC"), 2000)};
        QVERIFY(store->insertReads(reads).ok());
        QVERIFY(reads[0].id > 0);
        QCOMPARE(store->readCount(), 2);
        const QList<Read> recent = store->recentReads(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].vrm, QStringLiteral("XY51ABC")); // newest first
        QCOMPARE(recent[1].candidates.size(), 2);
        QCOMPARE(recent[1].plateBox, QRect(10, 20, 120, 30));
        QCOMPARE(recent[1].uid, reads[0].uid);
    }

    void foreignKeysRefuseReadsFromUnknownCameras()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), 1000)};
        auto result = store->insertReads(reads);
        // The read is refused by name and field; the batch itself stands (here it held only it).
        QVERIFY(result.ok());
        QCOMPARE(result->inserted, 0);
        QCOMPARE(result->refused.size(), 1);
        QCOMPARE(result->refused.first().first, reads[0].uid);
        QCOMPARE(result->refused.first().second.field, QStringLiteral("camera"));
        QCOMPARE(reads[0].id, 0);
        QCOMPARE(store->readCount(), 0);
    }

    void leavesOutDuplicatesAndBadFieldsAndKeepsTheRest()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        QVERIFY(store->upsertCamera(camera()).ok());
        std::vector<Read> first{makeRead(QStringLiteral("AB12CDE"), 5000)};
        QCOMPARE(store->insertReads(first)->inserted, 1);
        QVERIFY(store->hasRead(QStringLiteral("CAM-1"), 5000, QStringLiteral("AB12CDE")));
        QVERIFY(!store->hasRead(QStringLiteral("CAM-1"), 5001, QStringLiteral("AB12CDE")));

        std::vector<Read> batch{makeRead(QStringLiteral("AB12CDE"), 5000),  // stored before
                                makeRead(QStringLiteral("BC12DEF"), 6000),
                                makeRead(QStringLiteral("BC12DEF"), 6000),  // twice in one batch
                                makeRead(QStringLiteral("CD12EFG"), 7000),
                                makeRead(QStringLiteral("DE12FGH"), 8000),
                                makeRead(QStringLiteral("EF12GHJ"), 9000)};
        batch[3].confidence = std::nan("");
        batch[4].location = QStringLiteral("A64") + QChar(0) + QStringLiteral(" junction");
        Hit onDuplicate;
        onDuplicate.uid = QUuid::createUuid();
        batch[0].uid = QUuid::createUuid();
        onDuplicate.read = batch[0];
        onDuplicate.raisedAtMs = 5000;
        auto report = store->insertReads(batch, {onDuplicate});
        QVERIFY(report.ok());
        QCOMPARE(report->inserted, 2);
        QCOMPARE(report->duplicates, (QList<QUuid>{batch[0].uid, batch[2].uid}));
        QCOMPARE(report->refused.size(), 2);
        QCOMPARE(report->refused.at(0).second.field, QStringLiteral("confidence"));
        QCOMPARE(report->refused.at(1).second.field, QStringLiteral("location"));
        QCOMPARE(store->readCount(), 3);
        QCOMPARE(store->hitCount(), 0); // a left-out read's hit is left out with it
        QVERIFY(batch[1].id > 0 && batch[5].id > 0);
        QCOMPARE(batch[0].id, 0);
        QCOMPARE(batch[3].id, 0);
    }

    void hitsAreStoredAndAcknowledgedOnce()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        QVERIFY(store->upsertCamera(camera()));
        HotlistEntry e;
        e.vrm = QStringLiteral("AB12CDE");
        e.list = QStringLiteral("PNC");
        e.priority = Priority::High;
        e.reason = QStringLiteral("Missing person");
        std::vector<HotlistEntry> entries{e};
        QVERIFY(store->addHotlistEntries(entries).ok());
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), 5000)};
        reads[0].uid = QUuid::createUuid();
        Hit hit;
        hit.uid = QUuid::createUuid();
        hit.read = reads[0];
        hit.entry = entries[0];
        hit.raisedAtMs = 5001;
        QVERIFY(store->insertReads(reads, {hit}).ok());
        const QList<Hit> hits = store->recentHits(10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].entry.reason, QStringLiteral("Missing person"));
        QCOMPARE(hits[0].read.vrm, QStringLiteral("AB12CDE"));
        QVERIFY(store->acknowledgeHit(hit.uid, QStringLiteral("op"), HitOutcome::Intercepted, QStringLiteral("stopped"), 6000).ok());
        QVERIFY(!store->acknowledgeHit(hit.uid, QStringLiteral("op"), HitOutcome::Misread, {}, 7000).ok());
        QCOMPARE(store->recentHits(1).first().outcome, HitOutcome::Intercepted);
    }

    // Outcomes are stored by name: the names of hits acknowledged before the force list of
    // outcomes read back as they were, and every new outcome survives the round trip.
    void outcomesAreStoredByName_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("stored");
        QTest::newRow("intercepted") << int(HitOutcome::Intercepted) << QStringLiteral("intercepted");
        QTest::newRow("not located") << int(HitOutcome::NotLocated) << QStringLiteral("not-located");
        QTest::newRow("no action") << int(HitOutcome::NoAction) << QStringLiteral("no-action");
        QTest::newRow("misread") << int(HitOutcome::Misread) << QStringLiteral("misread");
        QTest::newRow("stopped") << int(HitOutcome::StoppedSpokenTo) << QStringLiteral("stopped-spoken-to");
        QTest::newRow("arrested") << int(HitOutcome::Arrested) << QStringLiteral("arrested");
        QTest::newRow("seized") << int(HitOutcome::VehicleSeized) << QStringLiteral("vehicle-seized");
        QTest::newRow("no resources") << int(HitOutcome::NotStoppedNoResources)
                                      << QStringLiteral("not-stopped-no-resources");
        QTest::newRow("lost sight") << int(HitOutcome::LostSight) << QStringLiteral("lost-sight");
        QTest::newRow("duplicate") << int(HitOutcome::Duplicate) << QStringLiteral("duplicate");
    }

    void outcomesAreStoredByName()
    {
        QFETCH(int, outcome);
        QFETCH(QString, stored);
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        QVERIFY(store->upsertCamera(camera()));
        HotlistEntry e;
        e.vrm = QStringLiteral("AB12CDE");
        e.list = QStringLiteral("PNC");
        std::vector<HotlistEntry> entries{e};
        QVERIFY(store->addHotlistEntries(entries).ok());
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), 5000), makeRead(QStringLiteral("AB12CDE"), 6000)};
        reads[0].uid = QUuid::createUuid();
        reads[1].uid = QUuid::createUuid();
        Hit viaKestrel, writtenBefore;
        viaKestrel.uid = QUuid::createUuid();
        viaKestrel.read = reads[0];
        viaKestrel.entry = entries[0];
        writtenBefore = viaKestrel;
        writtenBefore.uid = QUuid::createUuid();
        writtenBefore.read = reads[1];
        QVERIFY(store->insertReads(reads, {viaKestrel, writtenBefore}).ok());
        QVERIFY(store->acknowledgeHit(viaKestrel.uid, QStringLiteral("op"), HitOutcome(outcome), {}, 7000).ok());
        // As an older Kestrel left it: the name alone in the row.
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("UPDATE hits SET acknowledged_at = 8000, acknowledged_by = 'op', outcome = ? WHERE uid = ?"));
        q.addBindValue(stored);
        q.addBindValue(writtenBefore.uid.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM hits WHERE outcome = '%1'").arg(stored)) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        for (const Hit &h : store->recentHits(10))
            QCOMPARE(int(h.outcome), outcome);
    }

    void migratesVersionOneFixtureKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Store::Options v1;
            v1.upToVersion = 1;
            v1.mode = Store::Mode::CreateIfMissing;
            auto old = std::move(Store::open(path, v1)).value();
            QCOMPARE(old->schemaVersion(), 1);
            QVERIFY(old->upsertCamera(camera()));
            std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), 1000)};
            QVERIFY(old->insertReads(reads).ok());
            QSqlQuery q(old->database());
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM audit_log"))); // not in v1
        }
        auto upgraded = Store::openOrCreate(path);
        QVERIFY(upgraded.ok());
        QCOMPARE((*upgraded)->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE((*upgraded)->readCount(), 1);
        QSqlQuery q((*upgraded)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), Store::kSchemaVersion); // one row per migration step
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM holds")));
        QVERIFY(q.exec(QStringLiteral("SELECT images_deleted_at FROM reads")) && q.next());
        QVERIFY(q.value(0).isNull()); // the v1 read still has its images
    }

    void keepsEachMonthOfReadsInItsOwnTable()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        QVERIFY(store->upsertCamera(camera()));
        auto at = [](int y, int m, int d, int h = 12) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        QVERIFY(store->partitionTables().isEmpty());
        QCOMPARE(store->readCount(), 0); // the view answers with no month yet
        QVERIFY(store->recentReads(5).isEmpty());
        // One batch across a year end, out of order, as an import from an older back office is.
        std::vector<Read> reads{makeRead(QStringLiteral("AA11AAA"), at(2026, 1, 1, 0)),
                                makeRead(QStringLiteral("BB11BBB"), at(2025, 12, 31, 23)),
                                makeRead(QStringLiteral("CC11CCC"), at(2026, 1, 31, 23)),
                                makeRead(QStringLiteral("DD11DDD"), at(2026, 3, 2))};
        reads[0].capturedAtMs += 1; // 00:00:00.001 on New Year's Day
        QVERIFY(store->insertReads(reads).ok());
        QCOMPARE(store->partitionTables(),
                 QStringList({QStringLiteral("reads_202512"), QStringLiteral("reads_202601"), QStringLiteral("reads_202603")}));
        QSqlQuery q(store->database());
        auto countIn = [&](const QString &table) {
            return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(countIn(QStringLiteral("reads_202512")), 1);
        QCOMPARE(countIn(QStringLiteral("reads_202601")), 2);
        QCOMPARE(countIn(QStringLiteral("reads_202603")), 1);
        QCOMPARE(Store::partitionTable(reads[1].capturedAtMs), QStringLiteral("reads_202512"));
        QCOMPARE(Store::partitionTable(-5), QStringLiteral("reads_197001")); // clamped, never a bad name

        // Ids stay unique over the months; a later batch in a month continues its numbering.
        std::vector<Read> more{makeRead(QStringLiteral("EE11EEE"), at(2026, 1, 15))};
        QVERIFY(store->insertReads(more).ok());
        QSet<qint64> ids;
        for (const Read &r : reads)
            ids.insert(r.id);
        ids.insert(more[0].id);
        QCOMPARE(ids.size(), 5);
        QCOMPARE(more[0].id, reads[2].id + 1);

        // Every read path goes through the view: by uid, newest first, and joined to its hits.
        QCOMPARE(store->read(reads[1].uid)->vrm, QStringLiteral("BB11BBB"));
        QCOMPARE(store->read(reads[1].uid)->id, reads[1].id);
        const QList<Read> recent = store->recentReads(10);
        QCOMPARE(recent.size(), 5);
        QStringList order;
        for (const Read &r : recent)
            order << r.vrm;
        QCOMPARE(order, QStringList({QStringLiteral("DD11DDD"), QStringLiteral("CC11CCC"), QStringLiteral("EE11EEE"),
                                     QStringLiteral("AA11AAA"), QStringLiteral("BB11BBB")}));
        Hit hit;
        hit.uid = QUuid::createUuid();
        hit.read = reads[1];
        hit.raisedAtMs = reads[1].capturedAtMs;
        QVERIFY(store->insertHits({hit}).ok());
        QCOMPARE(store->recentHits(5).size(), 1);
        QCOMPARE(store->recentHits(5).first().read.vrm, QStringLiteral("BB11BBB"));

        // A failed batch leaves no month behind and the view intact.
        std::vector<Read> bad{makeRead(QStringLiteral("FF11FFF"), at(2026, 6, 1))};
        bad[0].cameraId = QStringLiteral("NO-SUCH-CAMERA");
        const auto refused = store->insertReads(bad);
        QVERIFY(refused.ok());
        QCOMPARE(refused->refused.size(), 1);
        QCOMPARE(store->readCount(), 5);
        QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));
    }

    void aNewMonthWaitsForAnotherWriterInsteadOfFailing()
    {
        // The GUI thread and the store writer write through their own connections. A batch that
        // opens a month looks at the schema before it writes: had another connection committed
        // in between, SQLite would have refused the batch outright (a stale snapshot).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        auto store = std::move(Store::openOrCreate(path)).value();
        QVERIFY(store->upsertCamera(camera()));
        QSemaphore holding, done;
        std::thread other([&] {
            auto second = std::move(Store::openOrCreate(path)).value();
            QSqlQuery q(second->database());
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            q.exec(QStringLiteral("INSERT INTO cameras (id, name, source_kind, source_url) VALUES ('CAM-2', 'B', 'file', '/x')"));
            holding.release();
            QThread::msleep(300); // the first connection is waiting for the lock by now
            q.exec(QStringLiteral("COMMIT"));
            second.reset();
            done.release();
        });
        holding.acquire();
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), QDateTime(QDate(2031, 5, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch())};
        const auto stored = store->insertReads(reads);
        done.acquire();
        other.join();
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(store->partitionTables(), QStringList{QStringLiteral("reads_203105")});
        QCOMPARE(store->readCount(), 1);
        QCOMPARE(store->cameras().size(), 2);
    }

    void migratesVersionFourReadsIntoMonthsKeepingIdsHitsAndHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        const qint64 nov = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 oct = QDateTime(QDate(2026, 10, 30), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        std::vector<Read> reads{makeRead(QStringLiteral("AB12CDE"), oct), makeRead(QStringLiteral("XY34ZZZ"), nov),
                                makeRead(QStringLiteral("AB12CDE"), nov + 1000)};
        Hit hit;
        {
            Store::Options v4;
            v4.upToVersion = 4;
            v4.mode = Store::Mode::CreateIfMissing;
            auto old = std::move(Store::open(path, v4)).value();
            QVERIFY(old->upsertCamera(camera()));
            hit.uid = QUuid::createUuid();
            QVERIFY(old->insertReads(reads).ok());
            hit.read = reads[0];
            hit.raisedAtMs = oct;
            QVERIFY(old->insertHits({hit}).ok());
            QSqlQuery q(old->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO holds (read_uid, case_reference, reason, placed_by, placed_at)"
                                          " VALUES ('%1', 'OP-9', 'trial', 'ivy', 1)")
                               .arg(reads[2].uid.toString(QUuid::WithoutBraces))));
            QVERIFY(q.exec(QStringLiteral("UPDATE reads SET images_deleted_at = 77 WHERE vrm = 'XY34ZZZ'")));
            QVERIFY(old->partitionTables().isEmpty());
        }
        auto upgraded = std::move(Store::openOrCreate(path)).value();
        QCOMPARE(upgraded->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(upgraded->partitionTables(), QStringList({QStringLiteral("reads_202610"), QStringLiteral("reads_202611")}));
        QCOMPARE(upgraded->readCount(), 3);
        for (const Read &r : reads) {
            const auto stored = upgraded->read(r.uid);
            QVERIFY(stored);
            QCOMPARE(stored->id, r.id);
            QCOMPARE(stored->vrm, r.vrm);
            QCOMPARE(stored->capturedAtMs, r.capturedAtMs);
            QCOMPARE(stored->candidates.size(), 2);
        }
        QSqlQuery q(upgraded->database());
        QVERIFY(q.exec(QStringLiteral("SELECT images_deleted_at FROM reads_202611 WHERE vrm = 'XY34ZZZ'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 77);
        QVERIFY(q.exec(QStringLiteral("SELECT type FROM sqlite_master WHERE name = 'reads'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("view"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM holds h JOIN reads r ON r.uid = h.read_uid")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(upgraded->recentHits(5).size(), 1);
        QCOMPARE(upgraded->recentHits(5).first().read.uid, reads[0].uid);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QCOMPARE(*upgraded->integrityCheck(), QStringLiteral("ok"));
        // New reads of a migrated month number on from the month's base, past the old ids.
        std::vector<Read> later{makeRead(QStringLiteral("NEW1"), nov + 5000)};
        QVERIFY(upgraded->insertReads(later).ok());
        QVERIFY(later[0].id > reads[2].id);
        QCOMPARE(upgraded->readCount(), 4);
    }

    void migratesVersionTwoHotlistsToLiveEntriesWithSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        {
            Store::Options v2;
            v2.upToVersion = 2;
            v2.mode = Store::Mode::CreateIfMissing;
            auto old = std::move(Store::open(path, v2)).value();
            QCOMPARE(old->schemaVersion(), 2);
            // A version-2 store has no status column: write the row as version 2 did.
            QSqlQuery q(old->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO hotlist_entries (vrm, list, priority, added_by)"
                                          " VALUES ('AB12CDE', 'PNC', 0, 'loader')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT status FROM hotlist_entries")));
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM hotlist_settings")));
        }
        auto upgraded = std::move(Store::openOrCreate(path)).value();
        QCOMPARE(upgraded->schemaVersion(), Store::kSchemaVersion);
        const std::vector<HotlistEntry> entries = upgraded->hotlistEntries();
        QCOMPARE(int(entries.size()), 1);
        QCOMPARE(entries[0].status, HotlistStatus::Live); // matched before the upgrade, still does
        QCOMPARE(entries[0].addedBy, QStringLiteral("loader"));
        const QList<HotlistSettings> settings = upgraded->hotlistSettings();
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings[0].name, QStringLiteral("PNC"));
        QCOMPARE(settings[0].maxEquivalent, 1);
        QCOMPARE(settings[0].allowEdit, false);
        QCOMPARE(settings[0].retrospectiveDays, 7);
        QSqlQuery q(upgraded->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE hotlist_entries SET status = 'bogus'"))); // CHECK holds
    }

    void hotlistStatusRoundTrips_data()
    {
        QTest::addColumn<int>("status");
        for (HotlistStatus s : {HotlistStatus::Pending, HotlistStatus::Live, HotlistStatus::Expired,
                                HotlistStatus::Withdrawn})
            QTest::newRow(qPrintable(hotlistStatusName(s))) << int(s);
    }
    void hotlistStatusRoundTrips()
    {
        QFETCH(int, status);
        QTemporaryDir dir;
        auto store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        HotlistEntry e;
        e.vrm = QStringLiteral("AB12CDE");
        e.list = QStringLiteral("Local");
        e.status = HotlistStatus(status);
        std::vector<HotlistEntry> entries{e};
        QVERIFY(store->addHotlistEntries(entries).ok());
        QCOMPARE(int(store->hotlistEntry(entries[0].id)->status), status);
        QCOMPARE(int(store->hotlistEntries(HotlistStatus(status)).size()), 1);
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto s = std::move(Store::openOrCreate(path)).value();
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_info (version, migrated_at) VALUES (99, 0)")));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        auto refused = Store::openOrCreate(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Integrity);
        QVERIFY(refused.error().message.contains(QStringLiteral("newer")));
        QVERIFY(refused.error().toString().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(4096, 'j'));
        f.close();
        const QByteArray before = fileHash(path);
        auto refused = Store::openOrCreate(path);
        QVERIFY(!refused.ok());
        QCOMPARE(fileHash(path), before);
    }

    void opensOnlyWhatExistsUnlessAskedToCreate()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("typo/k.db"));
        auto refused = Store::open(missing);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo"))));

        Store::Options createNew;
        createNew.mode = Store::Mode::CreateNew;
        {
            auto made = Store::open(missing, createNew);
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
            QCOMPARE((*made)->schemaVersion(), Store::kSchemaVersion);
        }
        QCOMPARE(QFile::permissions(missing) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        const QByteArray before = fileHash(missing);
        auto again = Store::open(missing, createNew);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::BadInput);
        QCOMPARE(fileHash(missing), before);
        QVERIFY(Store::open(missing).ok());
    }

    void refusesAForeignDatabaseOrAnEmptyFileUntouched()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('scones')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QString empty = dir.filePath(QStringLiteral("empty.db"));
        QFile(empty).open(QIODevice::WriteOnly);
        for (const QString &path : {foreign, empty}) {
            const QByteArray before = fileHash(path);
            auto refused = Store::open(path);
            QVERIFY2(!refused.ok(), qPrintable(path));
            QCOMPARE(refused.error().kind, Error::Kind::BadInput);
            QVERIFY(refused.error().message.contains(QStringLiteral("not a Kestrel database")));
            QCOMPARE(fileHash(path), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        }
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    void imagesAreHashedAndCheckedOnRead()
    {
        QTemporaryDir dir;
        ImageStore images(dir.path());
        const QByteArray jpeg("\xff\xd8 not really a jpeg but bytes are bytes \xff\xd9");
        const qint64 at = QDateTime(QDate(2026, 3, 4), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
        auto ref = images.write(jpeg, at, QUuid::createUuid(), QStringLiteral("patch"));
        QVERIFY(ref.ok());
        QVERIFY(ref->path.startsWith(QStringLiteral("images/2026/03/04/")));
        QCOMPARE(ref->sha256, ImageStore::sha256Hex(jpeg));
        QCOMPARE(images.read(*ref).value(), jpeg);
        QFile f(images.absolutePath(*ref));
        f.open(QIODevice::Append);
        f.write("tampered");
        f.close();
        auto tampered = images.read(*ref);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().kind, Error::Kind::Integrity);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
