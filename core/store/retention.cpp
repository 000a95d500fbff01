#include "store/retention.h"

#include "access/forcesettings.h"
#include "access/permissions.h"

#include "audit/auditlog.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Kestrel {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Rows per transaction: small enough that the store writer never waits long for the lock.
constexpr int kBatch = 2000;

const char kNotHeld[] =
    " NOT EXISTS (SELECT 1 FROM holds h WHERE h.read_uid = r.uid AND h.released_at IS NULL)";
const char kHasImages[] = " (COALESCE(r.patch_path, '') <> '' OR COALESCE(r.overview_path, '') <> '')";
const char kNoHit[] = " NOT EXISTS (SELECT 1 FROM hits x WHERE x.read_uid = r.uid)";

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error::io(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

Result<qint64> count(const QSqlDatabase &db, const QString &sql, qint64 a, qint64 b = 0)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(a);
    if (sql.count(QLatin1Char('?')) > 1)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("retention count"), q);
    return q.value(0).toLongLong();
}

struct Victim
{
    QString uid;
    QString patch;
    QString overview;
    QString table; // the month's table that holds the row
};

Result<QList<Victim>> nextBatch(const QSqlDatabase &db, bool partitioned, const QString &where, qint64 a, qint64 b)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.uid, r.patch_path, r.overview_path, r.captured_at FROM reads r WHERE ") + where +
              QStringLiteral(" ORDER BY r.captured_at LIMIT %1").arg(kBatch));
    q.addBindValue(a);
    if (where.count(QLatin1Char('?')) > 1)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("retention select"), q);
    QList<Victim> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    partitioned ? Store::partitionTable(q.value(3).toLongLong()) : QStringLiteral("reads")});
    return out;
}

// Removes the image files first: a crash after this leaves rows whose images are gone, never
// images kept after their rows.
qint64 removeFiles(const ImageStore &images, const QList<Victim> &victims, QStringList *problems)
{
    qint64 removed = 0;
    for (const Victim &v : victims) {
        for (const QString &path : {v.patch, v.overview}) {
            if (path.isEmpty())
                continue;
            const QString file = images.absolutePath(ImageRef{path, {}});
            if (QFile::remove(file))
                ++removed;
            else if (QFile::exists(file))
                problems->append(QStringLiteral("%1: could not be deleted").arg(file));
        }
    }
    return removed;
}

// `sql` names the victim's table as %1 (reads are written to their month's table, not the view).
Result<qint64> execForUids(QSqlDatabase &db, const QString &sql, const QList<Victim> &victims)
{
    const bool perTable = sql.contains(QLatin1String("%1"));
    QSqlQuery q(db);
    std::optional<QString> preparedFor;
    qint64 affected = 0;
    for (const Victim &v : victims) {
        const QString table = perTable ? v.table : QString();
        if (preparedFor != table) {
            if (!q.prepare(perTable ? sql.arg(table) : sql))
                return sqlError(QStringLiteral("retention prepare"), q);
            preparedFor = table;
        }
        q.bindValue(0, v.uid);
        if (!q.exec())
            return sqlError(QStringLiteral("retention"), q);
        affected += q.numRowsAffected();
    }
    return affected;
}

} // namespace

