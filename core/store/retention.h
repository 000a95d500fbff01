// Keeping data no longer than the law allows: reads past the retention period are deleted with
// their hits and images, vehicle images earlier (12 months by default), except what an
// investigation has put on hold. Every run, hold and release is audited.
#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "domain/user.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace Kestrel {

class AuditLog;
class Store;

// A preservation hold: a read kept, images and all, past retention because a case needs it.
struct Hold
{
    qint64 id = 0;
    QUuid read;
    QString caseReference;
    QString reason;
    QString placedBy;
    qint64 placedAtMs = 0;
    QString releasedBy; // empty while the hold is in force
    qint64 releasedAtMs = 0;
    bool active() const { return releasedAtMs == 0; }
};

struct RetentionReport
{
    qint64 readCutoffMs = 0;  // reads captured before this are deleted
    qint64 imageCutoffMs = 0; // images of reads captured before this are deleted
    qint64 readsDeleted = 0;
    qint64 hitsDeleted = 0;
    qint64 readsImagesDeleted = 0; // reads whose images went (the reads themselves stay)
    qint64 filesDeleted = 0;
    qint64 heldKept = 0;           // reads past a cutoff kept by a hold
    int monthsDropped = 0;         // month tables left empty and dropped (schema 5)
    QStringList problems;          // files that could not be removed (the run carries on)
};

class Retention
{
public:
    Retention(Store &store, AuditLog &audit) : m_store(store), m_audit(audit) {}

    // Applies settings.retentionDays and settings.imageRetentionDays as of nowMs. Images of reads
    // that raised a hit stay until the read itself goes; held reads stay whole. Works in batches
    // so that the writer thread is never kept waiting long. dryRun counts without changing.
    // Only an administrator (or the workstation's own "system" schedule, user empty) may run it.
    Result<RetentionReport> run(const RetentionSettings &settings, qint64 nowMs, const User *by,
                                bool dryRun = false);

    // Investigators and supervisors place holds; supervisors release them.
    static bool mayPlaceHold(const User &user);
    static bool mayReleaseHold(const User &user);
    Result<qint64> placeHold(const QUuid &read, const QString &caseReference, const QString &reason,
                             const User &by, qint64 atMs);
    Result<void> releaseHold(qint64 id, const QString &reason, const User &by, qint64 atMs);
    QList<Hold> holds(bool activeOnly) const; // for core's own use: no permission asked
    // Holds for a person to see (case references are case data): Action::ListHolds, audited.
    Result<QList<Hold>> listHolds(const User &by, bool activeOnly);
    QList<Hold> holdsOn(const QUuid &read) const;

private:
    Error refuse(const User &by, const QString &action, QJsonObject details, const Error &why);
    Store &m_store;
    AuditLog &m_audit;
};

} // namespace Kestrel
