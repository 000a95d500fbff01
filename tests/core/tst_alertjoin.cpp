// Which repeat sighting joins a waiting alert: a table of pairs of hits.
#include "hotlist/alertjoin.h"

#include <QTest>

using namespace Kestrel;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000; // a capture time in 2026
constexpr qint64 kMinute = 60 * 1000;

Hit sighting(qint64 entryId, const QString &vrm, qint64 capturedAtMs, bool retrospective = false)
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.entry.id = entryId;
    h.entry.vrm = vrm;
    h.read.vrm = vrm;
    h.read.capturedAtMs = capturedAtMs;
    h.raisedAtMs = capturedAtMs + 5;
    h.retrospective = retrospective;
    return h;
}

} // namespace

class TestAlertJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowFromMinutes()
    {
        QCOMPARE(AlertJoin::windowMs(10), 10 * kMinute);
        QCOMPARE(AlertJoin::windowMs(0), qint64(0));
        QCOMPARE(AlertJoin::windowMs(-3), qint64(0));
    }

    void joins_data()
    {
        QTest::addColumn<qint64>("entry2");
        QTest::addColumn<QString>("vrm2");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("retrospective2");
        QTest::addColumn<int>("windowMinutes");
        QTest::addColumn<bool>("joined");
        QTest::newRow("same vehicle a minute later") << qint64(1) << "GM17KFZ" << kMinute << false << 10 << true;
        QTest::newRow("at the edge of the window") << qint64(1) << "GM17KFZ" << 10 * kMinute << false << 10 << true;
        QTest::newRow("just past the window") << qint64(1) << "GM17KFZ" << 10 * kMinute + 1 << false << 10 << false;
        QTest::newRow("captured earlier (camera order)") << qint64(1) << "GM17KFZ" << -2 * kMinute << false << 10 << true;
        QTest::newRow("another entry for the plate") << qint64(2) << "GM17KFZ" << kMinute << false << 10 << false;
        QTest::newRow("another plate on the entry (approximate)") << qint64(1) << "GM17KF2" << kMinute << false << 10 << false;
        QTest::newRow("a past sighting") << qint64(1) << "GM17KFZ" << kMinute << true << 10 << false;
        QTest::newRow("window 0: every sighting alerts") << qint64(1) << "GM17KFZ" << qint64(1000) << false << 0 << false;
    }

    void joins()
    {
        QFETCH(qint64, entry2);
        QFETCH(QString, vrm2);
        QFETCH(qint64, after);
        QFETCH(bool, retrospective2);
        QFETCH(int, windowMinutes);
        QFETCH(bool, joined);
        const Hit first = sighting(1, QStringLiteral("GM17KFZ"), kT0);
        const Hit repeat = sighting(entry2, vrm2, kT0 + after, retrospective2);
        QCOMPARE(AlertJoin::joins(first, repeat, AlertJoin::windowMs(windowMinutes)), joined);
    }

    void aHitNeverJoinsItself()
    {
        const Hit first = sighting(1, QStringLiteral("GM17KFZ"), kT0);
        QVERIFY(!AlertJoin::joins(first, first, AlertJoin::windowMs(10)));
    }

    void aWaitingPastSightingTakesNoRepeats()
    {
        const Hit past = sighting(1, QStringLiteral("GM17KFZ"), kT0, true);
        QVERIFY(!AlertJoin::joins(past, sighting(1, QStringLiteral("GM17KFZ"), kT0 + kMinute), AlertJoin::windowMs(10)));
    }
};

QTEST_GUILESS_MAIN(TestAlertJoin)
#include "tst_alertjoin.moc"
