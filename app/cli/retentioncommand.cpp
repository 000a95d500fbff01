// kestrel-cli retention run | hold place|release|list: deleting what may no longer be kept, and
// keeping what a case needs.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/forcesettings.h"
#include "audit/auditlog.h"
#include "store/retention.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kRetentionUsage[] =
    "usage: kestrel-cli --db PATH --user ADMIN retention run [--dry-run | --yes] [--retention-days N] [--image-days N] [--json]\n"
    "  without --yes a run that would delete anything only says what would go";
const char kHoldUsage[] =
    "usage: kestrel-cli --db PATH --user NAME hold place --read UID --reference REF --reason TEXT\n"
    "       kestrel-cli --db PATH --user SUPERVISOR hold release ID --reason TEXT\n"
    "       kestrel-cli --db PATH --user NAME hold list [--all] [--json]";

bool parseDays(const Args &args, const QString &name, int *days)
{
    if (!args.has(name))
        return true;
    bool ok = false;
    const int v = args.value(name).toInt(&ok);
    if (!ok || v < 1 || v > 36500) {
        err(QStringLiteral("field '%1': '%2' is not a number of days (1 to 36500)").arg(name, args.value(name)));
        return false;
    }
    *days = v;
    return true;
}

} // namespace

int retentionCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("dry-run"), QStringLiteral("yes"), QStringLiteral("json")},
                    {QStringLiteral("retention-days"), QStringLiteral("image-days")}) ||
        args.positional() != QStringList{QStringLiteral("run")}) {
        err(args.error().isEmpty() ? QString::fromLatin1(kRetentionUsage) : args.error());
        return ExitUsage;
    }
    int retentionDays = 0, imageDays = 0; // 0: the force's settings (kestrel-cli config)
    if (!parseDays(args, QStringLiteral("retention-days"), &retentionDays) ||
        !parseDays(args, QStringLiteral("image-days"), &imageDays))
        return ExitBadInput;
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    RetentionSettings settings = ForceSettings::load(*session->store);
    if (retentionDays > 0)
        settings.retentionDays = retentionDays;
    if (imageDays > 0)
        settings.imageRetentionDays = imageDays;
    AuditLog audit(*session->store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool dryRun = args.has(QStringLiteral("dry-run"));
    auto report = Retention(*session->store, audit).run(settings, now, &session->user, true);
    if (!report) {
        err(report.error().toString());
        return exitCodeFor(report.error());
    }
    const bool deletes = report->readsDeleted > 0 || report->readsImagesDeleted > 0 || report->filesDeleted > 0;
    bool unconfirmed = false;
    if (!dryRun && deletes && !args.has(QStringLiteral("yes"))) {
        // Deleting evidence is not undone: the first run says what would go, --yes does it.
        unconfirmed = dryRun = true;
    } else if (!dryRun) {
        report = Retention(*session->store, audit).run(settings, now, &session->user, false);
        if (!report) {
            err(report.error().toString());
            return exitCodeFor(report.error());
        }
    }
    for (const QString &problem : report->problems)
        err(problem);
    if (args.has(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{
                                                {QStringLiteral("dry_run"), dryRun},
                                                {QStringLiteral("read_cutoff"), isoTime(report->readCutoffMs)},
                                                {QStringLiteral("image_cutoff"), isoTime(report->imageCutoffMs)},
                                                {QStringLiteral("reads_deleted"), report->readsDeleted},
                                                {QStringLiteral("hits_deleted"), report->hitsDeleted},
                                                {QStringLiteral("reads_images_deleted"), report->readsImagesDeleted},
                                                {QStringLiteral("files_deleted"), report->filesDeleted},
                                                {QStringLiteral("held_kept"), report->heldKept},
                                                {QStringLiteral("months_dropped"), report->monthsDropped},
                                                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("%1reads captured before %2 deleted: %3 (with %4 hits); images of reads before %5 "
                           "deleted: %6 reads, %7 files; kept by holds: %8; emptied months dropped: %9")
                .arg(dryRun ? QStringLiteral("dry run, nothing changed: ") : QString(), isoTime(report->readCutoffMs))
                .arg(report->readsDeleted)
                .arg(report->hitsDeleted)
                .arg(isoTime(report->imageCutoffMs))
                .arg(report->readsImagesDeleted)
                .arg(report->filesDeleted)
                .arg(report->heldKept)
                .arg(report->monthsDropped));
    }
    if (unconfirmed) {
        err(QStringLiteral("nothing was deleted: run again with --yes to delete what is listed above"));
        return ExitUsage;
    }
    return report->problems.isEmpty() ? ExitOk : ExitBadInput;
}

int holdCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("all"), QStringLiteral("json")},
                    {QStringLiteral("read"), QStringLiteral("reference"), QStringLiteral("reason")}) ||
        args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kHoldUsage) : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    if (verb != QLatin1String("place") && verb != QLatin1String("release") && verb != QLatin1String("list")) {
        err(QString::fromLatin1(kHoldUsage));
        return ExitUsage;
    }
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    AuditLog audit(*session->store);
    Retention retention(*session->store, audit);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (verb == QLatin1String("place")) {
        const QUuid read = QUuid::fromString(args.value(QStringLiteral("read")));
        if (read.isNull()) {
            err(QStringLiteral("field 'read': '%1' is not a read id (a UUID)").arg(args.value(QStringLiteral("read"))));
            return ExitBadInput;
        }
        auto id = retention.placeHold(read, args.value(QStringLiteral("reference")), args.value(QStringLiteral("reason")),
                                      session->user, now);
        if (!id) {
            err(id.error().toString());
            return exitCodeFor(id.error());
        }
        out(QStringLiteral("hold %1 placed: read %2 is kept until a supervisor releases it")
                .arg(*id)
                .arg(read.toString(QUuid::WithoutBraces)));
        return ExitOk;
    }
    if (verb == QLatin1String("release")) {
        bool ok = false;
        const qint64 id = args.positional().value(1).toLongLong(&ok);
        if (!ok) {
            err(QString::fromLatin1(kHoldUsage));
            return ExitUsage;
        }
        auto released = retention.releaseHold(id, args.value(QStringLiteral("reason")), session->user, now);
        if (!released) {
            err(released.error().toString());
            return exitCodeFor(released.error());
        }
        out(QStringLiteral("hold %1 released: the read follows the retention periods again").arg(id));
        return ExitOk;
    }
    auto listed = retention.listHolds(session->user, !args.has(QStringLiteral("all")));
    if (!listed) {
        err(QStringLiteral("refused: ") + listed.error().message);
        return exitCodeFor(listed.error());
    }
    const QList<Hold> &holds = listed.value();
    QJsonArray all;
    for (const Hold &h : holds) {
        const QJsonObject o{{QStringLiteral("id"), h.id},
                            {QStringLiteral("read"), h.read.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("reference"), h.caseReference},
                            {QStringLiteral("reason"), h.reason},
                            {QStringLiteral("placed_by"), h.placedBy},
                            {QStringLiteral("placed_at"), isoTime(h.placedAtMs)},
                            {QStringLiteral("released_by"), h.releasedBy},
                            {QStringLiteral("released_at"), h.releasedAtMs ? isoTime(h.releasedAtMs) : QString()}};
        if (args.has(QStringLiteral("json")))
            all.append(o);
        else
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5%6").arg(h.id).arg(h.read.toString(QUuid::WithoutBraces), h.caseReference,
                                                          h.placedBy, isoTime(h.placedAtMs),
                                                          h.active() ? QString() : QStringLiteral("\treleased by ") + h.releasedBy));
    }
    if (args.has(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace Kestrel::Cli
