#include "audit/auditlog.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void fill(AuditLog &log)
    {
        QVERIFY(log.append(QStringLiteral("alice"), QStringLiteral("login")).ok());
        QVERIFY(log.append(QStringLiteral("alice"), QStringLiteral("search"),
                           {{QStringLiteral("plate"), QStringLiteral("AB1?C*")},
                            {QStringLiteral("purpose"), QStringLiteral("Major investigation")},
                            {QStringLiteral("reference"), QStringLiteral("OP-LANTERN/42")},
                            {QStringLiteral("results"), 3}})
                    .ok());
        QVERIFY(log.append(QStringLiteral("bob"), QStringLiteral("view-images"), {{QStringLiteral("read"), 7}}).ok());
        QVERIFY(log.append(QStringLiteral("carol"), QStringLiteral("export")).ok());
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        return q.exec(sql);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::move(Store::open(m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))))).value();
    }
    void cleanup() { m_store.reset(); }

    void intactChainVerifies()
    {
        AuditLog log(*m_store);
        fill(log);
        auto checked = log.verify();
        QVERIFY(checked.ok());
        QCOMPARE(checked.value(), 4);
        const auto recent = log.recent(10);
        QCOMPARE(recent.size(), 4);
        QCOMPARE(recent.first().action, QStringLiteral("export"));
        QCOMPARE(recent.last().prevHash, QByteArray(64, '0'));
        QCOMPARE(recent[0].prevHash, recent[1].hash);
    }

    void changedRowIsDetected()
    {
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET details = '{\"plate\":\"ZZ99ZZZ\"}' WHERE id = 2")));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Integrity);
        QVERIFY(checked.error().message.contains(QStringLiteral("entry 2 was altered")));
    }

    void changedUserIsDetected()
    {
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 3")));
        QVERIFY(log.verify().error().message.contains(QStringLiteral("entry 3")));
    }

    void deletedRowIsDetected()
    {
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message.contains(QStringLiteral("entry 3 does not follow")));
    }

    void insertedRowIsDetected()
    {
        AuditLog log(*m_store);
        fill(log);
        // A forger who copies a genuine hash still cannot fit a new row between two others.
        QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, details, prev_hash, hash)"
                                    " SELECT 25, at, 'mallory', 'login', '{}', prev_hash, hash FROM audit_log WHERE id = 2")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET id = id * 10 WHERE id IN (3, 4)")));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message.contains(QStringLiteral("entry 25")));
    }

    void deletedFirstRowIsDetected()
    {
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        QVERIFY(!log.verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
