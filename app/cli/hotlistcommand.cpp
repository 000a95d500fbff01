// kestrel-cli hotlist import | list | check | validate | withdraw | trust-key: hotlists through the
// importer plugins and the registry, and the national feed's trusted keys.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "hotlist/hotlistcsv.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotlistregistry.h"
#include "hotlist/nationalfeed.h"
#include "plates/vrm.h"
#include "plugin/pluginloader.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const char kUsage[] =
    "usage: kestrel-cli hotlist import --db PATH FILE [--list NAME] [--format csv|json]\n"
    "       kestrel-cli hotlist import --db PATH --national FILE [--list NAME]\n"
    "         the national feed: FILE.sig must hold an Ed25519 signature of FILE (base64) by a trusted\n"
    "         key; its entries are live on arrival. Without a valid signature nothing is imported\n"
    "         (exit 2: no or malformed FILE.sig, or no key configured; exit 4: the signature does not verify)\n"
    "       kestrel-cli --db PATH --user ADMIN hotlist trust-key add HEX|FILE | remove KEYID | list\n"
    "         the national feed's Ed25519 public keys (64 hex digits, or a file holding them)\n"
    "       kestrel-cli hotlist list --db PATH [--json] [--status pending|live|expired|withdrawn]\n"
    "       kestrel-cli hotlist check --hotlist FILE [--max-equivalent N] [--allow-edit] VRM...\n"
    "       kestrel-cli --db PATH --user NAME hotlist validate ID | withdraw ID --reason TEXT\n"
    "  (import, list, validate, withdraw and trust-key act as --user NAME; the password comes from\n"
    "  KESTREL_PASSWORD)";

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// Reads a hotlist file through the importer plugin for its format.
Result<HotlistParseReport> readHotlist(const QString &path, const QString &format,
                                       const HotlistImportOptions &options)
{
    PluginLoader plugins;
    plugins.load();
    HotlistImporter *importer = format.isEmpty() ? plugins.hotlistImporterFor(path) : plugins.hotlistImporter(format);
    if (importer)
        return importer->read(path, options);
    // The CSV reader is in core: a missing plugin directory must not stop the common case.
    // The national feed's extract has the same columns.
    if (format == QLatin1String("csv") || format == QLatin1String("national") ||
        (format.isEmpty() && QFileInfo(path).suffix().toLower() == QLatin1String("csv")))
        return parseHotlistCsv(path, options);
    return Error::badInput(QStringLiteral("no hotlist importer for this file (loaded formats: %1)")
                               .arg(plugins.hotlistImporterFormats().join(QStringLiteral(", "))),
                           path);
}

// The national feed: the signature is checked on a private copy before a byte of it is parsed,
// and the copy is what is parsed, so the entries that go live are the ones that were signed.
int importNationalCommand(const Args &args, const QString &file)
{
    auto session = openSession(args.value(QStringLiteral("db")));
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    // NationalFeed audits a refusal (no permission, no or bad signature, no trusted key) once.
    auto verified = NationalFeed::admit(*session->store, session->user, file);
    if (!verified) {
        err(QStringLiteral("refused: ") + verified.error().toString());
        return exitCodeFor(verified.error());
    }
    const QString copy = verified->copy->fileName();
    // Messages name the file the user gave, not the private copy.
    auto named = [&](Error e) {
        if (e.file == copy)
            e.file = file;
        return e;
    };
    HotlistImportOptions options;
    options.defaultList = args.value(QStringLiteral("list"));
    auto report = readHotlist(copy, QStringLiteral("national"), options);
    if (!report) {
        err(named(report.error()).toString());
        return ExitBadInput;
    }
    HotlistRegistry registry(*session->store);
    auto imported = registry.importNational(std::move(report->entries), session->user, file, verified->signer);
    if (!imported) {
        err(imported.error().toString());
        return exitCodeFor(imported.error());
    }
    for (const Error &problem : std::as_const(report->problems))
        err(named(problem).toString());
    auto hits = registry.raiseRetrospectiveHits(imported->liveIds, QDateTime::currentMSecsSinceEpoch());
    if (!hits)
        err(hits.error().toString());
    out(QStringLiteral("imported %1 (live %2, pending validation %3), rejected %4, retrospective hits %5; "
                       "signed by national feed key %6")
            .arg(imported->imported)
            .arg(imported->liveIds.size())
            .arg(imported->pendingIds.size())
            .arg(report->problems.size())
            .arg(hits ? int(hits->size()) : 0)
            .arg(verified->signer));
    return report->problems.isEmpty() && hits ? ExitOk : ExitBadInput;
}

