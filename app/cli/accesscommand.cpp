// kestrel-cli access request|approve|decline|list: extended access, asked for and decided.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "audit/auditlog.h"
#include "plates/vrm.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kUsage[] =
    "usage: kestrel-cli --db PATH --user NAME access request --tier 12|24 --purpose serious|major|counter-terrorism\n"
    "           --reference REF --justification TEXT [--vrm VRM[,VRM...]] [--from ISO] [--to ISO]\n"
    "       kestrel-cli --db PATH --user SUPERVISOR access approve|decline ID --reason TEXT\n"
    "       kestrel-cli --db PATH --user NAME access list [--pending] [--json]";

QJsonObject toJson(const AccessRequest &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("requester"), r.requester},
                       {QStringLiteral("reference"), r.caseReference},
                       {QStringLiteral("purpose"), purposeName(r.purpose)},
                       {QStringLiteral("tier"), tierName(r.tier)},
                       {QStringLiteral("justification"), r.justification},
                       {QStringLiteral("vrms"), QJsonArray::fromStringList(r.scopeVrms)},
                       {QStringLiteral("from"), r.scopeFromMs ? isoTime(r.scopeFromMs) : QString()},
                       {QStringLiteral("to"), r.scopeToMs ? isoTime(r.scopeToMs) : QString()},
                       {QStringLiteral("state"), requestStateName(r.state)},
                       {QStringLiteral("decided_by"), r.decidedBy},
                       {QStringLiteral("reason"), r.decisionReason},
                       {QStringLiteral("expires"), r.expiresAtMs ? isoTime(r.expiresAtMs) : QString()}};
}

} // namespace

int accessCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json"), QStringLiteral("pending")},
                    {QStringLiteral("tier"), QStringLiteral("purpose"), QStringLiteral("reference"),
                     QStringLiteral("justification"), QStringLiteral("vrm"), QStringLiteral("from"),
                     QStringLiteral("to"), QStringLiteral("reason")}) ||
        args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kUsage) : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    if (verb != QLatin1String("request") && verb != QLatin1String("approve") && verb != QLatin1String("decline") &&
        verb != QLatin1String("list")) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    AuditLog audit(*session->store);
    AccessRequests requests(*session->store, audit, AccessPolicy(ForceSettings::load(*session->store)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (verb == QLatin1String("request")) {
        AccessRequest r;
        if (!parseTier(args.value(QStringLiteral("tier")), &r.tier)) {
            err(QStringLiteral("field 'tier': give 12 or 24 (months)"));
            return ExitBadInput;
        }
        if (!parsePurpose(args.value(QStringLiteral("purpose")), &r.purpose)) {
            err(QStringLiteral("field 'purpose': '%1' is not routine, serious, major or counter-terrorism")
                    .arg(args.value(QStringLiteral("purpose"))));
            return ExitBadInput;
        }
        r.caseReference = args.value(QStringLiteral("reference"));
        r.justification = args.value(QStringLiteral("justification"));
        for (const QString &v : args.value(QStringLiteral("vrm")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString why;
            const QString vrm = normaliseVrm(v, &why);
            if (vrm.isEmpty()) {
                err(QStringLiteral("field 'vrm': '%1': %2").arg(v, why));
                return ExitBadInput;
            }
            r.scopeVrms << vrm;
        }
        if (!parseTimeWindow(args, &r.scopeFromMs, &r.scopeToMs))
            return ExitBadInput;
        auto created = requests.create(session->user, r, now);
        if (!created) {
            err(QStringLiteral("refused: ") + created.error().message);
            return exitCodeFor(created.error());
        }
        out(QStringLiteral("request %1 pending: a supervisor other than you must approve it").arg(created->id));
        return ExitOk;
    }
    if (verb == QLatin1String("list")) {
        auto listed = requests.list(session->user, args.has(QStringLiteral("pending")), now);
        if (!listed) {
            err(QStringLiteral("refused: ") + listed.error().message);
            return exitCodeFor(listed.error());
        }
        QJsonArray all;
        for (const AccessRequest &r : *listed) {
            if (args.has(QStringLiteral("json"))) {
                all.append(toJson(r));
                continue;
            }
            // The scope is what an approval opens: it is part of every line.
            QStringList scope;
            if (!r.scopeVrms.isEmpty())
                scope << QStringLiteral("VRMs ") + r.scopeVrms.join(QLatin1Char(','));
            if (r.scopeFromMs > 0 || r.scopeToMs > 0)
                scope << QStringLiteral("%1..%2").arg(r.scopeFromMs > 0 ? isoTime(r.scopeFromMs) : QString(),
                                                      r.scopeToMs > 0 ? isoTime(r.scopeToMs) : QString());
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7").arg(r.id).arg(requestStateName(r.state), r.requester,
                                                                r.caseReference, purposeName(r.purpose), tierName(r.tier),
                                                                scope.join(QLatin1String("; "))));
        }
        if (args.has(QStringLiteral("json")))
            out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = args.positional().value(1).toLongLong(&ok);
    if (!ok) {
        err(QStringLiteral("field 'id': give the request number (see access list)"));
        return ExitUsage;
    }
    auto decided = requests.decide(session->user, id, verb == QLatin1String("approve"), args.value(QStringLiteral("reason")), now);
    if (!decided) {
        err((decided.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) + decided.error().toString());
        return exitCodeFor(decided.error());
    }
    out(QStringLiteral("request %1 %2%3").arg(id).arg(requestStateName(decided->state),
                                                    decided->expiresAtMs ? QStringLiteral(" until ") + isoTime(decided->expiresAtMs) : QString()));
    return ExitOk;
}

} // namespace Kestrel::Cli
