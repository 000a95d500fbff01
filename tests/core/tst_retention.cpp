#include "audit/auditlog.h"
#include "store/imagestore.h"
#include "store/retention.h"
#include "store/store.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testusers.h"

using namespace Kestrel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const qint64 kNow = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

// A store holding reads of known ages, each with real image files.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> audit;
    QHash<QString, Read> reads; // by name

    Fixture()
    {
        store = std::move(Store::openOrCreate(dir.filePath(QStringLiteral("k.db")))).value();
        audit = std::make_unique<AuditLog>(*store);
        Camera c;
        c.id = QStringLiteral("CAM-1");
        c.name = QStringLiteral("A64");
        c.sourceKind = QStringLiteral("file");
        c.sourceUrl = QStringLiteral("/dev/null");
        QVERIFY(store->upsertCamera(c));
    }

    Read &add(const QString &name, qint64 ageDays, bool hit = false)
    {
        Read r;
        r.uid = newReadUid(kNow - ageDays * kDay);
        r.vrm = QStringLiteral("AB12CDE");
        r.confidence = 0.9;
        r.cameraId = QStringLiteral("CAM-1");
        // A millisecond apart: reads are unique by camera, time and VRM.
        r.capturedAtMs = kNow - ageDays * kDay - reads.size();
        const ImageStore images(store->dataDir());
        r.platePatch = images.write("patch-" + name.toUtf8(), r.capturedAtMs, r.uid, QStringLiteral("plate")).value();
        r.overview = images.write("overview-" + name.toUtf8(), r.capturedAtMs, r.uid, QStringLiteral("overview")).value();
        std::vector<Read> batch{r};
        std::vector<Hit> hits;
        if (hit) {
            Hit h;
            h.uid = QUuid::createUuid();
            h.read = r;
            h.match = MatchKind::Exact;
            h.raisedAtMs = r.capturedAtMs;
            hits.push_back(h);
        }
        [&] {
            auto stored = store->insertReads(batch, hits);
            QVERIFY(stored.ok());
            QCOMPARE(stored->inserted, 1);
        }();
        return reads[name] = batch.front();
    }

    bool filesExist(const QString &name) const
    {
        const ImageStore images(store->dataDir());
        const Read &r = reads[name];
        return QFile::exists(images.absolutePath(r.platePatch)) && QFile::exists(images.absolutePath(r.overview));
    }
    bool filesGone(const QString &name) const
    {
        const ImageStore images(store->dataDir());
        const Read &r = reads[name];
        return !QFile::exists(images.absolutePath(r.platePatch)) && !QFile::exists(images.absolutePath(r.overview));
    }
    std::optional<Read> stored(const QString &name) const { return store->read(reads[name].uid); }
};

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deletesWhatTheLawNoLongerAllows()
    {
        Fixture f;
        f.add(QStringLiteral("fresh"), 10);
        f.add(QStringLiteral("year-old"), 400);               // images go, read stays
        f.add(QStringLiteral("year-old hit"), 400, true);      // a hit keeps its images
        f.add(QStringLiteral("expired"), 800);                 // past 730 days: gone
        f.add(QStringLiteral("expired hit"), 800, true);       // gone with its hit
        f.add(QStringLiteral("edge kept"), 364);
        const User admin = user("admin", Role::Administrator);

        Retention retention(*f.store, *f.audit);
        const RetentionSettings settings; // 90 / 365 / 730 days
        auto preview = retention.run(settings, kNow, &admin, true);
        QVERIFY(preview.ok());
        QCOMPARE(preview->readsDeleted, 2);
        QCOMPARE(preview->hitsDeleted, 1);
        QCOMPARE(preview->readsImagesDeleted, 1);
        QCOMPARE(f.store->readCount(), 6); // a preview changes nothing
        QVERIFY(f.filesExist(QStringLiteral("expired")));

        auto report = retention.run(settings, kNow, &admin);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->readsDeleted, 2);
        QCOMPARE(report->hitsDeleted, 1);
        QCOMPARE(report->readsImagesDeleted, 1);
        QCOMPARE(report->filesDeleted, 6); // two per read: 2 expired reads + 1 year-old read
        QVERIFY(report->problems.isEmpty());
        // The month the expired reads were captured in held nothing else: its table is gone.
        const QString expiredMonth = Store::partitionTable(kNow - 800 * kDay);
        QCOMPARE(report->monthsDropped, 1);
        QVERIFY(!f.store->partitionTables().contains(expiredMonth));
        QCOMPARE(f.store->partitionTables().size(), 3); // 10, 364 and 400 days ago: three months

        QCOMPARE(f.store->readCount(), 4);
        QCOMPARE(f.store->hitCount(), 1);
        QVERIFY(!f.stored(QStringLiteral("expired")));
        QVERIFY(!f.stored(QStringLiteral("expired hit")));
        QVERIFY(f.filesGone(QStringLiteral("expired")));
        QVERIFY(f.filesGone(QStringLiteral("expired hit")));

        const auto yearOld = f.stored(QStringLiteral("year-old"));
        QVERIFY(yearOld);
        QCOMPARE(yearOld->vrm, QStringLiteral("AB12CDE"));
        QVERIFY(yearOld->platePatch.isEmpty() && yearOld->overview.isEmpty());
        QVERIFY(f.filesGone(QStringLiteral("year-old")));
        QVERIFY(!f.stored(QStringLiteral("year-old hit"))->platePatch.isEmpty());
        QVERIFY(f.filesExist(QStringLiteral("year-old hit")));
        QVERIFY(f.filesExist(QStringLiteral("edge kept")));
        QVERIFY(f.filesExist(QStringLiteral("fresh")));

        // The run is in the audit trail, which still verifies.
        const AuditEvent last = f.audit->recent(1).first();
        QCOMPARE(last.action, QStringLiteral("retention"));
        QCOMPARE(last.details.value(QStringLiteral("reads_deleted")).toInt(), 2);
        QVERIFY(f.audit->verify().ok());

        // Running again finds nothing more to do.
        auto again = retention.run(settings, kNow, &admin);
        QCOMPARE(again->readsDeleted + again->readsImagesDeleted + again->filesDeleted, 0);
    }

    void shorterForcePolicyIsHonoured()
    {
        Fixture f;
        f.add(QStringLiteral("400 days"), 400);
        f.add(QStringLiteral("200 days"), 200);
        RetentionSettings oneYear;
        oneYear.retentionDays = 365;
        oneYear.imageRetentionDays = 180;
        const User admin = user("admin", Role::Administrator);
        auto report = Retention(*f.store, *f.audit).run(oneYear, kNow, &admin);
        QCOMPARE(report->readsDeleted, 1);
        QCOMPARE(report->readsImagesDeleted, 1);
        QVERIFY(f.stored(QStringLiteral("200 days"))->platePatch.isEmpty());
    }

    void holdsKeepReadsWholeUntilReleased()
    {
        Fixture f;
        f.add(QStringLiteral("evidence"), 800, true);
        f.add(QStringLiteral("evidence images"), 400);
        const User admin = user("admin", Role::Administrator);
        const User investigator = user("ivy", Role::Investigator);
        const User supervisor = user("sam", Role::Supervisor);
        const User op = user("olly", Role::Operator);
        Retention retention(*f.store, *f.audit);

        QCOMPARE(retention.placeHold(f.reads[QStringLiteral("evidence")].uid, QStringLiteral("OP-1"),
                                     QStringLiteral("trial"), op, kNow).error().kind, Error::Kind::Refused);
        QCOMPARE(retention.placeHold(f.reads[QStringLiteral("evidence")].uid, QString(), QStringLiteral("trial"),
                                     investigator, kNow).error().field, QStringLiteral("reference"));
        QCOMPARE(retention.placeHold(QUuid::createUuid(), QStringLiteral("OP-1"), QStringLiteral("trial"),
                                     investigator, kNow).error().field, QStringLiteral("read"));
        auto hold = retention.placeHold(f.reads[QStringLiteral("evidence")].uid, QStringLiteral("OP-1"),
                                        QStringLiteral("trial at crown court"), investigator, kNow);
        QVERIFY(hold.ok());
        QVERIFY(retention.placeHold(f.reads[QStringLiteral("evidence images")].uid, QStringLiteral("OP-1"),
                                    QStringLiteral("trial"), investigator, kNow).ok());
        QCOMPARE(retention.holds(true).size(), 2);

        auto report = retention.run(RetentionSettings{}, kNow, &admin);
        QCOMPARE(report->readsDeleted, 0);
        QCOMPARE(report->readsImagesDeleted, 0);
        QCOMPARE(report->heldKept, 2);
        QCOMPARE(report->monthsDropped, 0); // the held read keeps its month
        QVERIFY(f.store->partitionTables().contains(Store::partitionTable(kNow - 800 * kDay)));
        QVERIFY(f.filesExist(QStringLiteral("evidence")));
        QVERIFY(f.filesExist(QStringLiteral("evidence images")));

        QCOMPARE(retention.releaseHold(*hold, QStringLiteral("case closed"), investigator, kNow).error().kind,
                 Error::Kind::Refused);
        QVERIFY(retention.releaseHold(*hold, QStringLiteral("case closed"), supervisor, kNow).ok());
        QVERIFY(!retention.releaseHold(*hold, QStringLiteral("twice"), supervisor, kNow).ok());
        QCOMPARE(retention.holds(true).size(), 1);
        QCOMPARE(retention.holdsOn(f.reads[QStringLiteral("evidence")].uid).first().releasedBy, QStringLiteral("sam"));

        report = retention.run(RetentionSettings{}, kNow, &admin);
        QCOMPARE(report->readsDeleted, 1); // the released read and its released hold row go
        QCOMPARE(report->hitsDeleted, 1);
        QVERIFY(f.filesGone(QStringLiteral("evidence")));
        QVERIFY(f.filesExist(QStringLiteral("evidence images")));

        QStringList actions;
        for (const AuditEvent &e : f.audit->recent(10))
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("hold-placed")));
        QVERIFY(actions.contains(QStringLiteral("hold-released")));
        QVERIFY(f.audit->verify().ok());
    }

    void onlyAdministratorsRunIt()
    {
        Fixture f;
        f.add(QStringLiteral("expired"), 800);
        const User supervisor = user("sam", Role::Supervisor);
        auto refused = Retention(*f.store, *f.audit).run(RetentionSettings{}, kNow, &supervisor);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QCOMPARE(f.store->readCount(), 1);
        RetentionSettings bad;
        bad.imageRetentionDays = 0;
        const User admin = user("admin", Role::Administrator);
        QCOMPARE(Retention(*f.store, *f.audit).run(bad, kNow, &admin).error().kind, Error::Kind::BadInput);
        // The workstation's own schedule runs as "system".
        auto scheduled = Retention(*f.store, *f.audit).run(RetentionSettings{}, kNow, nullptr);
        QCOMPARE(scheduled->readsDeleted, 1);
        QCOMPARE(f.audit->recent(1).first().user, QStringLiteral("system"));
    }

    void largeBacklogGoesInBatches()
    {
        // More reads than one batch (2000): all of them go, in several transactions.
        Fixture f;
        std::vector<Read> reads;
        for (int i = 0; i < 4500; ++i) {
            Read r;
            r.uid = newReadUid(kNow - 900 * kDay + i);
            r.vrm = QStringLiteral("OLD%1").arg(i);
            r.confidence = 0.8;
            r.cameraId = QStringLiteral("CAM-1");
            r.capturedAtMs = kNow - 900 * kDay + i;
            reads.push_back(r);
        }
        QVERIFY(f.store->insertReads(reads).ok());
        f.add(QStringLiteral("fresh"), 1);
        const User admin = user("admin", Role::Administrator);
        auto report = Retention(*f.store, *f.audit).run(RetentionSettings{}, kNow, &admin);
        QCOMPARE(report->readsDeleted, 4500);
        QCOMPARE(f.store->readCount(), 1);
        QSqlQuery q(f.store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
