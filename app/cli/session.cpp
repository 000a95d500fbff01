#include "session.h"

#include "access/userdirectory.h"
#include "cliargs.h"
#include "common/isotime.h"
#include "common/outputfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Kestrel::Cli {

GlobalOptions &globalOptions()
{
    static GlobalOptions options;
    return options;
}

QString readPassword(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("KESTREL_PASSWORD"))
        return qEnvironmentVariable("KESTREL_PASSWORD");
    return promptPassword(prompt);
}

QString promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    return got ? QString::fromUtf8(buffer).trimmed() : QString();
}

int exitCodeFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Usage: return ExitUsage;
    case Error::Kind::Refused: return ExitRefused;
    case Error::Kind::Integrity: return ExitIntegrity;
    default: return ExitBadInput;
    }
}

Result<std::unique_ptr<Store>> openStore(const QString &dbPath, bool readOnly)
{
    if (dbPath.isEmpty())
        return Error{Error::Kind::Usage, QStringLiteral("this command needs --db PATH"), {}, 0, QStringLiteral("db")};
    Store::Options options;
    options.readOnly = readOnly;
    auto store = Store::open(dbPath, options);
    if (!store && store.error().kind == Error::Kind::BadInput) {
        // A typo, a text file, a folder: refused untouched. Only init makes a store.
        Error e = store.error();
        e.field = QStringLiteral("db");
        e.message += QStringLiteral(" (a new store is made with: kestrel-cli init --db PATH --admin NAME)");
        return e;
    }
    return store;
}

Result<Session> openSession(const QString &dbPath)
{
    auto store = openStore(dbPath);
    if (!store)
        return store.error();
    const QString name = globalOptions().user;
    if (name.isEmpty())
        return Error{Error::Kind::Usage, QStringLiteral("this command needs --user NAME (password from "
                                                        "KESTREL_PASSWORD or a prompt)"), {}, 0, QStringLiteral("user")};
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(name));
    // The one login workflow (also the GUI's): it audits "login" or "login-failed" itself.
    auto user = UserDirectory(**store).logIn(name, password, {{QStringLiteral("client"), QStringLiteral("kestrel-cli")}});
    if (!user)
        return user.error();
    Session s;
    s.store = std::move(store).value();
    s.user = user.value();
    return s;
}

namespace {
OutputFileRules outputRules(bool force, const Store *store)
{
    OutputFileRules rules;
    rules.overwrite = force;
    if (store) {
        rules.protectedFiles = store->ownFiles();
        rules.protectedDirs = {store->imagesDir()};
    }
    return rules;
}
} // namespace

Result<void> checkOutputTarget(const QString &path, const QString &field, bool force, const Store *store)
{
    auto allowed = checkOutputFile(path, outputRules(force, store));
    if (!allowed) {
        Error e = allowed.error();
        e.field = field;
        return e;
    }
    return {};
}

Result<void> writeOutputFile(const QString &path, const QString &field, bool force, const Store *store,
                             const std::function<bool(QIODevice &)> &write)
{
    auto written = Kestrel::writeOutputFile(path, outputRules(force, store), write);
    if (!written) {
        Error e = written.error();
        e.field = field;
        return e;
    }
    return {};
}

QString isoTime(qint64 ms)
{
    return formatIsoTime(ms);
}

bool parseTimeWindow(const Args &args, qint64 *fromMs, qint64 *toMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!args.has(key))
            continue;
        Result<qint64> t = parseIsoTime(args.value(key));
        if (t) {
            auto plausible = checkTimePlausible(t.value(), now);
            if (!plausible)
                t = plausible.error();
        }
        if (!t) {
            err(QStringLiteral("field '%1': %2").arg(key, t.error().message));
            return false;
        }
        *(key == QLatin1String("from") ? fromMs : toMs) = t.value();
    }
    return true;
}

} // namespace Kestrel::Cli
