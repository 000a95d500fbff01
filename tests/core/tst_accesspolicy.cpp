// The access table: role x data age x request state x purpose, each cell as the policy says.
#include "access/accesspolicy.h"

#include <QTest>

using namespace Kestrel;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1'800'000'000'000LL;

User user(const char *name, Roles roles)
{
    User u;
    u.name = QLatin1String(name);
    u.roles = roles;
    return u;
}

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

Q_DECLARE_METATYPE(Kestrel::AccessPurpose)
Q_DECLARE_METATYPE(Kestrel::AccessTier)
Q_DECLARE_METATYPE(Kestrel::RequestState)

class TestAccessPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<int>("requestTier");   // -1: no request
        QTest::addColumn<int>("requestState");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<bool>("allowed");
        const int inv = int(Role::Investigator), sup = int(Role::Supervisor), op = int(Role::Operator);
        const int aud = int(Role::Auditor), adm = int(Role::Administrator);
        const int none = -1, t12 = int(AccessTier::Extended12Months), t24 = int(AccessTier::Extended24Months);
        const int approved = int(RequestState::Approved), pending = int(RequestState::Pending);
        const int declined = int(RequestState::Declined);
        const int routine = int(AccessPurpose::Routine), serious = int(AccessPurpose::Serious);
        const int major = int(AccessPurpose::Major), ct = int(AccessPurpose::CounterTerrorism);
        struct Row { const char *name; int roles, age, tier, state, purpose; bool allowed; };
        const Row rows[] = {
            // 0-90 days: any searching role, any purpose, no request needed.
            {"operator 1 day routine", op, 1, none, 0, routine, true},
            {"investigator 90 days routine", inv, 90, none, 0, routine, true},
            {"supervisor 30 days major", sup, 30, none, 0, major, true},
            {"auditor never sees reads", aud, 1, none, 0, routine, false},
            {"administrator never sees reads", adm, 1, none, 0, routine, false},
            // 91 days - 12 months: serious/major/CT with an approved 12- or 24-month request.
            {"investigator 91 days no request", inv, 91, none, 0, serious, false},
            {"investigator 200 days approved serious", inv, 200, t12, approved, serious, true},
            {"investigator 200 days approved major", inv, 200, t12, approved, major, true},
            {"investigator 200 days approved ct", inv, 200, t24, approved, ct, true},
            {"investigator 200 days routine purpose", inv, 200, t12, approved, routine, false},
            {"investigator 200 days pending", inv, 200, t12, pending, serious, false},
            {"investigator 200 days declined", inv, 200, t12, declined, serious, false},
            {"operator 200 days even approved", op, 200, t12, approved, serious, false},
            {"supervisor 200 days needs approval too", sup, 200, none, 0, major, false},
            // 12 - 24 months: major and CT only, with a 24-month approval.
            {"investigator 400 days 12-month approval", inv, 400, t12, approved, major, false},
            {"investigator 400 days 24-month major", inv, 400, t24, approved, major, true},
            {"investigator 400 days 24-month ct", inv, 400, t24, approved, ct, true},
            {"investigator 400 days serious", inv, 400, t24, approved, serious, false},
            // Beyond retention: deleted, nobody.
            {"investigator 800 days", inv, 800, t24, approved, ct, false},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << r.roles << r.age << r.tier << r.state << r.purpose << r.allowed;
    }
    void table()
    {
        QFETCH(int, roles);
        QFETCH(int, ageDays);
        QFETCH(int, requestTier);
        QFETCH(int, requestState);
        QFETCH(int, purpose);
        QFETCH(bool, allowed);
        const AccessPolicy policy;
        const User u = user("pc", Roles::fromInt(roles));
        QList<AccessRequest> requests;
        if (requestTier >= 0)
            requests << request("pc", AccessTier(requestTier), AccessPurpose(purpose == 0 ? 1 : purpose), RequestState(requestState));
        const AccessDecision d = policy.mayView(u, AccessPurpose(purpose), QStringLiteral("OP-HERON/12"), QStringLiteral("AB12CDE"),
                                                kNow - qint64(ageDays) * kDay, requests, kNow);
        QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
        if (!d.allowed)
            QVERIFY(!d.reason.isEmpty());
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
