#include "session.h"

#include "access/userdirectory.h"
#include "cliargs.h"

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

Result<std::unique_ptr<Store>> openStore(const QString &dbPath, IfMissing ifMissing)
{
    if (dbPath.isEmpty())
        return Error{Error::Kind::Usage, QStringLiteral("this command needs --db PATH"), {}, 0, QStringLiteral("db")};
    if (ifMissing == IfMissing::Refuse && !QFileInfo::exists(dbPath))
        return Error::badInput(QStringLiteral("no database here (create one with kestrel-cli --db PATH users add NAME "
                                              "--role administrator)"),
                               dbPath, 0, QStringLiteral("db"));
    return Store::open(dbPath);
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

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseIsoTime(const QString &text, bool *ok)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: times in Kestrel are UTC
    *ok = t.isValid();
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

bool parseTimeWindow(const Args &args, qint64 *fromMs, qint64 *toMs)
{
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!args.has(key))
            continue;
        bool ok = false;
        const qint64 t = parseIsoTime(args.value(key), &ok);
        if (!ok) {
            err(QStringLiteral("field '%1': '%2' is not an ISO 8601 date or time").arg(key, args.value(key)));
            return false;
        }
        *(key == QLatin1String("from") ? fromMs : toMs) = t;
    }
    return true;
}

} // namespace Kestrel::Cli
