// The access table: role x data age x request state x purpose, each cell as the policy says.
#include "access/accesspolicy.h"

#include <QTest>

#include "testusers.h"

using namespace Kestrel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1'800'000'000'000LL;

AccessRequest request(const char *requester, AccessTier tier, AccessPurpose purpose, RequestState state,
                      qint64 expiresAt = kNow + 3 * kDay)
{
    AccessRequest r;
    r.id = 7;
    r.requester = QLatin1String(requester);
    r.caseReference = QStringLiteral("OP-HERON/12");
    r.purpose = purpose;
    r.justification = QStringLiteral("suspect vehicle");
    r.scopeVrms = {QStringLiteral("AB12CDE")};
    r.tier = tier;
    r.state = state;
    r.decidedBy = QStringLiteral("sgt");
    r.expiresAtMs = state == RequestState::Approved ? expiresAt : 0;
    return r;
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        // Every cell of role x data age x request state x purpose. The expected answers were
        // written from ../shared/DOMAIN.md's access table (0-90 days: any role that searches;
        // 91 days-12 months: serious, major, counter-terrorism with an approval; 12-24 months:
        // major and counter-terrorism with a 24-month approval; then deleted), not from the code.
        // Each string: the ages 1, 90, 91, 365, 366, 730 and 731 days; within each, the purposes
        // routine, serious, major, counter-terrorism; Y allowed, . refused. The request is the
        // user's own, for this case and VRM, made for the purpose searched under. Operators search
        // live data only, access.operator_hours back (24 by default: the 1-day age is its edge).
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        struct Row { const char *roles, *state, *expected; };
        const Row rows[] = {
            {"operator", "none", "YYYY .... .... .... .... .... ...."},
            {"operator", "pending", "YYYY .... .... .... .... .... ...."},
            {"operator", "approved-12", "YYYY .... .... .... .... .... ...."},
            {"operator", "approved-24", "YYYY .... .... .... .... .... ...."},
            {"operator", "declined", "YYYY .... .... .... .... .... ...."},
            {"operator", "expired", "YYYY .... .... .... .... .... ...."},
            {"operator", "self-approved", "YYYY .... .... .... .... .... ...."},
            {"investigator", "none", "YYYY YYYY .... .... .... .... ...."},
            {"investigator", "pending", "YYYY YYYY .... .... .... .... ...."},
            {"investigator", "approved-12", "YYYY YYYY .YYY .YYY .... .... ...."},
            {"investigator", "approved-24", "YYYY YYYY .YYY .YYY ..YY ..YY ...."},
            {"investigator", "declined", "YYYY YYYY .... .... .... .... ...."},
            {"investigator", "expired", "YYYY YYYY .... .... .... .... ...."},
            {"investigator", "self-approved", "YYYY YYYY .... .... .... .... ...."},
            {"supervisor", "none", "YYYY YYYY .... .... .... .... ...."},
            {"supervisor", "pending", "YYYY YYYY .... .... .... .... ...."},
            {"supervisor", "approved-12", "YYYY YYYY .YYY .YYY .... .... ...."},
            {"supervisor", "approved-24", "YYYY YYYY .YYY .YYY ..YY ..YY ...."},
            {"supervisor", "declined", "YYYY YYYY .... .... .... .... ...."},
            {"supervisor", "expired", "YYYY YYYY .... .... .... .... ...."},
            {"supervisor", "self-approved", "YYYY YYYY .... .... .... .... ...."},
            {"auditor", "none", ".... .... .... .... .... .... ...."},
            {"auditor", "pending", ".... .... .... .... .... .... ...."},
            {"auditor", "approved-12", ".... .... .... .... .... .... ...."},
            {"auditor", "approved-24", ".... .... .... .... .... .... ...."},
            {"auditor", "declined", ".... .... .... .... .... .... ...."},
            {"auditor", "expired", ".... .... .... .... .... .... ...."},
            {"auditor", "self-approved", ".... .... .... .... .... .... ...."},
            {"administrator", "none", ".... .... .... .... .... .... ...."},
            {"administrator", "pending", ".... .... .... .... .... .... ...."},
            {"administrator", "approved-12", ".... .... .... .... .... .... ...."},
            {"administrator", "approved-24", ".... .... .... .... .... .... ...."},
            {"administrator", "declined", ".... .... .... .... .... .... ...."},
            {"administrator", "expired", ".... .... .... .... .... .... ...."},
            {"administrator", "self-approved", ".... .... .... .... .... .... ...."},
            {"investigator+supervisor", "none", "YYYY YYYY .... .... .... .... ...."},
            {"investigator+supervisor", "pending", "YYYY YYYY .... .... .... .... ...."},
            {"investigator+supervisor", "approved-12", "YYYY YYYY .YYY .YYY .... .... ...."},
            {"investigator+supervisor", "approved-24", "YYYY YYYY .YYY .YYY ..YY ..YY ...."},
            {"investigator+supervisor", "declined", "YYYY YYYY .... .... .... .... ...."},
            {"investigator+supervisor", "expired", "YYYY YYYY .... .... .... .... ...."},
            {"investigator+supervisor", "self-approved", "YYYY YYYY .... .... .... .... ...."},
        };
        for (const Row &r : rows) {
            Roles roles;
            for (const QString &name : QString::fromLatin1(r.roles).split(QLatin1Char('+'))) {
                Role role;
                QVERIFY(parseRole(name, &role));
                roles |= role;
            }
            QTest::addRow("%s, %s", r.roles, r.state) << int(roles) << QString::fromLatin1(r.state)
                                                      << QString::fromLatin1(r.expected);
        }
    }

    void table()
    {
        QFETCH(int, roles);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const AccessPolicy policy;
        const User u = user("pc", Roles::fromInt(roles));
        const int ages[] = {1, 90, 91, 365, 366, 730, 731};
        const AccessPurpose purposes[] = {AccessPurpose::Routine, AccessPurpose::Serious, AccessPurpose::Major,
                                          AccessPurpose::CounterTerrorism};
        QString actual;
        for (int age : ages) {
            if (!actual.isEmpty())
                actual += QLatin1Char(' ');
            for (AccessPurpose purpose : purposes) {
                QList<AccessRequest> requests;
                const bool tier24 = state == QLatin1String("approved-24") || state == QLatin1String("self-approved");
                AccessRequest r = request("pc", tier24 ? AccessTier::Extended24Months : AccessTier::Extended12Months, purpose,
                                          RequestState::Approved);
                if (state == QLatin1String("pending"))
                    r.state = RequestState::Pending, r.decidedBy.clear(), r.expiresAtMs = 0;
                else if (state == QLatin1String("declined"))
                    r.state = RequestState::Declined, r.expiresAtMs = 0;
                else if (state == QLatin1String("expired"))
                    r.expiresAtMs = kNow - 1; // approved, lapsed an instant ago
                else if (state == QLatin1String("self-approved"))
                    r.decidedBy = r.requester; // refused by mayDecide; a forged row authorises nothing
                if (state != QLatin1String("none"))
                    requests << r;
                const AccessDecision d = policy.mayView(u, purpose, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"),
                                                        kNow - qint64(age) * kDay, requests, kNow);
                actual += QLatin1Char(d.allowed ? 'Y' : '.');
                if (!d.allowed && d.reason.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("refused without a reason at %1 days").arg(age)));
            }
        }
        QCOMPARE(actual, expected);
    }

    void approvalCoversItsOwnPurposeOnly()
    {
        const AccessPolicy policy;
        const User inv = user("pc", Role::Investigator);
        const QList<AccessRequest> serious{request("pc", AccessTier::Extended12Months, AccessPurpose::Serious, RequestState::Approved)};
        const qint64 at = kNow - 200 * kDay;
        QVERIFY(policy.mayView(inv, AccessPurpose::Serious, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"), at, serious, kNow).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Major, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"), at, serious, kNow).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::CounterTerrorism, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"), at, serious, kNow).allowed);
    }

    void operatorsSearchBackTheForcesOperatorHours()
    {
        const User op = user("op", Role::Operator);
        const QString ref = QStringLiteral("INC-1");
        const QString vrm = QStringLiteral("AB12CDE");
        constexpr qint64 hour = 3600 * 1000;
        AccessPolicy policy; // 24 hours
        QVERIFY(policy.mayView(op, AccessPurpose::Routine, ref, vrm, kNow - 23 * hour, {}, kNow).allowed);
        const AccessDecision old = policy.mayView(op, AccessPurpose::Routine, ref, vrm, kNow - 25 * hour, {}, kNow);
        QVERIFY(!old.allowed);
        QVERIFY(old.reason.contains(QStringLiteral("24 hours")));
        QCOMPARE(policy.visibleWindows(op, AccessPurpose::Routine, ref, {}, kNow).first().fromMs, kNow - 24 * hour);
        RetentionSettings longer;
        longer.operatorHours = 72;
        QVERIFY(AccessPolicy(longer).mayView(op, AccessPurpose::Routine, ref, vrm, kNow - 25 * hour, {}, kNow).allowed);
        QVERIFY(!AccessPolicy(longer).mayView(op, AccessPurpose::Routine, ref, vrm, kNow - 73 * hour, {}, kNow).allowed);
        // An investigator is not held to it.
        QVERIFY(policy.mayView(user("inv", Role::Investigator), AccessPurpose::Routine, ref, vrm, kNow - 25 * hour, {}, kNow).allowed);
    }

    void aScopeNamesWhatTheCaseNeeds_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<QStringList>("vrms");
        QTest::addColumn<int>("fromDaysAgo"); // 0: none
        QTest::addColumn<int>("toDaysAgo");   // 0: none; negative: in the future
        QTest::addColumn<bool>("allowed");
        QTest::newRow("VRMs only") << 12 << QStringList{QStringLiteral("AB12CDE")} << 0 << 0 << true;
        QTest::newRow("window inside the tier") << 12 << QStringList() << 300 << 100 << true;
        QTest::newRow("to in the far future") << 24 << QStringList() << 700 << -354000 << false;
        QTest::newRow("to tomorrow with VRMs") << 12 << QStringList{QStringLiteral("AB12CDE")} << 0 << -1 << false;
        QTest::newRow("open-ended window, no VRMs") << 12 << QStringList() << 300 << 0 << false;
        QTest::newRow("from before the 12-month tier") << 12 << QStringList() << 500 << 100 << false;
        QTest::newRow("from inside the 24-month tier") << 24 << QStringList() << 500 << 100 << true;
        QTest::newRow("from past retention") << 24 << QStringList() << 800 << 100 << false;
    }
    void aScopeNamesWhatTheCaseNeeds()
    {
        QFETCH(int, tier);
        QFETCH(QStringList, vrms);
        QFETCH(int, fromDaysAgo);
        QFETCH(int, toDaysAgo);
        QFETCH(bool, allowed);
        constexpr qint64 day = 24LL * 3600 * 1000;
        AccessRequest r;
        r.requester = QStringLiteral("inv");
        r.caseReference = QStringLiteral("OP-1");
        r.justification = QStringLiteral("suspect vehicle");
        r.purpose = AccessPurpose::Major;
        r.tier = tier == 12 ? AccessTier::Extended12Months : AccessTier::Extended24Months;
        r.scopeVrms = vrms;
        r.requestedAtMs = kNow;
        r.scopeFromMs = fromDaysAgo ? kNow - fromDaysAgo * day : 0;
        r.scopeToMs = toDaysAgo ? kNow - toDaysAgo * day : 0;
        const AccessDecision d = AccessPolicy().mayRequest(user("inv", Role::Investigator), r);
        QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
    }

    void preservedReadsPastRetention()
    {
        // Past retention only a preservation hold keeps a read, and then for its case alone, as
        // the oldest tier: major or counter-terrorism with a 24-month approval.
        const AccessPolicy policy;
        const User inv = user("pc", Role::Investigator);
        const qint64 at = kNow - 800 * kDay;
        const QString vrm = QStringLiteral("AB12CDE"), ref = QStringLiteral("OP-HERON/12");
        const QList<AccessRequest> major24{request("pc", AccessTier::Extended24Months, AccessPurpose::Major, RequestState::Approved)};
        const QList<AccessRequest> serious12{request("pc", AccessTier::Extended12Months, AccessPurpose::Serious, RequestState::Approved)};
        QVERIFY(policy.mayView(inv, AccessPurpose::Major, ref, vrm, at, major24, kNow, {ref}).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Major, ref, vrm, at, major24, kNow, {}).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Major, ref, vrm, at, major24, kNow, {QStringLiteral("OP-OTHER/1")}).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Serious, ref, vrm, at, serious12, kNow, {ref}).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Major, ref, vrm, at, {}, kNow, {ref}).allowed);
        QVERIFY(!policy.mayView(user("op", Role::Operator), AccessPurpose::Major, ref, vrm, at, major24, kNow, {ref}).allowed);
    }

    void approvalIsScoped()
    {
        const AccessPolicy policy;
        const User inv = user("pc", Role::Investigator);
        const QList<AccessRequest> requests{request("pc", AccessTier::Extended12Months, AccessPurpose::Serious, RequestState::Approved)};
        const qint64 at = kNow - 200 * kDay;
        QVERIFY(policy.mayView(inv, AccessPurpose::Serious, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"), at, requests, kNow).allowed);
        // Another VRM, another case, someone else's approval: refused.
        QVERIFY(!policy.mayView(inv, AccessPurpose::Serious, QStringLiteral("OP-HERON/12"), QStringLiteral("XY51ABC"), at, requests, kNow).allowed);
        QVERIFY(!policy.mayView(inv, AccessPurpose::Serious, QStringLiteral("OP-OTHER/1"), QStringLiteral("AB12CDE"), at, requests, kNow).allowed);
        const User other = user("colleague", Role::Investigator);
        QVERIFY(!policy.mayView(other, AccessPurpose::Serious, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"), at, requests, kNow).allowed);
    }

    void expiredApprovalIsRefused()
    {
        const AccessPolicy policy;
        const User inv = user("pc", Role::Investigator);
        const QList<AccessRequest> lapsed{request("pc", AccessTier::Extended12Months, AccessPurpose::Serious,
                                                  RequestState::Approved, kNow - 1)};
        const AccessDecision d = policy.mayView(inv, AccessPurpose::Serious, QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"),
                                                kNow - 200 * kDay, lapsed, kNow);
        QVERIFY(!d.allowed);
        QVERIFY(d.howToAsk.contains(QStringLiteral("access request")));
    }

    void searchNeedsAReference()
    {
        const AccessPolicy policy;
        QVERIFY(!policy.maySearch(user("pc", Role::Investigator), AccessPurpose::Routine, QStringLiteral("  ")).allowed);
        QVERIFY(policy.maySearch(user("pc", Role::Investigator), AccessPurpose::Routine, QStringLiteral("INC-1")).allowed);
        User disabled = user("gone", Role::Investigator);
        disabled.disabled = true;
        QVERIFY(!policy.maySearch(disabled, AccessPurpose::Routine, QStringLiteral("INC-1")).allowed);
    }

    void decisions()
    {
        const AccessPolicy policy;
        AccessRequest r = request("sgt1", AccessTier::Extended12Months, AccessPurpose::Serious, RequestState::Pending);
        // A supervisor approving their own request: refused.
        QVERIFY(!policy.mayDecide(user("sgt1", Role::Supervisor), r, kNow).allowed);
        QVERIFY(!policy.mayDecide(user("pc", Role::Investigator), r, kNow).allowed);
        QVERIFY(policy.mayDecide(user("sgt2", Role::Supervisor), r, kNow).allowed);
        r.state = RequestState::Approved;
        QVERIFY(!policy.mayDecide(user("sgt2", Role::Supervisor), r, kNow).allowed); // decided once
    }

    void requestsMustFitTheirTier()
    {
        const AccessPolicy policy;
        const User inv = user("pc", Role::Investigator);
        AccessRequest r = request("pc", AccessTier::Extended24Months, AccessPurpose::Serious, RequestState::Pending);
        QVERIFY(!policy.mayRequest(inv, r).allowed); // 24 months is major/CT only
        r.purpose = AccessPurpose::Major;
        QVERIFY(policy.mayRequest(inv, r).allowed);
        r.scopeVrms.clear();
        QVERIFY(!policy.mayRequest(inv, r).allowed); // unscoped
        r.scopeFromMs = kNow - 300 * kDay;
        QVERIFY(!policy.mayRequest(inv, r).allowed); // open-ended: every VRM up to now
        r.scopeToMs = kNow - 200 * kDay;
        r.requestedAtMs = kNow;
        QVERIFY(policy.mayRequest(inv, r).allowed);
        r.justification.clear();
        QVERIFY(!policy.mayRequest(inv, r).allowed);
        QVERIFY(!policy.mayRequest(user("op", Role::Operator), request("op", AccessTier::Extended12Months, AccessPurpose::Serious,
                                                                        RequestState::Pending)).allowed);
    }

    void retentionIsConfigurable()
    {
        RetentionSettings oneYear;
        oneYear.retentionDays = 365; // forces that keep one year
        const AccessPolicy policy(oneYear);
        const QList<AccessRequest> requests{request("pc", AccessTier::Extended24Months, AccessPurpose::Major, RequestState::Approved)};
        QVERIFY(!policy.mayView(user("pc", Role::Investigator), AccessPurpose::Major, QStringLiteral("OP-HERON/12"),
                                QStringLiteral("AB12CDE"), kNow - 400 * kDay, requests, kNow).allowed);
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