Result<RetentionReport> Retention::run(const RetentionSettings &settings, qint64 nowMs, const User *by, bool dryRun)
{
    const QJsonObject asked{{QStringLiteral("retention_days"), settings.retentionDays},
                            {QStringLiteral("image_days"), settings.imageRetentionDays},
                            {QStringLiteral("dry_run"), dryRun}};
    auto refuse = [&](const Error &why) -> Result<RetentionReport> {
        QJsonObject details = asked;
        details.insert(QStringLiteral("refused"), why.message);
        auto logged = m_audit.append(by ? by->name : QStringLiteral("system"), QStringLiteral("retention-run"), details);
        if (!logged)
            return logged.error();
        return why;
    };
    if (by) {
        if (auto allowed = Permissions::require(*by, Action::RunRetention); !allowed)
            return refuse(allowed.error());
    }
    // Never below what the force's settings could be set to, nor out of step with its access
    // tiers: data an approval may still open is not deleted by a typing slip (--retention-days 1).
    if (const QString why = ForceSettings::problem(settings); !why.isEmpty())
        return refuse(Error::badInput(why, {}, 0, QStringLiteral("retention")));
    RetentionReport report;
    report.readCutoffMs = nowMs - settings.retentionDays * kDayMs;
    report.imageCutoffMs = nowMs - std::min(settings.imageRetentionDays, settings.retentionDays) * kDayMs;
    QSqlDatabase db = m_store.database();

    const QString expiredReads = QStringLiteral("r.captured_at < ? AND") + QLatin1String(kNotHeld);
    const QString expiredImages = QStringLiteral("r.captured_at < ? AND r.captured_at >= ? AND") +
                                  QLatin1String(kHasImages) + QStringLiteral(" AND") + QLatin1String(kNoHit) +
                                  QStringLiteral(" AND") + QLatin1String(kNotHeld);
    auto held = count(db, QStringLiteral("SELECT COUNT(DISTINCT h.read_uid) FROM holds h JOIN reads r ON r.uid = h.read_uid"
                                         " WHERE h.released_at IS NULL AND r.captured_at < ?"),
                      report.imageCutoffMs);
    if (!held)
        return held.error();
    report.heldKept = *held;

    if (dryRun) {
        auto reads = count(db, QStringLiteral("SELECT COUNT(*) FROM reads r WHERE ") + expiredReads, report.readCutoffMs);
        auto hits = count(db, QStringLiteral("SELECT COUNT(*) FROM hits x JOIN reads r ON r.uid = x.read_uid WHERE ") +
                                  expiredReads, report.readCutoffMs);
        auto images = count(db, QStringLiteral("SELECT COUNT(*) FROM reads r WHERE ") + expiredImages,
                             report.imageCutoffMs, report.readCutoffMs);
        for (const auto *r : {&reads, &hits, &images})
            if (!*r)
                return r->error();
        report.readsDeleted = *reads;
        report.hitsDeleted = *hits;
        report.readsImagesDeleted = *images;
        return report;
    }

    const ImageStore images(m_store.dataDir());
    const bool partitioned = m_store.schemaVersion() >= 5;
    // Whole reads past retention: their hits and released holds go with them.
    for (;;) {
        auto batch = nextBatch(db, partitioned, expiredReads, report.readCutoffMs, 0);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        report.filesDeleted += removeFiles(images, *batch, &report.problems);
        if (!db.transaction())
            return Error::io(QStringLiteral("retention: cannot begin: %1").arg(db.lastError().text()));
        // Released holds go with their reads; the trail records each (audit verify then knows
        // their rows were deleted by Kestrel), in the same transaction.
        QList<RowRef> releasedHolds;
        {
            QSqlQuery h(db);
            h.prepare(QStringLiteral("SELECT id FROM holds WHERE read_uid = ?"));
            for (const auto &v : *batch) {
                h.bindValue(0, v.uid);
                if (h.exec())
                    while (h.next())
                        releasedHolds.append({QStringLiteral("holds"), h.value(0)});
            }
        }
        auto hits = execForUids(db, QStringLiteral("DELETE FROM hits WHERE read_uid = ?"), *batch);
        auto holds = hits ? execForUids(db, QStringLiteral("DELETE FROM holds WHERE read_uid = ?"), *batch) : hits;
        auto reads = holds ? execForUids(db, QStringLiteral("DELETE FROM %1 WHERE uid = ?"), *batch) : holds;
        if (reads && !releasedHolds.isEmpty()) {
            auto logged = m_audit.append(by ? by->name : QStringLiteral("system"), QStringLiteral("retention-holds-deleted"),
                                         {{QStringLiteral("holds"), int(releasedHolds.size())}}, releasedHolds);
            if (!logged)
                reads = logged.error();
        }
        if (!reads || !db.commit()) {
            db.rollback();
            return reads ? Error::io(QStringLiteral("retention: commit failed: %1").arg(db.lastError().text()))
                         : reads.error();
        }
        report.hitsDeleted += *hits;
        report.readsDeleted += *reads;
        if (batch->size() < kBatch)
            break;
    }
    // Months emptied above give their space back at once (a month's table, indexes and all).
    if (partitioned) {
        auto dropped = m_store.dropEmptyPartitions(report.readCutoffMs);
        if (!dropped)
            return dropped.error();
        report.monthsDropped = *dropped;
    }
    // Images of older reads that raised no hit; the read rows stay (plate, time, camera).
    for (;;) {
        auto batch = nextBatch(db, partitioned, expiredImages, report.imageCutoffMs, report.readCutoffMs);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        report.filesDeleted += removeFiles(images, *batch, &report.problems);
        if (!db.transaction())
            return Error::io(QStringLiteral("retention: cannot begin: %1").arg(db.lastError().text()));
        auto cleared = execForUids(db,
                                   // The hashes stay: they say what the deleted images were,
                                   // and the read's audited digest covers them.
                                   QStringLiteral("UPDATE %1 SET patch_path = NULL, overview_path = NULL,"
                                                  " images_deleted_at = ") + QString::number(nowMs) +
                                       QStringLiteral(" WHERE uid = ?"),
                                   *batch);
        if (!cleared || !db.commit()) {
            db.rollback();
            return cleared ? Error::io(QStringLiteral("retention: commit failed: %1").arg(db.lastError().text()))
                           : cleared.error();
        }
        report.readsImagesDeleted += *cleared;
        if (batch->size() < kBatch)
            break;
    }
    auto logged = m_audit.append(by ? by->name : QStringLiteral("system"), QStringLiteral("retention"),
                                 QJsonObject{{QStringLiteral("read_cutoff"), report.readCutoffMs},
                                             {QStringLiteral("image_cutoff"), report.imageCutoffMs},
                                             {QStringLiteral("reads_deleted"), report.readsDeleted},
                                             {QStringLiteral("hits_deleted"), report.hitsDeleted},
                                             {QStringLiteral("reads_images_deleted"), report.readsImagesDeleted},
                                             {QStringLiteral("files_deleted"), report.filesDeleted},
                                             {QStringLiteral("held_kept"), report.heldKept},
                                             {QStringLiteral("months_dropped"), report.monthsDropped},
                                             {QStringLiteral("problems"), int(report.problems.size())}});
    if (!logged)
        return logged.error();
    return report;
}