int importCommand(const Args &args)
{
    const QStringList files = args.positional().mid(1);
    if (!args.has(QStringLiteral("db")) || files.size() != 1) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    const QString file = files.first();
    // Asking for the national format is asking for the national feed's trust: signed or nothing.
    if (args.has(QStringLiteral("national")) || args.value(QStringLiteral("format")) == QLatin1String("national"))
        return importNationalCommand(args, file);
    HotlistImportOptions options;
    options.defaultList = args.value(QStringLiteral("list"));
    auto report = readHotlist(file, args.value(QStringLiteral("format")), options);
    if (!report) {
        err(report.error().toString());
        return ExitBadInput;
    }
    auto session = openSession(args.value(QStringLiteral("db")));
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    HotlistRegistry registry(*session->store);
    const User user = session->user;
    auto imported = registry.import(std::move(report->entries), user, file);
    if (!imported) {
        err(imported.error().toString());
        return imported.error().kind == Error::Kind::Refused ? ExitRefused : ExitBadInput;
    }
    for (const Error &problem : std::as_const(report->problems))
        err(problem.toString());
    auto hits = registry.raiseRetrospectiveHits(imported->liveIds, QDateTime::currentMSecsSinceEpoch());
    if (!hits)
        err(hits.error().toString());
    out(QStringLiteral("imported %1 (live %2, pending validation %3), rejected %4, retrospective hits %5")
            .arg(imported->imported)
            .arg(imported->liveIds.size())
            .arg(imported->pendingIds.size())
            .arg(report->problems.size())
            .arg(hits ? int(hits->size()) : 0));
    return report->problems.isEmpty() && hits ? ExitOk : ExitBadInput;
}

int listCommand(const Args &args)
{
    if (!args.has(QStringLiteral("db")) || args.positional().size() != 1) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    auto session = openSession(args.value(QStringLiteral("db")));
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    std::optional<HotlistStatus> status;
    if (args.has(QStringLiteral("status"))) {
        HotlistStatus parsed;
        if (!parseHotlistStatus(args.value(QStringLiteral("status")), &parsed)) {
            err(QStringLiteral("--status: '%1' is not pending, live, expired or withdrawn")
                    .arg(args.value(QStringLiteral("status"))));
            return ExitUsage;
        }
        status = parsed;
    }
    // The registry decides which entries this user may see (covert ones) and audits the listing.
    auto listed = HotlistRegistry(*session->store).list(session->user, status);
    if (!listed) {
        err(QStringLiteral("refused: ") + listed.error().message);
        return exitCodeFor(listed.error());
    }
    const std::vector<HotlistEntry> &entries = listed.value();
    const bool json = args.has(QStringLiteral("json"));
    for (const HotlistEntry &e : entries) {
        const QString expires = e.expires.isValid() ? e.expires.toString(Qt::ISODate) : QString();
        if (json) {
            const QJsonObject o{{QStringLiteral("id"), e.id},
                                {QStringLiteral("vrm"), e.vrm},
                                {QStringLiteral("list"), e.list},
                                {QStringLiteral("priority"), priorityName(e.priority)},
                                {QStringLiteral("status"), hotlistStatusName(e.status)},
                                {QStringLiteral("category"), e.category},
                                {QStringLiteral("reason"), e.reason},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("expires"), expires},
                                {QStringLiteral("covert"), e.covert},
                                {QStringLiteral("added_by"), e.addedBy},
                                {QStringLiteral("validated_by"), e.validatedBy}};
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                    .arg(e.id)
                    .arg(e.vrm, e.list, priorityName(e.priority), hotlistStatusName(e.status),
                         expires.isEmpty() ? QStringLiteral("-") : expires,
                         e.addedBy.isEmpty() ? QStringLiteral("-") : e.addedBy,
                         e.validatedBy.isEmpty() ? QStringLiteral("-") : e.validatedBy));
        }
    }
    return ExitOk;
}

