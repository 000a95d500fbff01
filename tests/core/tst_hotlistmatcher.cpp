#include "hotlist/hotlistmatcher.h"

#include <QTest>

using namespace Kestrel;

namespace {
HotlistMatcher::Options exactOnly()
{
    HotlistMatcher::Options o;
    o.maxEquivalent = 0;
    return o;
}

HotlistEntry entry(const char *vrm, Priority p, const char *list = "PNC", QDate expires = {})
{
    HotlistEntry e;
    e.vrm = QLatin1String(vrm);
    e.priority = p;
    e.list = QLatin1String(list);
    e.expires = expires;
    return e;
}
} // namespace

class TestHotlistMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("expectedEntry");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("distance");
        QTest::newRow("exact") << QStringLiteral("AB12CDE") << QStringLiteral("AB12CDE") << QStringLiteral("exact") << 0;
        QTest::newRow("0 for O") << QStringLiteral("AB12C0E") << QStringLiteral("AB12COE") << QStringLiteral("equivalent") << 1;
        QTest::newRow("D for 0") << QStringLiteral("LD09XYZ") << QStringLiteral("L009XYZ") << QStringLiteral("equivalent") << 1;
        QTest::newRow("Q for 0") << QStringLiteral("LQ09XYZ") << QStringLiteral("L009XYZ") << QStringLiteral("equivalent") << 1;
        QTest::newRow("I for 1") << QStringLiteral("MI11ABC") << QStringLiteral("M111ABC") << QStringLiteral("equivalent") << 1;
        QTest::newRow("Z for 2") << QStringLiteral("KZ22XYZ") << QStringLiteral("K222XYZ") << QStringLiteral("equivalent") << 1;
        QTest::newRow("S for 5") << QStringLiteral("SS55ABC") << QStringLiteral("S555ABC") << QStringLiteral("equivalent") << 1;
        QTest::newRow("B for 8") << QStringLiteral("BB88ABC") << QStringLiteral("B888ABC") << QStringLiteral("equivalent") << 1;
        QTest::newRow("G for 6") << QStringLiteral("GG66ABC") << QStringLiteral("G666ABC") << QStringLiteral("equivalent") << 1;
        QTest::newRow("wildcard") << QStringLiteral("WX19ZZZ") << QStringLiteral("WX19*") << QStringLiteral("wildcard") << 0;
        QTest::newRow("wildcard ?") << QStringLiteral("PQ21RST") << QStringLiteral("PQ2?RST") << QStringLiteral("wildcard") << 0;
        QTest::newRow("two substitutions is not a hit") << QStringLiteral("A812C0E") << QString() << QString() << 0;
        QTest::newRow("unrelated") << QStringLiteral("ZZ99ZZZ") << QString() << QString() << 0;
        QTest::newRow("expired entry never matches") << QStringLiteral("EX12PRD") << QString() << QString() << 0;
    }
    void matching()
    {
        QFETCH(QString, read);
        QFETCH(QString, expectedEntry);
        QFETCH(QString, kind);
        QFETCH(int, distance);
        const QDate today(2026, 11, 22);
        HotlistMatcher m({entry("AB12CDE", Priority::Low), entry("AB12COE", Priority::Low),
                          entry("L009XYZ", Priority::Low), entry("M111ABC", Priority::Low),
                          entry("K222XYZ", Priority::Low), entry("S555ABC", Priority::Low),
                          entry("B888ABC", Priority::Low), entry("G666ABC", Priority::Low),
                          entry("WX19*", Priority::Low), entry("PQ2?RST", Priority::Low),
                          entry("EX12PRD", Priority::High, "PNC", QDate(2026, 11, 21))},
                         today, HotlistMatcher::Options{});
        const auto hits = m.match(read);
        if (expectedEntry.isEmpty()) {
            QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : m.entry(hits.first().entryIndex).vrm));
            return;
        }
        const auto it = std::find_if(hits.begin(), hits.end(), [&](const HotlistMatch &h) {
            return m.entry(h.entryIndex).vrm == expectedEntry;
        });
        QVERIFY(it != hits.end());
        QCOMPARE(matchKindName(it->kind), kind);
        QCOMPARE(it->distance, distance);
    }

    void highestPriorityFirst()
    {
        HotlistMatcher m({entry("AB12CDE", Priority::Low, "DVLA"), entry("AB12CDE", Priority::High, "PNC"),
                          entry("AB12C*", Priority::Medium, "Local"), entry("AB12C0E", Priority::High, "PNC")},
                         QDate(2026, 1, 1), HotlistMatcher::Options{});
        const auto hits = m.match(QStringLiteral("AB12CDE"));
        QCOMPARE(hits.size(), 4);
        QCOMPARE(m.entry(hits[0].entryIndex).priority, Priority::High);
        QCOMPARE(hits[0].kind, MatchKind::Exact); // exact before approximate at equal priority
        QCOMPARE(hits[1].kind, MatchKind::Equivalent);
        QCOMPARE(m.entry(hits[2].entryIndex).priority, Priority::Medium);
        QCOMPARE(m.entry(hits[3].entryIndex).priority, Priority::Low);
    }

    void exactOnlyMode()
    {
        HotlistMatcher m({entry("AB12COE", Priority::Low)}, QDate(2026, 1, 1), exactOnly());
        QVERIFY(m.match(QStringLiteral("AB12C0E")).isEmpty());
    }

    void editMatching_data()
    {
        QTest::addColumn<bool>("allowEdit");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("expectedEntry");
        QTest::newRow("missing char, edit on") << true << QStringLiteral("AB2CDE") << QStringLiteral("AB12CDE");
        QTest::newRow("missing last char, edit on") << true << QStringLiteral("AB12CD") << QStringLiteral("AB12CDE");
        QTest::newRow("extra char, edit on") << true << QStringLiteral("AB127CDE") << QStringLiteral("AB12CDE");
        QTest::newRow("extra doubled char, edit on") << true << QStringLiteral("AAB12CDE") << QStringLiteral("AB12CDE");
        QTest::newRow("missing char, edit off") << false << QStringLiteral("AB2CDE") << QString();
        QTest::newRow("extra char, edit off") << false << QStringLiteral("AB127CDE") << QString();
        QTest::newRow("two missing, edit on") << true << QStringLiteral("AB2CD") << QString();
        QTest::newRow("substitution is not an edit") << true << QStringLiteral("AB12XDE") << QString();
    }
    void editMatching()
    {
        QFETCH(bool, allowEdit);
        QFETCH(QString, read);
        QFETCH(QString, expectedEntry);
        HotlistMatcher::Options options;
        options.lists = {HotlistSettings{QStringLiteral("PNC"), false, 1, allowEdit, 7}};
        HotlistMatcher m({entry("AB12CDE", Priority::Low)}, QDate(2026, 1, 1), options);
        const auto hits = m.match(read);
        if (expectedEntry.isEmpty()) {
            QVERIFY(hits.isEmpty());
            return;
        }
        QCOMPARE(hits.size(), 1);
        QCOMPARE(m.entry(hits[0].entryIndex).vrm, expectedEntry);
        QCOMPARE(hits[0].kind, MatchKind::Edit);
        QCOMPARE(hits[0].distance, 1);
    }

    void editIsPerList()
    {
        HotlistMatcher::Options options;
        options.lists = {HotlistSettings{QStringLiteral("Local"), false, 1, true, 7}};
        HotlistMatcher m({entry("AB12CDE", Priority::High, "PNC"), entry("AB12CDE", Priority::Low, "Local")},
                         QDate(2026, 1, 1), options);
        const auto hits = m.match(QStringLiteral("AB12CD"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(m.entry(hits[0].entryIndex).list, QStringLiteral("Local"));
    }

    void equivalenceLimitIsPerList_data()
    {
        QTest::addColumn<int>("maxEquivalent");
        QTest::addColumn<QString>("read");
        QTest::addColumn<int>("expectedDistance"); // -1: no hit
        QTest::newRow("0 exact only, exact") << 0 << QStringLiteral("B888ABC") << 0;
        QTest::newRow("0 exact only, one sub") << 0 << QStringLiteral("BB88ABC") << -1;
        QTest::newRow("1, one sub") << 1 << QStringLiteral("BB88ABC") << 1;
        QTest::newRow("1, two subs") << 1 << QStringLiteral("BBB8ABC") << -1;
        QTest::newRow("2, two subs") << 2 << QStringLiteral("BBB8ABC") << 2;
        QTest::newRow("2, three subs") << 2 << QStringLiteral("BBBBA8C") << -1;
        QTest::newRow("clamped to 2") << 5 << QStringLiteral("BBBBA8C") << -1;
    }
    void equivalenceLimitIsPerList()
    {
        QFETCH(int, maxEquivalent);
        QFETCH(QString, read);
        QFETCH(int, expectedDistance);
        HotlistMatcher::Options options;
        options.lists = {HotlistSettings{QStringLiteral("PNC"), false, maxEquivalent, false, 7}};
        HotlistMatcher m({entry("B888ABC", Priority::Low)}, QDate(2026, 1, 1), options);
        const auto hits = m.match(read);
        if (expectedDistance < 0) {
            QVERIFY(hits.isEmpty());
            return;
        }
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].distance, expectedDistance);
        QCOMPARE(hits[0].kind, expectedDistance == 0 ? MatchKind::Exact : MatchKind::Equivalent);
    }

    void expiryIsJudgedOnTheDayOfTheRead_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("hit");
        QTest::newRow("day before weed date") << QDate(2026, 11, 20) << true;
        QTest::newRow("on the weed date") << QDate(2026, 11, 21) << true;
        QTest::newRow("day after") << QDate(2026, 11, 22) << false;
        QTest::newRow("a year after") << QDate(2027, 11, 22) << false;
    }
    void expiryIsJudgedOnTheDayOfTheRead()
    {
        QFETCH(QDate, day);
        QFETCH(bool, hit);
        HotlistMatcher m({entry("EX12PRD", Priority::High, "PNC", QDate(2026, 11, 21)),
                          entry("EX12*", Priority::High, "PNC", QDate(2026, 11, 21))},
                         QDate(2026, 11, 1), HotlistMatcher::Options{});
        QCOMPARE(m.match(QStringLiteral("EX12PRD"), day).size(), hit ? 2 : 0);
    }

    void onlyLiveEntriesMatch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("hit");
        QTest::newRow("pending") << int(HotlistStatus::Pending) << false;
        QTest::newRow("live") << int(HotlistStatus::Live) << true;
        QTest::newRow("expired") << int(HotlistStatus::Expired) << false;
        QTest::newRow("withdrawn") << int(HotlistStatus::Withdrawn) << false;
    }
    void onlyLiveEntriesMatch()
    {
        QFETCH(int, status);
        QFETCH(bool, hit);
        HotlistEntry e = entry("AB12CDE", Priority::High);
        e.status = HotlistStatus(status);
        HotlistMatcher m({e}, QDate(2026, 1, 1), HotlistMatcher::Options{});
        QCOMPARE(m.match(QStringLiteral("AB12CDE")).isEmpty(), !hit);
    }

    void covertFlag_data()
    {
        QTest::addColumn<bool>("entryCovert");
        QTest::addColumn<bool>("listCovert");
        QTest::addColumn<bool>("covert");
        QTest::newRow("neither") << false << false << false;
        QTest::newRow("entry") << true << false << true;
        QTest::newRow("list") << false << true << true;
        QTest::newRow("both") << true << true << true;
    }
    void covertFlag()
    {
        QFETCH(bool, entryCovert);
        QFETCH(bool, listCovert);
        QFETCH(bool, covert);
        HotlistEntry e = entry("AB12CDE", Priority::High, "Special");
        e.covert = entryCovert;
        HotlistMatcher::Options options;
        options.lists = {HotlistSettings{QStringLiteral("Special"), listCovert, 1, false, 7}};
        for (bool details : {true, false}) {
            options.keepDetails = details;
            HotlistMatcher m({e}, QDate(2026, 1, 1), options);
            for (const QString &read : {QStringLiteral("AB12CDE"), QStringLiteral("A812CDE")}) {
                const auto hits = m.match(read);
                QCOMPARE(hits.size(), 1);
                QCOMPARE(hits[0].covert, covert);
                QCOMPARE(m.entry(hits[0].entryIndex).covert, covert);
            }
        }
    }

    void priorityOrderAcrossKinds()
    {
        HotlistMatcher::Options options;
        options.allowEdit = true;
        HotlistMatcher m({entry("AB12CD*", Priority::High, "W"), entry("AB12CDE", Priority::Low, "A"),
                          entry("AB12C0E", Priority::Medium, "B"), entry("AB12CDEX", Priority::Medium, "C"),
                          entry("AB12CDE", Priority::Medium, "D")},
                         QDate(2026, 1, 1), options);
        const auto hits = m.match(QStringLiteral("AB12CDE"));
        QStringList got;
        for (const HotlistMatch &h : hits)
            got << m.entry(h.entryIndex).list + QLatin1Char(':') + matchKindName(h.kind);
        QCOMPARE(got, (QStringList{QStringLiteral("W:wildcard"), QStringLiteral("D:exact"),
                                   QStringLiteral("B:equivalent"), QStringLiteral("C:edit"),
                                   QStringLiteral("A:exact")}));
    }

    void compactSnapshotKeepsWhatMatchingNeeds()
    {
        HotlistMatcher::Options options;
        options.keepDetails = false;
        HotlistMatcher::Builder b(QDate(2026, 1, 1), options);
        QVERIFY(b.add(u"AB12CDE", u"PNC", Priority::High, 42, QDate(2026, 5, 1)));
        QVERIFY(!b.add(u"OLD1", u"PNC", Priority::High, 43, QDate(2025, 5, 1)));
        QVERIFY(b.add(u"ABCDEFGHJKLMN", u"EU", Priority::Low, 44)); // too long to pack: scanned
        const HotlistSnapshot m = b.build();
        QCOMPARE(m->size(), 2);
        auto hits = m->match(QStringLiteral("AB12CDE"));
        QCOMPARE(hits.size(), 1);
        const HotlistEntry e = m->entry(hits[0].entryIndex);
        QCOMPARE(e.id, qint64(42));
        QCOMPARE(e.vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(e.list, QStringLiteral("PNC"));
        QCOMPARE(e.priority, Priority::High);
        QCOMPARE(e.expires, QDate(2026, 5, 1));
        hits = m->match(QStringLiteral("ABCDEFGHJKLMN"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, MatchKind::Exact);
    }

    void packRoundTrips_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<bool>("packs");
        QTest::newRow("current") << QStringLiteral("AB12CDE") << true;
        QTest::newRow("one char") << QStringLiteral("A") << true;
        QTest::newRow("ten chars") << QStringLiteral("ZZZZZ99999") << true;
        QTest::newRow("eleven chars") << QStringLiteral("ZZZZZ999990") << false;
        QTest::newRow("lower case") << QStringLiteral("ab12cde") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("AB12 CDE") << false;
    }
    void packRoundTrips()
    {
        QFETCH(QString, vrm);
        QFETCH(bool, packs);
        const quint64 key = HotlistMatcher::pack(vrm);
        QCOMPARE(key != 0, packs);
        if (packs)
            QCOMPARE(HotlistMatcher::unpack(key), vrm);
    }

    void manyEntriesAllFound()
    {
        std::vector<HotlistEntry> entries;
        QStringList vrms;
        for (int i = 0; i < 20000; ++i) {
            const QString v = QStringLiteral("AB%1XYZ").arg(i, 5, 10, QLatin1Char('0'));
            vrms << v;
            HotlistEntry e = entry("X", Priority::Low);
            e.vrm = v;
            e.id = i + 1;
            entries.push_back(e);
        }
        HotlistMatcher m(std::move(entries), QDate(2026, 1, 1), exactOnly());
        for (int i = 0; i < vrms.size(); ++i) {
            const auto hits = m.match(vrms.at(i));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(m.entry(hits[0].entryIndex).id, qint64(i + 1));
        }
        QVERIFY(m.match(QStringLiteral("AB99999XYZ")).isEmpty());
    }

    void batchGivesWhatSingleLookupsGive()
    {
        // Every kind of match, misses, unpackable reads and an odd batch size (not a multiple of
        // the prefetch group) through matchBatch and match must agree entry for entry.
        HotlistMatcher::Options options;
        HotlistSettings edits;
        edits.name = QStringLiteral("Local");
        edits.allowEdit = true;
        options.lists = {edits};
        std::vector<HotlistEntry> entries{entry("AB12CDE", Priority::Low), entry("AB12COE", Priority::High),
                                          entry("WX19*", Priority::Medium), entry("PQ2?RST", Priority::Low),
                                          entry("KL55MNO", Priority::Medium, "Local"),
                                          entry("EX12PRD", Priority::High, "PNC", QDate(2026, 11, 21))};
        for (int i = 0; i < 3000; ++i) {
            HotlistEntry e = entry("X", Priority(i % 3));
            e.vrm = QStringLiteral("BT%1XY").arg(i, 4, 10, QLatin1Char('0'));
            entries.push_back(e);
        }
        const HotlistMatcher m(std::move(entries), QDate(2026, 11, 22), options);
        QStringList reads{QStringLiteral("AB12CDE"), QStringLiteral("AB12C0E"), QStringLiteral("WX19ZZZ"),
                          QStringLiteral("PQ21RST"), QStringLiteral("KL55MN"), QStringLiteral("KL55MNOP"),
                          QStringLiteral("EX12PRD"), QStringLiteral("ZZ99ZZZ"), QStringLiteral("AB-12"),
                          QString(), QStringLiteral("ABCDEFGHIJKLMNOP")};
        for (int i = 0; i < 3000; i += 7)
            reads << QStringLiteral("BT%1XY").arg(i, 4, 10, QLatin1Char('0'))
                  << QStringLiteral("8T%1XY").arg(i + 1, 4, 10, QLatin1Char('0'));
        const std::vector<QStringView> views(reads.begin(), reads.end());
        QVERIFY(views.size() % 16 != 0);
        std::vector<HotlistMatcher::Matches> batched(views.size());
        m.matchBatch(views, QDate(2026, 11, 22).toJulianDay(), batched.data());
        int hits = 0;
        for (size_t i = 0; i < views.size(); ++i) {
            const QList<HotlistMatch> single = m.match(reads.at(qsizetype(i)));
            QCOMPARE(batched[i].size(), single.size());
            for (qsizetype k = 0; k < single.size(); ++k) {
                QCOMPARE(batched[i][k].entryIndex, single[k].entryIndex);
                QCOMPARE(batched[i][k].kind, single[k].kind);
                QCOMPARE(batched[i][k].distance, single[k].distance);
            }
            hits += int(single.size());
        }
        QVERIFY(hits > 430); // the table above: most reads hit something
    }

    // Patterns are found through the literal characters at either end of the pattern; every
    // shape of pattern must still be found by exactly the reads the glob accepts.
    void wildcardIndexFindsWhatTheGlobMatches()
    {
        const QStringList patterns{
            QStringLiteral("*12AB"), QStringLiteral("*2AB"), QStringLiteral("*B"), QStringLiteral("?B12CDE"),
            QStringLiteral("*A?"), QStringLiteral("*"), QStringLiteral("?*"), QStringLiteral("A*"),
            QStringLiteral("AB*"), QStringLiteral("A?C*"), QStringLiteral("*12*E"), QStringLiteral("?*E"),
            QStringLiteral("*?"), QStringLiteral("AB12CDE?"), QStringLiteral("?"), QStringLiteral("*?B"),
            QStringLiteral("B?")};
        std::vector<HotlistEntry> entries;
        for (const QString &p : patterns) {
            HotlistEntry e = entry("X", Priority::Low);
            e.vrm = p;
            entries.push_back(e);
        }
        const HotlistMatcher m(std::move(entries), QDate(2026, 11, 22), HotlistMatcher::Options{});
        const QStringList reads{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("AB"), QStringLiteral("XY12AB"),
                                QStringLiteral("AB12CDE"), QStringLiteral("ZB12CDE"), QStringLiteral("XAB"),
                                QStringLiteral("E"), QStringLiteral("ABC"), QStringLiteral("AXCDE"),
                                QStringLiteral("AB12CDEF"), QStringLiteral("12AB"), QStringLiteral("BA"),
                                QStringLiteral("ABCDEFGHIJKLM")};
        int total = 0;
        for (const QString &read : reads) {
            QStringList expected, got;
            for (const QString &p : patterns)
                if (HotlistMatcher::wildcardMatches(p, read))
                    expected << p;
            for (const HotlistMatch &h : m.match(read))
                got << m.entry(h.entryIndex).vrm;
            expected.sort();
            got.sort();
            QCOMPARE(got, expected);
            total += int(got.size());
        }
        QCOMPARE(total, 86); // as Python's fnmatch counts them: the table is not trivially empty
    }

    void wildcardGlob_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star middle") << QStringLiteral("AB*E") << QStringLiteral("AB12CDE") << true;
        QTest::newRow("star empty run") << QStringLiteral("AB12CDE*") << QStringLiteral("AB12CDE") << true;
        QTest::newRow("two stars") << QStringLiteral("*12*E") << QStringLiteral("AB12CDE") << true;
        QTest::newRow("question") << QStringLiteral("AB1?CDE") << QStringLiteral("AB12CDE") << true;
        QTest::newRow("question needs a char") << QStringLiteral("AB12CDE?") << QStringLiteral("AB12CDE") << false;
        QTest::newRow("backtracking") << QStringLiteral("*AAB") << QStringLiteral("AAAAB") << true;
        QTest::newRow("no match") << QStringLiteral("X*") << QStringLiteral("AB12CDE") << false;
    }
    void wildcardGlob()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, vrm);
        QFETCH(bool, matches);
        QCOMPARE(HotlistMatcher::wildcardMatches(pattern, vrm), matches);
    }
};

QTEST_APPLESS_MAIN(TestHotlistMatcher)
#include "tst_hotlistmatcher.moc"
