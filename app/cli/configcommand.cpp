// kestrel-cli config list|set: the force's access tiers and retention, kept in the database.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/forcesettings.h"
#include "audit/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kConfigUsage[] = "usage: kestrel-cli --db PATH --user NAME config list [--json]\n"
                            "       kestrel-cli --db PATH --user ADMIN config set KEY DAYS\n"
                            "       kestrel-cli --db PATH --user ADMIN config set hits.outcomes NAME,NAME,...";

} // namespace

int configCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json")}, {}) || args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kConfigUsage) : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    const bool list = verb == QLatin1String("list") && args.positional().size() == 1;
    const bool set = verb == QLatin1String("set") && args.positional().size() == 3;
    if (!list && !set) {
        err(QString::fromLatin1(kConfigUsage));
        return ExitUsage;
    }
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    RetentionSettings settings = ForceSettings::load(*session->store);
    if (set) {
        AuditLog audit(*session->store);
        auto changed = ForceSettings::set(*session->store, audit, session->user, args.positional().at(1),
                                          args.positional().at(2));
        if (!changed) {
            err(changed.error().toString());
            return exitCodeFor(changed.error());
        }
        settings = changed.value();
    } else if (auto listed = AuditLog(*session->store).append(session->user.name, QStringLiteral("config-list")); !listed) {
        err(QStringLiteral("nothing listed: ") + listed.error().toString());
        return exitCodeFor(listed.error());
    }
    const RetentionSettings defaults;
    QJsonArray rows;
    for (const ForceSettings::Key &k : ForceSettings::keys()) {
        const int value = settings.*k.field;
        const int standard = defaults.*k.field;
        if (args.has(QStringLiteral("json"))) {
            rows.append(QJsonObject{{QStringLiteral("key"), QLatin1String(k.name)},
                                    {QStringLiteral("value"), value},
                                    {QStringLiteral("default"), standard},
                                    {QStringLiteral("meaning"), QLatin1String(k.meaning)}});
        } else {
            out(QStringLiteral("%1 %2%3  # %4")
                    .arg(QLatin1String(k.name), -22)
                    .arg(value, 5)
                    .arg(value == standard ? QStringLiteral("          ") : QStringLiteral(" (def. %1)").arg(standard, 4))
                    .arg(QLatin1String(k.meaning)));
        }
    }
    // The outcomes operators are offered for a hit, in the force's order.
    const QString outcomes = ForceSettings::outcomesText(ForceSettings::offeredOutcomes(*session->store));
    const QString defaultOutcomes = ForceSettings::outcomesText(ForceSettings::defaultOutcomes());
    const char kOutcomesMeaning[] = "outcomes offered for a hit, in this order (misread always among them)";
    if (args.has(QStringLiteral("json"))) {
        rows.append(QJsonObject{{QStringLiteral("key"), QLatin1String(ForceSettings::kOutcomesKey)},
                                {QStringLiteral("value"), outcomes},
                                {QStringLiteral("default"), defaultOutcomes},
                                {QStringLiteral("meaning"), QLatin1String(kOutcomesMeaning)}});
    } else {
        out(QStringLiteral("%1 %2  # %3%4")
                .arg(QLatin1String(ForceSettings::kOutcomesKey), -22)
                .arg(outcomes, QLatin1String(kOutcomesMeaning),
                     outcomes == defaultOutcomes ? QString() : QStringLiteral(" (default %1)").arg(defaultOutcomes)));
    }
    if (args.has(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace Kestrel::Cli
