// Hits: waiting ones before acknowledged ones, then High before Medium before Low, newest first
// within a priority; acknowledged ones dimmed; never colour alone.
#include "hitsmodel.h"

#include "theme.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;

namespace {

Hit makeHit(Priority p, qint64 atMs, MatchKind kind = MatchKind::Exact, const QString &vrm = QStringLiteral("GM17KFZ"))
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.read.uid = QUuid::createUuid();
    h.read.vrm = vrm;
    h.read.cameraId = QStringLiteral("CAM-1");
    h.read.capturedAtMs = atMs;
    h.raisedAtMs = atMs + 5;
    h.entry.vrm = vrm;
    h.entry.priority = p;
    h.entry.list = QStringLiteral("PNC");
    h.entry.category = QStringLiteral("Stolen vehicle");
    h.entry.reason = QStringLiteral("Reported stolen");
    h.entry.action = QStringLiteral("Stop if resources allow");
    h.match = kind;
    return h;
}

// "H1": a High hit captured at 1, waiting; "h1" the same acknowledged.
QString code(const Hit &h)
{
    const char *p[] = {"H", "M", "L"};
    const QString letter = QLatin1String(p[int(h.entry.priority)]);
    return (h.acknowledgedAtMs ? letter.toLower() : letter) + QString::number(h.read.capturedAtMs);
}

QStringList words(const char *s)
{
    return QString::fromLatin1(s).split(QLatin1Char(' '));
}

} // namespace

class TestHitsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordering_data()
    {
        QTest::addColumn<QStringList>("arrivals"); // priority letter + time
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("priority beats time") << words("L3 M2 H1") << words("H1 M2 L3");
        QTest::newRow("newest first within priority") << words("M1 M3 M2") << words("M3 M2 M1");
        QTest::newRow("mixed") << words("L5 H1 M4 H3 L9 M2")
                               << words("H3 H1 M4 M2 L9 L5");
        QTest::newRow("late old high still on top") << words("L9 M8 H1") << words("H1 M8 L9");
        QTest::newRow("acknowledged below waiting") << words("h5 L1 m4 M2") << words("M2 L1 h5 m4");
        QTest::newRow("acknowledged high below waiting low") << words("l2 H9 h8 L1") << words("H9 L1 h8 l2");
    }
    void ordering()
    {
        QFETCH(QStringList, arrivals);
        QFETCH(QStringList, expected);
        HitsModel model;
        for (const QString &a : arrivals) {
            const QChar c = a.at(0).toUpper();
            Priority p = c == QLatin1Char('H') ? Priority::High : c == QLatin1Char('M') ? Priority::Medium : Priority::Low;
            Hit h = makeHit(p, a.mid(1).toLongLong());
            if (a.at(0).isLower()) {
                h.acknowledgedAtMs = 1;
                h.outcome = HitOutcome::NoAction;
            }
            model.addHit(h);
        }
        QStringList got;
        for (int i = 0; i < model.rowCount(); ++i)
            got << code(model.hitAt(i));
        QCOMPARE(got, expected);
    }

    void priorityIsColourSymbolAndWord()
    {
        HitsModel model;
        model.addHit(makeHit(Priority::High, 1));
        model.addHit(makeHit(Priority::Medium, 1));
        model.addHit(makeHit(Priority::Low, 1));
        QSet<QString> symbols;
        QSet<QRgb> colours;
        const QStringList words{QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")};
        for (int row = 0; row < 3; ++row) {
            const QModelIndex i = model.index(row, HitsModel::PriorityColumn);
            const QString text = i.data().toString();
            QVERIFY2(text.endsWith(words.at(row)), qPrintable(text));
            symbols.insert(text.section(QLatin1Char(' '), 0, 0));
            colours.insert(i.data(Qt::BackgroundRole).value<QColor>().rgb());
        }
        QCOMPARE(symbols.size(), 3);
        QCOMPARE(colours.size(), 3);
    }

    void approximateMatchesAreMarked_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("approximate");
        QTest::newRow("exact") << int(MatchKind::Exact) << false;
        QTest::newRow("equivalent") << int(MatchKind::Equivalent) << true;
        QTest::newRow("edit") << int(MatchKind::Edit) << true;
        QTest::newRow("wildcard") << int(MatchKind::Wildcard) << true;
    }
    void approximateMatchesAreMarked()
    {
        QFETCH(int, kind);
        QFETCH(bool, approximate);
        HitsModel model;
        model.addHit(makeHit(Priority::Medium, 1, MatchKind(kind)));
        const QString text = model.index(0, HitsModel::MatchColumn).data().toString();
        QCOMPARE(text.contains(QChar(0x2248)), approximate);
        QCOMPARE(text.contains(QStringLiteral("check the image")), approximate);
    }

    void columnsAndAcknowledge()
    {
        HitsModel model;
        const Hit h = makeHit(Priority::High, 1700000000000);
        model.addHit(h);
        QCOMPARE(model.index(0, HitsModel::VrmColumn).data().toString(), QStringLiteral("GM17 KFZ"));
        QCOMPARE(model.index(0, HitsModel::ListColumn).data().toString(), QStringLiteral("PNC / Stolen vehicle"));
        QCOMPARE(model.index(0, HitsModel::ReasonColumn).data().toString(), QStringLiteral("Reported stolen"));
        QCOMPARE(model.index(0, HitsModel::ActionColumn).data().toString(), QStringLiteral("Stop if resources allow"));
        QCOMPARE(model.unacknowledgedCount(Priority::High), 1);
        model.markAcknowledged(h.uid, QStringLiteral("operator"), HitOutcome::Intercepted, 1700000001000);
        QCOMPARE(model.unacknowledgedCount(Priority::High), 0);
        QVERIFY(model.index(0, HitsModel::StatusColumn).data().toString().contains(QStringLiteral("Intercepted")));
        QCOMPARE(model.rowOf(h.uid), 0);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    }

    // Acknowledging moves the hit (one rowsMoved, so views keep it selected) below every hit
    // still waiting, dimmed in every column, its outcome in words.
    void acknowledgingMovesTheHitBelowTheWaiting()
    {
        HitsModel model;
        const Hit high = makeHit(Priority::High, 1);
        model.addHit(high);
        model.addHit(makeHit(Priority::Medium, 2));
        model.addHit(makeHit(Priority::Low, 3));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const QColor waitingColour = model.index(0, HitsModel::ReasonColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(waitingColour != Theme::muted());
        model.markAcknowledged(high.uid, QStringLiteral("operator"), HitOutcome::LostSight, 10);
        QCOMPARE(moved.count(), 1);
        QStringList got;
        for (int i = 0; i < model.rowCount(); ++i)
            got << code(model.hitAt(i));
        QCOMPARE(got, words("M2 L3 h1"));
        QCOMPARE(model.rowOf(high.uid), 2);
        for (int column = HitsModel::StatusColumn; column < HitsModel::ColumnCount; ++column)
            QCOMPARE(model.index(2, column).data(Qt::ForegroundRole).value<QColor>(), Theme::muted());
        QVERIFY(model.index(2, HitsModel::StatusColumn).data().toString().startsWith(QStringLiteral("Lost sight")));
        // Once only: a second acknowledgement (from the alert) changes nothing.
        model.markAcknowledged(high.uid, QStringLiteral("other"), HitOutcome::Arrested, 11);
        QCOMPARE(model.hitAt(2).outcome, HitOutcome::LostSight);
        QCOMPARE(moved.count(), 1);
    }

    void boundedDropsLeastUrgent()
    {
        HitsModel model;
        model.setMaxRows(3);
        model.addHit(makeHit(Priority::Low, 1));
        model.addHit(makeHit(Priority::High, 2));
        model.addHit(makeHit(Priority::Medium, 3));
        QCOMPARE(model.addHit(makeHit(Priority::High, 4)), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.hitAt(2).entry.priority, Priority::Medium);
        QCOMPARE(model.addHit(makeHit(Priority::Low, 9)), -1); // falls off the end at once
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestHitsModel)
#include "tst_hitsmodel.moc"
