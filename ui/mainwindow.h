// The operator's workstation window: live camera tiles, the reads table, the hits panel and a
// status bar, all fed by the Engine's queued signals.
#pragma once

#include "domain/camera.h"
#include "domain/hit.h"
#include "domain/read.h"
#include "domain/user.h"
#include "pipeline/previewframe.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QMainWindow>

#include <deque>

class QFrame;
class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace Kestrel {

class CameraTile;
class Engine;
class HitAlertDialog;
class HitsModel;
class HitsPanel;
class PluginLoader;
class ReadDetailDialog;
class ReadsModel;
class SearchWindow;
class SessionLock;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // engine and plugins must outlive the window.
    MainWindow(Engine *engine, const User &user, PluginLoader *plugins, QWidget *parent = nullptr);

    ReadsModel *readsModel() const { return m_reads; }
    HitsModel *hitsModel() const;
    HitsPanel *hitsPanel() const { return m_hitsPanel; }
    HitAlertDialog *alertDialog() const { return m_alert; }
    QTableView *readsView() const { return m_readsView; }
    CameraTile *tile(const QString &cameraId) const { return m_tiles.value(cameraId); }
    QList<CameraTile *> tiles() const;
    int readsLastMinute();
    void refreshStatus();
    void showProblem(const QString &message); // in the status bar, without blocking
    // The window with the alert dialog over it where it is open (a grab() shows only the window).
    QPixmap screenshot();
    void setEscalateAfterMs(int ms);

    // Cameras saved in the store: enabled ones are started again, stopped ones shown stopped.
    // Returns how many were started; the ones that could not start are shown as problems.
    // With start false (a window taking over at a handover) none is started: each is shown as
    // the engine has it.
    int restoreCameras(bool start = true);
    bool isRunning(const QString &cameraId) const;
    void rememberCamera(const Camera &camera); // gives it a tile (with its exclusion zones) and a menu
    bool startCamera(const QString &cameraId); // and remember it as enabled
    void stopCamera(const QString &cameraId);  // and remember it as disabled
    // Stops it and takes it off this workstation (its reads stay: they are evidence).
    bool removeCamera(const QString &cameraId, bool askFirst = true);

    void showAddCamera();
    void showRecogniserErrors();
    void showPlugins();
    void showAbout();
    // Role-dependent menus: each opens its window; the core still decides every action in it.
    void showHotlistManager();
    SearchWindow *showSearch(); // one per main window, raised when open again
    void showAccessRequests();
    void showAuditTrail();
    void showForceSettings();
    // A live read or a hit's read: its detail (images read back from the store, audited), and
    // the menu of what may be done with it (detail, copy the VRM, search it for those allowed).
    ReadDetailDialog *openReadDetail(const Read &read);
    QMenu *showReadMenu(const Read &read, const QPoint &globalPos);
    void showUsers();
    void handOverShift(); // locks with the handover open

Q_SIGNALS:
    // The shift passed to `next` at the lock (audited by core); the application replaces this
    // window with one for `next`, the cameras running on underneath.
    void handedOver(const Kestrel::User &next);

public:

    SessionLock *sessionLock() const { return m_lock; }
    // The non-modal notice over the cameras: High hits for those who watch but take no alerts,
    // and past sightings raised when an entry went live.
    QFrame *noticeBar() const { return m_notice; }
    QString noticeText() const;
    // Hits still waiting for an acknowledgement, and this shift's history (the last 12 hours),
    // as the store holds them: after a restart or a crash nothing waiting is forgotten.
    // Returns how many hits were shown.
    int restoreHits();
    // The workstation's daily duties, run as "system" an hour after start and every six hours:
    // expired hotlist entries weeded, reads and images past their retention periods deleted
    // (the force settings retention.days, retention.image_days). Returns the summary it shows.
    QString runHousekeeping();
    // Appends "UTC-TIME ID:HASH" of the audit trail's last entry to the anchor file
    // (QSettings audit/anchorFile); run with the housekeeping.
    void appendAuditAnchor();

protected:
    // Closing the workstation takes the alert with it (the hits wait in the store for the next
    // start); the alert alone refuses to close, which kept Kestrel running without its window.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    CameraTile *ensureTile(const QString &cameraId);
    void showTileMenu(const QString &cameraId, const QPoint &globalPos);
    void audit(const QString &action, const QString &cameraId);
    void relayoutTiles();
    void onRead(const Read &read);
    void onHit(const Hit &hit);
    void onCameraState(const QString &cameraId, CameraState state, const QString &message);
    void onFrame(const QString &cameraId, const PreviewFrame &frame);
    bool maySee(const Hit &hit) const;
    void showHit(const Hit &hit, qint64 waitedMs); // to the panel, and the alert or a notice
    void showNotice(const QString &text, const QUuid &hit);
    void applyForceSettings();

    Engine *m_engine;
    User m_user;
    PluginLoader *m_plugins;
    ReadsModel *m_reads;
    QTableView *m_readsView;
    HitsPanel *m_hitsPanel;
    HitAlertDialog *m_alert;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QLabel *m_noCameras;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeShow;
    QUuid m_noticeHit;
    int m_pastSightings = 0; // retrospective hits not yet looked at
    QHash<QString, CameraTile *> m_tiles;
    QStringList m_tileOrder;
    QHash<QString, Camera> m_cameras; // definitions of the cameras with a tile
    QSet<QString> m_removed;          // late signals from a removed camera must not bring it back
    QLabel *m_camerasLabel;
    QLabel *m_rateLabel;
    QLabel *m_hitsLabel;
    QLabel *m_storeLabel;
    QLabel *m_problemLabel;
    QLabel *m_escalationLabel;
    QPushButton *m_requestsWaiting = nullptr; // for those who decide access requests
    QTimer *m_statusTimer;
    QElapsedTimer m_clock;
    QPointer<SearchWindow> m_search;
    SessionLock *m_lock;
    QTimer *m_housekeeping;
    std::deque<qint64> m_readTimes; // m_clock ms of each read in the last minute
};

} // namespace Kestrel
