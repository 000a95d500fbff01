#include "hotlist/hotlistregistry.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "hotlist/hotlistfields.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Kestrel {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}
} // namespace

bool HotlistRegistry::isNationalSource(const QString &source)
{
    const QString s = source.trimmed().toUpper();
    return s == QLatin1String("PNC") || s == QLatin1String("DVLA") || s == QLatin1String("MIB");
}

bool HotlistRegistry::mayAdd(const User &u)
{
    return Permissions::allows(u, Action::ProposeHotlistEntry);
}

bool HotlistRegistry::mayValidate(const User &u)
{
    return Permissions::allows(u, Action::ValidateHotlistEntry);
}

bool HotlistRegistry::mayImport(const User &u)
{
    return Permissions::allows(u, Action::ImportHotlist);
}

bool HotlistRegistry::seesCovert(const User &u)
{
    return Permissions::allows(u, Action::SeeCovert);
}

std::optional<HotlistEntry> HotlistRegistry::visibleEntry(qint64 id, const User &by) const
{
    auto entry = m_store.hotlistEntry(id);
    if (entry && !seesCovert(by) && (entry->covert || m_store.hotlistSettings(entry->list).covert))
        return std::nullopt;
    return entry;
}

Error HotlistRegistry::refuse(const User &by, const QString &action, QJsonObject details, const Error &why)
{
    details.insert(QStringLiteral("refused"), why.message);
    auto logged = audit(by.name, action, details);
    return logged ? why : logged.error();
}

Result<void> HotlistRegistry::audit(const QString &user, const QString &action, const QJsonObject &details,
                                    const QList<RowRef> &rows)
{
    auto appended = AuditLog(m_store).append(user, action, details, rows);
    if (!appended)
        return appended.error();
    return {};
}

Result<HotlistRegistry::ImportResult> HotlistRegistry::import(std::vector<HotlistEntry> entries, const User &by,
                                                              const QString &file)
{
    const QJsonObject what{{QStringLiteral("file"), file}, {QStringLiteral("entries"), int(entries.size())}};
    if (auto allowed = Permissions::require(by, Action::ImportHotlist); !allowed)
        return refuse(by, QStringLiteral("hotlist-import"), what, allowed.error());
    // Two people put every local entry live, whoever imports it and whatever its file says of its
    // source: a "source" column is the file's word, not a validation. Only the national feed,
    // whose files are signed (importNational), arrives live.
    for (HotlistEntry &e : entries) {
        e.id = 0;
        e.addedBy = by.name;
        e.status = HotlistStatus::Pending;
        e.validatedBy.clear();
        e.validFromMs = 0;
    }
    return store(std::move(entries), by, file, QStringLiteral("hotlist-import"));
}

