// kestrel-cli init --db PATH --admin NAME: the one way a store and its first administrator are
// made. Every other command opens an existing store only, so a typo is an error, not a new store.
#include "access/userdirectory.h"
#include "audit/auditlog.h"
#include "cliargs.h"
#include "commands.h"
#include "session.h"
#include "store/store.h"

#include <QFile>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {
constexpr int kMinPasswordLength = 12;
}

int initCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {},
                    {QStringLiteral("db"), QStringLiteral("admin"), QStringLiteral("display")}) ||
        !args.positional().isEmpty() || !args.has(QStringLiteral("db")) ||
        !args.has(QStringLiteral("admin"))) {
        err(args.error().isEmpty()
                ? QStringLiteral("usage: kestrel-cli init --db PATH --admin NAME [--display TEXT]\n"
                                 "  the administrator's password from KESTREL_NEW_PASSWORD, else "
                                 "KESTREL_PASSWORD, else a prompt (at least %1 characters)")
                      .arg(kMinPasswordLength)
                : args.error());
        return ExitUsage;
    }
    const QString path = args.value(QStringLiteral("db"));
    const QString admin = args.value(QStringLiteral("admin"));
    // The password is checked before anything is created: a store is never left without its
    // administrator.
    QString password = qEnvironmentVariable("KESTREL_NEW_PASSWORD");
    if (password.isEmpty())
        password = readPassword(QStringLiteral("Password for the administrator %1: ").arg(admin));
    if (password.size() < kMinPasswordLength) {
        err(QStringLiteral(
                "field 'password': the first administrator's password needs at least %1 characters "
                "(KESTREL_NEW_PASSWORD, KESTREL_PASSWORD or the prompt); nothing was created")
                .arg(kMinPasswordLength));
        return ExitBadInput;
    }
    Store::Options options;
    options.mode = Store::Mode::CreateNew;
    auto store = Store::open(path, options);
    if (!store) {
        Error e = store.error();
        e.field = QStringLiteral("db");
        err(e.toString());
        return exitCodeFor(e);
    }
    auto added = UserDirectory(**store).add(admin, Roles(Role::Administrator), password,
                                            args.value(QStringLiteral("display")));
    if (!added) {
        // Nothing half made stays behind: the path is free for a corrected init.
        const QString made = (*store)->path();
        store->reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(made + QLatin1String(suffix));
        Error e = added.error();
        err(e.toString() + QStringLiteral(" (nothing was created)"));
        return exitCodeFor(e);
    }
    auto audited = AuditLog(**store).append(QStringLiteral("init"), QStringLiteral("user-add"),
                                            {{QStringLiteral("name"), added->name},
                                             {QStringLiteral("roles"), QStringLiteral("administrator")},
                                             {QStringLiteral("via"), QStringLiteral("kestrel-cli init")}});
    if (!audited) {
        err(QStringLiteral("created %1 with administrator %2, but the audit trail could not record it: %3")
                .arg((*store)->path(), added->name, audited.error().toString()));
        return exitCodeFor(audited.error());
    }
    out(QStringLiteral("created %1 with administrator %2").arg((*store)->path(), added->name));
    return ExitOk;
}

} // namespace Kestrel::Cli
