#include "audit/auditlog.h"
#include "store/readsearch.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

using namespace Kestrel;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;
}

class TestReadSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_now = 0;
    User m_inv;

    void add(const QString &vrm, qint64 at, const QString &camera = QStringLiteral("CAM-1"))
    {
        std::vector<Read> reads(1);
        reads[0].vrm = vrm;
        reads[0].cameraId = camera;
        reads[0].capturedAtMs = at;
        reads[0].confidence = 0.9;
        QVERIFY(m_store->insertReads(reads).ok());
    }
    QStringList found(const QString &plate, qint64 from = 0, qint64 to = 0)
    {
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        SearchQuery q;
        q.plate = plate;
        q.fromMs = from;
        q.toMs = to;
        auto r = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QStringList out;
        if (r)
            for (const Read &read : r->reads)
                out << read.vrm;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::move(Store::openOrCreate(m_dir.filePath(QStringLiteral("k.db")))).value();
        for (const char *id : {"CAM-1", "CAM-2"}) {
            Camera c;
            c.id = QLatin1String(id);
            c.name = c.id;
            c.sourceKind = QStringLiteral("file");
            c.sourceUrl = QStringLiteral("x");
            QVERIFY(m_store->upsertCamera(c).ok());
        }
        m_now = QDateTime::currentMSecsSinceEpoch();
        m_inv.name = QStringLiteral("pc");
        m_inv.roles = Role::Investigator;
        for (const char *vrm : {"AB12CDE", "AB13CDE", "AB1CDE", "XAB12CDE", "AB12CDF", "ZZ99ZZZ"})
            add(QLatin1String(vrm), m_now - kDay);
        add(QStringLiteral("AB12CDE"), m_now - 200 * kDay); // old: withheld without approval
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exact") << QStringLiteral("AB12CDE") << QStringList{QStringLiteral("AB12CDE")};
        QTest::newRow("lower case and spaces") << QStringLiteral(" ab12 cde ") << QStringList{QStringLiteral("AB12CDE")};
        QTest::newRow("question mark") << QStringLiteral("AB1?CDE")
                                       << QStringList{QStringLiteral("AB12CDE"), QStringLiteral("AB13CDE")};
        QTest::newRow("star") << QStringLiteral("AB1*CDE")
                              << QStringList{QStringLiteral("AB12CDE"), QStringLiteral("AB13CDE"), QStringLiteral("AB1CDE")};
        QTest::newRow("issue example") << QStringLiteral("AB1?C*")
                                       << QStringList{QStringLiteral("AB12CDE"), QStringLiteral("AB12CDF"), QStringLiteral("AB13CDE")};
        QTest::newRow("leading star") << QStringLiteral("*12CDE")
                                      << QStringList{QStringLiteral("AB12CDE"), QStringLiteral("XAB12CDE")};
        QTest::newRow("double star folds") << QStringLiteral("ZZ**") << QStringList{QStringLiteral("ZZ99ZZZ")};
        // SQL wildcards and quotes are not plate characters: refused, never passed to LIKE.
        QTest::newRow("percent") << QStringLiteral("AB%") << QStringList();
        QTest::newRow("underscore") << QStringLiteral("AB12_DE") << QStringList();
        QTest::newRow("quote") << QStringLiteral("AB12' OR '1'='1") << QStringList();
    }
    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        QCOMPARE(found(pattern), expected);
    }

    void refusedCharactersAreNamed()
    {
        auto p = ReadSearch::normalisePattern(QStringLiteral("AB%"));
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QStringLiteral("'%'")));
        QCOMPARE(p.error().field, QStringLiteral("plate"));
        QVERIFY(!ReadSearch::normalisePattern(QStringLiteral("   ")).ok());
    }

    void broadPatternsNeedAShortWindow()
    {
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        SearchQuery q;
        q.plate = QStringLiteral("*");
        auto all = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QVERIFY(!all.ok());
        QCOMPARE(all.error().field, QStringLiteral("plate"));
        QVERIFY2(all.error().message.contains(QStringLiteral("time window of at most 31 days")), qPrintable(all.error().message));
        q.plate = QStringLiteral("A?*");
        q.fromMs = m_now - 60 * kDay;
        QVERIFY(!search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now).ok());
        // Within two days the same pattern is a fair question.
        q.fromMs = m_now - 2 * kDay;
        auto recent = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QVERIFY(recent.ok());
        QCOMPARE(recent->reads.size(), 4); // AB12CDE, AB13CDE, AB1CDE, AB12CDF; not XAB12CDE or ZZ99ZZZ
        q.plate = QStringLiteral("*");
        recent = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QVERIFY(recent.ok());
        QCOMPARE(recent->reads.size(), 6);
    }

    void oldReadsAreNotShownAndTheAnswerDoesNotSayWhetherTheyExist()
    {
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        SearchQuery q;
        q.plate = QStringLiteral("AB12CDE"); // one read of 200 days ago besides the recent one
        auto r = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->reads.size(), 1);
        QVERIFY(r->reach.limited);
        QCOMPARE(r->reach.visibleFromMs, m_now - 90 * kDay);
        QVERIFY(r->reach.howToAsk.contains(QStringLiteral("90 days")));
        // A plate with no old read gets the very same answer about what is not shown.
        SearchQuery none = q;
        none.plate = QStringLiteral("NO11NEE");
        auto n = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), none, {}, m_now);
        QVERIFY(n.ok());
        QCOMPARE(n->reads.size(), 0);
        QCOMPARE(n->reach.limited, r->reach.limited);
        QCOMPARE(n->reach.visibleFromMs, r->reach.visibleFromMs);
        QCOMPARE(n->reach.howToAsk, r->reach.howToAsk);
        // A window wholly before the reach is refused by the rights alone, read or no read.
        SearchQuery old = q;
        old.fromMs = m_now - 201 * kDay;
        old.toMs = m_now - 199 * kDay;
        auto o = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), old, {}, m_now);
        QVERIFY(o.ok() && o->reach.outside && o->reads.isEmpty());
        old.plate = none.plate;
        auto e = search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), old, {}, m_now);
        QVERIFY(e.ok() && e->reach.outside && e->reads.isEmpty());
        QCOMPARE(e->reach.howToAsk, o->reach.howToAsk);
        search.search(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now).value();
        // And the search itself is in the audit trail with its parameters and result count.
        const AuditEvent last = audit.recent(1).first();
        QCOMPARE(last.action, QStringLiteral("search"));
        QCOMPARE(last.details.value(QLatin1String("reference")).toString(), QStringLiteral("INC-9"));
        QCOMPARE(last.details.value(QLatin1String("results")).toInt(), 1);
        QVERIFY(!last.details.contains(QLatin1String("withheld")));
        QCOMPARE(last.details.value(QLatin1String("limited")).toBool(), true);
    }

    void timeWindowAndRefusal()
    {
        QCOMPARE(found(QStringLiteral("AB12CDE"), m_now - 2 * kDay, m_now), QStringList{QStringLiteral("AB12CDE")});
        QVERIFY(found(QStringLiteral("AB12CDE"), m_now - 400 * kDay, m_now - 300 * kDay).isEmpty());
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        User auditor;
        auditor.name = QStringLiteral("aud");
        auditor.roles = Role::Auditor;
        SearchQuery q;
        q.plate = QStringLiteral("AB12CDE");
        auto r = search.search(auditor, AccessPurpose::Routine, QStringLiteral("INC-9"), q, {}, m_now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Refused);
        QVERIFY(audit.recent(1).first().details.contains(QLatin1String("refused")));
    }

    void convoyFindsCompanions()
    {
        // Target passes three cameras; a companion follows within 30 s each time, a stranger once.
        const qint64 base = m_now - 10 * kDay;
        for (int i = 0; i < 3; ++i) {
            const QString cam = i % 2 ? QStringLiteral("CAM-2") : QStringLiteral("CAM-1");
            add(QStringLiteral("TA12RGT"), base + i * 3600000, cam);
            add(QStringLiteral("CO11MPN"), base + i * 3600000 + 20000, cam);
        }
        add(QStringLiteral("ST12RAN"), base + 10000, QStringLiteral("CAM-1"));
        add(QStringLiteral("LA78TER"), base + 200000, QStringLiteral("CAM-1")); // outside 60 s
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        auto r = search.convoy(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), QStringLiteral("TA12RGT"), 60, 2, 0, 0, {}, m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->targetReads, 3);
        QCOMPARE(r->vehicles.size(), 1);
        QCOMPARE(r->vehicles.first().vrm, QStringLiteral("CO11MPN"));
        QCOMPARE(r->vehicles.first().coOccurrences, 3);
        QCOMPARE(r->vehicles.first().usualCamera, QStringLiteral("CAM-1"));
        // The trail records what was asked and how many vehicles were given.
        AuditEvent entry = audit.recent(1).first();
        QCOMPARE(entry.action, QStringLiteral("convoy"));
        QCOMPARE(entry.details.value(QLatin1String("target_reads")).toInt(), 3);
        QCOMPARE(entry.details.value(QLatin1String("results")).toInt(), 1);
        QCOMPARE(entry.details.value(QLatin1String("reference")).toString(), QStringLiteral("INC-9"));
        auto loose = search.convoy(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), QStringLiteral("TA12RGT"), 60, 1, 0, 0, {}, m_now);
        QCOMPARE(loose->vehicles.size(), 2);
        // Refusals and bad input are on the record with the reason.
        QVERIFY(!search.convoy(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), QStringLiteral("TA*"), 60, 1, 0, 0, {}, m_now).ok());
        entry = audit.recent(1).first();
        QVERIFY(entry.details.value(QLatin1String("refused")).toString().contains(QStringLiteral("one exact target")));
        QVERIFY(!search.convoy(m_inv, AccessPurpose::Routine, QStringLiteral(" "), QStringLiteral("TA12RGT"), 60, 1, 0, 0, {}, m_now).ok());
        entry = audit.recent(1).first();
        QVERIFY(entry.details.value(QLatin1String("refused")).toString().contains(QStringLiteral("case reference")));
        QVERIFY(!search.convoy(m_inv, AccessPurpose::Routine, QStringLiteral("INC-9"), QStringLiteral("TA12RGT"), 99999, 1, 0, 0, {}, m_now).ok());
        QVERIFY(audit.recent(1).first().details.value(QLatin1String("refused")).toString().contains(QStringLiteral("window")));
    }

    void preservedReadsAreSeenOnlyForTheirCase()
    {
        // Past retention a read is gone unless a preservation hold keeps it for a named case;
        // then the case's investigator sees it with a 24-month approval, nobody else does.
        std::vector<Read> reads(1);
        reads[0].vrm = QStringLiteral("HE11DDD");
        reads[0].cameraId = QStringLiteral("CAM-1");
        reads[0].capturedAtMs = m_now - 800 * kDay;
        reads[0].confidence = 0.9;
        QVERIFY(m_store->insertReads(reads).ok());
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("INSERT INTO holds (read_uid, case_reference, reason, placed_by, placed_at) VALUES (?, 'OP-OWL/3', 'trial', 'sgt', 1)"));
        q.addBindValue(reads[0].uid.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec());
        AccessRequest approval;
        approval.id = 9;
        approval.requester = m_inv.name;
        approval.caseReference = QStringLiteral("OP-OWL/3");
        approval.purpose = AccessPurpose::Major;
        approval.scopeVrms = {QStringLiteral("HE11DDD")};
        approval.tier = AccessTier::Extended24Months;
        approval.state = RequestState::Approved;
        approval.decidedBy = QStringLiteral("sgt");
        approval.expiresAtMs = m_now + kDay;
        AuditLog audit(*m_store);
        ReadSearch search(*m_store, audit, AccessPolicy());
        SearchQuery query;
        query.plate = QStringLiteral("HE11DDD");
        auto held = search.search(m_inv, AccessPurpose::Major, QStringLiteral("OP-OWL/3"), query, {approval}, m_now);
        QVERIFY(held.ok());
        QCOMPARE(held->reads.size(), 1);
        approval.caseReference = QStringLiteral("OP-OTHER/1");
        auto other = search.search(m_inv, AccessPurpose::Major, QStringLiteral("OP-OTHER/1"), query, {approval}, m_now);
        QVERIFY(other.ok());
        QCOMPARE(other->reads.size(), 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE holds SET released_at = 2, released_by = 'sgt2'")));
        approval.caseReference = QStringLiteral("OP-OWL/3");
        auto released = search.search(m_inv, AccessPurpose::Major, QStringLiteral("OP-OWL/3"), query, {approval}, m_now);
        QCOMPARE(released->reads.size(), 0);
    }

    void wildcardSearchUsesTheVrmIndex()
    {
        // GLOB, unlike LIKE (case-blind), can range over the VRM index for the literal start of a
        // pattern: a wildcard search without a time window must not read every month's table.
        add(QStringLiteral("AB12CDE"), m_now - kDay, QStringLiteral("CAM-1"));
        const QStringList tables = m_store->partitionTables();
        QVERIFY(!tables.isEmpty());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM %1 WHERE vrm GLOB 'AB1?C*'").arg(tables.first())));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("INDEX")) && plan.contains(QStringLiteral("(vrm>? AND vrm<?)")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestReadSearch)
#include "tst_readsearch.moc"