Result<HotlistRegistry::ImportResult> HotlistRegistry::importNational(std::vector<HotlistEntry> entries, const User &by,
                                                                      const QString &file, const QString &signer)
{
    const QJsonObject what{{QStringLiteral("file"), file}, {QStringLiteral("entries"), int(entries.size())}};
    if (auto allowed = Permissions::require(by, Action::ImportHotlist); !allowed)
        return refuse(by, QStringLiteral("hotlist-import-national"), what, allowed.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (HotlistEntry &e : entries) {
        e.id = 0;
        e.addedBy = by.name;
        e.status = HotlistStatus::Live;
        e.validatedBy = QStringLiteral("national:") + signer;
        e.validFromMs = now;
    }
    return store(std::move(entries), by, file, QStringLiteral("hotlist-import-national"),
                 {{QStringLiteral("signer"), signer}});
}

Result<HotlistRegistry::ImportResult> HotlistRegistry::store(std::vector<HotlistEntry> entries, const User &by,
                                                             const QString &file, const QString &action,
                                                             QJsonObject details)
{
    auto added = m_store.addHotlistEntries(entries);
    if (!added)
        return added.error();
    ImportResult result;
    result.imported = added.value();
    for (const HotlistEntry &e : entries)
        (e.status == HotlistStatus::Live ? result.liveIds : result.pendingIds).append(e.id);
    // Each entry with its digest; a national extract (millions) as the range of ids it took.
    QList<RowRef> rows;
    QJsonObject bulk;
    if (entries.size() <= kRowsListedPerImport) {
        for (const HotlistEntry &e : entries)
            rows.append({QStringLiteral("hotlist_entries"), e.id});
    } else if (!entries.empty()) {
        bulk = {{QStringLiteral("table"), QStringLiteral("hotlist_entries")},
                {QStringLiteral("from"), entries.front().id},
                {QStringLiteral("to"), entries.back().id}};
    }
    details.insert(QStringLiteral("file"), file);
    details.insert(QStringLiteral("entries"), result.imported);
    details.insert(QStringLiteral("live"), int(result.liveIds.size()));
    details.insert(QStringLiteral("pending"), int(result.pendingIds.size()));
    if (!bulk.isEmpty())
        details.insert(QStringLiteral("bulk_rows"), bulk);
    auto logged = audit(by.name, action, details, rows);
    if (!logged)
        return logged.error();
    return result;
}

Result<qint64> HotlistRegistry::add(HotlistEntry entry, const User &by)
{
    if (auto allowed = Permissions::require(by, Action::ProposeHotlistEntry); !allowed)
        return refuse(by, QStringLiteral("hotlist-add"), {{QStringLiteral("vrm"), entry.vrm}}, allowed.error());
    QString why;
    const QString pattern = normaliseHotlistPattern(entry.vrm, &why);
    if (pattern.isEmpty())
        return Error::badInput(why, {}, 0, QStringLiteral("vrm"));
    entry.vrm = pattern;
    entry.id = 0;
    entry.addedBy = by.name;
    entry.validatedBy.clear();
    entry.validFromMs = 0;
    entry.status = HotlistStatus::Pending;
    std::vector<HotlistEntry> one{std::move(entry)};
    auto added = m_store.addHotlistEntries(one);
    if (!added)
        return added.error();
    auto logged = audit(by.name, QStringLiteral("hotlist-add"),
                        {{QStringLiteral("entry"), one[0].id}, {QStringLiteral("vrm"), one[0].vrm},
                         {QStringLiteral("list"), one[0].list}},
                        {{QStringLiteral("hotlist_entries"), one[0].id}});
    if (!logged)
        return logged.error();
    return one[0].id;
}

Result<qint64> HotlistRegistry::addTyped(const QHash<QString, QString> &fields, const User &by)
{
    if (auto allowed = Permissions::require(by, Action::ProposeHotlistEntry); !allowed)
        return refuse(by, QStringLiteral("hotlist-add"), {{QStringLiteral("vrm"), fields.value(QStringLiteral("vrm"))}},
                      allowed.error());
    HotlistImportOptions options;
    options.requireValues = true;
    auto entry = hotlistEntryFromFields([&](const QString &name) { return fields.value(name).trimmed(); }, options,
                                        QString(), 0);
    if (!entry)
        return entry.error();
    return add(std::move(entry).value(), by);
}

Result<HotlistEntry> HotlistRegistry::validate(qint64 id, const User &by)
{
    // Who may ask comes first, and a covert entry is "no entry" to one who may not see it: what
    // an answer says of an entry is itself what the covert rule protects.
    if (auto allowed = Permissions::require(by, Action::ValidateHotlistEntry); !allowed)
        return refuse(by, QStringLiteral("hotlist-validate"), {{QStringLiteral("entry"), id}}, allowed.error());
    auto entry = visibleEntry(id, by);
    if (!entry)
        return refuse(by, QStringLiteral("hotlist-validate"), {{QStringLiteral("entry"), id}},
                      Error::badInput(QStringLiteral("no hotlist entry %1").arg(id)));
    if (entry->status != HotlistStatus::Pending)
        return Error::badInput(QStringLiteral("hotlist entry %1 is %2, not pending")
                                   .arg(id)
                                   .arg(hotlistStatusName(entry->status)));
    if (by.name.compare(entry->addedBy, Qt::CaseInsensitive) == 0)
        return refuse(by, QStringLiteral("hotlist-validate"), {{QStringLiteral("entry"), id}},
                      Error::refused(QStringLiteral("hotlist entry %1 was added by %2: a second person must "
                                                    "validate it").arg(id).arg(entry->addedBy)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto updated = m_store.setHotlistEntryStatus(id, HotlistStatus::Live, by.name, now);
    if (!updated)
        return updated.error();
    auto logged = audit(by.name, QStringLiteral("hotlist-validate"),
                        {{QStringLiteral("entry"), id}, {QStringLiteral("vrm"), entry->vrm},
                         {QStringLiteral("added_by"), entry->addedBy}},
                        {{QStringLiteral("hotlist_entries"), id}});
    if (!logged)
        return logged.error();
    entry->status = HotlistStatus::Live;
    entry->validatedBy = by.name;
    entry->validFromMs = now;
    return *entry;
}

Result<void> HotlistRegistry::withdraw(qint64 id, const User &by, const QString &reason)
{
    if (auto allowed = Permissions::require(by, Action::WithdrawHotlistEntry); !allowed)
        return refuse(by, QStringLiteral("hotlist-withdraw"), {{QStringLiteral("entry"), id}}, allowed.error());
    // A withdrawal stops alerts on every camera: the record says why.
    if (reason.trimmed().size() < 3)
        return Error::badInput(QStringLiteral("a withdrawal needs a reason (--reason TEXT)"), {}, 0, QStringLiteral("reason"));
    auto entry = visibleEntry(id, by);
    if (!entry)
        return refuse(by, QStringLiteral("hotlist-withdraw"), {{QStringLiteral("entry"), id}},
                      Error::badInput(QStringLiteral("no hotlist entry %1").arg(id)));
    auto updated = m_store.setHotlistEntryStatus(id, HotlistStatus::Withdrawn);
    if (!updated)
        return updated;
    return audit(by.name, QStringLiteral("hotlist-withdraw"),
                 {{QStringLiteral("entry"), id}, {QStringLiteral("vrm"), entry->vrm},
                  {QStringLiteral("reason"), reason}},
                 {{QStringLiteral("hotlist_entries"), id}});
}

Result<void> HotlistRegistry::saveSettings(const HotlistSettings &settings, const User &by)
{
    if (auto allowed = Permissions::require(by, Action::ManageHotlistLists); !allowed)
        return refuse(by, QStringLiteral("hotlist-settings"), {{QStringLiteral("list"), settings.name}}, allowed.error());
    auto saved = m_store.saveHotlistSettings(settings);
    if (!saved)
        return saved;
    return audit(by.name, QStringLiteral("hotlist-settings"),
                 {{QStringLiteral("list"), settings.name}, {QStringLiteral("covert"), settings.covert},
                  {QStringLiteral("max_equivalent"), settings.maxEquivalent},
                  {QStringLiteral("allow_edit"), settings.allowEdit},
                  {QStringLiteral("retrospective_days"), settings.retrospectiveDays}});
}

Result<std::vector<HotlistEntry>> HotlistRegistry::list(const User &by, std::optional<HotlistStatus> status)
{
    QJsonObject what;
    if (status)
        what.insert(QStringLiteral("status"), hotlistStatusName(*status));
    if (auto allowed = Permissions::require(by, Action::ListHotlist); !allowed)
        return refuse(by, QStringLiteral("hotlist-list"), what, allowed.error());
    std::vector<HotlistEntry> entries = status ? m_store.hotlistEntries(*status) : m_store.hotlistEntries();
    if (!seesCovert(by)) {
        QSet<QString> covertLists;
        for (const HotlistSettings &s : m_store.hotlistSettings())
            if (s.covert)
                covertLists.insert(s.name);
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const HotlistEntry &e) { return e.covert || covertLists.contains(e.list); }),
                      entries.end());
    }
    what.insert(QStringLiteral("shown"), int(entries.size()));
    auto logged = audit(by.name, QStringLiteral("hotlist-list"), what);
    if (!logged)
        return logged.error();
    return entries;
}

