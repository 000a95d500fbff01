// kestrel: logs the operator in and opens the workstation window over a running Engine.
#include "hitalertdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "theme.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "audit/auditnote.h"
#include "common/filemodes.h"
#include "common/paths.h"
#include "hotlist/hotlistcsv.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace {

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Gui)
};

enum ExitCode { ExitOk = 0, ExitCancelled = 1, ExitFailed = 2, ExitIntegrity = 4 };

// A message box that also works unattended: with --quit-after-ms it closes itself in time.
void critical(const QString &title, const QString &text, int autoCloseMs)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Close);
    std::fprintf(stderr, "kestrel: %s\n", qPrintable(text));
    if (autoCloseMs > 0)
        QTimer::singleShot(autoCloseMs, &box, &QMessageBox::reject);
    box.exec();
}

bool loadTranslation(QApplication &app, QTranslator &translator, const QString &lang)
{
    QString wanted = lang;
    if (wanted.isEmpty()) {
        // Welsh when the desktop asks for it; otherwise British English.
        const QStringList ui = QLocale::system().uiLanguages();
        if (!ui.isEmpty() && ui.first().startsWith(QLatin1String("cy")))
            wanted = QStringLiteral("cy");
    }
    // English is loaded too: the sources are English, but counted strings ("%n hit(s)") take
    // their singular and plural from the en_GB translation.
    if (wanted.isEmpty() || wanted.startsWith(QLatin1String("en")))
        wanted = QStringLiteral("en_GB");
    if (!translator.load(QStringLiteral(":/i18n/kestrel_") + wanted))
        return false;
    app.installTranslator(&translator);
    QLocale::setDefault(QLocale(wanted));
    return true;
}

