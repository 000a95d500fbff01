// The local evidence store: SQLite through QtSql (portable SQL, so a force-wide PostgreSQL can
// follow), WAL, foreign keys, versioned schema with migrations; images live in an ImageStore.
#pragma once

#include "audit/auditkey.h"
#include "audit/rowdigest.h"
#include "common/result.h"
#include "domain/camera.h"
#include "domain/hit.h"
#include "domain/hotlistentry.h"
#include "domain/read.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Kestrel {

class Store
{
public:
    static constexpr int kSchemaVersion = 7;

    // Only `kestrel-cli init`, the GUI's demo and first run, and tests create a store: any other
    // path that is not a Kestrel database (a typo, a text file, an empty file, a folder) is
    // refused untouched, so a mistake never looks like an empty store.
    enum class Mode {
        OpenExisting,    // a Kestrel database that exists; anything else is refused (BadInput)
        CreateNew,       // a new store; refused when the path exists
        CreateIfMissing, // the GUI's first run and demo, and tests
    };

    struct Options
    {
        Mode mode = Mode::OpenExisting;
        bool readOnly = false;
        int upToVersion = kSchemaVersion; // tests build fixtures of older versions with this
        // SQLite page cache of this connection. A large transaction of reads dirties about one
        // page of the VRM index per read: the cache must hold them or they spill to the WAL
        // more than once. Memory is taken only as the database grows.
        int cacheMiB = 256;
        // WAL size at which it is copied back into the database (pages of 4 KiB). Larger is
        // faster to ingest (8 % at 3 M reads with 64 against 4) and slower to recover after a crash.
        int walCheckpointMiB = 64;
    };

    // Opens (or creates, as options.mode says) and migrates. A database written by a newer
    // Kestrel is refused with Kind::Integrity and left untouched. A store Kestrel creates has
    // its folder 0700 (when Kestrel makes it) and its database file 0600, whatever the umask;
    // SQLite gives the -wal and -shm files the database's mode.
    static Result<std::unique_ptr<Store>> open(const QString &dbPath, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &dbPath) { return open(dbPath, Options{}); }
    static Result<std::unique_ptr<Store>> openOrCreate(const QString &dbPath)
    {
        Options options;
        options.mode = Mode::CreateIfMissing;
        return open(dbPath, options);
    }
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    QString dataDir() const; // folder of the database file; images live beneath it
    QString imagesDir() const;
    // The database and the files SQLite keeps beside it (-wal, -shm, -journal): what no export
    // may ever write over.
    QStringList ownFiles() const;
    int schemaVersion() const { return m_version; }
    // The store's id (schema 7), which names its audit key file; empty before.
    QString storeId() const;
    // The key of the audit chain (schema 7), read once from its file (AuditKey::pathFor, or the
    // file given to useAuditKeyFile): Kind::Unavailable when it is not on this machine.
    Result<AuditKey> auditKey() const;
    void useAuditKeyFile(const QString &path) { m_auditKeyPath = path; m_auditKey.reset(); }
    QSqlDatabase database() const;

    // What a batch of reads came to: a count of rows committed, and each read left out by uid.
    struct InsertReport
    {
        int inserted = 0;
        QList<QUuid> duplicates;              // same camera, capture time and VRM as a stored read
        QList<QPair<QUuid, Error>> refused;   // bad field (named), or a row SQLite refused
        QList<RowDigest::ReadBatch> batches;  // per month table: the ids stored, as audited
    };
    // Reads and the hits raised on them, in one transaction. Image files must already be written
    // (platePatch/overview filled). Assigns read ids (0 for a read left out). A read that is a
    // duplicate or has a bad field is left out with its hits and the rest are stored; an error
    // (disk full, I/O) means nothing of the batch was stored.
    Result<InsertReport> insertReads(std::vector<Read> &reads, const std::vector<Hit> &hits = {});
    // The one check of a read's fields before it is stored: the field named, why it is bad.
    static Result<void> checkRead(const Read &read);
    // A read with this camera, capture time and VRM is stored (reads are unique by the three).
    bool hasRead(const QString &cameraId, qint64 capturedAtMs, const QString &vrm) const;
    // BEGIN IMMEDIATE: a transaction that reads before it writes holds the write lock from the
    // start, so a commit by another connection in between cannot make SQLite refuse its write
    // (a stale snapshot). End it with database().commit() or rollback().
    Result<void> beginWrite();
    bool inTransaction() const; // a transaction is open on this connection

    Result<void> upsertCamera(const Camera &camera);
    QList<Camera> cameras() const;

