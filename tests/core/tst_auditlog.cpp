#include "audit/auditlog.h"
#include "store/store.h"

#include <QDateTime>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <thread>

#include "scratchfiles.h"

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
        m_store = std::move(Store::openOrCreate(m_dir.filePath(currentTestFileName(QStringLiteral(".db"))))).value();
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

    void twoWritersChainOneAfterTheOther()
    {
        // The GUI and a CLI write through their own connections. An append that starts while
        // the other holds the lock waits, then reads the newest hash: it neither forks the chain
        // nor is refused because the other committed after it looked.
        AuditLog log(*m_store);
        QVERIFY(log.append(QStringLiteral("alice"), QStringLiteral("login")).ok());
        const QString path = m_store->path();
        QSemaphore holding;
        std::thread cli([&] {
            auto other = std::move(Store::openOrCreate(path)).value();
            AuditLog otherLog(*other);
            QVERIFY(other->beginWrite().ok());
            QSqlQuery q(other->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cameras (id, name, source_kind, source_url)"
                                          " VALUES ('CAM-9', 'new', 'file', '/x')")));
            holding.release();
            QThread::msleep(300); // the append is waiting for the lock by now
            QVERIFY(other->database().commit());
            QVERIFY(otherLog.append(QStringLiteral("cli"), QStringLiteral("camera-added")).ok());
        });
        holding.acquire();
        const auto appended = log.append(QStringLiteral("bob"), QStringLiteral("export"));
        cli.join();
        QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
        auto checked = log.verify();
        QVERIFY(checked.ok());
        QCOMPARE(checked.value(), 3);
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
        QVERIFY2(checked.error().message.contains(QStringLiteral("entry 3 follows entry 1")), qPrintable(checked.error().message));
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

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("named"); // what the verdict must name
        QTest::newRow("changed time") << QStringList{QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE id = 2")}
                                      << QStringLiteral("entry 2 was altered");
        QTest::newRow("changed action") << QStringList{QStringLiteral("UPDATE audit_log SET action = 'login' WHERE id = 4")}
                                        << QStringLiteral("entry 4 was altered");
        QTest::newRow("changed hash") << QStringList{QStringLiteral("UPDATE audit_log SET hash = prev_hash WHERE id = 3")}
                                      << QStringLiteral("entry 3 was altered");
        QTest::newRow("last entry renumbered") << QStringList{QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 4")}
                                               << QStringLiteral("entry 100 follows entry 3");
        QTest::newRow("two entries swapped")
            << QStringList{QStringLiteral("UPDATE audit_log SET id = 99 WHERE id = 2"),
                           QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"),
                           QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 99")}
            << QStringLiteral("entry 2 does not follow");
        QTest::newRow("last entry deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 4")}
                                            << QStringLiteral("ends at entry 3 but its head records entry 4");
        QTest::newRow("whole trail deleted") << QStringList{QStringLiteral("DELETE FROM audit_log")}
                                             << QStringLiteral("ends at entry 0 but its head records entry 4");
        QTest::newRow("head deleted") << QStringList{QStringLiteral("DELETE FROM audit_head")}
                                      << QStringLiteral("head was deleted");
        QTest::newRow("entry forged at the end")
            << QStringList{QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, details, prev_hash, hash)"
                                          " SELECT 5, at, user_name, action, details, prev_hash, hash FROM audit_log WHERE id = 4")}
            << QStringLiteral("entry 5 does not follow");
    }

    void tamperingIsDetected()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, named);
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(log.verify().ok());
        for (const QString &statement : sql)
            QVERIFY2(exec(statement), qPrintable(statement));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Integrity);
        QVERIFY2(checked.error().message.contains(named), qPrintable(checked.error().message));
    }

    void tailCutWithItsHeadIsDetectedOnlyWithAnAnchor()
    {
        AuditLog log(*m_store);
        fill(log);
        const AuditLog::Anchor anchor = log.head().value();
        QCOMPARE(anchor.id, 4);
        AuditLog::Anchor parsed;
        QVERIFY(AuditLog::Anchor::parse(anchor.toString(), &parsed));
        QCOMPARE(parsed.hash, anchor.hash);
        QVERIFY(log.verify({parsed}).ok());
        QVERIFY(log.append(QStringLiteral("dave"), QStringLiteral("login")).ok());
        QVERIFY(log.verify({parsed}).ok()); // the chain may grow past an anchor

        // Cutting the last entries and moving the head back leaves a trail intact in itself...
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_head SET last_id = 3, entries = 3,"
                                    " last_hash = (SELECT hash FROM audit_log WHERE id = 3)")));
        QVERIFY(log.verify().ok());
        // ...but not with the anchor recorded elsewhere.
        auto checked = log.verify({parsed});
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Integrity);
        QVERIFY2(checked.error().message.contains(QStringLiteral("ends at entry 3 but entry 4 was anchored")),
                 qPrintable(checked.error().message));
    }

    void rewrittenChainDoesNotMatchItsAnchor()
    {
        // Someone rewrites entry 2 and recomputes every hash after it, as plain SHA-256 (the
        // key is not in the database): the keyed chain does not verify, nor the anchor.
        AuditLog log(*m_store);
        fill(log);
        const AuditLog::Anchor anchor = log.head().value();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, user_name, action, details, prev_hash FROM audit_log ORDER BY id")));
        QList<AuditEvent> events;
        while (q.next()) {
            AuditEvent e;
            e.id = q.value(0).toLongLong();
            e.atMs = q.value(1).toLongLong();
            e.user = q.value(2).toString();
            e.action = q.value(3).toString();
            e.details = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
            events.append(e);
        }
        events[1].details.insert(QStringLiteral("results"), 0);
        QByteArray prev(64, '0');
        for (AuditEvent &e : events) {
            e.prevHash = prev;
            e.hash = AuditLog::hashOf(e);
            prev = e.hash;
            QSqlQuery u(m_store->database());
            u.prepare(QStringLiteral("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?"));
            u.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            u.addBindValue(QString::fromLatin1(e.prevHash));
            u.addBindValue(QString::fromLatin1(e.hash));
            u.addBindValue(e.id);
            QVERIFY(u.exec());
        }
        QVERIFY(exec(QStringLiteral("UPDATE audit_head SET last_hash = '%1'").arg(QString::fromLatin1(prev))));
        // Without the store's key (kept outside the database) the rewritten entries do not verify.
        const auto rehashed = log.verify();
        QVERIFY(!rehashed.ok());
        QVERIFY2(rehashed.error().message.contains(QStringLiteral("without the store's audit key")), qPrintable(rehashed.error().message));
        auto checked = log.verify({anchor});
        QVERIFY(!checked.ok());
        QVERIFY(!checked.error().message.isEmpty());
    }

    void theKeyLivesOutsideTheDatabase()
    {
        AuditLog log(*m_store);
        fill(log);
        auto key = m_store->auditKey();
        QVERIFY(key.ok());
        QCOMPARE(key->fromEntry(), 1); // a new store is keyed from its first entry
        QVERIFY(key->path().startsWith(qEnvironmentVariable("KESTREL_KEY_DIR")));
        QCOMPARE(QFile::permissions(key->path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // The same store on a machine without its key: nothing is written, nothing verified.
        const QString moved = key->path() + QStringLiteral(".away");
        QVERIFY(QFile::rename(key->path(), moved));
        auto other = std::move(Store::open(m_store->path())).value();
        AuditLog elsewhere(*other);
        const auto appended = elsewhere.append(QStringLiteral("mallory"), QStringLiteral("login"));
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().kind, Error::Kind::Unavailable);
        QCOMPARE(elsewhere.verify().error().kind, Error::Kind::Unavailable);
        // With the key given by its file (an examiner's copy), it verifies.
        other->useAuditKeyFile(moved);
        QCOMPARE(elsewhere.verify().value(), 4);
        QVERIFY(QFile::rename(moved, key->path()));
    }

    void theStoredBytesAreWhatIsKeyed()
    {
        // The same JSON with a space added: a re-serialising check would call it unchanged.
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET details = replace(details, ':3', ': 3') WHERE id = 2")));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message.contains(QStringLiteral("audit entry 2")));
    }

    void anEmptiedTrailOnAStoreWithDataIsBroken()
    {
        AuditLog log(*m_store);
        fill(log);
        QVERIFY(exec(QStringLiteral("INSERT INTO users (name, roles, password_hash) VALUES ('eve', 8, 'x')")));
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_head SET last_id = 0, entries = 0, last_hash = '%1'").arg(QString(64, QLatin1Char('0')))));
        auto checked = log.verify();
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().message.contains(QStringLiteral("emptied")), qPrintable(checked.error().message));
    }

    void aMigratedTrailIsKeyedFromTheMigrationOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("v6.db"));
        {
            Store::Options v6;
            v6.mode = Store::Mode::CreateIfMissing;
            v6.upToVersion = 6;
            auto old = std::move(Store::open(path, v6)).value();
            AuditLog oldLog(*old);
            fill(oldLog);
            QVERIFY(oldLog.verify().ok());
        }
        auto opened = Store::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        auto upgraded = std::move(opened).value();
        QCOMPARE(upgraded->schemaVersion(), 7);
        QCOMPARE(upgraded->auditKey()->fromEntry(), 5);
        AuditLog log(*upgraded);
        QCOMPARE(log.recent(1).first().action, QStringLiteral("audit-keyed")); // entry 5: the baseline
        QVERIFY(log.append(QStringLiteral("dave"), QStringLiteral("login")).ok());
        const auto verified = log.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
        QCOMPARE(verified.value(), 6);
        // An entry changed after the migration is caught.
        QSqlQuery q(upgraded->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'eve' WHERE id = 6")));
        QVERIFY(!log.verify().ok());
    }

    void acknowledgementsAreCheckedAgainstTheirEntry()
    {
        Camera c;
        c.id = QStringLiteral("CAM-1");
        c.name = QStringLiteral("A64");
        c.sourceKind = QStringLiteral("file");
        c.sourceUrl = QStringLiteral("/dev/null");
        QVERIFY(m_store->upsertCamera(c).ok());
        std::vector<Read> reads(2);
        std::vector<Hit> hits(2);
        for (int i = 0; i < 2; ++i) {
            reads[i].uid = QUuid::createUuid();
            reads[i].vrm = i == 0 ? QStringLiteral("AB12CDE") : QStringLiteral("XY51ABC");
            reads[i].confidence = 0.9;
            reads[i].cameraId = c.id;
            reads[i].capturedAtMs = QDateTime::currentMSecsSinceEpoch() - 1000 * (i + 1);
            hits[i].uid = QUuid::createUuid();
            hits[i].read = reads[i];
            hits[i].raisedAtMs = reads[i].capturedAtMs;
        }
        QCOMPARE(m_store->insertReads(reads, hits)->inserted, 2);
        AuditLog log(*m_store);
        QVERIFY(log.verify().ok()); // hits the pipeline raised need no entry until acknowledged
        // Acknowledged as the GUI does: the change and its entry in one transaction.
        QVERIFY(m_store->beginWrite().ok());
        QVERIFY(m_store->acknowledgeHit(hits[0].uid, QStringLiteral("op"), HitOutcome::Intercepted, {}, 5).ok());
        QVERIFY(log.append(QStringLiteral("op"), QStringLiteral("hit-acknowledge"), {},
                           {{QStringLiteral("hits"), hits[0].uid.toString(QUuid::WithoutBraces)}})
                    .ok());
        QVERIFY(m_store->database().commit());
        QVERIFY(log.verify().ok());
        QVERIFY(exec(QStringLiteral("UPDATE hits SET outcome = 'no-action' WHERE acknowledged_at IS NOT NULL")));
        auto changed = log.verify();
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QStringLiteral("hits row")), qPrintable(changed.error().message));
        QVERIFY(exec(QStringLiteral("UPDATE hits SET outcome = 'intercepted' WHERE acknowledged_at IS NOT NULL")));
        QVERIFY(log.verify().ok());
        // An outcome written straight into the file for the other hit.
        QVERIFY(exec(QStringLiteral("UPDATE hits SET acknowledged_at = 1, outcome = 'misread' WHERE acknowledged_at IS NULL")));
        QVERIFY(!log.verify().ok());
    }

    void anchorsParseStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        const QString h = QString(64, QLatin1Char('a'));
        QTest::newRow("good") << QStringLiteral("12:") + h << true;
        QTest::newRow("upper-case hash") << QStringLiteral("12:") + h.toUpper() << true;
        QTest::newRow("no id") << QStringLiteral(":") + h << false;
        QTest::newRow("zero id") << QStringLiteral("0:") + h << false;
        QTest::newRow("short hash") << QStringLiteral("12:abc") << false;
        QTest::newRow("not hex") << QStringLiteral("12:") + QString(64, QLatin1Char('z')) << false;
        QTest::newRow("extra part") << QStringLiteral("12:") + h + QStringLiteral(":1") << false;
    }
    void anchorsParseStrictly()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        AuditLog::Anchor a;
        QCOMPARE(AuditLog::Anchor::parse(text, &a), ok);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