int checkCommand(const Args &args)
{
    const QStringList vrms = args.positional().mid(1);
    if (!args.has(QStringLiteral("hotlist")) || vrms.isEmpty()) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    HotlistMatcher::Options options;
    if (args.has(QStringLiteral("max-equivalent"))) {
        bool ok = false;
        options.maxEquivalent = args.value(QStringLiteral("max-equivalent")).toInt(&ok);
        if (!ok || options.maxEquivalent < 0 || options.maxEquivalent > 2) {
            err(QStringLiteral("--max-equivalent: 0, 1 or 2"));
            return ExitUsage;
        }
    }
    options.allowEdit = args.has(QStringLiteral("allow-edit"));
    const QString file = args.value(QStringLiteral("hotlist"));
    auto report = readHotlist(file, args.value(QStringLiteral("format")), HotlistImportOptions{});
    if (!report) {
        err(report.error().toString());
        return ExitBadInput;
    }
    int code = ExitOk;
    for (const Error &problem : std::as_const(report->problems)) {
        err(problem.toString());
        code = ExitBadInput;
    }
    // The file is the list: its entries count as live, but weed dates still apply.
    const HotlistMatcher matcher(std::move(report->entries), QDate::currentDate(), options);
    for (const QString &raw : vrms) {
        QString why;
        const QString vrm = normaliseVrm(raw, &why);
        QStringList hits;
        if (vrm.isEmpty()) {
            err(QStringLiteral("VRM '%1': %2").arg(raw, why));
            code = ExitBadInput;
        } else {
            for (const HotlistMatch &m : matcher.match(vrm)) {
                const HotlistEntry e = matcher.entry(m.entryIndex);
                hits << QStringLiteral("{\"entry\":%1,\"list\":%2,\"priority\":%3,\"match\":%4,\"distance\":%5}")
                            .arg(jsonString(e.vrm), jsonString(e.list), jsonString(priorityName(e.priority)),
                                 jsonString(matchKindName(m.kind)))
                            .arg(m.distance);
            }
        }
        out(QStringLiteral("{\"vrm\":%1,\"hits\":[%2]}").arg(jsonString(vrm.isEmpty() ? raw : vrm),
                                                              hits.join(QLatin1Char(','))));
    }
    return code;
}

} // namespace

// Validation and withdrawal: the registry decides who may (a second authorised person).
int decideCommand(const Args &args, bool validate)
{
    bool ok = false;
    const qint64 id = args.positional().value(1).toLongLong(&ok);
    if (!ok || !args.has(QStringLiteral("db"))) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    auto session = openSession(args.value(QStringLiteral("db")));
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    HotlistRegistry registry(*session->store);
    if (validate) {
        auto validated = registry.validate(id, session->user);
        if (!validated) {
            err((validated.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) + validated.error().toString());
            return exitCodeFor(validated.error());
        }
        auto hits = registry.raiseRetrospectiveHits({id}, QDateTime::currentMSecsSinceEpoch());
        out(QStringLiteral("entry %1 (%2) is live; retrospective hits %3").arg(id).arg(validated->vrm).arg(hits ? int(hits->size()) : 0));
        return ExitOk;
    }
    auto withdrawn = registry.withdraw(id, session->user, args.value(QStringLiteral("reason")));
    if (!withdrawn) {
        err((withdrawn.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) + withdrawn.error().toString());
        return exitCodeFor(withdrawn.error());
    }
    out(QStringLiteral("entry %1 withdrawn").arg(id));
    return ExitOk;
}

