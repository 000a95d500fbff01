#include "audit/auditlog.h"
#include "hotlist/hotlistregistry.h"
#include "store/store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testusers.h"

using namespace Kestrel;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

HotlistEntry entry(const char *vrm, const char *list = "Local", const char *source = "Local intelligence")
{
    HotlistEntry e;
    e.vrm = QLatin1String(vrm);
    e.list = QLatin1String(list);
    e.source = QLatin1String(source);
    e.priority = Priority::Medium;
    e.reason = QStringLiteral("Suspected county lines vehicle");
    return e;
}

Read read(const char *vrm, qint64 at)
{
    Read r;
    r.uid = QUuid::createUuid();
    r.vrm = QLatin1String(vrm);
    r.confidence = 0.9;
    r.cameraId = QStringLiteral("CAM-1");
    r.capturedAtMs = at;
    return r;
}

QStringList auditActions(Store &store)
{
    QStringList out;
    const QList<AuditEvent> events = AuditLog(store).recent(100);
    for (const AuditEvent &e : events)
        out.prepend(e.action);
    return out;
}

} // namespace

class TestHotlistRegistry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const User m_officer = user("officer", Role::Operator);
    const User m_sergeant = user("sergeant", Role::Supervisor);
    const User m_inspector = user("inspector", Role::Supervisor);
    const User m_admin = user("admin", Role::Administrator);

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_store = std::move(Store::openOrCreate(m_dir.filePath(QStringLiteral("k%1.db").arg(++n)))).value();
        Camera c;
        c.id = QStringLiteral("CAM-1");
        c.name = QStringLiteral("A64");
        c.sourceKind = QStringLiteral("file");
        c.sourceUrl = QStringLiteral("/dev/null");
        QVERIFY(m_store->upsertCamera(c).ok());
    }
    void cleanup() { m_store.reset(); }

    // One entry typed by a person: the importers' field rules, every required field filled,
    // pending like any local entry; a refusal names the field; one who may not propose is
    // refused and audited.
    void anEntryTypedByHandFollowsTheImportersRules()
    {
        HotlistRegistry registry(*m_store);
        QHash<QString, QString> fields{{QStringLiteral("vrm"), QStringLiteral(" ab12 cde ")},
                                       {QStringLiteral("list"), QStringLiteral("Local")},
                                       {QStringLiteral("priority"), QStringLiteral("medium")},
                                       {QStringLiteral("category"), QStringLiteral("Wanted")},
                                       {QStringLiteral("reason"), QStringLiteral("Armed robbery")},
                                       {QStringLiteral("source"), QStringLiteral("Local")},
                                       {QStringLiteral("action"), QStringLiteral("Inform the control room")},
                                       {QStringLiteral("expires"), QString()}};
        auto id = registry.addTyped(fields, m_officer);
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().toString()));
        const auto stored = m_store->hotlistEntry(id.value());
        QVERIFY(stored);
        QCOMPARE(stored->vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(stored->priority, Priority::Medium);
        QCOMPARE(stored->status, HotlistStatus::Pending);
        QCOMPARE(stored->addedBy, QStringLiteral("officer"));
        QVERIFY(!stored->expires.isValid());
        QCOMPARE(auditActions(*m_store).last(), QStringLiteral("hotlist-add"));

        const QList<QPair<QString, QString>> bad{{QStringLiteral("reason"), QString()},
                                                 {QStringLiteral("source"), QStringLiteral("  ")},
                                                 {QStringLiteral("priority"), QStringLiteral("Urgent")},
                                                 {QStringLiteral("expires"), QStringLiteral("2027-02-29")},
                                                 {QStringLiteral("vrm"), QStringLiteral("A*")},
                                                 {QStringLiteral("colour"), QStringLiteral("Bl\tue")}};
        for (const auto &[field, value] : bad) {
            QHash<QString, QString> typed = fields;
            typed.insert(field, value);
            auto refused = registry.addTyped(typed, m_officer);
            QVERIFY2(!refused, qPrintable(field));
            QCOMPARE(refused.error().kind, Error::Kind::BadInput);
            QCOMPARE(refused.error().field, field);
        }
        QCOMPARE(m_store->hotlistEntries().size(), size_t(1));

        auto notAllowed = registry.addTyped(fields, user("auditor", Role::Auditor));
        QVERIFY(!notAllowed);
        QCOMPARE(notAllowed.error().kind, Error::Kind::Refused);
        const AuditEvent last = AuditLog(*m_store).recent(1).at(0);
        QCOMPARE(last.action, QStringLiteral("hotlist-add"));
        QVERIFY(last.details.contains(QStringLiteral("refused")));
    }

    void aLocalEntryIsPendingUntilASecondPersonValidates()
    {
        HotlistRegistry registry(*m_store);
        auto id = registry.add(entry("AB12CDE"), m_sergeant);
        QVERIFY(id.ok());
        QCOMPARE(m_store->hotlistEntry(*id)->status, HotlistStatus::Pending);
        QCOMPARE(m_store->hotlistEntry(*id)->addedBy, QStringLiteral("sergeant"));
        QVERIFY(HotlistRegistry::snapshot(*m_store, QDate::currentDate())->match(QStringLiteral("AB12CDE")).isEmpty());

        // The person who added it may not validate it, whatever their role.
        auto self = registry.validate(*id, m_sergeant);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().kind, Error::Kind::Refused);
        QVERIFY(self.error().message.contains(QStringLiteral("second person")));
        // Case does not make a second person.
        QVERIFY(!registry.validate(*id, user("SERGEANT", Role::Administrator)).ok());
        // An operator is not authorised to validate.
        auto operatorTry = registry.validate(*id, m_officer);
        QVERIFY(!operatorTry.ok());
        QCOMPARE(operatorTry.error().kind, Error::Kind::Refused);
        QCOMPARE(m_store->hotlistEntry(*id)->status, HotlistStatus::Pending);

        auto validated = registry.validate(*id, m_inspector);
        QVERIFY2(validated.ok(), qPrintable(validated.ok() ? QString() : validated.error().toString()));
        const HotlistEntry stored = *m_store->hotlistEntry(*id);
        QCOMPARE(stored.status, HotlistStatus::Live);
        QCOMPARE(stored.validatedBy, QStringLiteral("inspector"));
        QVERIFY(stored.validFromMs > 0);
        QCOMPARE(HotlistRegistry::snapshot(*m_store, QDate::currentDate())->match(QStringLiteral("AB12CDE")).size(), 1);
        // Validating twice is a mistake, not a second validation.
        QVERIFY(!registry.validate(*id, m_admin).ok());
        // The three refusals are on the record too, each with its reason.
        QCOMPARE(auditActions(*m_store), (QStringList{QStringLiteral("hotlist-add"), QStringLiteral("hotlist-validate"),
                                                      QStringLiteral("hotlist-validate"), QStringLiteral("hotlist-validate"),
                                                      QStringLiteral("hotlist-validate")}));
        const QList<AuditEvent> events = AuditLog(*m_store).recent(5);
        QCOMPARE(events.at(3).user, QStringLiteral("sergeant"));
        QVERIFY(events.at(3).details.value(QStringLiteral("refused")).toString().contains(QStringLiteral("second person")));
        QCOMPARE(events.at(1).user, QStringLiteral("officer"));
        QVERIFY(events.at(1).details.value(QStringLiteral("refused")).toString().contains(QStringLiteral("validate-hotlist-entry")));
        QVERIFY(!events.at(0).details.contains(QStringLiteral("refused")));
    }

    void aCovertEntryIsNoEntryToThoseWhoMayNotSeeIt()
    {
        HotlistRegistry registry(*m_store);
        HotlistEntry covert = entry("CO11VRT", "Special", "Local");
        covert.covert = true;
        auto id = registry.add(covert, m_sergeant);
        QVERIFY(id.ok());
        // An administrator validates, but may not see covert entries: told what a missing
        // entry would be told, and on the record.
        auto probed = registry.validate(*id, m_admin);
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().message, QStringLiteral("no hotlist entry %1").arg(*id));
        QCOMPARE(probed.error().kind, registry.validate(9999, m_admin).error().kind);
        QCOMPARE(m_store->hotlistEntry(*id)->status, HotlistStatus::Pending);
        QCOMPARE(AuditLog(*m_store).recent(1).first().details.value(QStringLiteral("refused")).toString(),
                 QStringLiteral("no hotlist entry 9999"));
        // An operator is refused before anything about the entry is looked at.
        auto operatorTry = registry.validate(9999, m_officer);
        QCOMPARE(operatorTry.error().kind, Error::Kind::Refused);
        QVERIFY(registry.validate(*id, m_inspector).ok());
    }

    void operatorsMayAddButAuditorsMayNot()
    {
        HotlistRegistry registry(*m_store);
        QVERIFY(registry.add(entry("AB12CDE"), m_officer).ok());
        auto refused = registry.add(entry("AB12CDE"), user("auditor", Role::Auditor));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
    }

    void anImportIsPendingWhateverItsSourceColumnSays_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("administrator") << QStringLiteral("admin");
        QTest::newRow("supervisor") << QStringLiteral("sergeant");
    }
    void anImportIsPendingWhateverItsSourceColumnSays()
    {
        // A file that says source=PNC is the file's word, not a validation: only the signed
        // national feed arrives live (importNational, after NationalFeed verified the file).
        QFETCH(QString, who);
        const User by = who == QLatin1String("admin") ? m_admin : m_sergeant;
        HotlistRegistry registry(*m_store);
        auto result = registry.import({entry("AA11AAA", "PNC", "PNC"), entry("BB22BBB", "DVLA", "dvla"),
                                       entry("CC33CCC", "MIB", "MIB"), entry("DD44DDD", "Local", "Crimestoppers")},
                                      by, QStringLiteral("/imports/extract.csv"));
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 4);
        QCOMPARE(result->liveIds.size(), 0);
        QCOMPARE(result->pendingIds.size(), 4);
        QCOMPARE(HotlistRegistry::snapshot(*m_store, QDate::currentDate())->match(QStringLiteral("AA11AAA")).size(), 0);
        for (qint64 id : result->pendingIds) {
            const HotlistEntry e = *m_store->hotlistEntry(id);
            QCOMPARE(e.addedBy, by.name);
            QVERIFY(e.validatedBy.isEmpty());
        }
        QCOMPARE(auditActions(*m_store), QStringList{QStringLiteral("hotlist-import")});
    }

    void theNationalFeedArrivesLive()
    {
        HotlistRegistry registry(*m_store);
        auto result = registry.importNational({entry("AA11AAA", "PNC", "PNC")}, m_admin, QStringLiteral("/feeds/pnc.csv"),
                                              QStringLiteral("0f1e2d3c"));
        QVERIFY(result.ok());
        QCOMPARE(result->liveIds.size(), 1);
        QCOMPARE(m_store->hotlistEntry(result->liveIds.first())->validatedBy, QStringLiteral("national:0f1e2d3c"));
        QCOMPARE(auditActions(*m_store), QStringList{QStringLiteral("hotlist-import-national")});
        // The feed is imported by those who may import, like any other file.
        QVERIFY(!registry.importNational({entry("BB22BBB", "PNC", "PNC")}, m_officer, QStringLiteral("/feeds/pnc.csv"),
                                         QStringLiteral("0f1e2d3c")).ok());
    }

    void operatorsMayNotImport()
    {
        auto refused = HotlistRegistry(*m_store).import({entry("AA11AAA", "PNC", "PNC")}, m_officer, QStringLiteral("x.csv"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(m_store->hotlistEntries().empty());
    }

    void validationRaisesRetrospectiveHitsWithinTheListsWindow()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<Read> reads{read("AB12CDE", now - 2 * kDayMs),   // in the 7-day window: hit
                                read("AB12C0E", now - 6 * kDayMs),   // equivalent: hit
                                read("AB12CDE", now - 9 * kDayMs),   // too old for the list
                                read("XY51ABC", now - 1 * kDayMs)};  // unrelated
        QVERIFY(m_store->insertReads(reads).ok());
        HotlistRegistry registry(*m_store);
        auto id = registry.add(entry("AB12CDE"), m_officer);
        QVERIFY(id.ok());
        // Pending entries raise nothing.
        QVERIFY(registry.raiseRetrospectiveHits({*id}, now)->empty());
        QVERIFY(registry.validate(*id, m_sergeant).ok());
        auto hits = registry.raiseRetrospectiveHits({*id}, now);
        QVERIFY(hits.ok());
        QCOMPARE(int(hits->size()), 2);
        for (const Hit &h : *hits) {
            QVERIFY(h.retrospective);
            QCOMPARE(h.entry.id, *id);
            QVERIFY(!h.read.uid.isNull());
        }
        QCOMPARE(hits->at(0).read.uid, reads[1].uid); // oldest read first
        QCOMPARE(hits->at(0).match, MatchKind::Equivalent);
        QCOMPARE(hits->at(1).match, MatchKind::Exact);
        QCOMPARE(m_store->hitCount(), 2);
        QVERIFY(m_store->recentHits(10).first().retrospective);
        // A second run finds the same reads but raises nothing new.
        QVERIFY(registry.raiseRetrospectiveHits({*id}, now)->empty());
        QCOMPARE(m_store->hitCount(), 2);
        QVERIFY(auditActions(*m_store).contains(QStringLiteral("hotlist-retrospective-hits")));

        // A list with a longer window reaches the older read.
        HotlistSettings longer;
        longer.name = QStringLiteral("Long");
        longer.retrospectiveDays = 30;
        QVERIFY(registry.saveSettings(longer, m_admin).ok());
        auto imported = registry.importNational({entry("AB12CDE", "Long", "PNC")}, m_admin, QStringLiteral("pnc.csv"), QStringLiteral("test-key"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->liveIds.size(), 1);
        hits = registry.raiseRetrospectiveHits(imported->liveIds, now);
        QCOMPARE(int(hits->size()), 3);
    }

    void retrospectiveWindowZeroLooksNowhere()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<Read> reads{read("AB12CDE", now - kDayMs)};
        QVERIFY(m_store->insertReads(reads).ok());
        HotlistRegistry registry(*m_store);
        QVERIFY(registry.saveSettings({QStringLiteral("PNC"), false, 1, false, 0}, m_admin).ok());
        auto imported = registry.importNational({entry("AB12CDE", "PNC", "PNC")}, m_admin, QStringLiteral("pnc.csv"), QStringLiteral("test-key"));
        QVERIFY(registry.raiseRetrospectiveHits(imported->liveIds, now)->empty());
    }

    void settingsNeedAnAdministratorAndValidValues()
    {
        HotlistRegistry registry(*m_store);
        HotlistSettings s;
        s.name = QStringLiteral("Special Branch");
        s.covert = true;
        s.maxEquivalent = 2;
        s.allowEdit = true;
        QVERIFY(!registry.saveSettings(s, m_sergeant).ok());
        QVERIFY(registry.saveSettings(s, m_admin).ok());
        const HotlistSettings back = m_store->hotlistSettings(QStringLiteral("Special Branch"));
        QVERIFY(back.covert);
        QCOMPARE(back.maxEquivalent, 2);
        QVERIFY(back.allowEdit);
        QCOMPARE(back.retrospectiveDays, 7);
        s.maxEquivalent = 3;
        auto bad = registry.saveSettings(s, m_admin);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("max_equivalent"));
        // Unknown lists get the defaults.
        const HotlistSettings none = m_store->hotlistSettings(QStringLiteral("nope"));
        QCOMPARE(none.maxEquivalent, 1);
        QVERIFY(!none.allowEdit);
        QVERIFY(!none.covert);
        QCOMPARE(none.retrospectiveDays, 7);
    }

    void covertListsMarkTheirHits()
    {
        HotlistRegistry registry(*m_store);
        QVERIFY(registry.saveSettings({QStringLiteral("SB"), true, 1, false, 7}, m_admin).ok());
        auto imported = registry.importNational({entry("AB12CDE", "SB", "PNC"), entry("XY51ABC", "PNC", "PNC")}, m_admin, QStringLiteral("x.csv"), QStringLiteral("test-key"));
        QVERIFY(imported.ok());
        const HotlistSnapshot snap = HotlistRegistry::snapshot(*m_store, QDate::currentDate());
        const auto covert = snap->match(QStringLiteral("AB12CDE"));
        QCOMPARE(covert.size(), 1);
        QVERIFY(covert[0].covert);
        QVERIFY(snap->entry(covert[0].entryIndex).covert);
        const auto open = snap->match(QStringLiteral("XY51ABC"));
        QCOMPARE(open.size(), 1);
        QVERIFY(!open[0].covert);
    }

    void aNationalScaleSnapshotKeepsOnlyWhatMatchingNeeds()
    {
        // Above the detail limit the snapshot is streamed from the store without details and
        // must match exactly as the detailed one does: lists, priorities, expiry, covert.
        const QDate today(2026, 6, 15);
        HotlistRegistry registry(*m_store);
        QVERIFY(registry.saveSettings({QStringLiteral("SB"), true, 1, false, 7}, m_admin).ok());
        HotlistEntry high = entry("AB12CDE", "PNC", "PNC");
        high.priority = Priority::High;
        high.action = QStringLiteral("Stop and detain occupants");
        HotlistEntry expired = entry("EX11PRD", "DVLA", "DVLA");
        expired.expires = today.addDays(-1);
        HotlistEntry lastDay = entry("LA57DAY", "MIB", "MIB");
        lastDay.expires = today;
        HotlistEntry covert = entry("CO22VRT", "SB", "PNC");
        auto imported = registry.importNational({high, expired, lastDay, covert}, m_admin, QStringLiteral("x.csv"), QStringLiteral("test-key"));
        QVERIFY(imported.ok());
        QCOMPARE(m_store->hotlistEntryCount(HotlistStatus::Live), 4);

        const HotlistSnapshot detailed = HotlistRegistry::snapshot(*m_store, today);
        const HotlistSnapshot compact = HotlistRegistry::snapshot(*m_store, today, 3);
        QVERIFY(detailed->hasDetails());
        QVERIFY(!compact->hasDetails());
        for (const char *vrm : {"AB12CDE", "AB12CD3", "EX11PRD", "LA57DAY", "CO22VRT", "ZZ99ZZZ"}) {
            const auto a = detailed->match(QString::fromLatin1(vrm));
            const auto b = compact->match(QString::fromLatin1(vrm));
            QCOMPARE(b.size(), a.size());
            for (int i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].kind, a[i].kind);
                QCOMPARE(b[i].covert, a[i].covert);
                const HotlistEntry ea = detailed->entry(a[i].entryIndex);
                const HotlistEntry eb = compact->entry(b[i].entryIndex);
                QCOMPARE(eb.id, ea.id);
                QCOMPARE(eb.list, ea.list);
                QCOMPARE(eb.priority, ea.priority);
            }
        }
        QVERIFY(compact->match(QStringLiteral("EX11PRD")).isEmpty());
        QVERIFY(compact->match(QStringLiteral("CO22VRT")).first().covert);
        // The details stay in the store, one primary-key read away.
        const auto m = compact->match(QStringLiteral("AB12CDE"));
        QCOMPARE(m.size(), 1);
        const HotlistEntry slim = compact->entry(m[0].entryIndex);
        QVERIFY(slim.action.isEmpty());
        QCOMPARE(m_store->hotlistEntry(slim.id)->action, QStringLiteral("Stop and detain occupants"));
    }

    void weedingExpiresAndDeletesUnreferencedEntries()
    {
        const QDate today(2026, 6, 15);
        HotlistRegistry registry(*m_store);
        HotlistEntry old = entry("OL11DDD", "PNC", "PNC");
        old.expires = today.addDays(-1);
        HotlistEntry hitOld = entry("HI11TTT", "PNC", "PNC");
        hitOld.expires = today.addDays(-10);
        HotlistEntry lastDay = entry("LA57DAY", "PNC", "PNC");
        lastDay.expires = today;
        HotlistEntry forever = entry("FO12EVR", "PNC", "PNC");
        auto imported = registry.importNational({old, hitOld, lastDay, forever}, m_admin, QStringLiteral("x.csv"), QStringLiteral("test-key"));
        QVERIFY(imported.ok());
        const qint64 hitEntry = imported->liveIds.at(1);
        // A hit refers to the second entry: it is evidence and must survive weeding.
        std::vector<Read> reads{read("HI11TTT", QDateTime(today.addDays(-20), QTime(12, 0)).toMSecsSinceEpoch())};
        Hit h;
        h.uid = QUuid::createUuid();
        h.read = reads[0];
        h.entry = *m_store->hotlistEntry(hitEntry);
        h.raisedAtMs = reads[0].capturedAtMs;
        QVERIFY(m_store->insertReads(reads, {h}).ok());

        auto weeded = registry.weed(today);
        QVERIFY(weeded.ok());
        QCOMPARE(weeded->expired.size(), 2);
        QCOMPARE(weeded->deleted, 1);
        QVERIFY(!m_store->hotlistEntry(imported->liveIds.at(0)));
        QCOMPARE(m_store->hotlistEntry(hitEntry)->status, HotlistStatus::Expired);
        QCOMPARE(m_store->hotlistEntry(imported->liveIds.at(2))->status, HotlistStatus::Live);
        QCOMPARE(m_store->hitCount(), 1);
        QCOMPARE(m_store->recentHits(1).first().entry.vrm, QStringLiteral("HI11TTT"));
        const HotlistSnapshot snap = HotlistRegistry::snapshot(*m_store, today);
        QVERIFY(snap->match(QStringLiteral("HI11TTT")).isEmpty());
        QCOMPARE(snap->match(QStringLiteral("LA57DAY")).size(), 1);
        QCOMPARE(snap->match(QStringLiteral("FO12EVR")).size(), 1);
        QVERIFY(auditActions(*m_store).contains(QStringLiteral("hotlist-weed")));
        // Nothing left to weed: nothing audited.
        const int before = int(auditActions(*m_store).size());
        QVERIFY(registry.weed(today)->expired.isEmpty());
        QCOMPARE(int(auditActions(*m_store).size()), before);
    }

    void withdrawnEntriesStopMatching()
    {
        HotlistRegistry registry(*m_store);
        auto imported = registry.importNational({entry("AB12CDE", "PNC", "PNC")}, m_admin, QStringLiteral("x.csv"), QStringLiteral("test-key"));
        QVERIFY(!registry.withdraw(imported->liveIds.first(), m_officer, QStringLiteral("found")).ok());
        QVERIFY(registry.withdraw(imported->liveIds.first(), m_sergeant, QStringLiteral("vehicle recovered")).ok());
        QCOMPARE(m_store->hotlistEntry(imported->liveIds.first())->status, HotlistStatus::Withdrawn);
        QVERIFY(HotlistRegistry::snapshot(*m_store, QDate::currentDate())->match(QStringLiteral("AB12CDE")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHotlistRegistry)
#include "tst_hotlistregistry.moc"
