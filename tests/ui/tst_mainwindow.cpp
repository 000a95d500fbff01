// GUI smoke test: log in through the real dialog, open the workstation, run the demo video
// through the real engine and see reads, a camera tile and a hit appear.
#include "uifixture.h"

#include "accessrequestsdialog.h"
#include "cameratile.h"
#include "hitalertdialog.h"
#include "hitsmodel.h"
#include "hitspanel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "readdetaildialog.h"
#include "readsmodel.h"
#include "searchwindow.h"
#include "sessionlock.h"
#include "typing.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "common/paths.h"
#include "hotlist/hotlistcsv.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/store.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QComboBox>
#include <QApplication>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTimer>

using namespace Kestrel;

namespace {

std::unique_ptr<Engine> makeEngine(const QTemporaryDir &dir, PluginLoader *plugins)
{
    Engine::Options options;
    options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
    options.createStore = true;
    auto created = Engine::create(options, plugins);
    return created ? std::move(created).value() : nullptr;
}

User userWith(Roles roles)
{
    User u;
    u.id = 7;
    u.name = QStringLiteral("someone");
    u.roles = roles;
    return u;
}

Hit liveHit(Priority priority, bool covert)
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.read.uid = QUuid::createUuid();
    h.read.vrm = QStringLiteral("GM17KFZ");
    h.read.cameraId = QStringLiteral("CAM-1");
    h.read.capturedAtMs = QDateTime::currentMSecsSinceEpoch();
    h.entry.vrm = h.read.vrm;
    h.entry.list = covert ? QStringLiteral("SPECIAL") : QStringLiteral("PNC");
    h.entry.priority = priority;
    h.entry.covert = covert;
    h.covert = covert;
    h.raisedAtMs = h.read.capturedAtMs;
    return h;
}

// A workstation over the fixture's store (its camera, entries, reads with images), as the
// operator `roles` sees it, shown and active.
struct LiveWindow
{
    TestFixture::Fixture fx;
    PluginLoader plugins;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<MainWindow> window;