bool Retention::mayPlaceHold(const User &user)
{
    return Permissions::allows(user, Action::PlaceHold);
}

bool Retention::mayReleaseHold(const User &user)
{
    return Permissions::allows(user, Action::ReleaseHold);
}

Error Retention::refuse(const User &by, const QString &action, QJsonObject details, const Error &why)
{
    details.insert(QStringLiteral("refused"), why.message);
    auto logged = m_audit.append(by.name, action, details);
    return logged ? why : logged.error();
}

Result<qint64> Retention::placeHold(const QUuid &read, const QString &caseReference, const QString &reason,
                                    const User &by, qint64 atMs)
{
    if (auto allowed = Permissions::require(by, Action::PlaceHold); !allowed)
        return refuse(by, QStringLiteral("hold-placed"), {{QStringLiteral("read"), read.toString(QUuid::WithoutBraces)}},
                      allowed.error());
    if (caseReference.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a hold needs a case reference"), {}, 0, QStringLiteral("reference"));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a hold needs a reason"), {}, 0, QStringLiteral("reason"));
    if (!m_store.read(read))
        return Error::badInput(QStringLiteral("no read %1 in the store").arg(read.toString(QUuid::WithoutBraces)),
                               {}, 0, QStringLiteral("read"));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO holds (read_uid, case_reference, reason, placed_by, placed_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(read.toString(QUuid::WithoutBraces));
    q.addBindValue(caseReference.trimmed());
    q.addBindValue(reason.trimmed());
    q.addBindValue(by.name);
    q.addBindValue(atMs);
    if (!q.exec())
        return sqlError(QStringLiteral("placing the hold"), q);
    const qint64 id = q.lastInsertId().toLongLong();
    auto logged = m_audit.append(by.name, QStringLiteral("hold-placed"),
                                 QJsonObject{{QStringLiteral("hold"), id},
                                             {QStringLiteral("read"), read.toString(QUuid::WithoutBraces)},
                                             {QStringLiteral("reference"), caseReference.trimmed()},
                                             {QStringLiteral("reason"), reason.trimmed()}},
                                 {{QStringLiteral("holds"), id}});
    if (!logged)
        return logged.error();
    return id;
}