void importDemoHotlist(Kestrel::Engine &engine, const QString &user)
{
    Kestrel::Store &store = engine.store();
    if (!store.hotlistEntries().empty())
        return;
    // The demo's hotlist in the screen's language where there is one (reasons and actions are
    // what the operator reads aloud); the store keeps whichever it was first made with.
    QString path = Kestrel::sharedFile(QStringLiteral("demo/hotlist_%1.csv").arg(QLocale().name().section(QLatin1Char('_'), 0, 0)));
    if (path.isEmpty())
        path = Kestrel::sharedFile(QStringLiteral("demo/hotlist.csv"));
    if (path.isEmpty())
        return;
    auto report = Kestrel::parseHotlistCsv(path);
    if (!report)
        return;
    auto added = store.addHotlistEntries(report->entries);
    if (added) {
        QList<Kestrel::RowRef> rows;
        for (const Kestrel::HotlistEntry &e : report->entries)
            rows.append({QStringLiteral("hotlist_entries"), e.id});
        auto audited = Kestrel::AuditLog(store).append(user, QStringLiteral("hotlist-import"),
                                                       {{QStringLiteral("file"), path}, {QStringLiteral("entries"), added.value()}},
                                                       rows);
        if (!audited)
            qWarning("demo hotlist: %s", qPrintable(audited.error().toString()));
        engine.reloadHotlist();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Evidence is the owner's only: every file and folder this process makes (database, -wal,
    // -shm, images, exports) gets no group or other bits, whatever the shell's umask.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kestrel"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kestrel"));
    QApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Kestrel"));

    // The language has to be known before any text is made, so look for --lang early.
    QString lang;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    QTranslator translator;
    loadTranslation(app, translator, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Kestrel ANPR workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     Gui::tr("Run the embedded demo (demo users, demo hotlist, demo camera)."));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), Gui::tr("Keep data in <dir>."),
                                        Gui::tr("dir"), Kestrel::defaultDataDir());
    const QCommandLineOption langOpt(QStringLiteral("lang"), Gui::tr("Interface language: en_GB or cy."),
                                     Gui::tr("lang"));
    const QCommandLineOption userOpt(QStringLiteral("user"), Gui::tr("Log in as <name> without the dialog."),
                                     Gui::tr("name"));
    const QCommandLineOption passwordEnvOpt(QStringLiteral("password-env"),
                                            Gui::tr("Read the password for --user from environment variable <var>."),
                                            Gui::tr("var"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           Gui::tr("Save a picture of the main window to <file>."), Gui::tr("file"));
    const QCommandLineOption quitAfterOpt(QStringLiteral("quit-after-ms"),
                                          Gui::tr("Quit after <ms> milliseconds (taking the screenshot first)."),
                                          Gui::tr("ms"));
    const QCommandLineOption safeModeOpt(QStringLiteral("safe-mode"), Gui::tr("Load no plugins."));
    const QCommandLineOption escalateOpt(QStringLiteral("escalate-after-s"),
                                         Gui::tr("Escalate a High hit left unacknowledged for <s> seconds "
                                                 "(default: the saved setting, else 60)."),
                                         Gui::tr("s"));
    parser.addOptions({demoOpt, dataDirOpt, langOpt, userOpt, passwordEnvOpt, screenshotOpt, quitAfterOpt, safeModeOpt,
                       escalateOpt});
    parser.process(app);

    const int quitAfterMs = parser.isSet(quitAfterOpt) ? parser.value(quitAfterOpt).toInt() : 0;
    int escalateAfterS = QSettings()
                             .value(QLatin1String(Kestrel::HitAlertDialog::kSettingsKey),
                                    Kestrel::HitAlertDialog::kDefaultEscalateAfterS)
                             .toInt();
    if (parser.isSet(escalateOpt)) {
        bool ok = false;
        escalateAfterS = parser.value(escalateOpt).toInt(&ok);
        if (!ok || escalateAfterS < 1) {
            std::fprintf(stderr, "kestrel: %s\n",
                         qPrintable(Gui::tr("--escalate-after-s: \"%1\" is not a whole number of seconds above 0.")
                                        .arg(parser.value(escalateOpt))));
            return ExitFailed;
        }
    }
    const bool demo = parser.isSet(demoOpt);
    QString dataDir = parser.value(dataDirOpt);
    if (demo)
        dataDir = QDir(dataDir).filePath(QStringLiteral("demo"));
    if (!Kestrel::makePrivateDir(dataDir)) {
        critical(Gui::tr("Kestrel"), Gui::tr("Cannot create the data folder %1.").arg(dataDir), quitAfterMs);
        return ExitFailed;
    }

    Kestrel::Theme::apply(app);

    Kestrel::PluginLoader plugins;
    plugins.load(Kestrel::PluginLoader::defaultSearchPaths(), {}, parser.isSet(safeModeOpt));

    Kestrel::Engine::Options options;
    options.dbPath = QDir(dataDir).filePath(QStringLiteral("kestrel.db"));
    // Only the demo makes its store here; a real store and its first administrator are made by
    // kestrel-cli init, so a mistyped --data-dir is never taken for an empty store.
    options.createStore = demo;
    if (!demo && !QFileInfo::exists(options.dbPath)) {
        critical(Gui::tr("Kestrel cannot start"),
                 Gui::tr("There is no Kestrel store at %1.\nCreate it and its first administrator with\n"
                         "kestrel-cli init --db %1 --admin NAME\nor start Kestrel with --demo.")
                     .arg(options.dbPath),
                 quitAfterMs);
        return ExitFailed;
    }
    auto created = Kestrel::Engine::create(options, &plugins);
    if (!created) {
        const Kestrel::Error &e = created.error();
        critical(Gui::tr("Kestrel cannot start"),
                 Gui::tr("The evidence store could not be opened:\n%1").arg(e.toString()), quitAfterMs);
        return e.kind == Kestrel::Error::Kind::Integrity ? ExitIntegrity : ExitFailed;
    }
    std::unique_ptr<Kestrel::Engine> engine = std::move(created).value();
    Kestrel::Store &store = engine->store();

    if (demo) {
        auto seeded = Kestrel::UserDirectory(store).seedDemoUsers();
        if (!seeded) {
            critical(Gui::tr("Kestrel"), Gui::tr("The demo users could not be created: %1")
                                             .arg(seeded.error().toString()), quitAfterMs);
            return ExitFailed;
        }
    }

    // Log in: unattended when --user and a password in the environment authenticate, else the dialog.
    std::optional<Kestrel::User> user;
    if (parser.isSet(userOpt) && parser.isSet(passwordEnvOpt)) {
        const QString name = parser.value(userOpt);
        const QString password = qEnvironmentVariable(qPrintable(parser.value(passwordEnvOpt)));
        // The one login workflow (the dialog's and kestrel-cli's): it audits the attempt itself.
        auto result = Kestrel::UserDirectory(store).logIn(
            name, password, {{QStringLiteral("client"), QStringLiteral("gui")}, {QStringLiteral("mode"), QStringLiteral("unattended")}});
        if (result)
            user = result.value();
        else
            std::fprintf(stderr, "kestrel: unattended log-in refused: %s\n", qPrintable(result.error().message));
    }
    if (!user) {
        Kestrel::LoginDialog login(store);
        if (demo)
            login.showDemoHint();
        if (parser.isSet(userOpt))
            login.setUserName(parser.value(userOpt));
        if (quitAfterMs > 0)
            QTimer::singleShot(quitAfterMs, &login, &QDialog::reject);
        if (login.exec() != QDialog::Accepted)
            return ExitCancelled;
        user = login.user();
    }

    if (demo)
        importDemoHotlist(*engine, user->name);

    // One window per signed-in user; at a shift handover a window for the next user replaces it
    // while the engine (cameras, hotlist checks, the store) runs on underneath.
    std::unique_ptr<Kestrel::MainWindow> window;
    std::function<void(const Kestrel::User &)> openWindow;
    openWindow = [&](const Kestrel::User &who) {
        auto next = std::make_unique<Kestrel::MainWindow>(engine.get(), who, &plugins);
        next->setEscalateAfterMs(escalateAfterS * 1000);
        if (window) {
            next->setGeometry(window->geometry());
            next->restoreCameras(false); // the running cameras as they are, nothing started again
        } else {
            next->resize(1500, 940);
        }
        QObject::connect(next.get(), &Kestrel::MainWindow::handedOver, &app, [&](const Kestrel::User &u) {
            // Not from inside the old window's own signal: it is deleted on the way.
            QTimer::singleShot(0, &app, [&openWindow, u] { openWindow(u); });
        });
        next->show();
        if (window)
            window.release()->deleteLater();
        window = std::move(next);
        user = who;
    };
    openWindow(*user);

    if (demo) {
        Kestrel::Camera camera;
        camera.id = QStringLiteral("DEMO-01");
        camera.name = Gui::tr("Demo A64 northbound");
        camera.location = Gui::tr("Demo site");
        camera.direction = QStringLiteral("NB");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = Kestrel::sharedFile(QStringLiteral("demo/demo.mp4"));
        camera.options.insert(QStringLiteral("realtime"), true);
        camera.options.insert(QStringLiteral("loop"), true);
        // The demo video carries a burnt-in caption, as real cameras do: never read there.
        camera.options.insert(QStringLiteral("exclude"), QStringList{QStringLiteral("0,0,0.45,0.06")});
        if (camera.sourceUrl.isEmpty()) {
            window->showProblem(Gui::tr("The demo video demo/demo.mp4 was not found."));
        } else {
            window->rememberCamera(camera);
            auto started = engine->startCamera(camera);
            if (!started)
                window->showProblem(Gui::tr("The demo camera could not be started: %1").arg(started.error().toString()));
        }
    } else {
        window->restoreCameras();
    }

    const QString screenshot = parser.value(screenshotOpt);
    if (quitAfterMs > 0) {
        QTimer::singleShot(quitAfterMs, &app, [&window, screenshot] {
            if (window && !screenshot.isEmpty()) {
                window->refreshStatus();
                if (!window->screenshot().save(screenshot))
                    std::fprintf(stderr, "kestrel: cannot write %s\n", qPrintable(screenshot));
            }
            // exit(), not quit(): Qt 6's quit() asks every window to close, and an alert waiting
            // for its outcome refuses.
            QApplication::exit(0);
        });
    }

    const int rc = app.exec();
    engine->stopAll();
    engine->flush();
    // The session is over either way; a logout the trail cannot take is logged.
    Kestrel::noteOrWarn(Kestrel::AuditLog(store), user->name, QStringLiteral("logout"),
                        {{QStringLiteral("client"), QStringLiteral("gui")}});
    return rc;
}