    bool open(Roles roles = Role::Operator)
    {
        if (!fx.open())
            return false;
        const QString db = fx.store->path();
        fx.store.reset(); // the engine opens its own
        Engine::Options options;
        options.dbPath = db;
        options.previews = false;
        auto created = Engine::create(options, &plugins);
        if (!created)
            return false;
        engine = std::move(created).value();
        fx.store = Store::openOrCreate(db).value(); // for the fixture's rows; same file
        window = std::make_unique<MainWindow>(engine.get(), userWith(roles), &plugins);
        window->resize(1500, 940);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }
    // A stored read arriving live, shown at once.
    Read arrive(const QString &vrm)
    {
        const Read read = *fx.addRead(vrm, QDateTime::currentMSecsSinceEpoch());
        Q_EMIT engine->readCaptured(read);
        QCoreApplication::processEvents();
        window->readsModel()->flushPending();
        return read;
    }
    QPoint inWindow(QAbstractItemView *view, const QModelIndex &index) const
    {
        return view->viewport()->mapTo(window.get(), view->visualRect(index).center());
    }
    ReadDetailDialog *openDetail() const
    {
        for (ReadDetailDialog *d : window->findChildren<ReadDetailDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    // The menu a right click at `pos` (window coordinates) pops up.
    QMenu *rightClick(const QPoint &pos) const
    {
        QTest::mouseClick(window->windowHandle(), Qt::RightButton, {}, pos);
        QCoreApplication::processEvents();
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu;
    }
    static void pick(QMenu *menu, const char *action)
    {
        QAction *a = menu->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(a, action);
        QTest::mouseClick(menu->windowHandle(), Qt::LeftButton, {}, menu->actionGeometry(a).center());
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }
};

// An entry in the engine's store (live unless told), with its id.
HotlistEntry addEntry(Store &store, const QString &vrm, Priority priority, HotlistStatus status = HotlistStatus::Live)
{
    HotlistEntry e;
    e.vrm = vrm;
    e.list = QStringLiteral("PNC");
    e.priority = priority;
    e.reason = QStringLiteral("Test entry");
    e.action = QStringLiteral("Stop and check");
    e.status = status;
    std::vector<HotlistEntry> entries{e};
    if (!store.addHotlistEntries(entries))
        return {};
    return entries[0];
}

// A read with real images stored, and the hit on it when `entry` is given.
Hit storeSighting(Store &store, const HotlistEntry &entry, const QString &vrm, qint64 capturedAtMs, bool withHit = true)
{
    Hit h;
    h.uid = QUuid::createUuid();
    h.read.uid = QUuid::createUuid();
    h.read.vrm = vrm;
    h.read.rawText = vrm;
    h.read.confidence = 0.95;
    h.read.cameraId = QStringLiteral("CAM-1");
    h.read.capturedAtMs = capturedAtMs;
    const QByteArray patch = TestFixture::jpeg(QSize(240, 60), QColor(0xf7, 0xcf, 0x1a), vrm);
    const QByteArray overview = TestFixture::jpeg(QSize(640, 360), QColor(0x50, 0x60, 0x70), QStringLiteral("scene"));
    ImageStore images(store.dataDir());
    h.read.platePatch = images.write(patch, capturedAtMs, h.read.uid, QStringLiteral("patch")).value();
    h.read.overview = images.write(overview, capturedAtMs, h.read.uid, QStringLiteral("overview")).value();
    h.entry = entry;
    h.raisedAtMs = capturedAtMs + 40;
    Camera camera;
    camera.id = h.read.cameraId;
    camera.name = QStringLiteral("A64 northbound");
    camera.sourceKind = QStringLiteral("file");
    camera.sourceUrl = QStringLiteral("/nonexistent.mp4");
    if (!store.upsertCamera(camera))
        return {};
    std::vector<Read> reads{h.read};
    std::vector<Hit> hits;
    if (withHit)
        hits.push_back(h);
    auto stored = store.insertReads(reads, hits);
    if (!stored || stored->inserted != 1) {
        qWarning("not stored: %s", qPrintable(stored ? (stored->refused.isEmpty() ? QStringLiteral("duplicate")
                                                                                 : stored->refused.at(0).second.toString())
                                                     : stored.error().toString()));
        return {};
    }
    h.read.id = reads[0].id;
    return h;
}

bool showsImage(QWidget *panel, const char *name)
{
    auto *label = panel->findChild<QLabel *>(QLatin1String(name));
    return label && !label->pixmap().isNull();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PluginLoader plugins;
        plugins.load();
        QVERIFY2(plugins.cameraSourceKinds().contains(QStringLiteral("file")),
                 qPrintable(plugins.cameraSourceKinds().join(QLatin1Char(','))));

        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        auto created = Engine::create(options, &plugins);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        std::unique_ptr<Engine> engine = std::move(created).value();
        QVERIFY(UserDirectory(engine->store()).seedDemoUsers());

        // Log in through the real widgets.
        LoginDialog login(engine->store());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("userNameEdit")), QStringLiteral("operator"));
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("demo"));
        QTest::mouseClick(login.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        const User user = login.user();
        QCOMPARE(user.name, QStringLiteral("operator"));

        // The demo hotlist, as `kestrel --demo` imports it.
        const QString hotlist = sharedFile(QStringLiteral("demo/hotlist.csv"));
        QVERIFY(!hotlist.isEmpty());
        auto report = parseHotlistCsv(hotlist);
        QVERIFY(report);
        QVERIFY(!report->entries.empty());
        QVERIFY(engine->store().addHotlistEntries(report->entries));
        engine->reloadHotlist();

        MainWindow window(engine.get(), user, &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo Operator")));

        const QString model = sharedFile(QStringLiteral("models/plate_ocr.onnx"));
        if (model.isEmpty() || QFileInfo(model).size() == 0)
            QSKIP("models/plate_ocr.onnx is not trained yet: no reads can appear");

        Camera camera;
        camera.id = QStringLiteral("DEMO-01");
        camera.name = QStringLiteral("Demo A64 northbound");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = sharedFile(QStringLiteral("demo/demo.mp4"));
        QVERIFY(!camera.sourceUrl.isEmpty());
        camera.options.insert(QStringLiteral("realtime"), false);
        camera.options.insert(QStringLiteral("loop"), false);
        auto started = engine->startCamera(camera);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));

        QTRY_VERIFY_WITH_TIMEOUT(window.tile(QStringLiteral("DEMO-01")) != nullptr, 10000);
        CameraTile *tile = window.tile(QStringLiteral("DEMO-01"));
        QCOMPARE(tile->name(), QStringLiteral("Demo A64 northbound"));
        QTRY_VERIFY_WITH_TIMEOUT(window.readsModel()->rowCount() > 0, 60000);
        QVERIFY2(tile->state() != CameraState::Offline, qPrintable(tile->message()));
        QTRY_VERIFY_WITH_TIMEOUT(window.hitsModel()->rowCount() > 0, 60000);
        QVERIFY(tile->framesShown() > 0);
        QVERIFY(!tile->image().isNull());

        // Newest first, with a decoded thumbnail.
        QVERIFY(!window.readsModel()->readAt(0).vrm.isEmpty());
        QVERIFY(!window.readsModel()->thumbnailAt(0).isNull());

        // The hit shows its evidence and can be acknowledged once the store has it.
        QTRY_VERIFY_WITH_TIMEOUT(window.hitsPanel()->view()->currentIndex().isValid(), 5000);
        const Hit hit = window.hitsModel()->hitAt(window.hitsPanel()->view()->currentIndex().row());
        QVERIFY(!hit.read.platePatchJpeg.isEmpty());
        engine->waitForFileSources();
        engine->flush();
        // No outcome is chosen for the operator: Acknowledge waits for one.
        auto *acknowledgeButton = window.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        auto *outcome = window.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        QVERIFY(!acknowledgeButton->isEnabled());
        QTest::mouseClick(acknowledgeButton, Qt::LeftButton);
        QCOMPARE(window.hitsModel()->hitAt(window.hitsModel()->rowOf(hit.uid)).acknowledgedAtMs, 0);
        outcome->setFocus();
        QTest::keyClick(outcome, Qt::Key_Down); // as a person picks the first outcome
        QCOMPARE(outcome->currentData().toInt(), int(ForceSettings::defaultOutcomes().first()));
        QVERIFY(acknowledgeButton->isEnabled());
        QTest::mouseClick(acknowledgeButton, Qt::LeftButton);
        QVERIFY(window.hitsModel()->hitAt(window.hitsModel()->rowOf(hit.uid)).acknowledgedAtMs != 0);
        bool stored = false;
        for (const Hit &h : engine->store().recentHits(100))
            stored = stored || (h.uid == hit.uid && h.acknowledgedBy == QStringLiteral("operator"));
        QVERIFY(stored);

        window.refreshStatus();
        const QString cameras = window.findChild<QLabel *>(QStringLiteral("camerasStatus"))->text();
        QVERIFY2(cameras.startsWith(QStringLiteral("Cameras: ")) && cameras.endsWith(QStringLiteral("/1 online")),
                 qPrintable(cameras));
        QVERIFY(window.readsLastMinute() > 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("storeStatus"))->text().contains(QStringLiteral("reads")));
        QVERIFY(!window.grab().isNull());
        engine->stopAll();
    }

    // Double-click or Return on a live read opens its detail, the images read back from the store.
    void aLiveReadOpensItsDetail()
    {
        LiveWindow live;
        QVERIFY(live.open());
        const Read read = live.arrive(QStringLiteral("AB12CDE"));
        QTableView *view = live.window->readsView();
        const QModelIndex cell = view->model()->index(0, ReadsModel::VrmColumn);
        QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("AB12CDE"));
        QTest::mouseDClick(live.window->windowHandle(), Qt::LeftButton, {}, live.inWindow(view, cell));
        QTRY_VERIFY(live.openDetail());
        ReadDetailDialog *detail = live.openDetail();
        QCOMPARE(detail->read().uid, read.uid);
        QVERIFY(!detail->patch().isNull());
        QVERIFY(detail->integrityOk());
        detail->close();
        QTRY_VERIFY(!live.openDetail());

        // From the keyboard: the row is current in the table, Return opens it.
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentIndex(cell);
        QTest::keyClick(live.window->windowHandle(), Qt::Key_Return);
        QTRY_VERIFY(live.openDetail());
        QCOMPARE(live.openDetail()->read().uid, read.uid);
        live.openDetail()->close();
    }

    // A read that raised a hit is marked with the hit's priority in words; a covert hit the
    // operator may not see leaves its read unmarked.
    void readsThatRaisedAHitAreMarked()
    {
        LiveWindow live;
        QVERIFY(live.open());
        const Hit hit = live.fx.makeHit(live.fx.high, QStringLiteral("GM17KFZ"));
        Q_EMIT live.engine->readCaptured(hit.read);
        Q_EMIT live.engine->hitRaised(hit); // before the batch shows: marked when it does
        live.arrive(QStringLiteral("AB12CDE"));
        HotlistEntry covert = live.fx.medium;
        covert.covert = true;
        const Hit hidden = live.fx.makeHit(covert, QStringLiteral("SK25BNL"));
        Q_EMIT live.engine->readCaptured(hidden.read);
        QCoreApplication::processEvents();
        live.window->readsModel()->flushPending();
        Q_EMIT live.engine->hitRaised(hidden);
        QCoreApplication::processEvents();

        ReadsModel *reads = live.window->readsModel();
        QCOMPARE(reads->rowCount(), 3);
        for (int row = 0; row < reads->rowCount(); ++row) {
            const QString vrm = reads->readAt(row).vrm;
            const QString mark = reads->index(row, ReadsModel::HitColumn).data().toString();
            if (vrm == QStringLiteral("GM17KFZ")) {
                QVERIFY2(mark.contains(QStringLiteral("High")), qPrintable(mark));
                QCOMPARE(reads->hitPriorityAt(row), std::optional<Priority>(Priority::High));
            } else {
                QVERIFY2(mark.isEmpty(), qPrintable(vrm + QLatin1Char(':') + mark));
            }
        }
        // A hit on a read already shown marks it too.
        const Read later = live.arrive(QStringLiteral("AB12CDF"));
        Hit onLater = hit;
        onLater.uid = QUuid::createUuid();
        onLater.read = later;
        onLater.entry = live.fx.medium;
        Q_EMIT live.engine->hitRaised(onLater);
        QCoreApplication::processEvents();
        QCOMPARE(reads->readAt(0).uid, later.uid);
        QVERIFY(reads->index(0, ReadsModel::HitColumn).data().toString().contains(QStringLiteral("Medium")));
        // The mark and the time are in sight at the window's usual size.
        QHeaderView *header = live.window->readsView()->horizontalHeader();
        const int visible = live.window->readsView()->viewport()->width();
        for (int column : {int(ReadsModel::HitColumn), int(ReadsModel::TimeColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= visible, qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(visible)));
        }
        TestFixture::grabIfAsked(live.window.get(), QStringLiteral("mainwindow-marked"));
        const QString time = reads->index(0, ReadsModel::TimeColumn).data().toString();
        QVERIFY(live.window->readsView()->fontMetrics().horizontalAdvance(time) + 8 <= header->sectionSize(ReadsModel::TimeColumn));
    }

    // A right click on a read or a hit: Open detail, Copy VRM, Search this VRM (for those who
    // may search: the search window opens with the plate, purpose and case still to give).
    void contextMenuOnReadsAndHits()
    {
        LiveWindow live;
        QVERIFY(live.open());
        const Read read = live.arrive(QStringLiteral("AB12CDE"));
        QTableView *readsView = live.window->readsView();
        QMenu *menu = live.rightClick(live.inWindow(readsView, readsView->model()->index(0, ReadsModel::CameraColumn)));
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("readMenu"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("openDetailAction")));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("searchVrmAction")));
        LiveWindow::pick(menu, "copyVrmAction");
        QCOMPARE(QApplication::clipboard()->text(), read.vrm);

        menu = live.rightClick(live.inWindow(readsView, readsView->model()->index(0, ReadsModel::TimeColumn)));
        QVERIFY(menu);
        LiveWindow::pick(menu, "openDetailAction");
        QTRY_VERIFY(live.openDetail());
        QCOMPARE(live.openDetail()->read().uid, read.uid);
        live.openDetail()->close();

        const Hit hit = live.fx.makeHit(live.fx.medium, QStringLiteral("SK25BNL"));
        Q_EMIT live.engine->hitRaised(hit);
        QCoreApplication::processEvents();
        QTableView *hitsView = live.window->hitsPanel()->view();
        QTRY_COMPARE(hitsView->model()->rowCount(), 1);
        menu = live.rightClick(live.inWindow(hitsView, hitsView->model()->index(0, HitsModel::VrmColumn)));
        QVERIFY(menu);
        LiveWindow::pick(menu, "searchVrmAction");
        SearchWindow *search = live.window->findChild<SearchWindow *>();
        QTRY_VERIFY(search && search->isVisible());
        QCOMPARE(search->findChild<QLineEdit *>(QStringLiteral("plateEdit"))->text(), QStringLiteral("SK25BNL"));
        // Purpose and case are the user's to give: nothing searched yet.
        QVERIFY(search->results().isEmpty());
    }

    // Who sees live hits, covert ones and High alerts follows Permissions (WatchLive, SeeCovert,
    // ReceiveAlerts), not a rule of the window's own.
    void liveHitsFollowThePermissionTable_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("seesHits");
        QTest::addColumn<bool>("seesCovert");
        QTest::addColumn<bool>("alerted");
        QTest::addColumn<bool>("mayAcknowledge");
        QTest::addColumn<bool>("noticed"); // a non-modal notice instead of the alert
        QTest::newRow("operator") << int(Role::Operator) << true << false << true << true << false;
        QTest::newRow("supervisor") << int(Role::Supervisor) << true << true << false << true << true;
        QTest::newRow("investigator") << int(Role::Investigator) << false << false << false << false << false;
        QTest::newRow("administrator") << int(Role::Administrator) << false << false << false << false << false;
        QTest::newRow("auditor") << int(Role::Auditor) << false << false << false << false << false;
    }

    void liveHitsFollowThePermissionTable()
    {
        QFETCH(int, roles);
        QFETCH(bool, seesHits);
        QFETCH(bool, seesCovert);
        QFETCH(bool, alerted);
        QFETCH(bool, mayAcknowledge);
        QFETCH(bool, noticed);
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Roles(Role(roles))), &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Q_EMIT engine->hitRaised(liveHit(Priority::High, false));
        QCOMPARE(window.hitsModel()->rowCount(), seesHits ? 1 : 0);
        QCOMPARE(window.alertDialog()->queued(), alerted ? 1 : 0);
        QCOMPARE(window.alertDialog()->isVisible(), alerted);
        QCOMPARE(window.noticeBar()->isVisible(), noticed);
        if (noticed)
            QVERIFY2(window.noticeText().contains(QStringLiteral("GM17 KFZ")), qPrintable(window.noticeText()));
        Q_EMIT engine->hitRaised(liveHit(Priority::Medium, true));
        QCOMPARE(window.hitsModel()->rowCount(), (seesHits ? 1 : 0) + (seesCovert ? 1 : 0));

        auto *acknowledge = window.hitsPanel()->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        QVERIFY(acknowledge);
        QCOMPARE(acknowledge->isVisible(), mayAcknowledge);
        if (!mayAcknowledge)
            QVERIFY(!acknowledge->isEnabled());
    }

    void auditorMainWindowGetsNoAlertAndNoAcknowledge()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Role::Auditor), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Q_EMIT engine->hitRaised(liveHit(Priority::High, false));
        QCoreApplication::processEvents();
        QCOMPARE(window.alertDialog()->queued(), 0);
        QVERIFY(!window.alertDialog()->isVisible());
        QVERIFY(!window.hitsPanel()->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->isVisible());
    }

    // File -> Add camera is offered to those who may add cameras (supervisors, administrators)
    // and to no one else.
    void addCameraOnlyForThoseWhoMayAddCameras_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("offered");
        QTest::newRow("operator") << int(Role::Operator) << false;
        QTest::newRow("investigator") << int(Role::Investigator) << false;
        QTest::newRow("auditor") << int(Role::Auditor) << false;
        QTest::newRow("supervisor") << int(Role::Supervisor) << true;
        QTest::newRow("administrator") << int(Role::Administrator) << true;
    }

    void addCameraOnlyForThoseWhoMayAddCameras()
    {
        QFETCH(int, roles);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Roles(Role(roles))), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *file = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->text() == QStringLiteral("&File"))
                file = a->menu();
        QVERIFY(file);
        bool usable = false;
        for (QAction *a : file->actions())
            usable = usable || (a->text().startsWith(QStringLiteral("&Add camera")) && a->isVisible() && a->isEnabled());
        QCOMPARE(usable, offered);
    }

    // Administration -> Users for those who manage or list accounts (administrators, auditors).
    void usersMenuFollowsThePermissionTable_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("offered");
        QTest::newRow("operator") << int(Role::Operator) << false;
        QTest::newRow("investigator") << int(Role::Investigator) << false;
        QTest::newRow("supervisor") << int(Role::Supervisor) << false;
        QTest::newRow("administrator") << int(Role::Administrator) << true;
        QTest::newRow("auditor") << int(Role::Auditor) << true;
    }

    void usersMenuFollowsThePermissionTable()
    {
        QFETCH(int, roles);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Roles(Role(roles))), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *users = window.findChild<QAction *>(QStringLiteral("usersAction"));
        QCOMPARE(users != nullptr, offered);
        if (users) {
            QVERIFY(users->isVisible() && users->isEnabled());
            auto *menu = window.findChild<QMenu *>(QStringLiteral("administrationMenu"));
            QVERIFY(menu && menu->actions().contains(users));
        }
    }

    // A supervisor sees in the status bar how many access requests wait, refreshed by the status
    // timer; a click opens the approvals queue with the lone request chosen.
    void supervisorsSeeWaitingRequestsAndOpenTheQueue()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Role::Supervisor), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *waiting = window.findChild<QPushButton *>(QStringLiteral("accessRequestsStatus"));
        QVERIFY(waiting);
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->text(), QStringLiteral("Access requests waiting: 0"));

        AccessRequest r;
        r.tier = AccessTier::Extended12Months;
        r.purpose = AccessPurpose::Serious;
        r.caseReference = QStringLiteral("CASE/2026/7");
        r.justification = QStringLiteral("Earlier movements of the suspect vehicle");
        r.scopeVrms = {QStringLiteral("AB12CDE")};
        AuditLog audit(engine->store());
        User ivan = userWith(Role::Investigator);
        ivan.name = QStringLiteral("ivan");
        const auto created = AccessRequests(engine->store(), audit, AccessPolicy(ForceSettings::load(engine->store())))
                                 .create(ivan, r, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        // No call from the test: the status timer brings it.
        QTRY_COMPARE_WITH_TIMEOUT(waiting->text(), QStringLiteral("Access requests waiting: 1"), 5000);

        bool opened = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<AccessRequestsDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                opened = dialog->tabs()->currentWidget() == dialog->queuePage() && dialog->queue()->rowCount() == 1 &&
                         dialog->queue()->item(0, 0)->isSelected() &&
                         dialog->queue()->item(0, AccessRequestsDialog::QueueReference)->text() == r.caseReference;
                dialog->reject();
            }
        });
        QTest::mouseClick(waiting, Qt::LeftButton);
        QVERIFY(opened);

        // Others have no such label.
        MainWindow operatorWindow(engine.get(), userWith(Role::Operator), &plugins);
        QVERIFY(!operatorWindow.findChild<QPushButton *>(QStringLiteral("accessRequestsStatus")));
    }

    // An investigator at work in the search window asks for older reads from Investigate ->
    // Access requests: the new request carries the search's case reference and purpose.
    void anAccessRequestCarriesTheSearchsCase()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Role::Investigator), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchWindow *search = window.showSearch();
        QVERIFY(Kestrel::Typing::activate(search));
        QVERIFY(Kestrel::Typing::typeInto(search->findChild<QLineEdit *>(QStringLiteral("plateEdit")), QStringLiteral("AB12CDE")));
        QVERIFY(Kestrel::Typing::typeInto(search->findChild<QLineEdit *>(QStringLiteral("referenceEdit")),
                                          QStringLiteral("CASE/2026/31")));
        auto *purpose = search->findChild<QComboBox *>(QStringLiteral("purposeCombo"));
        purpose->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), purpose);
        QTest::keyClick(search->windowHandle(), 'M'); // as a person picks "Major crime" by its letter
        QCOMPARE(purpose->currentData().toInt(), int(AccessPurpose::Major));

        QString reference;
        int carriedPurpose = -1;
        QStringList vrms;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<AccessRequestsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newRequestButton")), Qt::LeftButton);
            if (auto *form = dialog->findChild<AccessRequestForm *>()) {
                reference = form->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->text();
                carriedPurpose = form->findChild<QComboBox *>(QStringLiteral("purposeCombo"))->currentData().toInt();
                vrms << form->findChild<QLineEdit *>(QStringLiteral("vrmsEdit"))->text();
                form->reject();
            }
            dialog->reject();
        });
        auto *requests = window.findChild<QAction *>(QStringLiteral("accessRequestsAction"));
        QVERIFY(requests);
        requests->trigger();
        QCOMPARE(reference, QStringLiteral("CASE/2026/31"));
        QCOMPARE(carriedPurpose, int(AccessPurpose::Major));
        QCOMPARE(vrms, QStringList{QStringLiteral("AB12CDE")});
    }

    void housekeepingAppliesRetentionAndAnchorsTheAudit()
    {
        QTemporaryDir dir;
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QSettings().setValue(QStringLiteral("audit/anchorFile"), dir.filePath(QStringLiteral("anchors/audit.txt")));
        PluginLoader plugins;
        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        std::unique_ptr<Engine> engine = std::move(Engine::create(options, &plugins)).value();
        QVERIFY(UserDirectory(engine->store()).seedDemoUsers());
        Camera camera;
        camera.id = QStringLiteral("CAM-1");
        camera.name = QStringLiteral("A64");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = QStringLiteral("/dev/null");
        QVERIFY(engine->store().upsertCamera(camera));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<Read> reads;
        for (qint64 ageDays : {800, 10}) {
            Read r;
            r.uid = newReadUid(now - ageDays * 24 * 3600 * 1000);
            r.vrm = QStringLiteral("AB12CDE");
            r.confidence = 0.9;
            r.cameraId = camera.id;
            r.capturedAtMs = now - ageDays * 24 * 3600 * 1000;
            reads.push_back(r);
        }
        QVERIFY(engine->store().insertReads(reads));
        User op;
        op.name = QStringLiteral("operator");
        op.roles = Role::Operator;
        MainWindow window(engine.get(), op, &plugins);
        const QString summary = window.runHousekeeping();
        QVERIFY2(summary.contains(QStringLiteral("reads past retention deleted: 1")), qPrintable(summary));
        QCOMPARE(engine->store().readCount(), 1);
        QFile anchors(dir.filePath(QStringLiteral("anchors/audit.txt")));
        QVERIFY(anchors.open(QIODevice::ReadOnly));
        const QString line = QString::fromUtf8(anchors.readAll()).trimmed();
        AuditLog::Anchor anchor;
        QVERIFY2(AuditLog::Anchor::parse(line.section(QLatin1Char(' '), -1), &anchor), qPrintable(line));
        QCOMPARE(anchor.id, AuditLog(engine->store()).head()->id);
        QCOMPARE(AuditLog(engine->store()).recent(1).at(0).action, QStringLiteral("retention"));
        QSettings().remove(QStringLiteral("audit/anchorFile"));
    }

    // Hits nobody acknowledged wait across a restart (or a crash): all of them come back, with
    // their images, the High ones in the alert (a repeat sighting joined to its first), and this
    // shift's acknowledged ones below them.
    void waitingHitsSurviveARestart()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
            QVERIFY(engine);
            Store &store = engine->store();
            const HotlistEntry high = addEntry(store, QStringLiteral("GM17KFZ"), Priority::High);
            const HotlistEntry high2 = addEntry(store, QStringLiteral("SK25BNL"), Priority::High);
            const HotlistEntry medium = addEntry(store, QStringLiteral("YX21ABC"), Priority::Medium);
            QVERIFY(high.id && high2.id && medium.id);
            QVERIFY(!storeSighting(store, high, QStringLiteral("GM17KFZ"), now - 120000).uid.isNull());
            QVERIFY(!storeSighting(store, high, QStringLiteral("GM17KFZ"), now - 60000).uid.isNull()); // again
            QVERIFY(!storeSighting(store, high2, QStringLiteral("SK25BNL"), now - 50000).uid.isNull());
            QVERIFY(!storeSighting(store, medium, QStringLiteral("YX21ABC"), now - 40000).uid.isNull());
            const Hit done = storeSighting(store, medium, QStringLiteral("YX21ABC"), now - 30000);
            auto acked = store.acknowledgeHit(done.uid, QStringLiteral("operator"), HitOutcome::NoAction, {}, now - 20000);
            QVERIFY2(acked, qPrintable(acked ? QString() : acked.error().toString()));
        } // the workstation stops

        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Role::Operator), &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.hitsModel()->rowCount(), 5);
        QCOMPARE(window.hitsModel()->unacknowledgedCount(Priority::High), 3);
        QCOMPARE(window.hitsModel()->unacknowledgedCount(Priority::Medium), 1);
        QTRY_VERIFY(window.alertDialog()->isVisible());
        QCOMPARE(window.alertDialog()->queued(), 2); // GM17KFZ twice is one alert
        QCOMPARE(window.alertDialog()->currentSightings().size(), 2);
        QVERIFY(showsImage(window.alertDialog(), "alertPatch"));
        QVERIFY(showsImage(window.alertDialog(), "alertOverview"));
        window.hitsPanel()->view()->selectRow(0);
        QVERIFY(showsImage(window.hitsPanel(), "hitPatch"));
        QVERIFY(showsImage(window.hitsPanel(), "hitOverview"));
    }

    // Validating an entry raises its past sightings as a list (the hits panel, newest first,
    // with images) and a notice: never a queue of modal alerts.
    void pastSightingsAreAListNotAlerts()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        Store &store = engine->store();
        const HotlistEntry entry = addEntry(store, QStringLiteral("GM17KFZ"), Priority::High, HotlistStatus::Pending);
        QVERIFY(entry.id);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 6; ++i)
            QVERIFY(!storeSighting(store, {}, QStringLiteral("GM17KFZ"), now - (10 - i) * 60000, false).uid.isNull());
        QVERIFY(store.setHotlistEntryStatus(entry.id, HotlistStatus::Live, QStringLiteral("supervisor")));

        MainWindow window(engine.get(), userWith(Role::Operator), &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy problems(engine.get(), &Engine::storeError);
        const std::vector<Hit> raised = engine->entriesWentLive({entry.id});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.at(0).at(0).toString()));
        QCOMPARE(int(raised.size()), 6);
        QTRY_COMPARE(window.hitsModel()->rowCount(), 6);
        QCOMPARE(window.alertDialog()->queued(), 0);
        QVERIFY(!window.alertDialog()->isVisible());
        QVERIFY(window.noticeBar()->isVisible());
        QVERIFY2(window.noticeText().contains(QLatin1String("6")), qPrintable(window.noticeText()));
        // Newest sighting first, each with its images.
        for (int row = 1; row < 6; ++row)
            QVERIFY(window.hitsModel()->hitAt(row - 1).read.capturedAtMs > window.hitsModel()->hitAt(row).read.capturedAtMs);
        QTest::mouseClick(window.noticeBar()->findChild<QPushButton *>(QStringLiteral("noticeShow")), Qt::LeftButton);
        QVERIFY(!window.noticeBar()->isVisible());
        QCOMPARE(window.hitsPanel()->view()->currentIndex().isValid(), true);
        QVERIFY(showsImage(window.hitsPanel(), "hitPatch"));
        QVERIFY(showsImage(window.hitsPanel(), "hitOverview"));
    }

    // An operator with a High alert in front of them locks the screen from the keyboard (the
    // window's Ctrl+L cannot reach past the modal alert), and gets it back after unlocking.
    void ctrlLLocksOverTheAlertAndTheAlertComesBack()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        const QString password = QStringLiteral("correct horse battery");
        auto added = UserDirectory(engine->store()).add(QStringLiteral("olly"), Role::Operator, password);
        QVERIFY(added);
        MainWindow window(engine.get(), added.value(), &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A hit the store holds, so that it can be acknowledged.
        const HotlistEntry entry = addEntry(engine->store(), QStringLiteral("GM17KFZ"), Priority::High);
        const Hit stored = storeSighting(engine->store(), entry, QStringLiteral("GM17KFZ"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!stored.uid.isNull());
        Q_EMIT engine->hitRaised(stored);
        HitAlertDialog *alert = window.alertDialog();
        QVERIFY(QTest::qWaitForWindowActive(alert));
        QTest::keyClick(alert->windowHandle(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.sessionLock()->isLocked());
        QTRY_VERIFY(!alert->isVisible());
        QVERIFY(alert->isWithheld());
        QCOMPARE(alert->queued(), 1); // it waits, sounding, behind the lock
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const QChar c : password)
            QTest::keyClick(window.windowHandle(), c.toLatin1());
        QTest::keyClick(window.windowHandle(), Qt::Key_Return);
        QVERIFY(!window.sessionLock()->isLocked());
        QTRY_VERIFY(alert->isVisible());

        // Acknowledged, the alert gives the keyboard back to the window: Ctrl+L works at once.
        alert->setOutcome(HitOutcome::NoAction);
        QTest::mouseClick(alert->findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QTRY_VERIFY(!alert->isVisible());
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(window.windowHandle(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.sessionLock()->isLocked());
    }

    // Roles that do not watch live get their work where the empty live panes were: each
    // button is the menu's own action.
    void rolesWithoutLiveDataSeeTheirWork_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<QStringList>("buttons");
        QTest::newRow("operator") << int(Role::Operator) << QStringList();
        QTest::newRow("investigator") << int(Role::Investigator)
                                      << QStringList{QStringLiteral("searchActionButton"), QStringLiteral("accessRequestsActionButton"),
                                                     QStringLiteral("manageHotlistsActionButton")};
        QTest::newRow("administrator") << int(Role::Administrator)
                                       << QStringList{QStringLiteral("manageHotlistsActionButton"), QStringLiteral("auditTrailActionButton"),
                                                      QStringLiteral("usersActionButton"), QStringLiteral("forceSettingsActionButton")};
        QTest::newRow("auditor") << int(Role::Auditor)
                                 << QStringList{QStringLiteral("auditTrailActionButton"), QStringLiteral("usersActionButton")};
    }

    void rolesWithoutLiveDataSeeTheirWork()
    {
        QFETCH(int, roles);
        QFETCH(QStringList, buttons);
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Roles(Role(roles))), &plugins);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *work = window.findChild<QWidget *>(QStringLiteral("workPage"));
        QCOMPARE(work != nullptr, !buttons.isEmpty());
        QCOMPARE(window.readsView()->isVisible(), buttons.isEmpty());
        QCOMPARE(window.hitsPanel()->isVisible(), buttons.isEmpty());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("hitsStatus"))->isVisible(), buttons.isEmpty());
        if (!work)
            return;
        QVERIFY(work->isVisible());
        QStringList shown;
        for (QToolButton *b : work->findChildren<QToolButton *>())
            if (b->isVisible())
                shown << b->objectName();
        QCOMPARE(shown, buttons);
        if (buttons.contains(QStringLiteral("searchActionButton"))) {
            QTest::mouseClick(work->findChild<QToolButton *>(QStringLiteral("searchActionButton")), Qt::LeftButton);
            QTRY_VERIFY(window.findChild<SearchWindow *>() && window.findChild<SearchWindow *>()->isVisible());
        }
    }

    // Closing the workstation with an alert waiting closes the alert too (its hit waits in the
    // store for the next start): the alert alone kept Kestrel running without its window.
    void closingTheWindowTakesTheAlertWithIt()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        std::unique_ptr<Engine> engine = makeEngine(dir, &plugins);
        QVERIFY(engine);
        MainWindow window(engine.get(), userWith(Role::Operator), &plugins);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Q_EMIT engine->hitRaised(liveHit(Priority::High, false));
        QVERIFY(window.alertDialog()->isVisible());
        QVERIFY(window.close());
        QVERIFY(!window.alertDialog()->isVisible());
        const QWidgetList tops = QApplication::topLevelWidgets();
        QVERIFY(std::none_of(tops.begin(), tops.end(), [](QWidget *w) { return w->isVisible(); }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