Result<void> Retention::releaseHold(qint64 id, const QString &reason, const User &by, qint64 atMs)
{
    if (auto allowed = Permissions::require(by, Action::ReleaseHold); !allowed)
        return refuse(by, QStringLiteral("hold-released"), {{QStringLiteral("hold"), id}}, allowed.error());
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("releasing a hold needs a reason"), {}, 0, QStringLiteral("reason"));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE holds SET released_by = ?, released_at = ? WHERE id = ? AND released_at IS NULL"));
    q.addBindValue(by.name);
    q.addBindValue(atMs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("releasing the hold"), q);
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("no hold %1 in force").arg(id), {}, 0, QStringLiteral("hold"));
    auto logged = m_audit.append(by.name, QStringLiteral("hold-released"),
                                 QJsonObject{{QStringLiteral("hold"), id}, {QStringLiteral("reason"), reason.trimmed()}},
                                 {{QStringLiteral("holds"), id}});
    if (!logged)
        return logged.error();
    return {};
}

namespace {

QList<Hold> queryHolds(const QSqlDatabase &db, const QString &where, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, read_uid, case_reference, reason, placed_by, placed_at, released_by,"
                             " released_at FROM holds ") + where + QStringLiteral(" ORDER BY id"));
    if (bind.isValid())
        q.addBindValue(bind);
    QList<Hold> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Hold h;
        h.id = q.value(0).toLongLong();
        h.read = QUuid::fromString(q.value(1).toString());
        h.caseReference = q.value(2).toString();
        h.reason = q.value(3).toString();
        h.placedBy = q.value(4).toString();
        h.placedAtMs = q.value(5).toLongLong();
        h.releasedBy = q.value(6).toString();
        h.releasedAtMs = q.value(7).toLongLong();
        out.append(h);
    }
    return out;
}

} // namespace

QList<Hold> Retention::holds(bool activeOnly) const
{
    return queryHolds(m_store.database(), activeOnly ? QStringLiteral("WHERE released_at IS NULL") : QString(), {});
}

Result<QList<Hold>> Retention::listHolds(const User &by, bool activeOnly)
{
    const QJsonObject what{{QStringLiteral("active_only"), activeOnly}};
    if (auto allowed = Permissions::require(by, Action::ListHolds); !allowed)
        return refuse(by, QStringLiteral("hold-list"), what, allowed.error());
    QList<Hold> out = holds(activeOnly);
    QJsonObject details = what;
    details.insert(QStringLiteral("shown"), int(out.size()));
    auto logged = m_audit.append(by.name, QStringLiteral("hold-list"), details);
    if (!logged)
        return logged.error();
    return out;
}

QList<Hold> Retention::holdsOn(const QUuid &read) const
{
    return queryHolds(m_store.database(), QStringLiteral("WHERE read_uid = ?"), read.toString(QUuid::WithoutBraces));
}

} // namespace Kestrel
