#include "access/userdirectory.h"
#include "store/store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestUserDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::move(Store::openOrCreate(m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))))).value();
    }
    void cleanup() { m_store.reset(); }

    void passwordsAreArgon2idHashes()
    {
        const QString hash = UserDirectory::hashPassword(QStringLiteral("correct horse"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(UserDirectory::verifyPassword(hash, QStringLiteral("correct horse")));
        QVERIFY(!UserDirectory::verifyPassword(hash, QStringLiteral("correct horsE")));
        QVERIFY(hash != UserDirectory::hashPassword(QStringLiteral("correct horse"))); // salted
    }

    void addAndAuthenticate()
    {
        UserDirectory users(*m_store);
        QVERIFY(users.isEmpty());
        auto added = users.add(QStringLiteral("alice"), Roles(Role::Investigator) | Role::Operator, QStringLiteral("s3cret!"));
        QVERIFY(added.ok());
        QVERIFY(!users.add(QStringLiteral("alice"), Role::Operator, QStringLiteral("other1")).ok());
        QVERIFY(!users.add(QStringLiteral("bad name"), Role::Operator, QStringLiteral("other1")).ok());
        QVERIFY(!users.add(QStringLiteral("norole"), Roles(), QStringLiteral("other1")).ok());
        auto ok = users.authenticate(QStringLiteral("alice"), QStringLiteral("s3cret!"));
        QVERIFY(ok.ok());
        QVERIFY(ok->has(Role::Investigator));
        QVERIFY(!ok->has(Role::Supervisor));
        QCOMPARE(roleNames(ok->roles), (QStringList{QStringLiteral("operator"), QStringLiteral("investigator")}));
        auto wrong = users.authenticate(QStringLiteral("alice"), QStringLiteral("guess"));
        auto unknown = users.authenticate(QStringLiteral("nobody"), QStringLiteral("guess"));
        QCOMPARE(wrong.error().kind, Error::Kind::Refused);
        QCOMPARE(wrong.error().message, unknown.error().message); // never confirms who exists
    }

    void locksAfterRepeatedFailures()
    {
        UserDirectory users(*m_store);
        QVERIFY(users.add(QStringLiteral("bob"), Role::Operator, QStringLiteral("rightpass")).ok());
        for (int i = 0; i < UserDirectory::kMaxFailedLogins; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("bob"), QStringLiteral("wrong")).ok());
        auto locked = users.authenticate(QStringLiteral("bob"), QStringLiteral("rightpass"));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        // When the lock expires the right password works again and resets the counter.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET locked_until = 1 WHERE name = 'bob'")));
        QVERIFY(users.authenticate(QStringLiteral("bob"), QStringLiteral("rightpass")).ok());
        QCOMPARE(users.find(QStringLiteral("bob"))->failedLogins, 0);
    }

    void parallelFailuresAllCount()
    {
        // Logins tried at once by several processes each read the row before any of them
        // records its failure: every failure must still count, or the lockout never comes.
        UserDirectory users(*m_store);
        QVERIFY(users.add(QStringLiteral("dave"), Role::Operator, QStringLiteral("rightpass")).ok());
        const User stale = *users.find(QStringLiteral("dave")); // as each process read it
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < UserDirectory::kMaxFailedLogins; ++i)
            QVERIFY(users.recordLogin(stale, false, now).ok());
        QCOMPARE(users.find(QStringLiteral("dave"))->failedLogins, UserDirectory::kMaxFailedLogins);
        QVERIFY(users.find(QStringLiteral("dave"))->lockedUntilMs > now);
        QVERIFY(!users.authenticate(QStringLiteral("dave"), QStringLiteral("rightpass")).ok());
    }

    void disabledUsersCannotLogIn()
    {
        UserDirectory users(*m_store);
        QVERIFY(users.add(QStringLiteral("carol"), Role::Auditor, QStringLiteral("pw12345")).ok());
        QVERIFY(users.setDisabled(QStringLiteral("carol"), true).ok());
        auto refused = users.authenticate(QStringLiteral("carol"), QStringLiteral("pw12345"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("disabled")));
        QVERIFY(!users.setDisabled(QStringLiteral("nobody"), true).ok());
    }

    void demoUsersOnlyIntoAnEmptyDirectory()
    {
        UserDirectory users(*m_store);
        QCOMPARE(users.seedDemoUsers().value(), 5);
        QCOMPARE(users.seedDemoUsers().value(), 0);
        QVERIFY(users.authenticate(QStringLiteral("supervisor"), QStringLiteral("demo"))->has(Role::Supervisor));
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
