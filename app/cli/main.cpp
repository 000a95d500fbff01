// kestrel-cli: the headless face of Kestrel (recognise, ingest, and later eval, bench, hotlist...).
#include "cliargs.h"
#include "commands.h"

#include <QCoreApplication>

using namespace Kestrel::Cli;

namespace {

const char kUsage[] =
    "usage: kestrel-cli COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  recognise FILE...                      read plates in images or videos; one JSON line per read\n"
    "  ingest --db PATH --camera ID SOURCE    run the full pipeline into a store and print a summary\n"
    "         [--hotlist CSV] [--realtime] [--location TEXT]\n"
    "  eval --manifest CSV [--json]           accuracy and speed on labelled photographs\n"
    "  bench recognise [--json]               recognition frames per second on one thread\n"
    "  bench hotlist --entries N [--json]     hotlist snapshot load, memory and lookups per second\n"
    "  hotlist import --db PATH FILE          import a hotlist (CSV, JSON) [--list NAME]\n"
    "  hotlist list --db PATH [--json]        the hotlist entries and their status\n"
    "  hotlist check --hotlist FILE VRM...    match VRMs against a hotlist file; one JSON line each\n"
    "\n"
    "exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by access policy, 4 integrity failure\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kestrel"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        out(QString::fromLatin1(kUsage).trimmed());
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("recognise") || command == QLatin1String("recognize"))
        return recogniseCommand(args);
    if (command == QLatin1String("ingest"))
        return ingestCommand(args);
    if (command == QLatin1String("eval"))
        return evalCommand(args);
    if (command == QLatin1String("bench"))
        return benchCommand(args);
    if (command == QLatin1String("hotlist"))
        return hotlistCommand(args);
    err(QStringLiteral("kestrel-cli: unknown command '%1'").arg(command));
    err(QString::fromLatin1(kUsage).trimmed());
    return ExitUsage;
}