Result<Store::WeedResult> HotlistRegistry::weed(QDate today, const QString &by)
{
    auto weeded = m_store.weedHotlist(today);
    if (!weeded)
        return weeded;
    if (!weeded->expired.isEmpty()) {
        // Each expired entry as it now stands (or gone: deleted, as nothing refers to it).
        QList<RowRef> rows;
        for (qint64 id : weeded->expired)
            rows.append({QStringLiteral("hotlist_entries"), id});
        auto logged = audit(by, QStringLiteral("hotlist-weed"),
                            {{QStringLiteral("expired"), idArray(weeded->expired)},
                             {QStringLiteral("deleted"), weeded->deleted},
                             {QStringLiteral("date"), today.toString(Qt::ISODate)}},
                            rows);
        if (!logged)
            return logged.error();
    }
    return weeded;
}

Result<std::vector<Hit>> HotlistRegistry::raiseRetrospectiveHits(const QList<qint64> &entryIds, qint64 nowMs)
{
    std::vector<Hit> hits;
    std::vector<HotlistEntry> entries;
    for (qint64 id : entryIds)
        if (auto e = m_store.hotlistEntry(id); e && e->status == HotlistStatus::Live)
            entries.push_back(std::move(*e));
    if (entries.empty())
        return hits;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    HotlistMatcher::Options options;
    options.lists = m_store.hotlistSettings();
    QHash<QString, int> days;
    int maxDays = 0;
    for (const HotlistEntry &e : entries) {
        if (!days.contains(e.list))
            days.insert(e.list, m_store.hotlistSettings(e.list).retrospectiveDays);
        maxDays = std::max(maxDays, days.value(e.list));
    }
    if (maxDays == 0)
        return hits;
    const HotlistMatcher matcher(std::move(entries), today, options);
    struct Found
    {
        QUuid read;
        HotlistMatch match;
    };
    std::vector<Found> found;
    HotlistMatcher::Matches matches;
    const qint64 day = today.toJulianDay();
    m_store.forEachReadSince(nowMs - maxDays * kDayMs, [&](const QUuid &uid, const QString &vrm, qint64 at) {
        matcher.match(vrm, day, &matches);
        for (const HotlistMatch &m : matches) {
            const HotlistEntry e = matcher.entry(m.entryIndex);
            if (at >= nowMs - days.value(e.list) * kDayMs && at <= nowMs)
                found.push_back({uid, m});
        }
    });
    for (const Found &f : found) {
        const HotlistEntry e = matcher.entry(f.match.entryIndex);
        if (m_store.hasHit(f.read, e.id))
            continue;
        auto read = m_store.read(f.read);
        if (!read)
            continue;
        Hit h;
        h.uid = QUuid::createUuid();
        h.read = std::move(*read);
        h.entry = e;
        h.match = f.match.kind;
        h.distance = f.match.distance;
        h.raisedAtMs = nowMs;
        h.retrospective = true;
        h.covert = f.match.covert;
        hits.push_back(std::move(h));
    }
    if (hits.empty())
        return hits;
    auto stored = m_store.insertHits(hits);
    if (!stored)
        return stored.error();
    QJsonArray ids;
    for (const Hit &h : hits)
        ids.append(h.uid.toString(QUuid::WithoutBraces));
    auto logged = audit(QStringLiteral("system"), QStringLiteral("hotlist-retrospective-hits"),
                        {{QStringLiteral("entries"), idArray(entryIds)}, {QStringLiteral("hits"), ids}});
    if (!logged)
        return logged.error();
    return hits;
}

HotlistSnapshot HotlistRegistry::snapshot(const Store &store, QDate today, qint64 detailLimit)
{
    HotlistMatcher::Options options;
    options.lists = store.hotlistSettings();
    const qint64 live = store.hotlistEntryCount(HotlistStatus::Live);
    options.keepDetails = live <= detailLimit;
    HotlistMatcher::Builder builder(today, options);
    if (options.keepDetails) {
        for (HotlistEntry &e : store.hotlistEntries(HotlistStatus::Live))
            builder.add(std::move(e));
        return builder.build();
    }
    builder.reserve(live);
    auto visited = store.visitHotlistMatchFields(
        HotlistStatus::Live, [&](qint64 id, QStringView vrm, QStringView list, Priority priority, QDate expires, bool covert) {
            builder.add(vrm, list, priority, id, expires, covert);
        });
    if (!visited) {
        // Never a partial list: a vehicle left out would pass unseen.
        qWarning("hotlist not loaded: %s", qPrintable(visited.error().toString()));
        return nullptr;
    }
    return builder.build();
}

} // namespace Kestrel
