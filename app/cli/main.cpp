// kestrel-cli: the headless face of Kestrel (recognise, ingest, and later eval, bench, hotlist...).
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include <QCoreApplication>

#include <sys/stat.h>

using namespace Kestrel::Cli;

namespace {

const char kUsage[] =
    "usage: kestrel-cli [--db PATH] [--user NAME] COMMAND [options]\n"
    "\n"
    "  --db PATH      the Kestrel database (commands that read or change data); it must exist and be\n"
    "                 a Kestrel database: only init makes one\n"
    "  --user NAME    who is acting; the password comes from KESTREL_PASSWORD or a prompt\n"
    "\n"
    "commands:\n"
    "  init --db PATH --admin NAME            make a new store (PATH must not exist) and its first\n"
    "                                         administrator; password from KESTREL_NEW_PASSWORD, else\n"
    "                                         KESTREL_PASSWORD, else a prompt (at least 12 characters)\n"
    "  recognise FILE...                      read plates in images or videos; one JSON line per read\n"
    "  ingest --db PATH --camera ID SOURCE    run the full pipeline into a store and print a summary\n"
    "         [--hotlist CSV] [--realtime] [--location TEXT]\n"
    "  eval --manifest CSV [--json]           accuracy and speed on labelled photographs\n"
    "         [--dump-crops DIR [--force]]\n"
    "  bench recognise [--json]               recognition frames per second on one thread\n"
    "  bench hotlist --entries N [--json]     hotlist snapshot load, memory and lookups per second\n"
    "  hotlist import --db PATH FILE          import a hotlist (CSV, JSON) [--list NAME]; its entries wait\n"
    "                                         for a second person's validation\n"
    "  hotlist import --national FILE         the national feed: live on arrival only when FILE.sig is an\n"
    "                                         Ed25519 signature (base64) by a trusted key; else refused\n"
    "  hotlist trust-key add HEX|FILE | remove KEYID | list\n"
    "                                         the national feed's public keys (administrators change them)\n"
    "  hotlist list --db PATH [--json]        the hotlist entries and their status\n"
    "  hotlist check --hotlist FILE VRM...    match VRMs against a hotlist file; one JSON line each\n"
    "  users add NAME --role ROLE             (administrators) add an account; its password from\n"
    "                                         KESTREL_NEW_PASSWORD or a prompt, at least 12 characters\n"
    "  users list | disable NAME | enable NAME | unlock NAME | reset NAME | roles NAME --role ROLE...\n"
    "                                         administrators manage accounts (reset: the new password\n"
    "                                         from KESTREL_NEW_PASSWORD or a prompt); auditors list them\n"
    "  reads import FILE.csv                  reads from elsewhere: vrm,time,camera[,confidence,plate_image,overview_image]\n"
    "  access request|approve|decline|list    extended access (12 or 24 months), decided by another supervisor\n"
    "  search --plate P --purpose P --reference REF [--from ISO] [--to ISO] [--camera ID] [--json]\n"
    "  convoy --plate VRM --window-s T --min-count K --purpose P --reference REF [--json]\n"
    "  audit verify | list | export --csv FILE [--force]  the hash-chained audit trail; an export never\n"
    "                                         replaces a file without --force, nor the store's own files\n"
    "  bench store --reads N [--json]         ingest and search speed on generated reads (into a new\n"
    "         [--db NEW-PATH]                 store only, never an existing one)\n"
    "  retention run [--dry-run]              delete reads past retention (config retention.days, 730) and\n"
    "         [--retention-days N] [--image-days N]   images past retention.image_days (365), except held reads\n"
    "                                         and hits' images\n"
    "  config list | set KEY DAYS             access tiers, approval lifetime, retention (administrators set)\n"
    "  hold place --read UID --reference REF --reason TEXT | release ID --reason TEXT | list [--all]\n"
    "\n"
    "times (ISO): YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+HH:MM|-HH:MM], UTC when no offset is given; an\n"
    "out-of-range field, trailing text or lower-case t/z is refused, as is a time before 2000 or more\n"
    "than a day ahead\n"
    "\n"
    "exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by access policy, 4 integrity failure\n";

} // namespace

int main(int argc, char **argv)
{
    // Evidence is the owner's only: the store, its -wal/-shm, images and exports get no group or
    // other bits, whatever the shell's umask.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kestrel"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        out(QString::fromLatin1(kUsage).trimmed());
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    // Global options come before the command word; --db is also passed on to commands that
    // take it themselves.
    GlobalOptions &global = globalOptions();
    while (args.size() >= 2 && (args.first() == QLatin1String("--db") || args.first() == QLatin1String("--user"))) {
        const QString name = args.takeFirst();
        (name == QLatin1String("--db") ? global.db : global.user) = args.takeFirst();
    }
    if (args.isEmpty()) {
        err(QString::fromLatin1(kUsage).trimmed());
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    if (!global.db.isEmpty() && !args.contains(QStringLiteral("--db")) &&
        (command == QLatin1String("ingest") || command == QLatin1String("hotlist") || command == QLatin1String("init")))
        args << QStringLiteral("--db") << global.db;
    if (command == QLatin1String("init"))
        return initCommand(args);
    if (command == QLatin1String("users"))
        return usersCommand(args);
    if (command == QLatin1String("reads"))
        return readsCommand(args);
    if (command == QLatin1String("access"))
        return accessCommand(args);
    if (command == QLatin1String("search") || command == QLatin1String("convoy"))
        return searchCommand(args, command == QLatin1String("convoy"));
    if (command == QLatin1String("audit"))
        return auditCommand(args);
    if (command == QLatin1String("retention"))
        return retentionCommand(args);
    if (command == QLatin1String("config"))
        return configCommand(args);
    if (command == QLatin1String("hold"))
        return holdCommand(args);
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
