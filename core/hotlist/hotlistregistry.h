// The rules of a hotlist entry's life: who may add, import, validate and withdraw entries, weeding,
// and the retrospective check when entries go live. Every change goes to the audit log.
#pragma once

#include "common/result.h"
#include "audit/rowdigest.h"
#include "domain/hit.h"
#include "domain/hotlistentry.h"
#include "domain/user.h"
#include "hotlist/hotlistmatcher.h"
#include "store/store.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

#include <vector>

namespace Kestrel {

// Whoever calls in passes the User acting. Today the CLI builds that user itself; issue 5's
// authentication will hand in the logged-in user instead, with no change here.
class HotlistRegistry
{
public:
    explicit HotlistRegistry(Store &store) : m_store(store) {}

    static bool isNationalSource(const QString &source); // PNC, DVLA, MIB (case-insensitive)
    static bool mayAdd(const User &user);      // operator, investigator, supervisor, administrator
    static bool mayValidate(const User &user); // supervisor or administrator
    static bool mayImport(const User &user);   // supervisor or administrator
    static bool seesCovert(const User &user);  // Action::SeeCovert
    // An import of up to this many entries lists each with its digest in its audit entry; a
    // larger one (a national extract) records the range of ids it took.
    static constexpr qsizetype kRowsListedPerImport = 5000;

    struct ImportResult
    {
        int imported = 0;
        QList<qint64> liveIds;    // went live at once (national sources, administrator)
        QList<qint64> pendingIds; // wait for a second person's validation
    };
    // Every entry starts Pending with added_by set, whoever imports it and whatever source its
    // file names: a second authorised person validates it.
    Result<ImportResult> import(std::vector<HotlistEntry> entries, const User &by, const QString &file);
    // The national feed, whose file's signature was verified against the force's configured key
    // (NationalFeed): live on arrival, validated_by "national:<key id>". Call
    // raiseRetrospectiveHits(liveIds) (or Engine::entriesWentLive) afterwards.
    Result<ImportResult> importNational(std::vector<HotlistEntry> entries, const User &by, const QString &file,
                                        const QString &signer);
    // The entries this user may see (covert ones only for Action::SeeCovert), audited.
    Result<std::vector<HotlistEntry>> list(const User &by, std::optional<HotlistStatus> status = std::nullopt);

    // A local entry, Pending until validated by someone else.
    Result<qint64> add(HotlistEntry entry, const User &by);
    // One entry typed by a person (the hotlist manager's form), field by field under the names
    // the importers read (vrm, list, priority, ...): the importers' own rules
    // (hotlistEntryFromFields) with every required field filled, then add(). A bad field is
    // Error::badInput naming it.
    Result<qint64> addTyped(const QHash<QString, QString> &fields, const User &by);
    // Pending -> Live. Refused for the person who added it and for roles that may not validate.
    Result<HotlistEntry> validate(qint64 id, const User &by);
    Result<void> withdraw(qint64 id, const User &by, const QString &reason);
    Result<void> saveSettings(const HotlistSettings &settings, const User &by); // administrator
    // Expired entries stop matching; those no hit refers to are deleted. "system" by default.
    Result<Store::WeedResult> weed(QDate today, const QString &by = QStringLiteral("system"));

    // Checks the reads of the last N days (N from each entry's list settings) against entries that
    // have just gone live; stores and returns new hits, marked retrospective. A read already hit
    // by the same entry is not hit again.
    Result<std::vector<Hit>> raiseRetrospectiveHits(const QList<qint64> &entryIds, qint64 nowMs);

    // A matcher over the live entries, with the lists' settings. Up to detailLimit live entries
    // it keeps every entry's details; above that (a national extract) only what matching needs,
    // streamed from the store, and a hit's details are read back by id (Engine::withDetails).
    // Null when the store cannot be read: never a partial list.
    static constexpr qint64 kDetailLimit = 200'000;
    static HotlistSnapshot snapshot(const Store &store, QDate today, qint64 detailLimit = kDetailLimit);

private:
    Result<void> audit(const QString &user, const QString &action, const QJsonObject &details,
                       const QList<RowRef> &rows = {});
    // The entry, or none when it does not exist or is covert and this user may not see it.
    std::optional<HotlistEntry> visibleEntry(qint64 id, const User &by) const;
    // Audits a refusal and returns it (or the audit's own failure).
    Error refuse(const User &by, const QString &action, QJsonObject details, const Error &why);
    Result<ImportResult> store(std::vector<HotlistEntry> entries, const User &by, const QString &file,
                               const QString &action, QJsonObject details = {});
    Store &m_store;
};

} // namespace Kestrel
