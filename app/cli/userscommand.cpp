// kestrel-cli users add|list|disable: accounts and roles; only administrators manage them.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/permissions.h"
#include "access/userdirectory.h"
#include "audit/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kUsage[] = "usage: kestrel-cli --db PATH --user ADMIN users add NAME --role ROLE [--role ROLE...] [--display TEXT]\n"
                      "       (the new account's password from KESTREL_NEW_PASSWORD or a prompt)\n"
                      "       kestrel-cli --db PATH --user ADMIN users list [--json]\n"
                      "       kestrel-cli --db PATH --user ADMIN users disable NAME";

int add(const Args &args, const QStringList &roleWords)
{
    Roles roles;
    for (const QString &w : roleWords) {
        Role r;
        if (!parseRole(w, &r)) {
            err(QStringLiteral("field 'role': '%1' is not operator, investigator, supervisor, administrator or auditor").arg(w));
            return ExitBadInput;
        }
        roles |= r;
    }
    // Always an administrator's act on an existing store: the first administrator comes with
    // the store from init, so a mistyped --db can no longer make a new store with a new admin.
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    auto allowed = Permissions::require(session->user, Action::ManageUsers);
    if (!allowed) {
        AuditLog(*session->store).append(session->user.name, QStringLiteral("user-add"),
                                         {{QStringLiteral("name"), args.positional().value(1)},
                                          {QStringLiteral("refused"), QStringLiteral("not an administrator")}});
        err(QStringLiteral("refused: only an administrator adds users"));
        return ExitRefused;
    }
    const QString actor = session->user.name;
    std::unique_ptr<Store> store = std::move(session->store);
    UserDirectory directory(*store);
    const QString name = args.positional().value(1);
    // The new account's password: KESTREL_NEW_PASSWORD, else as for logging in (KESTREL_PASSWORD,
    // else the prompt); KESTREL_PASSWORD is the acting administrator's, and giving it to another
    // account is warned about.
    QString password = qEnvironmentVariable("KESTREL_NEW_PASSWORD");
    if (password.isEmpty())
        password = readPassword(QStringLiteral("New password for %1: ").arg(name));
    if (!password.isEmpty() && qEnvironmentVariableIsEmpty("KESTREL_NEW_PASSWORD") &&
        password == qEnvironmentVariable("KESTREL_PASSWORD"))
        err(QStringLiteral("warning: %1's password is KESTREL_PASSWORD, the one %2 logged in with; set "
                           "KESTREL_NEW_PASSWORD to give the account its own").arg(name, actor));
    if (password.isEmpty()) {
        err(QStringLiteral("field 'password': no password given (set KESTREL_NEW_PASSWORD or type it at the prompt)"));
        return ExitBadInput;
    }
    auto added = directory.add(name, roles, password, args.value(QStringLiteral("display")));
    if (!added) {
        err(added.error().toString());
        return exitCodeFor(added.error());
    }
    AuditLog(*store).append(actor, QStringLiteral("user-add"),
                             {{QStringLiteral("name"), added->name},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(added->roles))}});
    out(QStringLiteral("added %1 (%2)").arg(added->name, roleNames(added->roles).join(QLatin1Char(','))));
    return ExitOk;
}

} // namespace

int usersCommand(const QStringList &words)
{
    // --role may repeat: collect those first, then parse the rest.
    QStringList rest, roles;
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--role") && i + 1 < words.size())
            roles << words.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            rest << words.at(i);
    }
    Args args;
    if (!args.parse(rest, {QStringLiteral("json")}, {QStringLiteral("display")}) || args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kUsage) : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    if (verb == QLatin1String("add")) {
        if (args.positional().size() != 2 || roles.isEmpty()) {
            err(QString::fromLatin1(kUsage));
            return ExitUsage;
        }
        return add(args, roles);
    }
    if (verb != QLatin1String("list") && verb != QLatin1String("disable")) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    AuditLog audit(*session->store);
    UserDirectory users(*session->store);
    if (!session->user.has(Role::Administrator) && !session->user.has(Role::Auditor)) {
        audit.append(session->user.name, QStringLiteral("user-") + verb, {{QStringLiteral("refused"), QStringLiteral("role")}});
        err(QStringLiteral("refused: users are managed by administrators (and listed for auditors)"));
        return ExitRefused;
    }
    if (verb == QLatin1String("list")) {
        QJsonArray all;
        for (const User &u : users.all()) {
            if (args.has(QStringLiteral("json")))
                all.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("display"), u.displayName},
                                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(u.roles))},
                                       {QStringLiteral("disabled"), u.disabled}});
            else
                out(QStringLiteral("%1\t%2\t%3%4").arg(u.name, u.displayName, roleNames(u.roles).join(QLatin1Char(',')),
                                                      u.disabled ? QStringLiteral("\tdisabled") : QString()));
        }
        if (args.has(QStringLiteral("json")))
            out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    if (args.positional().size() != 2) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    if (!session->user.has(Role::Administrator)) {
        audit.append(session->user.name, QStringLiteral("user-disable"),
                     {{QStringLiteral("name"), args.positional().at(1)}, {QStringLiteral("refused"), QStringLiteral("not an administrator")}});
        err(QStringLiteral("refused: only an administrator disables users"));
        return ExitRefused;
    }
    const QString name = args.positional().at(1);
    if (name == session->user.name) {
        err(QStringLiteral("refused: an administrator cannot disable their own account"));
        return ExitRefused;
    }
    auto disabled = users.setDisabled(name, true);
    if (!disabled) {
        err(disabled.error().toString());
        return exitCodeFor(disabled.error());
    }
    audit.append(session->user.name, QStringLiteral("user-disable"), {{QStringLiteral("name"), name}});
    out(QStringLiteral("disabled %1").arg(name));
    return ExitOk;
}

} // namespace Kestrel::Cli
