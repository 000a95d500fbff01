// The hits panel as an operator works it: waiting hits first, acknowledged ones dimmed below;
// F8 to the next waiting hit and Ctrl+Return to acknowledge it (never without a chosen outcome);
// the force's outcomes offered; the hit history filtered by priority, state, camera and shift.
#include "longtext.h"
#include "uifixture.h"

#include "hitalertdialog.h"
#include "hitsfilter.h"
#include "hitsmodel.h"
#include "hitspanel.h"
#include "theme.h"

#include "access/forcesettings.h"
#include "audit/auditlog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

User admin()
{
    User u;
    u.id = 1;
    u.name = QStringLiteral("admin");
    u.roles = Role::Administrator;
    return u;
}

// The panel in a window of its own, shown and active, as the main window holds it.
struct PanelWindow
{
    QWidget window;
    HitsPanel *panel;
    QLineEdit *elsewhere; // another part of the window, as the reads table is in the main window

    PanelWindow(Store *store, int width = 820, int height = 520)
    {
        auto *layout = new QVBoxLayout(&window);
        panel = new HitsPanel(store, QStringLiteral("operator"), &window);
        elsewhere = new QLineEdit(&window);
        layout->addWidget(panel);
        layout->addWidget(elsewhere);
        window.resize(width, height);
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    // A key typed by the person at the window: it goes where the focus is, shortcuts first.
    void type(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.windowHandle(), Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }
    QComboBox *combo(const char *name) const { return panel->findChild<QComboBox *>(QLatin1String(name)); }
    // Chooses an item of a filter as a person does from the keyboard: focus it, Home, Down.
    void choose(const char *name, int index)
    {
        QComboBox *c = combo(name);
        c->setFocus(Qt::TabFocusReason);
        type(Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            type(Qt::Key_Down);
    }
    QStringList shownVrms() const
    {
        QStringList out;
        QAbstractItemModel *m = panel->view()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->index(row, HitsModel::VrmColumn).data(Qt::EditRole).toString();
        return out;
    }
};

Hit hitAt(const HotlistEntry &entry, const QString &vrm, const QString &camera, qint64 atMs)
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.read.uid = QUuid::createUuid();
    h.read.vrm = vrm;
    h.read.cameraId = camera;
    h.read.capturedAtMs = atMs;
    h.raisedAtMs = atMs;
    h.entry = entry;
    return h;
}

} // namespace

class TestHitsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void waitingHitsFirstAcknowledgedDimmedBelow()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit high = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        const Hit medium = fx.makeHit(fx.medium, QStringLiteral("SK25BNL"));
        PanelWindow w(fx.store.get());
        w.panel->addHit(high);
        w.panel->addHit(medium);
        QVERIFY(w.show());
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("GM17KFZ"), QStringLiteral("SK25BNL")}));

        // The High one is selected: choose its outcome and acknowledge with the button.
        QCOMPARE(w.panel->currentHit()->uid, high.uid);
        w.combo("outcomeCombo")->setFocus(Qt::TabFocusReason);
        w.type(Qt::Key_Down);
        QTest::mouseClick(w.panel->findChild<QPushButton *>(QStringLiteral("acknowledgeButton")), Qt::LeftButton);
        QTRY_VERIFY(fx.storedHit(high.uid)->acknowledgedAtMs != 0);

        // Dealt with, it goes below the Medium hit still waiting, dimmed, and stays selected.
        QTRY_COMPARE(w.shownVrms(), QStringList({QStringLiteral("SK25BNL"), QStringLiteral("GM17KFZ")}));
        QAbstractItemModel *m = w.panel->view()->model();
        QCOMPARE(m->index(1, HitsModel::VrmColumn).data(Qt::ForegroundRole).value<QColor>(), Theme::muted());
        QCOMPARE(m->index(1, HitsModel::ReasonColumn).data(Qt::ForegroundRole).value<QColor>(), Theme::muted());
        QVERIFY(m->index(0, HitsModel::ReasonColumn).data(Qt::ForegroundRole).value<QColor>() != Theme::muted());
        QVERIFY(m->index(1, HitsModel::StatusColumn).data().toString().contains(QStringLiteral("operator")));
        QCOMPARE(w.panel->currentHit()->uid, high.uid);
    }

    // F8 goes to the next waiting hit from anywhere in the window; Ctrl+Return acknowledges the
    // selected one, and without a chosen outcome only takes the operator to the choice.
    void keyboardMovesToTheNextWaitingHitAndAcknowledges()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit older = fx.makeHit(fx.medium, QStringLiteral("SK25BNL"));
        QTest::qWait(5);
        const Hit newer = fx.makeHit(fx.medium, QStringLiteral("SK25BNL"));
        const Hit done = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        QVERIFY(fx.store->acknowledgeHit(done.uid, QStringLiteral("operator"), HitOutcome::Arrested, {}, done.raisedAtMs + 9));
        PanelWindow w(fx.store.get());
        Hit stored = *fx.storedHit(done.uid);
        stored.read = done.read;
        w.panel->addHit(stored);
        w.panel->addHit(older);
        w.panel->addHit(newer);
        QVERIFY(w.show());
        // The first hit shown was the acknowledged one: F8 passes over it to the waiting ones.
        QCOMPARE(w.panel->currentHit()->uid, done.uid);
        w.elsewhere->setFocus(Qt::TabFocusReason); // the focus outside the panel
        w.type(Qt::Key_F8);
        QCOMPARE(w.panel->currentHit()->uid, newer.uid);
        QVERIFY(w.panel->view()->hasFocus());
        w.type(Qt::Key_F8);
        QCOMPARE(w.panel->currentHit()->uid, older.uid);
        w.type(Qt::Key_F8); // round again, past the acknowledged one
        QCOMPARE(w.panel->currentHit()->uid, newer.uid);

        // No outcome chosen: Ctrl+Return records nothing and puts the focus on the outcome.
        QComboBox *outcome = w.combo("outcomeCombo");
        w.type(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(outcome->hasFocus());
        QCOMPARE(outcome->currentData().toInt(), -1);
        QTest::qWait(50);
        QCOMPARE(fx.storedHit(newer.uid)->acknowledgedAtMs, 0);
        w.type(Qt::Key_Down);
        QCOMPARE(outcome->currentData().toInt(), int(ForceSettings::defaultOutcomes().first()));
        w.type(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(fx.storedHit(newer.uid)->outcome, ForceSettings::defaultOutcomes().first());
        QCOMPARE(fx.storedHit(older.uid)->acknowledgedAtMs, 0);

        // The only waiting hit left is the next one.
        w.type(Qt::Key_F8);
        QCOMPARE(w.panel->currentHit()->uid, older.uid);
    }

    void tooltipsNameTheKeys()
    {
        PanelWindow w(nullptr);
        const QString ack = w.panel->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->toolTip();
        const QString next = w.panel->findChild<QPushButton *>(QStringLiteral("nextWaitingButton"))->toolTip();
        QVERIFY2(ack.contains(HitsPanel::acknowledgeKey().toString(QKeySequence::NativeText)), qPrintable(ack));
        QVERIFY2(next.contains(QStringLiteral("F8")), qPrintable(next));
        // None of the main window's keys.
        for (const QKeySequence &taken : {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_N),
                                          QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(QKeySequence::Quit)}) {
            QVERIFY(HitsPanel::acknowledgeKey() != taken);
            QVERIFY(HitsPanel::nextWaitingKey() != taken);
        }
    }

    // The outcomes are the force's list in its order, with nothing chosen, in the panel and in
    // the alert dialog alike.
    void outcomesAreTheForceList()
    {
        Fixture fx;
        QVERIFY(fx.open());
        AuditLog audit(*fx.store);
        QVERIFY(ForceSettings::set(*fx.store, audit, admin(), QStringLiteral("hits.outcomes"),
                                   QStringLiteral("vehicle-seized,lost-sight,misread")));
        PanelWindow w(fx.store.get());
        HitAlertDialog alert(fx.store.get(), QStringLiteral("operator"));
        for (QComboBox *combo : {w.combo("outcomeCombo"), alert.findChild<QComboBox *>(QStringLiteral("alertOutcome"))}) {
            QVERIFY(combo);
            QCOMPARE(combo->count(), 4);
            QCOMPARE(combo->currentIndex(), 0);
            QCOMPARE(combo->itemData(0).toInt(), -1);
            QCOMPARE(combo->itemText(1), QStringLiteral("Vehicle seized"));
            QCOMPARE(combo->itemText(2), QStringLiteral("Lost sight"));
            QCOMPARE(combo->itemData(3).toInt(), int(HitOutcome::Misread));
        }

        // Changed while the panel is open: reloaded, a choice still offered kept.
        QComboBox *outcome = w.combo("outcomeCombo");
        outcome->setCurrentIndex(2); // Lost sight
        QVERIFY(ForceSettings::set(*fx.store, audit, admin(), QStringLiteral("hits.outcomes"),
                                   QStringLiteral("lost-sight,arrested,misread")));
        w.panel->reloadOutcomes();
        QCOMPARE(outcome->count(), 4);
        QCOMPARE(outcome->itemText(2), QStringLiteral("Arrested"));
        QCOMPARE(outcome->currentData().toInt(), int(HitOutcome::LostSight));
    }

    void historyFilterByPriorityStateCameraAndShift()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 kHour = 3600 * 1000;
        HotlistEntry high, medium, low;
        high.priority = Priority::High;
        medium.priority = Priority::Medium;
        low.priority = Priority::Low;
        PanelWindow w(nullptr, 1100);
        w.panel->setCameraName(QStringLiteral("CAM-N"), QStringLiteral("A64 northbound"));
        w.panel->setCameraName(QStringLiteral("CAM-S"), QStringLiteral("A64 southbound"));
        w.panel->setShiftStartMs(now - 2 * kHour);
        w.panel->addHit(hitAt(high, QStringLiteral("AA11AAA"), QStringLiteral("CAM-N"), now - 1000));
        w.panel->addHit(hitAt(medium, QStringLiteral("BB22BBB"), QStringLiteral("CAM-S"), now - kHour));
        w.panel->addHit(hitAt(low, QStringLiteral("CC33CCC"), QStringLiteral("CAM-N"), now - 3 * kHour));
        const Hit old = hitAt(medium, QStringLiteral("DD44DDD"), QStringLiteral("CAM-N"), now - 13 * kHour);
        w.panel->addHit(old);
        w.panel->markAcknowledged(old.uid, HitOutcome::NoAction, now);
        QVERIFY(w.show());
        const QStringList all{QStringLiteral("AA11AAA"), QStringLiteral("BB22BBB"), QStringLiteral("CC33CCC"),
                              QStringLiteral("DD44DDD")};
        QCOMPARE(w.shownVrms(), all);

        w.choose("hitsPriorityFilter", 2); // Medium
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("BB22BBB"), QStringLiteral("DD44DDD")}));
        w.choose("hitsStateFilter", 1); // waiting
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("BB22BBB")}));
        w.choose("hitsStateFilter", 2); // acknowledged
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("DD44DDD")}));
        w.choose("hitsStateFilter", 0);
        w.choose("hitsPriorityFilter", 0);
        QCOMPARE(w.shownVrms(), all);

        w.choose("hitsCameraFilter", w.combo("hitsCameraFilter")->findData(QStringLiteral("CAM-S")));
        QCOMPARE(w.combo("hitsCameraFilter")->currentText(), QStringLiteral("A64 southbound"));
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("BB22BBB")}));
        w.choose("hitsCameraFilter", 0);

        w.choose("hitsPeriodFilter", 1); // this shift: since two hours ago
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("AA11AAA"), QStringLiteral("BB22BBB")}));
        w.choose("hitsPeriodFilter", 2); // the last 12 hours
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("AA11AAA"), QStringLiteral("BB22BBB"), QStringLiteral("CC33CCC")}));
        // A hit hidden by the filter shows no evidence; one that arrives and fits shows.
        w.panel->view()->clearSelection();
        w.panel->addHit(hitAt(low, QStringLiteral("EE55EEE"), QStringLiteral("CAM-S"), now));
        QVERIFY(w.shownVrms().contains(QStringLiteral("EE55EEE")));
    }

    // The notice's "Show" selects a hit by its id: through the filter (the view shows the
    // filter's rows, not the model's), and a hit the filter hides is shown by clearing it.
    void selectHitGoesThroughTheFilter()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        HotlistEntry high, low;
        high.priority = Priority::High;
        low.priority = Priority::Low;
        PanelWindow w(nullptr);
        const Hit first = hitAt(high, QStringLiteral("AA11AAA"), QStringLiteral("CAM-N"), now - 2000);
        const Hit second = hitAt(high, QStringLiteral("BB22BBB"), QStringLiteral("CAM-N"), now - 1000);
        const Hit minor = hitAt(low, QStringLiteral("CC33CCC"), QStringLiteral("CAM-N"), now);
        for (const Hit &h : {first, second, minor})
            w.panel->addHit(h);
        QVERIFY(w.show());
        w.choose("hitsPriorityFilter", 3); // Low only
        QCOMPARE(w.shownVrms(), QStringList({QStringLiteral("CC33CCC")}));
        QVERIFY(w.panel->selectHit(first.uid));
        QCOMPARE(w.panel->currentHit()->uid, first.uid);
        QCOMPARE(w.combo("hitsPriorityFilter")->currentIndex(), 0);
        QCOMPARE(w.shownVrms().size(), 3);
        // Shown already: selected where the view has it.
        w.choose("hitsStateFilter", 1); // waiting: all three
        QVERIFY(w.panel->selectHit(minor.uid));
        QCOMPARE(w.panel->currentHit()->uid, minor.uid);
        QVERIFY(!w.panel->selectHit(QUuid::createUuid()));
    }

    // Priority, status and time show without scrolling at the width the panel gets in the main
    // window (about 820 px at 1500 px), also with long (Welsh-length) status text.
    void statusAndTimeShowWithoutScrolling_data()
    {
        QTest::addColumn<bool>("longText");
        QTest::newRow("English") << false;
        QTest::newRow("long text") << true;
    }
    void statusAndTimeShowWithoutScrolling()
    {
        QFETCH(bool, longText);
        std::unique_ptr<LongText> translator;
        if (longText)
            translator = std::make_unique<LongText>(QSet<QByteArray>{"Kestrel::HitsPanel", "Kestrel::HitsModel"});
        HotlistEntry high;
        high.priority = Priority::High;
        PanelWindow w(nullptr, 820);
        Hit h = hitAt(high, QStringLiteral("AA11AAA"), QStringLiteral("CAM-N"), QDateTime::currentMSecsSinceEpoch());
        w.panel->addHit(h);
        w.panel->markAcknowledged(h.uid, HitOutcome::NotStoppedNoResources, h.raisedAtMs + 1);
        QVERIFY(w.show());
        // The filter bar and the outcome row fit the panel's width: nothing is pushed out of sight.
        QVERIFY2(w.panel->minimumSizeHint().width() <= w.panel->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(w.panel->minimumSizeHint().width()).arg(w.panel->width())));
        QHeaderView *header = w.panel->view()->horizontalHeader();
        const int visible = w.panel->view()->viewport()->width();
        for (int column : {int(HitsModel::PriorityColumn), int(HitsModel::StatusColumn), int(HitsModel::TimeColumn)}) {
            QVERIFY2(header->sectionViewportPosition(column) >= 0 &&
                         header->sectionViewportPosition(column) + header->sectionSize(column) <= visible,
                     qPrintable(QStringLiteral("column %1 at %2+%3 of %4")
                                    .arg(column)
                                    .arg(header->sectionViewportPosition(column))
                                    .arg(header->sectionSize(column))
                                    .arg(visible)));
        }
        // The time is never elided: its column holds it.
        const QString time = w.panel->view()->model()->index(0, HitsModel::TimeColumn).data().toString();
        QVERIFY(w.panel->view()->fontMetrics().horizontalAdvance(time) + 8 <= header->sectionSize(HitsModel::TimeColumn));
        // The whole status, however long, is in its tooltip.
        QVERIFY(w.panel->view()->model()->index(0, HitsModel::StatusColumn).data(Qt::ToolTipRole).toString()
                    .contains(HitsModel::outcomeText(HitOutcome::NotStoppedNoResources)));
        grabIfAsked(&w.window, longText ? QStringLiteral("hitspanel-long") : QStringLiteral("hitspanel"));
    }
};

QTEST_MAIN(TestHitsPanel)
#include "tst_hitspanel.moc"
