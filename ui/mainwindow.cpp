#include "mainwindow.h"

#include "accessrequestsdialog.h"
#include "addcameradialog.h"
#include "auditviewer.h"
#include "cameratile.h"
#include "exclusionzones.h"
#include "forcesettingsdialog.h"
#include "hitacknowledger.h"
#include "hitalertdialog.h"
#include "hitsmodel.h"
#include "hitspanel.h"
#include "hotlistmanager.h"
#include "platebadgedelegate.h"
#include "pluginsdialog.h"
#include "readdetaildialog.h"
#include "readsmodel.h"
#include "recognisererrorsdialog.h"
#include "searchwindow.h"
#include "sessionlock.h"
#include "theme.h"
#include "usersdialog.h"
#include "wording.h"

#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "hotlist/alertjoin.h"
#include "plates/vrm.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/retention.h"
#include "store/store.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Kestrel {

namespace {
constexpr qint64 kRateWindowMs = 60 * 1000;
constexpr int kStatusIntervalMs = 2000;
constexpr int kFirstHousekeepingMs = 60 * 60 * 1000;
constexpr int kHousekeepingIntervalMs = 6 * 60 * 60 * 1000;
} // namespace

MainWindow::MainWindow(Engine *engine, const User &user, PluginLoader *plugins, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_user(user), m_plugins(plugins)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kestrel — %1").arg(Wording::personName(user)));
    m_clock.start();

    auto *central = new QSplitter(Qt::Vertical, this);
    central->setObjectName(QStringLiteral("centralSplitter"));
    central->setChildrenCollapsible(false);

    m_tileArea = new QWidget(central);
    m_tileArea->setObjectName(QStringLiteral("cameraGrid"));
    m_tileGrid = new QGridLayout(m_tileArea);
    m_tileGrid->setContentsMargins(6, 6, 6, 6);
    m_tileGrid->setSpacing(6);
    m_noCameras = new QLabel(tr("No cameras are running. Use File → Add camera… to start one."), m_tileArea);
    m_noCameras->setAlignment(Qt::AlignCenter);
    m_noCameras->setStyleSheet(QStringLiteral("color: #8a939e; font-size: 12pt;"));
    m_tileGrid->addWidget(m_noCameras, 0, 0);

    auto *bottom = new QSplitter(Qt::Horizontal, central);
    auto *readsBox = new QWidget(bottom);
    auto *readsLayout = new QVBoxLayout(readsBox);
    readsLayout->setContentsMargins(6, 0, 0, 6);
    auto *readsTitle = new QLabel(tr("Live reads"), readsBox);
    readsTitle->setObjectName(QStringLiteral("sectionTitle"));
    readsLayout->addWidget(readsTitle);
    m_reads = new ReadsModel(this);
    m_readsView = new QTableView(readsBox);
    m_readsView->setObjectName(QStringLiteral("readsView"));
    m_readsView->setModel(m_reads);
    m_readsView->setItemDelegateForColumn(ReadsModel::VrmColumn, new PlateBadgeDelegate(m_readsView));
    m_readsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_readsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_readsView->setAlternatingRowColors(true);
    m_readsView->setWordWrap(false);
    m_readsView->setTextElideMode(Qt::ElideRight);
    m_readsView->setIconSize(ReadsModel::kThumbSize);
    m_readsView->verticalHeader()->hide();
    m_readsView->verticalHeader()->setDefaultSectionSize(ReadsModel::kThumbSize.height() + 6);
    m_readsView->horizontalHeader()->setStretchLastSection(true);
    m_readsView->setColumnWidth(ReadsModel::PatchColumn, ReadsModel::kThumbSize.width() + 12);
    m_readsView->setColumnWidth(ReadsModel::VrmColumn, 124);
    m_readsView->setColumnWidth(ReadsModel::HitColumn, 96);
    m_readsView->setColumnWidth(ReadsModel::ConfidenceColumn, 92);
    m_readsView->setColumnWidth(ReadsModel::CameraColumn, 130);
    Theme::fitHeaderSections(m_readsView->horizontalHeader()); // "Rhif cofrestru" is no VRM
    m_readsView->setContextMenuPolicy(Qt::CustomContextMenu);
    readsLayout->addWidget(m_readsView);
    // Double-click or Return: the read's detail.
    connect(m_readsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openReadDetail(m_reads->readAt(index.row())); });
    connect(m_readsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_readsView->indexAt(pos);
        if (index.isValid())
            showReadMenu(m_reads->readAt(index.row()), m_readsView->viewport()->mapToGlobal(pos));
    });

    m_hitsPanel = new HitsPanel(&m_engine->store(), m_user.name, bottom);
    m_hitsPanel->layout()->setContentsMargins(0, 0, 6, 6);
    m_hitsPanel->setMayAcknowledge(Permissions::allows(m_user, Action::AcknowledgeHit));
    // A read that raised a hit this user sees (the panel holds only those) is marked with it.
    connect(m_hitsPanel->model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const Hit &hit = m_hitsPanel->model()->hitAt(row);
            m_reads->markHit(hit.read.uid, hit.entry.priority);
        }
    });
    connect(m_hitsPanel, &HitsPanel::contextMenuRequested, this,
            [this](const Hit &hit, const QPoint &globalPos) { showReadMenu(hit.read, globalPos); });
    bottom->addWidget(readsBox);
    bottom->addWidget(m_hitsPanel);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({700, 800}); // the reads' time and the hits' status and time in sight

    central->addWidget(m_tileArea);
    central->addWidget(bottom);
    central->setStretchFactor(0, 3);
    central->setStretchFactor(1, 2);
    central->setSizes({440, 460});

    // A notice over the cameras that never takes the keyboard: what needs a look, not a reply.
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setStyleSheet(QStringLiteral("QFrame#noticeBar { background: #5c1a1a; border: 1px solid #c62828; }"
                                           "QFrame#noticeBar QLabel { color: white; font-weight: bold; }"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(10, 4, 6, 4);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeShow = new QPushButton(tr("&Show"), m_notice);
    m_noticeShow->setObjectName(QStringLiteral("noticeShow"));
    m_noticeShow->setFocusPolicy(Qt::NoFocus);
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_notice);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setFocusPolicy(Qt::NoFocus);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeShow);
    noticeLayout->addWidget(dismiss);
    connect(m_noticeShow, &QPushButton::clicked, this, [this] {
        m_hitsPanel->selectHit(m_noticeHit);
        m_notice->hide();
        m_pastSightings = 0;
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        m_pastSightings = 0;
    });
    m_notice->hide();
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(central, 1);
    setCentralWidget(page);

    m_camerasLabel = new QLabel(this);
    m_rateLabel = new QLabel(this);
    m_hitsLabel = new QLabel(this);
    m_storeLabel = new QLabel(this);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    m_escalationLabel = new QLabel(this);
    m_escalationLabel->setObjectName(QStringLiteral("escalationStatus"));
    m_escalationLabel->setStyleSheet(QStringLiteral(
        "background: #7b1fa2; color: white; font-weight: bold; padding: 1px 10px; border-radius: 3px;"));
    m_escalationLabel->hide();
    m_camerasLabel->setObjectName(QStringLiteral("camerasStatus"));
    m_hitsLabel->setObjectName(QStringLiteral("hitsStatus"));
    m_hitsLabel->setVisible(Permissions::allows(m_user, Action::WatchLive)); // no hits to count for the others
    m_rateLabel->setObjectName(QStringLiteral("rateStatus"));
    m_storeLabel->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addWidget(m_camerasLabel);
    statusBar()->addWidget(m_rateLabel);
    statusBar()->addWidget(m_hitsLabel);
    statusBar()->addWidget(m_escalationLabel);
    if (Permissions::allows(m_user, Action::DecideAccess)) {
        // A supervisor sees what waits for a decision; a click opens the queue.
        m_requestsWaiting = new QPushButton(this);
        m_requestsWaiting->setObjectName(QStringLiteral("accessRequestsStatus"));
        m_requestsWaiting->setFlat(true);
        m_requestsWaiting->setCursor(Qt::PointingHandCursor);
        m_requestsWaiting->setToolTip(tr("Open the approvals queue"));
        connect(m_requestsWaiting, &QPushButton::clicked, this, &MainWindow::showAccessRequests);
        statusBar()->addWidget(m_requestsWaiting);
    }
    statusBar()->addWidget(m_problemLabel, 1);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(new QLabel(tr("Logged in: %1").arg(m_user.name), this));

    // One alert dialog for every High hit: they queue in it, never a stack of modal windows.
    m_alert = new HitAlertDialog(&m_engine->store(), m_user.name, this);
    m_alert->acknowledger()->setFlush([engine = m_engine] { engine->flush(); });
    m_hitsPanel->acknowledger()->setFlush([engine = m_engine] { engine->flush(); });
    m_alert->setEscalateAfterMs(
        QSettings().value(QLatin1String(HitAlertDialog::kSettingsKey), HitAlertDialog::kDefaultEscalateAfterS).toInt() * 1000);
    connect(m_alert, &HitAlertDialog::hitAcknowledged, this, [this](const Hit &hit, HitOutcome outcome, qint64 atMs) {
        m_hitsPanel->markAcknowledged(hit.uid, outcome, atMs);
        refreshStatus();
    });
    connect(m_alert, &HitAlertDialog::queueChanged, this, &MainWindow::refreshStatus);
    connect(m_hitsPanel, &HitsPanel::hitAcknowledged, this, [this](const QUuid &uid) {
        m_alert->remove(uid);
        refreshStatus();
    });

    // The idle lock covers the window; the alert behind it keeps sounding and escalating.
    m_lock = new SessionLock(m_engine->store(), m_user, this);
    m_lock->setLockAfterMs(
        QSettings().value(QLatin1String(SessionLock::kSettingsKey), SessionLock::kDefaultLockAfterS).toInt() * 1000);
    connect(m_lock, &SessionLock::locked, this, [this] { m_alert->setWithheld(true); });
    connect(m_lock, &SessionLock::unlocked, this, [this] { m_alert->setWithheld(false); });
    connect(m_lock, &SessionLock::handedOver, this, &MainWindow::handedOver);
    connect(m_alert, &HitAlertDialog::lockRequested, m_lock, &SessionLock::lock);
    applyForceSettings();

    m_housekeeping = new QTimer(this);
    m_housekeeping->setSingleShot(true);
    m_housekeeping->setInterval(kFirstHousekeepingMs);
    connect(m_housekeeping, &QTimer::timeout, this, [this] {
        runHousekeeping();
        m_housekeeping->setInterval(kHousekeepingIntervalMs);
        m_housekeeping->start();
    });
    m_housekeeping->start();

    buildMenus();

    // Those who do not watch live (investigators, administrators, auditors) get their work in
    // place of the empty live panes: the same actions as their menus, as large buttons.
    if (!Permissions::allows(m_user, Action::WatchLive)) {
        bottom->hide();
        auto *work = new QWidget(central);
        work->setObjectName(QStringLiteral("workPage"));
        auto *workLayout = new QVBoxLayout(work);
        workLayout->addStretch(1);
        auto *intro = new QLabel(tr("Live reads and hits are shown to operators and supervisors. Your work:"), work);
        intro->setObjectName(QStringLiteral("sectionTitle"));
        intro->setAlignment(Qt::AlignCenter);
        intro->setWordWrap(true);
        workLayout->addWidget(intro);
        // Named in full here: out of their menus, "Manage…" would not say what it manages.
        const std::pair<const char *, QString> jobs[] = {
            {"searchAction", tr("Search reads…")},     {"accessRequestsAction", tr("Access requests…")},
            {"manageHotlistsAction", tr("Hotlists…")}, {"auditTrailAction", tr("Audit trail…")},
            {"usersAction", tr("Users…")},             {"forceSettingsAction", tr("Force settings…")}};
        for (const auto &[name, text] : jobs) {
            QAction *action = findChild<QAction *>(QLatin1String(name));
            if (!action)
                continue;
            auto *button = new QToolButton(work);
            button->setObjectName(QLatin1String(name) + QStringLiteral("Button"));
            button->setText(text);
            button->setMinimumSize(320, 40);
            connect(button, &QToolButton::clicked, action, &QAction::trigger);
            workLayout->addWidget(button, 0, Qt::AlignHCenter);
        }
        workLayout->addStretch(2);
        central->addWidget(work);
    }

    // The engine emits from camera and writer threads; with `this` as context the calls are
    // queued to the GUI thread and dropped once the window is gone.
    connect(m_engine, &Engine::readCaptured, this, &MainWindow::onRead);
    connect(m_engine, &Engine::hitRaised, this, &MainWindow::onHit);
    connect(m_engine, &Engine::cameraStateChanged, this, &MainWindow::onCameraState);
    connect(m_engine, &Engine::framePreview, this, &MainWindow::onFrame);
    connect(m_engine, &Engine::storeError, this, [this](const QString &message) {
        m_problemLabel->setText(tr("Store problem: %1").arg(message));
    });

    for (const Camera &c : m_engine->cameras()) {
        ensureTile(c.id);
        if (CameraTile *t = tile(c.id))
            t->setState(m_engine->cameraState(c.id), QString());
    }

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();
    restoreHits();
    refreshStatus();
}