// The national feed's trusted keys: administrators add and remove them (NationalFeed audits
// each change and refusal); anyone logged in who may list the hotlist sees them.
int trustKeyCommand(const Args &args)
{
    const QString verb = args.positional().value(1);
    const qsizetype n = args.positional().size();
    const bool list = verb == QLatin1String("list") && n == 2;
    const bool add = verb == QLatin1String("add") && n == 3;
    const bool remove = verb == QLatin1String("remove") && n == 3;
    if (!args.has(QStringLiteral("db")) || (!list && !add && !remove)) {
        err(QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    auto session = openSession(args.value(QStringLiteral("db")));
    if (!session) {
        err(session.error().toString());
        return exitCodeFor(session.error());
    }
    QList<NationalFeed::Key> keys;
    if (list) {
        // Listings are on the record, refused or not.
        const auto allowed = Permissions::require(session->user, Action::ListHotlist);
        keys = allowed ? NationalFeed::fromStore(*session->store).keys() : QList<NationalFeed::Key>();
        QJsonObject details{{QStringLiteral("shown"), int(keys.size())}};
        if (!allowed)
            details = {{QStringLiteral("refused"), allowed.error().message}};
        auto logged = AuditLog(*session->store).append(session->user.name, QStringLiteral("hotlist-trust-key-list"), details);
        if (!logged) {
            err(QStringLiteral("nothing listed: ") + logged.error().toString());
            return exitCodeFor(logged.error());
        }
        if (!allowed) {
            err(QStringLiteral("refused: ") + allowed.error().message);
            return ExitRefused;
        }
    } else {
        const QString what = args.positional().at(2);
        auto changed = add ? NationalFeed::addKey(*session->store, session->user, what)
                           : NationalFeed::removeKey(*session->store, session->user, what);
        if (!changed) {
            err((changed.error().kind == Error::Kind::Refused ? QStringLiteral("refused: ") : QString()) +
                changed.error().toString());
            return exitCodeFor(changed.error());
        }
        keys = changed.value();
    }
    for (const NationalFeed::Key &k : std::as_const(keys))
        out(k.id + QLatin1Char('\t') + k.hex());
    if (!list)
        out(QStringLiteral("%1 national feed key(s) trusted").arg(keys.size()));
    if (add) {
        // A first administrator's add is a proposal until a second one adds the same key.
        QString text = args.positional().at(2);
        if (QFile keyFile(text); text.trimmed().size() != 64 && keyFile.open(QIODevice::ReadOnly))
            text = QString::fromLatin1(keyFile.read(4096));
        const auto added = NationalFeed::parseKey(text);
        const bool trusted = added && std::any_of(keys.cbegin(), keys.cend(), [&](const NationalFeed::Key &k) {
            return k.publicKey == added->publicKey;
        });
        if (added && !trusted)
            out(QStringLiteral("key %1 proposed: a second administrator must add the same key before it is trusted").arg(added->id));
    }
    return ExitOk;
}

int hotlistCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {QStringLiteral("json"), QStringLiteral("allow-edit"), QStringLiteral("national")},
                    {QStringLiteral("db"), QStringLiteral("list"), QStringLiteral("hotlist"),
                     QStringLiteral("format"), QStringLiteral("status"), QStringLiteral("max-equivalent"),
                     QStringLiteral("reason")}) ||
        args.positional().isEmpty()) {
        err(args.error().isEmpty() ? QString::fromLatin1(kUsage) : args.error());
        return ExitUsage;
    }
    const QString what = args.positional().first();
    if (what == QLatin1String("import"))
        return importCommand(args);
    if (what == QLatin1String("list"))
        return listCommand(args);
    if (what == QLatin1String("trust-key"))
        return trustKeyCommand(args);
    if (what == QLatin1String("check"))
        return checkCommand(args);
    if (what == QLatin1String("validate") || what == QLatin1String("withdraw"))
        return decideCommand(args, what == QLatin1String("validate"));
    err(QStringLiteral("kestrel-cli hotlist: unknown sub-command '%1'").arg(what));
    err(QString::fromLatin1(kUsage));
    return ExitUsage;
}

} // namespace Kestrel::Cli
