// kestrel-cli search / convoy: historic queries with purpose and reference, policy-filtered.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "audit/auditlog.h"
#include "store/readsearch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

struct Common
{
    AccessPurpose purpose = AccessPurpose::Routine;
    QString reference;
    qint64 fromMs = 0, toMs = 0;
};

// Parses --purpose, --reference, --from, --to; prints the problem and returns false when bad.
bool parseCommon(const Args &args, Common *c, int *code)
{
    if (!args.has(QStringLiteral("purpose")) || !args.has(QStringLiteral("reference"))) {
        err(QStringLiteral("every search states --purpose (routine, serious, major, counter-terrorism) and --reference"));
        *code = ExitUsage;
        return false;
    }
    if (!parsePurpose(args.value(QStringLiteral("purpose")), &c->purpose)) {
        err(QStringLiteral("field 'purpose': '%1' is not routine, serious, major or counter-terrorism").arg(args.value(QStringLiteral("purpose"))));
        *code = ExitBadInput;
        return false;
    }
    c->reference = args.value(QStringLiteral("reference"));
    if (!parseTimeWindow(args, &c->fromMs, &c->toMs)) {
        *code = ExitBadInput;
        return false;
    }
    return true;
}

const QSet<QString> kValued = {QStringLiteral("plate"), QStringLiteral("from"), QStringLiteral("to"),
                               QStringLiteral("camera"), QStringLiteral("purpose"), QStringLiteral("reference"),
                               QStringLiteral("limit"), QStringLiteral("window-s"), QStringLiteral("min-count")};

} // namespace

namespace {

QString reachNote(const SearchReach &reach)
{
    return QStringLiteral("reads captured before %1 are not shown to you, whether or not any exist; to see older reads: %2")
        .arg(isoTime(reach.visibleFromMs), reach.howToAsk);
}

QString reachRefusal(const SearchReach &reach)
{
    return QStringLiteral("refused: the window asked for ends before %1, the oldest capture time you may see for this "
                          "purpose and case; to see older reads: %2")
        .arg(isoTime(reach.visibleFromMs), reach.howToAsk);
}

} // namespace

int searchCommand(const QStringList &words, bool convoy)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json")}, kValued) || !args.has(QStringLiteral("plate"))) {
        err(args.error().isEmpty()
                ? (convoy ? QStringLiteral("usage: kestrel-cli --db PATH --user NAME convoy --plate VRM --window-s T --min-count K"
                                           " [--from ISO] [--to ISO] --purpose P --reference REF [--json]")
                          : QStringLiteral("usage: kestrel-cli --db PATH --user NAME search --plate P [--from ISO] [--to ISO]"
                                           " [--camera ID] --purpose P --reference REF [--json]"))
                : args.error());
        return ExitUsage;
    }
    Common c;
    int code = ExitOk;
    if (!parseCommon(args, &c, &code))
        return code;
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    AuditLog audit(*session->store);
    const AccessPolicy policy(ForceSettings::load(*session->store));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<AccessRequest> mine = AccessRequests(*session->store, audit, policy).forRequester(session->user.name, now);
    ReadSearch search(*session->store, audit, policy);
    const bool json = args.has(QStringLiteral("json"));

    if (convoy) {
        bool okW = false, okK = false;
        const int window = args.value(QStringLiteral("window-s")).toInt(&okW);
        const int minCount = args.value(QStringLiteral("min-count")).toInt(&okK);
        if (!okW || !okK) {
            err(QStringLiteral("convoy needs --window-s SECONDS and --min-count N"));
            return ExitUsage;
        }
        auto result = search.convoy(session->user, c.purpose, c.reference, args.value(QStringLiteral("plate")), window,
                                    minCount, c.fromMs, c.toMs, mine, now);
        if (!result) {
            err((result.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) + result.error().toString());
            return exitCodeFor(result.error());
        }
        if (result->reach.outside) {
            err(reachRefusal(result->reach));
            return ExitRefused;
        }
        QJsonArray vehicles;
        for (const ConvoyVehicle &v : result->vehicles) {
            if (json)
                vehicles.append(QJsonObject{{QStringLiteral("vrm"), v.vrm}, {QStringLiteral("count"), v.coOccurrences},
                                            {QStringLiteral("first_seen"), isoTime(v.firstSeenMs)},
                                            {QStringLiteral("last_seen"), isoTime(v.lastSeenMs)},
                                            {QStringLiteral("usual_camera"), v.usualCamera}});
            else
                out(QStringLiteral("%1\t%2 times\tfirst %3\tlast %4\tmost often at %5")
                        .arg(v.vrm).arg(v.coOccurrences).arg(isoTime(v.firstSeenMs), isoTime(v.lastSeenMs), v.usualCamera));
        }
        if (json)
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("target_reads"), result->targetReads},
                                                            {QStringLiteral("visible_from"), isoTime(result->reach.visibleFromMs)},
                                                            {QStringLiteral("vehicles"), vehicles}})
                                      .toJson(QJsonDocument::Compact)));
        if (result->reach.limited)
            err(reachNote(result->reach));
        return ExitOk;
    }

    SearchQuery q;
    q.plate = args.value(QStringLiteral("plate"));
    q.fromMs = c.fromMs;
    q.toMs = c.toMs;
    if (args.has(QStringLiteral("camera")))
        q.cameras = args.value(QStringLiteral("camera")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (args.has(QStringLiteral("limit")))
        q.limit = std::max(1, args.value(QStringLiteral("limit")).toInt());
    auto result = search.search(session->user, c.purpose, c.reference, q, mine, now);
    if (!result) {
        err((result.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) + result.error().toString());
        return exitCodeFor(result.error());
    }
    if (result->reach.outside) {
        // The window asked for lies wholly before what this user may see: refused from the
        // rights alone, the same whether or not the store holds anything there.
        err(reachRefusal(result->reach));
        return ExitRefused;
    }
    QJsonArray reads;
    for (const Read &r : result->reads) {
        if (json)
            reads.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("vrm"), r.vrm},
                                     {QStringLiteral("time"), isoTime(r.capturedAtMs)}, {QStringLiteral("camera"), r.cameraId},
                                     {QStringLiteral("confidence"), r.confidence}, {QStringLiteral("patch"), r.platePatch.path},
                                     {QStringLiteral("patch_sha256"), QString::fromLatin1(r.platePatch.sha256)},
                                     {QStringLiteral("overview"), r.overview.path}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(isoTime(r.capturedAtMs), r.vrm, r.cameraId).arg(r.confidence, 0, 'f', 2));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("results"), reads},
                                                        {QStringLiteral("visible_from"), isoTime(result->reach.visibleFromMs)},
                                                        {QStringLiteral("truncated"), result->truncated}})
                                  .toJson(QJsonDocument::Compact)));
    if (result->reach.limited)
        err(reachNote(result->reach));
    return ExitOk;
}

} // namespace Kestrel::Cli