void MainWindow::applyForceSettings()
{
    const RetentionSettings settings = ForceSettings::load(m_engine->store());
    m_alert->setJoinWindowMs(AlertJoin::windowMs(settings.alertJoinMinutes));
    m_hitsPanel->reloadOutcomes(); // the force's outcomes as just saved
}

int MainWindow::restoreHits()
{
    // What waits comes first (all of it: nothing waiting is forgotten), then what this shift
    // already dealt with, for context.
    constexpr qint64 kShiftMs = 12LL * 60 * 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Hit> hits = m_engine->store().pendingHits(HitsModel::kDefaultMaxRows);
    QSet<QUuid> seen;
    for (const Hit &h : std::as_const(hits))
        seen.insert(h.uid);
    for (const Hit &h : m_engine->store().hitsRaisedSince(now - kShiftMs, HitsModel::kDefaultMaxRows))
        if (!seen.contains(h.uid) && int(hits.size()) < HitsModel::kDefaultMaxRows)
            hits.append(h);
    // Oldest first, as they came: a repeat sighting then joins the alert of the first.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.raisedAtMs < b.raisedAtMs; });
    int shown = 0;
    for (const Hit &h : std::as_const(hits)) {
        if (!maySee(h))
            continue;
        showHit(m_engine->withDetails(h), std::max<qint64>(0, now - h.raisedAtMs));
        ++shown;
    }
    return shown;
}

