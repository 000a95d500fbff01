// kestrel-cli audit verify|list|export: the hash chain checked, read and exported.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "common/csvfield.h"
#include "common/outputfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

int auditCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json"), QStringLiteral("force")},
                    {QStringLiteral("csv"), QStringLiteral("limit"), QStringLiteral("action"), QStringLiteral("anchor"),
                     QStringLiteral("anchors")}) ||
        args.positional().size() != 1) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli --db PATH audit verify [--anchor ID:HASH] [--anchors FILE]\n"
                                                    "       kestrel-cli --db PATH audit anchor\n"
                                                    "       kestrel-cli --db PATH --user AUDITOR audit list [--action A] [--limit N] [--json]\n"
                                                    "       kestrel-cli --db PATH --user AUDITOR audit export --csv FILE [--force]")
                                   : args.error());
        return ExitUsage;
    }
    const QString verb = args.positional().first();
    if (verb == QLatin1String("verify") || verb == QLatin1String("anchor")) {
        // Verifying reveals nothing but whether the chain holds, so it needs no account: an
        // external examiner can run it on a copy of the database. Nor does the anchor, a hash.
        auto store = openStore(globalOptions().db);
        if (!store) {
            err(store.error().toString());
            return exitCodeFor(store.error());
        }
        if (verb == QLatin1String("anchor")) {
            auto head = AuditLog(**store).head();
            if (!head) {
                err(head.error().toString());
                return exitCodeFor(head.error());
            }
            if (head->id == 0) {
                err(QStringLiteral("the audit trail is empty: nothing to anchor"));
                return ExitBadInput;
            }
            out(head->toString());
            return ExitOk;
        }
        QList<AuditLog::Anchor> anchors;
        if (args.has(QStringLiteral("anchor"))) {
            AuditLog::Anchor a;
            if (!AuditLog::Anchor::parse(args.value(QStringLiteral("anchor")), &a)) {
                err(QStringLiteral("field 'anchor': '%1' is not ID:SHA256 (as printed by audit anchor)")
                        .arg(args.value(QStringLiteral("anchor"))));
                return ExitBadInput;
            }
            anchors.append(a);
        }
        if (args.has(QStringLiteral("anchors"))) {
            // One anchor a line, as the workstation appends them; '#' starts a comment.
            const QString path = args.value(QStringLiteral("anchors"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
                return ExitBadInput;
            }
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
                if (text.isEmpty())
                    continue;
                AuditLog::Anchor a;
                if (!AuditLog::Anchor::parse(text.section(QLatin1Char(' '), -1), &a)) {
                    err(QStringLiteral("%1:%2: field 'anchor': '%3' is not ID:SHA256").arg(path).arg(line).arg(text));
                    return ExitBadInput;
                }
                anchors.append(a);
            }
        }
        auto checked = AuditLog(**store).verify(anchors);
        if (!checked) {
            err(QStringLiteral("audit trail broken: ") + checked.error().message);
            return ExitIntegrity;
        }
        out(anchors.isEmpty() ? QStringLiteral("audit trail intact: %1 entries").arg(checked.value())
                              : QStringLiteral("audit trail intact: %1 entries, %2 anchors held").arg(checked.value()).arg(anchors.size()));
        return ExitOk;
    }
    if (verb != QLatin1String("list") && verb != QLatin1String("export")) {
        err(QStringLiteral("kestrel-cli audit: unknown verb '%1'").arg(verb));
        return ExitUsage;
    }
    if (verb == QLatin1String("export")) {
        // The target is checked before anyone logs in, so a refused export (onto the database
        // itself, say) changes nothing at all.
        const QString path = args.value(QStringLiteral("csv"));
        if (path.isEmpty()) {
            err(QStringLiteral("field 'csv': give the file to write (audit export --csv FILE)"));
            return ExitUsage;
        }
        auto store = openStore(globalOptions().db);
        if (!store) {
            err(store.error().toString());
            return exitCodeFor(store.error());
        }
        auto allowed = checkOutputTarget(path, QStringLiteral("csv"), args.has(QStringLiteral("force")), store->get());
        if (!allowed) {
            err(allowed.error().toString());
            return ExitBadInput;
        }
    }
    auto session = openSession(globalOptions().db);
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    AuditLog audit(*session->store);
    if (auto allowed = Permissions::require(session->user, Action::ViewAudit); !allowed) {
        if (auto noted = audit.append(session->user.name, QStringLiteral("audit-") + verb,
                                      {{QStringLiteral("refused"), QStringLiteral("role")}});
            !noted)
            err(QStringLiteral("the refusal could not be audited: ") + noted.error().toString());
        err(QStringLiteral("refused: the audit trail is for auditors and administrators (%1)").arg(allowed.error().message));
        return ExitRefused;
    }
    const int limit = args.value(QStringLiteral("limit"), QStringLiteral("1000000")).toInt();
    QList<AuditEvent> events = audit.recent(limit);
    const QString action = args.value(QStringLiteral("action"));
    if (!action.isEmpty())
        events.erase(std::remove_if(events.begin(), events.end(), [&](const AuditEvent &e) { return e.action != action; }), events.end());
    if (verb == QLatin1String("export")) {
        const QString path = args.value(QStringLiteral("csv"));
        // The export is in the trail before the file exists: no audit entry, no export.
        if (auto audited = audit.append(session->user.name, QStringLiteral("export"),
                                        {{QStringLiteral("what"), QStringLiteral("audit")},
                                         {QStringLiteral("file"), path},
                                         {QStringLiteral("entries"), int(events.size())}});
            !audited) {
            err(QStringLiteral("not exported: the audit trail could not be written: ") + audited.error().toString());
            return exitCodeFor(audited.error());
        }
        // Through a temporary file with every write checked: a full disk or a refused target
        // claims nothing and leaves nothing half written; never over the store itself.
        auto written = writeOutputFile(path, QStringLiteral("csv"), args.has(QStringLiteral("force")), session->store.get(),
                                       [&](QIODevice &f) {
            if (!writeAll(f, "id,time,user,action,details,prev_hash,hash\n"))
                return false;
            for (auto it = events.crbegin(); it != events.crend(); ++it) {
                const QByteArray line =
                    (QStringList{QString::number(it->id), isoTime(it->atMs), csvField(it->user), csvField(it->action),
                                 csvField(QString::fromUtf8(QJsonDocument(it->details).toJson(QJsonDocument::Compact))),
                                 QString::fromLatin1(it->prevHash), QString::fromLatin1(it->hash)}
                         .join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8();
                if (!writeAll(f, line))
                    return false;
            }
            return true;
        });
        if (!written) {
            // The trail already holds the export; it must also say that no file was written.
            if (auto noted = audit.append(session->user.name, QStringLiteral("export-failed"),
                                          {{QStringLiteral("what"), QStringLiteral("audit")},
                                           {QStringLiteral("file"), path},
                                           {QStringLiteral("failed"), written.error().message}});
                !noted)
                err(QStringLiteral("the failed export could not be audited: ") + noted.error().toString());
            err(written.error().toString());
            return ExitBadInput;
        }
        out(QStringLiteral("exported %1 entries to %2").arg(events.size()).arg(path));
        return ExitOk;
    }
    QJsonArray all;
    for (const AuditEvent &e : events) {
        if (args.has(QStringLiteral("json")))
            all.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("time"), isoTime(e.atMs)},
                                   {QStringLiteral("user"), e.user}, {QStringLiteral("action"), e.action},
                                   {QStringLiteral("details"), e.details}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.id).arg(isoTime(e.atMs), e.user, e.action,
                                                         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    }
    if (args.has(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace Kestrel::Cli
