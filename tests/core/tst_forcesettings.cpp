// The force's access and retention figures: stored, validated, audited, and obeyed by the policy.
#include "access/forcesettings.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "scratchfiles.h"
#include "testusers.h"

using namespace Kestrel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestForceSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const User m_admin = user("admin", Role::Administrator);

    QList<AuditEvent> changes()
    {
        QList<AuditEvent> out;
        for (const AuditEvent &e : AuditLog(*m_store).recent(100))
            if (e.action == QLatin1String("config-change"))
                out.append(e);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::move(Store::openOrCreate(m_dir.filePath(currentTestFileName(QStringLiteral(".db"))))).value();
    }
    void cleanup() { m_store.reset(); }

    void defaultsFollowTheNationalStandard()
    {
        const RetentionSettings s = ForceSettings::load(*m_store);
        QCOMPARE(s.standardDays, 90);
        QCOMPARE(s.extendedDays, 365);
        QCOMPARE(s.retentionDays, 730);
        QCOMPARE(s.imageRetentionDays, 365);
        QCOMPARE(s.approvalValidDays, 7);
    }

    void anAdministratorChangesAFigureAndItIsAudited()
    {
        AuditLog audit(*m_store);
        auto changed = ForceSettings::set(*m_store, audit, m_admin, QStringLiteral("retention.days"), QStringLiteral("365"));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().toString()));
        QCOMPARE(ForceSettings::load(*m_store).retentionDays, 365);
        const auto entries = changes();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().user, QStringLiteral("admin"));
        QCOMPARE(entries.first().details.value(QStringLiteral("old")).toInt(), 730);
        QCOMPARE(entries.first().details.value(QStringLiteral("value")).toInt(), 365);
        QVERIFY(audit.verify().ok());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int adm = int(Role::Administrator), refused = int(Error::Kind::Refused), bad = int(Error::Kind::BadInput);
        QTest::newRow("supervisor") << int(Role::Supervisor) << QStringLiteral("access.standard_days") << QStringLiteral("120")
                                    << refused << QStringLiteral("change-settings is for the administrator");
        QTest::newRow("unknown key") << adm << QStringLiteral("access.days") << QStringLiteral("120") << bad
                                     << QStringLiteral("not a setting");
        QTest::newRow("not a number") << adm << QStringLiteral("access.standard_days") << QStringLiteral("ninety") << bad
                                      << QStringLiteral("whole number of days from 1 to 3650");
        QTest::newRow("zero") << adm << QStringLiteral("retention.days") << QStringLiteral("0") << bad
                              << QStringLiteral("from 31 to 3650");
        QTest::newRow("standard past extended") << adm << QStringLiteral("access.standard_days") << QStringLiteral("400") << bad
                                                << QStringLiteral("must be less than access.extended_days (365)");
        QTest::newRow("retention shorter than extended access")
            << adm << QStringLiteral("retention.days") << QStringLiteral("300") << bad
            << QStringLiteral("access.extended_days (365) cannot exceed retention.days (300)");
        QTest::newRow("images kept longer than reads") << adm << QStringLiteral("retention.image_days") << QStringLiteral("800")
                                                       << bad << QStringLiteral("cannot exceed retention.days (730)");
    }

    void refusals()
    {
        QFETCH(int, roles);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(QString, says);
        AuditLog audit(*m_store);
        auto changed = ForceSettings::set(*m_store, audit, user("someone", Roles::fromInt(roles)), key, value);
        QVERIFY(!changed.ok());
        QCOMPARE(int(changed.error().kind), kind);
        QVERIFY2(changed.error().message.contains(says), qPrintable(changed.error().message));
        // Nothing changed, and the attempt is on the record.
        const RetentionSettings now = ForceSettings::load(*m_store);
        QCOMPARE(now.standardDays, 90);
        QCOMPARE(now.retentionDays, 730);
        QCOMPARE(now.imageRetentionDays, 365);
        const auto entries = changes();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().details.contains(QStringLiteral("refused")));
    }

    void theSettingsAreWhatThePolicyObeys()
    {
        // A force that lets staff see 120 days without approval: a 100-day-old read is visible
        // with the stored figures and not with the defaults.
        AuditLog audit(*m_store);
        QVERIFY(ForceSettings::set(*m_store, audit, m_admin, QStringLiteral("access.standard_days"), QStringLiteral("120")).ok());
        const qint64 now = 1'800'000'000'000LL;
        const User pc = user("pc", Role::Investigator);
        auto sees = [&](const AccessPolicy &policy) {
            return policy.mayView(pc, AccessPurpose::Routine, QStringLiteral("INC-7"), QStringLiteral("AB12CDE"), now - 100 * kDay,
                                  {}, now).allowed;
        };
        QVERIFY(sees(AccessPolicy(ForceSettings::load(*m_store))));
        QVERIFY(!sees(AccessPolicy()));
    }

    // The outcomes offered for a hit are the force's list, in its order; names any case.
    void theForceChoosesTheOfferedOutcomes()
    {
        QCOMPARE(ForceSettings::offeredOutcomes(*m_store), ForceSettings::defaultOutcomes());
        QCOMPARE(ForceSettings::defaultOutcomes().first(), HitOutcome::StoppedSpokenTo);
        QVERIFY(ForceSettings::defaultOutcomes().contains(HitOutcome::Intercepted));
        AuditLog audit(*m_store);
        auto changed = ForceSettings::set(*m_store, audit, m_admin, QStringLiteral("hits.outcomes"),
                                          QStringLiteral(" Arrested,lost-sight , misread"));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().toString()));
        const QList<HitOutcome> expected{HitOutcome::Arrested, HitOutcome::LostSight, HitOutcome::Misread};
        QCOMPARE(ForceSettings::offeredOutcomes(*m_store), expected);
        const auto entries = changes();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().details.value(QStringLiteral("old")).toString(),
                 ForceSettings::outcomesText(ForceSettings::defaultOutcomes()));
        QCOMPARE(entries.first().details.value(QStringLiteral("value")).toString(),
                 QStringLiteral("arrested,lost-sight,misread"));
        QVERIFY(audit.verify().ok());
        // The figures are untouched by it.
        QCOMPARE(ForceSettings::load(*m_store).retentionDays, 730);
    }

    void outcomeRefusals_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        const int adm = int(Role::Administrator);
        QTest::newRow("supervisor") << int(Role::Supervisor) << QStringLiteral("arrested,misread")
                                    << QStringLiteral("change-settings is for the administrator");
        QTest::newRow("unknown") << adm << QStringLiteral("arrested,nicked,misread") << QStringLiteral("'nicked' is not an outcome");
        QTest::newRow("twice") << adm << QStringLiteral("arrested,misread,ARRESTED") << QStringLiteral("'arrested' is listed twice");
        QTest::newRow("no misread") << adm << QStringLiteral("arrested,duplicate") << QStringLiteral("must include misread");
        QTest::newRow("empty") << adm << QStringLiteral(" , ") << QStringLiteral("must include misread");
    }

    void outcomeRefusals()
    {
        QFETCH(int, roles);
        QFETCH(QString, value);
        QFETCH(QString, says);
        AuditLog audit(*m_store);
        auto changed = ForceSettings::set(*m_store, audit, user("someone", Roles::fromInt(roles)),
                                          QStringLiteral("hits.outcomes"), value);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(says), qPrintable(changed.error().message));
        QCOMPARE(ForceSettings::offeredOutcomes(*m_store), ForceSettings::defaultOutcomes());
        const auto entries = changes();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().details.contains(QStringLiteral("refused")));
    }

    void outcomesEditedByHandFallBackToTheDefaults()
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('hits.outcomes', 'arrested,free-pass', 'mallory', 0)")));
        QCOMPARE(ForceSettings::offeredOutcomes(*m_store), ForceSettings::defaultOutcomes());
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'duplicate,misread' WHERE key = 'hits.outcomes'")));
        const QList<HitOutcome> expected{HitOutcome::Duplicate, HitOutcome::Misread};
        QCOMPARE(ForceSettings::offeredOutcomes(*m_store), expected);
    }

    void aTableEditedByHandFallsBackToTheDefaults()
    {
        // Only set() writes the table and it refuses figures that contradict each other; rows
        // written around it must not open data up in a way nobody checked.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('access.standard_days', '700', 'mallory', 0)")));
        QCOMPARE(ForceSettings::load(*m_store).standardDays, 90);
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '60'")));
        QCOMPARE(ForceSettings::load(*m_store).standardDays, 60);
    }
};

QTEST_GUILESS_MAIN(TestForceSettings)
#include "tst_forcesettings.moc"