    // Stores entries as given, status included: the trusted bulk path (demo seeding, tests).
    // Entries that people add or import go through HotlistRegistry, which applies the rules.
    Result<int> addHotlistEntries(std::vector<HotlistEntry> &entries);
    std::vector<HotlistEntry> hotlistEntries() const; // every status
    std::vector<HotlistEntry> hotlistEntries(HotlistStatus status) const;
    std::optional<HotlistEntry> hotlistEntry(qint64 id) const;
    qint64 hotlistEntryCount(HotlistStatus status) const;
    // What matching needs of every entry with this status, streamed without building
    // HotlistEntry values: national extracts hold millions of entries.
    using MatchFieldsVisitor = std::function<void(qint64 id, QStringView vrm, QStringView list, Priority priority,
                                                  QDate expires, bool covert)>;
    Result<qint64> visitHotlistMatchFields(HotlistStatus status, const MatchFieldsVisitor &visit) const;
    Result<void> setHotlistEntryStatus(qint64 id, HotlistStatus status, const QString &validatedBy = {},
                                       qint64 validFromMs = 0);
    QList<HotlistSettings> hotlistSettings() const;
    HotlistSettings hotlistSettings(const QString &list) const; // defaults when the list has no row
    Result<void> saveHotlistSettings(const HotlistSettings &settings);
    struct WeedResult
    {
        QList<qint64> expired; // entries whose weed date passed: they stop matching
        int deleted = 0;       // of those, the ones no hit refers to, removed
    };
    // Entries that expire before `today` become Expired; those without hits are deleted.
    Result<WeedResult> weedHotlist(QDate today);
    Result<void> insertHits(const std::vector<Hit> &hits);
    bool hasHit(const QUuid &readUid, qint64 entryId) const;
    // Reads captured at or after fromMs, oldest first, streamed (bounded memory).
    void forEachReadSince(qint64 fromMs,
                          const std::function<void(const QUuid &uid, const QString &vrm, qint64 capturedAtMs)> &f) const;
    std::optional<Read> read(const QUuid &uid) const;

    QList<Read> recentReads(int limit) const;
    QList<Hit> recentHits(int limit) const;
    // Hits nobody has acknowledged yet, newest raised first: they wait across restarts and
    // crashes until someone records an outcome.
    QList<Hit> pendingHits(int limit) const;
    // Hits raised at or after fromMs, acknowledged or not, newest first (a shift's history).
    QList<Hit> hitsRaisedSince(qint64 fromMs, int limit) const;
    Result<void> acknowledgeHit(const QUuid &hit, const QString &user, HitOutcome outcome,
                                const QString &note, qint64 atMs);
    qint64 readCount() const;
    qint64 hitCount() const;
    Result<QString> integrityCheck() const; // "ok" or SQLite's findings

    // From schema 5 reads live in one table per calendar month (UTC) of capture, reads_YYYYMM,
    // behind a view named reads that every query uses (SQLite carries WHERE terms, joins and
    // ORDER BY ... LIMIT into each month's own indexes). A month's indexes are small enough to
    // stay in the page cache while it is written, and a month past retention is dropped whole.
    // Only rows are written to the tables directly: insertReads routes them, Retention deletes.
    static QString partitionTable(qint64 capturedAtMs);
    QStringList partitionTables() const; // oldest month first
    // Drops the month tables, older than `beforeMs`'s month, that hold no read any more.
    Result<int> dropEmptyPartitions(qint64 beforeMs);

    // For queries over reads elsewhere in core: the column list (table alias "r") and the row
    // parser that goes with it, so that a read is decoded in one place.
    static QString readColumns();
    static Read readFromQuery(const class QSqlQuery &q);

private:
    Store() = default;
    Result<void> migrate(int from, int to);
    Result<void> insertReadRows(std::vector<Read> &reads, InsertReport *report);
    Result<void> insertHitRows(const std::vector<Hit> &hits);
    // Hits with their reads and entries; `where` filters hits h (with ? bound from `binds`).
    QList<Hit> selectHits(const QString &where, const QVariantList &binds, int limit) const;
    Result<QString> ensurePartition(int month);
    Result<void> rebuildReadsView();
    Result<void> keyAuditChain();
    Result<void> auditBaseline();
    Result<void> partitionLegacyReads();

    QString m_path;
    QString m_connection;
    int m_version = 0;
    QString m_auditKeyPath;
    mutable std::shared_ptr<AuditKey> m_auditKey;
};

} // namespace Kestrel
