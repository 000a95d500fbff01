// kestrel-cli users add|list|disable|enable|unlock|reset|roles: accounts and roles. Who may do
// what, the rules and the audit entries are UserDirectory's; this file reads words and prints.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/userdirectory.h"
#include "audit/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kUsage[] = "usage: kestrel-cli --db PATH --user ADMIN users add NAME --role ROLE [--role ROLE...] [--display TEXT]\n"
                      "       (the new account's password from KESTREL_NEW_PASSWORD or a prompt)\n"
                      "       kestrel-cli --db PATH --user NAME users list [--json]\n"
                      "       kestrel-cli --db PATH --user ADMIN users disable|enable|unlock NAME\n"
                      "       kestrel-cli --db PATH --user ADMIN users reset NAME\n"
                      "       (the new password from KESTREL_NEW_PASSWORD or a prompt, at least 12 characters)\n"
                      "       kestrel-cli --db PATH --user ADMIN users roles NAME --role ROLE [--role ROLE...]";

int fail(const Error &error)
{
    err(error.toString());
    return exitCodeFor(error);
}

bool parseRoles(const QStringList &words, Roles *roles)
{
    for (const QString &w : words) {
        Role r;
        if (!parseRole(w, &r)) {
            err(QStringLiteral("field 'role': '%1' is not operator, investigator, supervisor, administrator or auditor").arg(w));
            return false;
        }
        *roles |= r;
    }
    return true;
}

int add(const Args &args, Roles roles)
{
    // Always an administrator's act on an existing store: the first administrator comes with the
    // store from init, so a mistyped --db can no longer make a new store with a new admin.
    const QString name = args.positional().value(1);
    auto session = openSession(globalOptions().db);
    if (!session)
        return fail(session.error());
    // The new account's password: KESTREL_NEW_PASSWORD, else as for logging in (KESTREL_PASSWORD,
    // else the prompt); KESTREL_PASSWORD is the acting administrator's, and giving it to another
    // account is warned about. Set but empty is a blank password, refused as such.
    QString password = qEnvironmentVariable("KESTREL_NEW_PASSWORD");
    if (!qEnvironmentVariableIsSet("KESTREL_NEW_PASSWORD")) {
        password = readPassword(QStringLiteral("New password for %1: ").arg(name));
        if (!password.isEmpty() && password == qEnvironmentVariable("KESTREL_PASSWORD"))
            err(QStringLiteral("warning: %1's password is KESTREL_PASSWORD, the one %2 logged in with; set "
                               "KESTREL_NEW_PASSWORD to give the account its own").arg(name, session->user.name));
    }
    UserDirectory directory(*session->store);
    auto added = directory.add(session->user, name, roles, password, args.value(QStringLiteral("display")));
    if (!added)
        return fail(added.error());
    out(QStringLiteral("added %1 (%2)").arg(added->name, roleNames(added->roles).join(QLatin1Char(','))));
    return ExitOk;
}

int list(UserDirectory &users, const User &actor, bool json)
{
    auto listed = users.list(actor);
    if (!listed)
        return fail(listed.error());
    QJsonArray all;
    for (const User &u : listed.value()) {
        if (json)
            all.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("display"), u.displayName},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(u.roles))},
                                   {QStringLiteral("disabled"), u.disabled}});
        else
            out(QStringLiteral("%1\t%2\t%3%4").arg(u.name, u.displayName, roleNames(u.roles).join(QLatin1Char(',')),
                                                  u.disabled ? QStringLiteral("\tdisabled") : QString()));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace

int usersCommand(const QStringList &words)
{
    // --role may repeat: collect those first, then parse the rest.
    QStringList rest, roleWords;
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--role") && i + 1 < words.size())
            roleWords << words.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            rest << words.at(i);
    }
    Args args;
    if (!args.parse(rest, {QStringLiteral("json")}, {QStringLiteral("display")}) || args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kUsage) : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    const bool takesRoles = verb == QLatin1String("add") || verb == QLatin1String("roles");
    const bool takesName = takesRoles || verb == QLatin1String("disable") || verb == QLatin1String("enable") ||
                           verb == QLatin1String("unlock") || verb == QLatin1String("reset");
    if ((!takesName && verb != QLatin1String("list")) || args.positional().size() != (takesName ? 2 : 1) ||
        takesRoles == roleWords.isEmpty()) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    Roles roles;
    if (!parseRoles(roleWords, &roles))
        return ExitBadInput;
    if (verb == QLatin1String("add"))
        return add(args, roles);

    auto session = openSession(globalOptions().db);
    if (!session)
        return fail(session.error());
    UserDirectory users(*session->store);
    const User &actor = session->user;
    if (verb == QLatin1String("list"))
        return list(users, actor, args.has(QStringLiteral("json")));

    const QString name = args.positional().at(1);
    Result<User> done = Error::internal(QStringLiteral("nothing done"));
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        done = users.setDisabled(actor, name, verb == QLatin1String("disable"));
    } else if (verb == QLatin1String("unlock")) {
        done = users.unlock(actor, name);
    } else if (verb == QLatin1String("roles")) {
        done = users.setRoles(actor, name, roles);
    } else {
        // Never KESTREL_PASSWORD here: that is the administrator's own.
        const QString password = qEnvironmentVariableIsSet("KESTREL_NEW_PASSWORD")
                                     ? qEnvironmentVariable("KESTREL_NEW_PASSWORD")
                                     : promptPassword(QStringLiteral("New password for %1: ").arg(name));
        done = users.resetPassword(actor, name, password);
    }
    if (!done)
        return fail(done.error());
    if (verb == QLatin1String("roles"))
        out(QStringLiteral("%1: %2").arg(done->name, roleNames(done->roles).join(QLatin1Char(','))));
    else if (verb == QLatin1String("reset"))
        out(QStringLiteral("password reset for %1").arg(done->name));
    else
        out(QStringLiteral("%1 %2").arg(verb == QLatin1String("unlock") ? QStringLiteral("unlocked") : verb + QLatin1Char('d'),
                                        done->name));
    return ExitOk;
}

} // namespace Kestrel::Cli