HitsModel *MainWindow::hitsModel() const
{
    return m_hitsPanel->model();
}

QList<CameraTile *> MainWindow::tiles() const
{
    QList<CameraTile *> out;
    for (const QString &id : m_tileOrder)
        out.append(m_tiles.value(id));
    return out;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    if (Permissions::allows(m_user, Action::AddCamera)) {
        QAction *add = file->addAction(tr("&Add camera…"));
        add->setObjectName(QStringLiteral("addCameraAction"));
        add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        connect(add, &QAction::triggered, this, &MainWindow::showAddCamera);
    }
    QAction *lock = file->addAction(tr("&Lock screen"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, m_lock, &SessionLock::lock);
    QAction *handover = file->addAction(tr("&Hand over the shift…"));
    handover->setObjectName(QStringLiteral("handoverAction"));
    connect(handover, &QAction::triggered, this, &MainWindow::handOverShift);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Shown by role so nobody is offered what they may not use; core refuses it regardless.
    if (HotlistManager::mayOpen(m_user)) {
        QMenu *hotlists = menuBar()->addMenu(tr("Hot&lists"));
        hotlists->setObjectName(QStringLiteral("hotlistsMenu"));
        QAction *manage = hotlists->addAction(tr("&Manage…"));
        manage->setObjectName(QStringLiteral("manageHotlistsAction"));
        connect(manage, &QAction::triggered, this, &MainWindow::showHotlistManager);
    }
    const bool searches =
        Permissions::allows(m_user, Action::SearchRecent) || Permissions::allows(m_user, Action::SearchHistory);
    const bool requests =
        Permissions::allows(m_user, Action::RequestAccess) || Permissions::allows(m_user, Action::DecideAccess);
    if (searches || requests) {
        QMenu *investigate = menuBar()->addMenu(tr("&Investigate"));
        investigate->setObjectName(QStringLiteral("investigateMenu"));
        if (searches) {
            QAction *search = investigate->addAction(tr("&Search…"));
            search->setObjectName(QStringLiteral("searchAction"));
            search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
            connect(search, &QAction::triggered, this, [this] { showSearch(); });
        }
        if (requests) {
            QAction *requestsAction = investigate->addAction(tr("&Access requests…"));
            requestsAction->setObjectName(QStringLiteral("accessRequestsAction"));
            connect(requestsAction, &QAction::triggered, this, &MainWindow::showAccessRequests);
        }
    }
    if (Permissions::allows(m_user, Action::ViewAudit)) {
        QMenu *audit = menuBar()->addMenu(tr("&Audit"));
        audit->setObjectName(QStringLiteral("auditMenu"));
        QAction *trail = audit->addAction(tr("Audit &trail…"));
        trail->setObjectName(QStringLiteral("auditTrailAction"));
        connect(trail, &QAction::triggered, this, &MainWindow::showAuditTrail);
    }
    if (Permissions::allows(m_user, Action::ChangeSettings) || UsersDialog::mayOpen(m_user)) {
        QMenu *admin = menuBar()->addMenu(tr("Ad&ministration"));
        admin->setObjectName(QStringLiteral("administrationMenu"));
        if (UsersDialog::mayOpen(m_user)) {
            QAction *users = admin->addAction(tr("&Users…"));
            users->setObjectName(QStringLiteral("usersAction"));
            connect(users, &QAction::triggered, this, &MainWindow::showUsers);
        }
        if (Permissions::allows(m_user, Action::ChangeSettings)) {
            QAction *settings = admin->addAction(tr("&Force settings…"));
            settings->setObjectName(QStringLiteral("forceSettingsAction"));
            connect(settings, &QAction::triggered, this, &MainWindow::showForceSettings);
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&Recogniser errors…")), &QAction::triggered, this, &MainWindow::showRecogniserErrors);
    connect(help->addAction(tr("&Plugins…")), &QAction::triggered, this, &MainWindow::showPlugins);
    connect(help->addAction(tr("&About Kestrel")), &QAction::triggered, this, &MainWindow::showAbout);
}

CameraTile *MainWindow::ensureTile(const QString &cameraId)
{
    if (CameraTile *t = m_tiles.value(cameraId))
        return t;
    for (const Camera &c : m_engine->cameras()) {
        if (c.id == cameraId && !m_cameras.contains(cameraId))
            m_cameras.insert(cameraId, c);
    }
    const QString name = m_cameras.value(cameraId).name.isEmpty() ? cameraId : m_cameras.value(cameraId).name;
    auto *t = new CameraTile(cameraId, name, m_tileArea);
    t->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(t, &QWidget::customContextMenuRequested, this,
            [this, cameraId, t](const QPoint &pos) { showTileMenu(cameraId, t->mapToGlobal(pos)); });
    if (m_cameras.contains(cameraId))
        t->setExclusionZones(ExclusionZones::fromOptions(m_cameras.value(cameraId).options));
    m_tiles.insert(cameraId, t);
    m_tileOrder.append(cameraId);
    m_reads->setCameraName(cameraId, name);
    m_hitsPanel->setCameraName(cameraId, name);
    m_alert->setCameraName(cameraId, name);
    relayoutTiles();
    return t;
}

void MainWindow::relayoutTiles()
{
    m_noCameras->setVisible(m_tileOrder.isEmpty());
    for (CameraTile *t : std::as_const(m_tiles))
        m_tileGrid->removeWidget(t);
    m_tileGrid->removeWidget(m_noCameras);
    if (m_tileOrder.isEmpty()) {
        m_tileGrid->addWidget(m_noCameras, 0, 0);
        return;
    }
    // As square a grid as the count allows, filled row by row.
    const int n = int(m_tileOrder.size());
    const int cols = int(std::ceil(std::sqrt(double(n))));
    for (int i = 0; i < n; ++i)
        m_tileGrid->addWidget(m_tiles.value(m_tileOrder.at(i)), i / cols, i % cols);
}

void MainWindow::onRead(const Read &read)
{
    m_readTimes.push_back(m_clock.elapsed());
    if (Permissions::allows(m_user, Action::WatchLive))
        m_reads->addRead(read);
}

bool MainWindow::maySee(const Hit &hit) const
{
    // Live hits are for those who watch live; covert ones only for those who may see covert lists.
    if (!Permissions::allows(m_user, Action::WatchLive))
        return false;
    const bool covert = hit.covert || hit.entry.covert;
    return !covert || Permissions::allows(m_user, Action::SeeCovert);
}

void MainWindow::onHit(const Hit &raised)
{
    if (!maySee(raised))
        return;
    const Hit hit = m_engine->withDetails(raised); // reason, action, markers for the operator
    m_lock->noteHit(hit); // counted on the lock, when locked, without its details
    showHit(hit, 0);
    refreshStatus();
}

void MainWindow::showHit(const Hit &hit, qint64 waitedMs)
{
    m_hitsPanel->addHit(hit);
    if (hit.acknowledgedAtMs != 0)
        return;
    if (hit.retrospective) {
        // Past sightings are a list to work through, newest first, never a queue of alerts.
        ++m_pastSightings;
        showNotice(tr("Past sightings: %n hit(s) on earlier reads, raised when a hotlist entry went live. "
                      "They wait in the hits panel, newest first.", "", m_pastSightings),
                   hit.uid);
        return;
    }
    if (hit.entry.priority != Priority::High)
        return;
    if (Permissions::allows(m_user, Action::ReceiveAlerts)) {
        m_alert->enqueue(hit, waitedMs);
        QApplication::alert(this); // the taskbar too, if another window has the focus
        return;
    }
    // Those who watch but do not take alerts (a supervisor at a search) are told, not stopped.
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(hit.read.capturedAtMs ? hit.read.capturedAtMs : hit.raisedAtMs).time(),
        QLocale::ShortFormat);
    showNotice(tr("%1 High hit: %2 (%3) at %4, %5. The operators have the alert; it is in the hits panel.")
                   .arg(Theme::prioritySymbol(Priority::High), displayVrm(hit.read.vrm), hit.entry.list,
                        m_cameras.value(hit.read.cameraId).name.isEmpty() ? hit.read.cameraId
                                                                           : m_cameras.value(hit.read.cameraId).name,
                        when),
               hit.uid);
    QApplication::alert(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_alert->setWithheld(true); // hidden; its hits stay unacknowledged in the store
    QMainWindow::closeEvent(event);
}

void MainWindow::showNotice(const QString &text, const QUuid &hit)
{
    m_noticeText->setText(text);
    m_noticeHit = hit;
    m_notice->show();
}

QString MainWindow::noticeText() const
{
    return m_notice->isVisible() ? m_noticeText->text() : QString();
}

void MainWindow::handOverShift()
{
    m_lock->lockForHandover();
}

void MainWindow::onCameraState(const QString &cameraId, CameraState state, const QString &message)
{
    if (m_removed.contains(cameraId))
        return;
    ensureTile(cameraId)->setState(state, message);
}

void MainWindow::onFrame(const QString &cameraId, const PreviewFrame &frame)
{
    if (m_removed.contains(cameraId))
        return;
    CameraTile *t = ensureTile(cameraId);
    if (Permissions::allows(m_user, Action::WatchLive)) // the tile keeps its state for the others
        t->setFrame(frame);
}

int MainWindow::readsLastMinute()
{
    const qint64 now = m_clock.elapsed();
    while (!m_readTimes.empty() && m_readTimes.front() < now - kRateWindowMs)
        m_readTimes.pop_front();
    return int(m_readTimes.size());
}

void MainWindow::refreshStatus()
{
    int online = 0;
    for (CameraTile *t : std::as_const(m_tiles)) {
        if (t->state() == CameraState::Online)
            ++online;
    }
    m_camerasLabel->setText(tr("Cameras: %1/%2 online").arg(online).arg(m_tiles.size()));
    m_rateLabel->setText(tr("Reads: %1/min").arg(readsLastMinute()));
    const int high = hitsModel()->unacknowledgedCount(Priority::High);
    const int open = high + hitsModel()->unacknowledgedCount(Priority::Medium) +
                     hitsModel()->unacknowledgedCount(Priority::Low);
    m_hitsLabel->setText(high > 0 ? tr("Hits to acknowledge: %1 (%2 %3 High)")
                                        .arg(open).arg(Theme::prioritySymbol(Priority::High)).arg(high)
                                  : tr("Hits to acknowledge: %1").arg(open));
    m_hitsLabel->setStyleSheet(high > 0 ? QStringLiteral("color: #ff8a80; font-weight: bold;") : QString());
    const int escalated = m_alert->escalatedCount();
    m_escalationLabel->setText(tr("\u26A0 ESCALATED: %1 High hit(s) not acknowledged").arg(escalated));
    m_escalationLabel->setVisible(escalated > 0);
    m_lock->setWaiting(open, high);
    if (m_requestsWaiting) {
        const int waiting = AccessRequestsDialog::waitingCount(m_engine->store());
        m_requestsWaiting->setText(tr("Access requests waiting: %1").arg(waiting));
        m_requestsWaiting->setStyleSheet(waiting > 0 ? QStringLiteral("color: #f09a1a; font-weight: bold;") : QString());
    }

    Store &store = m_engine->store();
    const QString db = store.path();
    const qint64 bytes = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
    m_storeLabel->setText(tr("Store: %1, %2 reads")
                              .arg(QLocale().formattedDataSize(bytes, 1))
                              .arg(QLocale().toString(store.readCount())));
    m_storeLabel->setToolTip(db);
}

void MainWindow::showProblem(const QString &message)
{
    m_problemLabel->setText(message);
    m_problemLabel->setToolTip(message);
}

void MainWindow::showAddCamera()
{
    if (auto allowed = Permissions::require(m_user, Action::AddCamera); !allowed) {
        showProblem(tr("Not allowed: %1").arg(allowed.error().message));
        return;
    }
    AddCameraDialog dialog(m_engine, m_plugins ? m_plugins->cameraSourceKinds() : QStringList(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const Camera c = dialog.camera();
        rememberCamera(c);
        audit(QStringLiteral("camera-add"), c.id);
    }
}

void MainWindow::rememberCamera(const Camera &c)
{
    m_removed.remove(c.id);
    m_cameras.insert(c.id, c);
    CameraTile *t = ensureTile(c.id);
    t->setName(c.name);
    t->setExclusionZones(ExclusionZones::fromOptions(c.options));
    m_reads->setCameraName(c.id, c.name);
    m_hitsPanel->setCameraName(c.id, c.name);
    m_alert->setCameraName(c.id, c.name);
}

void MainWindow::audit(const QString &action, const QString &cameraId)
{
    // The camera has already changed; the operator must know when the trail does not say so.
    if (auto audited = AuditLog(m_engine->store()).append(m_user.name, action, {{QStringLiteral("camera"), cameraId}});
        !audited)
        showProblem(tr("The audit trail could not record %1 of camera %2: %3")
                        .arg(action, cameraId, audited.error().toString()));
}

int MainWindow::restoreCameras(bool start)
{
    int started = 0;
    for (const Camera &c : m_engine->store().cameras()) {
        if (c.options.value(QStringLiteral("removed")).toBool())
            continue;
        rememberCamera(c);
        if (!start) {
            tile(c.id)->setState(isRunning(c.id) ? m_engine->cameraState(c.id) : CameraState::Stopped, QString());
            continue;
        }
        if (!c.enabled) {
            tile(c.id)->setState(CameraState::Stopped, QString());
            continue;
        }
        auto ok = m_engine->startCamera(c);
        if (ok) {
            ++started;
        } else {
            tile(c.id)->setState(CameraState::Offline, ok.error().toString());
            showProblem(tr("Camera %1 could not be started: %2").arg(c.id, ok.error().toString()));
        }
    }
    refreshStatus();
    return started;
}

bool MainWindow::isRunning(const QString &cameraId) const
{
    const QList<Camera> running = m_engine->cameras();
    return std::any_of(running.begin(), running.end(), [&](const Camera &c) { return c.id == cameraId; });
}

bool MainWindow::startCamera(const QString &cameraId)
{
    if (!m_cameras.contains(cameraId))
        return false;
    Camera c = m_cameras.value(cameraId);
    c.enabled = true;
    auto ok = m_engine->startCamera(c); // saves it as enabled
    if (!ok) {
        showProblem(tr("Camera %1 could not be started: %2").arg(cameraId, ok.error().toString()));
        return false;
    }
    m_cameras.insert(cameraId, c);
    ensureTile(cameraId)->setState(CameraState::Connecting, QString());
    audit(QStringLiteral("camera-start"), cameraId);
    refreshStatus();
    return true;
}

void MainWindow::stopCamera(const QString &cameraId)
{
    m_engine->stopCamera(cameraId);
    if (m_cameras.contains(cameraId)) {
        Camera c = m_cameras.value(cameraId);
        c.enabled = false; // stays stopped when Kestrel starts again
        if (auto saved = m_engine->store().upsertCamera(c); !saved)
            showProblem(saved.error().toString());
        m_cameras.insert(cameraId, c);
    }
    if (CameraTile *t = tile(cameraId))
        t->setState(CameraState::Stopped, tr("Stopped by %1").arg(m_user.name));
    audit(QStringLiteral("camera-stop"), cameraId);
    refreshStatus();
}

bool MainWindow::removeCamera(const QString &cameraId, bool askFirst)
{
    CameraTile *t = tile(cameraId);
    if (!t)
        return false;
    if (askFirst &&
        QMessageBox::question(this, tr("Remove camera"),
                              tr("Remove camera %1 from this workstation? It stops now and is not started "
                                 "again. Its reads and images stay in the evidence store.").arg(t->name()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    m_engine->stopCamera(cameraId);
    // The row stays (reads refer to it); flagged so that it is neither started nor shown again.
    Camera c = m_cameras.value(cameraId);
    if (c.id.isEmpty()) {
        c.id = cameraId;
        c.name = t->name();
    }
    if (!c.sourceKind.isEmpty()) {
        c.enabled = false;
        c.options.insert(QStringLiteral("removed"), true);
        if (auto saved = m_engine->store().upsertCamera(c); !saved)
            showProblem(saved.error().toString());
    }
    m_removed.insert(cameraId);
    m_cameras.remove(cameraId);
    m_tiles.remove(cameraId);
    m_tileOrder.removeAll(cameraId);
    m_tileGrid->removeWidget(t);
    t->deleteLater();
    relayoutTiles();
    audit(QStringLiteral("camera-remove"), cameraId);
    refreshStatus();
    return true;
}

void MainWindow::showTileMenu(const QString &cameraId, const QPoint &globalPos)
{
    QMenu menu(this);
    const bool running = isRunning(cameraId);
    const bool runs = Permissions::allows(m_user, Action::RunCamera);
    QAction *start = menu.addAction(tr("&Start"));
    start->setEnabled(runs && !running && m_cameras.contains(cameraId));
    QAction *stop = menu.addAction(tr("S&top"));
    stop->setEnabled(runs && running);
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("&Remove…"));
    remove->setEnabled(Permissions::allows(m_user, Action::AddCamera)); // who adds cameras, removes them
    QAction *chosen = menu.exec(globalPos);
    if (chosen == start)
        startCamera(cameraId);
    else if (chosen == stop)
        stopCamera(cameraId);
    else if (chosen == remove)
        removeCamera(cameraId);
}

void MainWindow::setEscalateAfterMs(int ms)
{
    m_alert->setEscalateAfterMs(ms);
}

QPixmap MainWindow::screenshot()
{
    QPixmap shot = grab();
    if (m_alert->isVisible()) {
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 90)); // the window behind is blocked, as on screen
        const QPoint at = m_alert->geometry().topLeft() - geometry().topLeft();
        p.drawPixmap(at, m_alert->grab());
        p.setPen(QColor(0x4f, 0xa3, 0xf7));
        p.drawRect(QRect(at, m_alert->size()).adjusted(-1, -1, 0, 0));
    }
    return shot;
}

void MainWindow::showRecogniserErrors()
{
    RecogniserErrorsDialog dialog(m_engine->store(), m_user, this);
    QHash<QString, QString> names;
    for (const Camera &c : m_engine->store().cameras())
        names.insert(c.id, c.name.isEmpty() ? c.id : c.name);
    dialog.setCameraNames(names);
    dialog.exec();
}

void MainWindow::showPlugins()
{
    if (!m_plugins)
        return;
    PluginsDialog dialog(*m_plugins, this);
    dialog.exec();
}

void MainWindow::showHotlistManager()
{
    HotlistManager manager(m_engine->store(), m_user, m_plugins, m_engine, this);
    manager.exec();
}

SearchWindow *MainWindow::showSearch()
{
    if (!m_search) {
        m_search = new SearchWindow(m_engine->store(), m_user, this);
        m_search->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    return m_search;
}

ReadDetailDialog *MainWindow::openReadDetail(const Read &read)
{
    if (read.uid.isNull())
        return nullptr;
    // A live read may still be in the writer's batch; its images are read back from the store.
    m_engine->flush();
    const QString camera = m_cameras.value(read.cameraId).name;
    auto *dialog = new ReadDetailDialog(m_engine->store(), m_user, read, AccessPurpose::Routine, tr("Live monitoring"),
                                        camera.isEmpty() ? read.cameraId : camera, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QMenu *MainWindow::showReadMenu(const Read &read, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("readMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *detail = menu->addAction(tr("Open &detail"));
    detail->setObjectName(QStringLiteral("openDetailAction"));
    connect(detail, &QAction::triggered, this, [this, read] { openReadDetail(read); });
    QAction *copy = menu->addAction(tr("&Copy VRM"));
    copy->setObjectName(QStringLiteral("copyVrmAction"));
    connect(copy, &QAction::triggered, this, [vrm = read.vrm] { QApplication::clipboard()->setText(vrm); });
    // Offered to those who may search; the search window still asks for purpose and case.
    if (Permissions::allows(m_user, Action::SearchRecent) || Permissions::allows(m_user, Action::SearchHistory)) {
        QAction *search = menu->addAction(tr("&Search this VRM…"));
        search->setObjectName(QStringLiteral("searchVrmAction"));
        connect(search, &QAction::triggered, this, [this, vrm = read.vrm] { showSearch()->setPlate(vrm); });
    }
    menu->popup(globalPos);
    return menu;
}

void MainWindow::showAccessRequests()
{
    AccessRequestsDialog dialog(m_engine->store(), m_user, this);
    if (m_search) // a request made now is for the case being searched
        dialog.setDraft(m_search->draftRequest());
    dialog.exec();
}

void MainWindow::showAuditTrail()
{
    AuditViewer viewer(m_engine->store(), m_user, this);
    viewer.exec();
}

void MainWindow::showUsers()
{
    UsersDialog dialog(m_engine->store(), m_user, this);
    dialog.exec();
}

void MainWindow::showForceSettings()
{
    ForceSettingsDialog dialog(m_engine->store(), m_user, this);
    dialog.exec();
    applyForceSettings();
}

void MainWindow::appendAuditAnchor()
{
    // The chain cannot show entries cut from its end; the anchors written outside the database
    // can (`kestrel-cli audit verify --anchors FILE`). Point audit/anchorFile at a share the
    // workstation may append to but not rewrite.
    QSettings config;
    const QString path = config.value(QStringLiteral("audit/anchorFile"),
                                      QString(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                              QStringLiteral("/audit-anchors.txt")))
                             .toString();
    auto head = AuditLog(m_engine->store()).head();
    if (!head || head->id == 0)
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        showProblem(tr("The audit anchor could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + head->toString() +
                QLatin1Char('\n'))
                   .toUtf8());
}

QString MainWindow::runHousekeeping()
{
    const int weeded = m_engine->weedHotlist();
    const RetentionSettings settings = ForceSettings::load(m_engine->store());
    AuditLog audit(m_engine->store());
    m_engine->flush(); // reads in flight are in the store before anything is judged by age
    auto report = Retention(m_engine->store(), audit).run(settings, QDateTime::currentMSecsSinceEpoch(), nullptr);
    if (!report) {
        const QString problem = tr("Retention did not run: %1").arg(report.error().toString());
        showProblem(problem);
        return problem;
    }
    const QString summary = tr("Housekeeping: expired hotlist entries weeded: %1; reads past retention deleted: %2; "
                               "older reads whose images were deleted: %3.")
                                .arg(weeded)
                                .arg(report->readsDeleted)
                                .arg(report->readsImagesDeleted);
    statusBar()->showMessage(summary, 30000);
    for (const QString &p : report->problems)
        showProblem(p);
    appendAuditAnchor();
    return summary;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kestrel"),
                       tr("<b>Kestrel %1</b><br>Number plate recognition workstation for control rooms."
                          "<br><br>Plate text is never acted on without viewing the image.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Kestrel
