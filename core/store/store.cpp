#include "store/store.h"

#include "common/filemodes.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QSqlDriver>
#include <QSet>

#include "audit/auditkey.h"
#include "audit/auditlog.h"
#include "audit/rowdigest.h"
#include "common/textcheck.h"

#include <sqlite3.h>

#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>

namespace Kestrel {

namespace {

// Each step takes the schema from version i to i + 1. Never edit a step that has shipped: add one.
const char *const kMigrations[][16] = {
    // 0 -> 1: cameras, reads, hotlists, hits, users.
    {"CREATE TABLE schema_info (version INTEGER NOT NULL, migrated_at BIGINT NOT NULL)",
     "CREATE TABLE cameras (id TEXT PRIMARY KEY, name TEXT NOT NULL, location TEXT, direction TEXT,"
     " source_kind TEXT NOT NULL, source_url TEXT NOT NULL, options TEXT, enabled INTEGER NOT NULL DEFAULT 1)",
     "CREATE TABLE reads (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, vrm TEXT NOT NULL,"
     " raw_text TEXT, confidence REAL NOT NULL, candidates TEXT, country TEXT, format TEXT,"
     " camera_id TEXT NOT NULL REFERENCES cameras(id), captured_at BIGINT NOT NULL, location TEXT,"
     " direction TEXT, box_x INTEGER, box_y INTEGER, box_w INTEGER, box_h INTEGER, frame_index BIGINT,"
     " patch_path TEXT, patch_sha256 TEXT, overview_path TEXT, overview_sha256 TEXT)",
     "CREATE INDEX reads_vrm_time ON reads (vrm, captured_at)",
     "CREATE INDEX reads_time ON reads (captured_at)",
     "CREATE INDEX reads_camera_time ON reads (camera_id, captured_at)",
     "CREATE TABLE hotlist_entries (id INTEGER PRIMARY KEY, vrm TEXT NOT NULL, list TEXT NOT NULL,"
     " priority INTEGER NOT NULL, category TEXT, reason TEXT, source TEXT, action TEXT, expires TEXT,"
     " make TEXT, model TEXT, colour TEXT, warning_markers TEXT, grading TEXT, reference TEXT,"
     " covert INTEGER NOT NULL DEFAULT 0, added_by TEXT, validated_by TEXT, valid_from BIGINT)",
     "CREATE INDEX hotlist_vrm ON hotlist_entries (vrm)",
     "CREATE TABLE hits (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,"
     " read_uid TEXT NOT NULL REFERENCES reads(uid), entry_id INTEGER REFERENCES hotlist_entries(id),"
     " match_kind TEXT NOT NULL, distance INTEGER NOT NULL, raised_at BIGINT NOT NULL,"
     " retrospective INTEGER NOT NULL DEFAULT 0, acknowledged_at BIGINT, acknowledged_by TEXT,"
     " outcome TEXT, note TEXT)",
     "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, display_name TEXT,"
     " roles INTEGER NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, password_hash TEXT NOT NULL,"
     " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0)",
     nullptr},
    // 1 -> 2: the audit trail and access requests.
    {"CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at BIGINT NOT NULL, user_name TEXT NOT NULL,"
     " action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
     "CREATE TABLE access_requests (id INTEGER PRIMARY KEY, requester TEXT NOT NULL,"
     " case_reference TEXT NOT NULL, purpose INTEGER NOT NULL, justification TEXT NOT NULL,"
     " scope_vrms TEXT, scope_from BIGINT, scope_to BIGINT, tier INTEGER NOT NULL,"
     " state INTEGER NOT NULL, requested_at BIGINT NOT NULL, decided_by TEXT, decided_at BIGINT,"
     " decision_reason TEXT, expires_at BIGINT)",
     "CREATE INDEX hits_read ON hits (read_uid)",
     nullptr},
    // 2 -> 3: hotlist entry lifecycle and per-list settings. Entries stored before this step were
    // matched as soon as stored, so they stay live.
    {"ALTER TABLE hotlist_entries ADD COLUMN status TEXT NOT NULL DEFAULT 'live'"
     " CHECK (status IN ('pending', 'live', 'expired', 'withdrawn'))",
     "CREATE INDEX hotlist_status ON hotlist_entries (status, list)",
     "CREATE TABLE hotlist_settings (name TEXT PRIMARY KEY, covert INTEGER NOT NULL DEFAULT 0,"
     " max_equivalent INTEGER NOT NULL DEFAULT 1 CHECK (max_equivalent BETWEEN 0 AND 2),"
     " allow_edit INTEGER NOT NULL DEFAULT 0,"
     " retrospective_days INTEGER NOT NULL DEFAULT 7 CHECK (retrospective_days >= 0))",
     "INSERT INTO hotlist_settings (name) SELECT DISTINCT list FROM hotlist_entries",
     "CREATE INDEX hits_entry ON hits (entry_id)",
     nullptr},
    // 3 -> 4: retention. Preservation holds keep a read past its retention period; a read whose
    // images were deleted after the image period says when.
    {"CREATE TABLE holds (id INTEGER PRIMARY KEY, read_uid TEXT NOT NULL REFERENCES reads(uid),"
     " case_reference TEXT NOT NULL, reason TEXT NOT NULL, placed_by TEXT NOT NULL,"
     " placed_at BIGINT NOT NULL, released_by TEXT, released_at BIGINT)",
     "CREATE INDEX holds_read ON holds (read_uid)",
     "ALTER TABLE reads ADD COLUMN images_deleted_at BIGINT",
     nullptr},
    // 4 -> 5: reads partitioned by month of capture (reads_YYYYMM tables behind a view named
    // reads; Store::partitionLegacyReads moves the rows). Hits and holds can no longer
    // name reads(uid) as a foreign key, a view has no keys, so both are rebuilt without it.
    {"CREATE TABLE hits_v5 (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, read_uid TEXT NOT NULL,"
     " entry_id INTEGER REFERENCES hotlist_entries(id), match_kind TEXT NOT NULL, distance INTEGER NOT NULL,"
     " raised_at BIGINT NOT NULL, retrospective INTEGER NOT NULL DEFAULT 0, acknowledged_at BIGINT,"
     " acknowledged_by TEXT, outcome TEXT, note TEXT)",
     "INSERT INTO hits_v5 SELECT id, uid, read_uid, entry_id, match_kind, distance, raised_at, retrospective,"
     " acknowledged_at, acknowledged_by, outcome, note FROM hits",
     "DROP TABLE hits",
     "ALTER TABLE hits_v5 RENAME TO hits",
     "CREATE INDEX hits_read ON hits (read_uid)",
     "CREATE INDEX hits_entry ON hits (entry_id)",
     "CREATE TABLE holds_v5 (id INTEGER PRIMARY KEY, read_uid TEXT NOT NULL, case_reference TEXT NOT NULL,"
     " reason TEXT NOT NULL, placed_by TEXT NOT NULL, placed_at BIGINT NOT NULL, released_by TEXT,"
     " released_at BIGINT)",
     "INSERT INTO holds_v5 SELECT id, read_uid, case_reference, reason, placed_by, placed_at, released_by,"
     " released_at FROM holds",
     "DROP TABLE holds",
     "ALTER TABLE holds_v5 RENAME TO holds",
     "CREATE INDEX holds_read ON holds (read_uid)",
     nullptr},
    // 5 -> 6: the audit trail's head (its last entry and length, written with each entry, so that
    // entries cut from the end are found) and the force's settings (access tiers, retention).
    {"CREATE TABLE audit_head (one INTEGER PRIMARY KEY CHECK (one = 1), last_id INTEGER NOT NULL,"
     " last_hash TEXT NOT NULL, entries INTEGER NOT NULL)",
     "INSERT INTO audit_head (one, last_id, last_hash, entries) SELECT 1, coalesce(max(id), 0),"
     " coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),"
     " '0000000000000000000000000000000000000000000000000000000000000000'), count(*) FROM audit_log",
     "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, changed_by TEXT NOT NULL,"
     " changed_at BIGINT NOT NULL)",
     nullptr},
    // 6 -> 7: the keyed audit chain. The store gets an id (settings 'store.id') and a key file
    // outside the database (AuditKey); entries from the next one on are keyed. Done in
    // Store::keyAuditChain, inside the migration's transaction.
    {nullptr},
};
static_assert(std::size(kMigrations) == Store::kSchemaVersion);

std::atomic<int> s_connectionCounter{0};

Error sqlError(const QString &what, const QSqlError &e, const QString &file)
{
    return Error::io(what + QLatin1String(": ") + e.text(), file);
}

QString candidatesToJson(const QList<PlateCandidate> &candidates)
{
    QJsonArray arr;
    for (const PlateCandidate &c : candidates)
        arr.append(QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("score"), c.score}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<PlateCandidate> candidatesFromJson(const QString &json)
{
    QList<PlateCandidate> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : arr)
        out.append({v[QLatin1String("text")].toString(), v[QLatin1String("score")].toDouble()});
    return out;
}

} // namespace

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::dataDir() const
{
    return QFileInfo(m_path).absolutePath();
}

QString Store::imagesDir() const
{
    return dataDir() + QLatin1String("/images");
}

QStringList Store::ownFiles() const
{
    return {m_path, m_path + QLatin1String("-wal"), m_path + QLatin1String("-shm"), m_path + QLatin1String("-journal")};
}

Result<std::unique_ptr<Store>> Store::open(const QString &dbPath, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::unavailable(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed: "
                                                 "install libqt6sql6-sqlite"));
    const QFileInfo file(dbPath);
    bool created = false;
    if (dbPath.isEmpty())
        return Error::badInput(QStringLiteral("no database path given"));
    if (file.exists() || file.isSymLink()) {
        if (options.mode == Mode::CreateNew)
            return Error::badInput(QStringLiteral("something already exists here; a new store needs a new path"), dbPath);
        if (file.isDir())
            return Error::badInput(QStringLiteral("a folder, not a Kestrel database"), dbPath);
        if (!file.isFile())
            return Error::badInput(QStringLiteral("not a Kestrel database (not a regular file)"), dbPath);
        // SQLite takes an empty file for an empty database and would write a schema into it.
        if (file.size() == 0)
            return Error::badInput(QStringLiteral("an empty file, not a Kestrel database"), dbPath);
    } else {
        if (options.mode == Mode::OpenExisting || options.readOnly)
            return Error::badInput(QStringLiteral("no Kestrel database here"), dbPath);
        auto folder = makePrivateDir(file.absolutePath());
        if (!folder)
            return folder.error();
        // Made here, owner-only from its first byte; SQLite gives its -wal and -shm the same mode.
        const int fd = ::open(QFile::encodeName(file.absoluteFilePath()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error::io(QStringLiteral("cannot create the database: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), dbPath);
        ::fchmod(fd, 0600);
        ::close(fd);
        created = true;
    }
    // A store that could not be made whole is not left behind half made (declared before the
    // store, so its connection is closed first).
    bool opened = false;
    const auto removeHalfMade = qScopeGuard([&] {
        if (created && !opened)
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(file.absoluteFilePath() + QLatin1String(suffix));
    });
    std::unique_ptr<Store> store(new Store);
    store->m_path = file.absoluteFilePath();
    store->m_connection = QStringLiteral("kestrel-store-%1").arg(s_connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(options.readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        // Read-only with no WAL beside it (no workstation writing, none crashed mid-write): opened
        // immutable, so that nothing at all is written beside the file (not even a -shm). With a
        // WAL, its committed pages are part of the database and must be read.
        if (options.readOnly && !QFileInfo::exists(store->m_path + QStringLiteral("-wal"))) {
            QUrl uri = QUrl::fromLocalFile(store->m_path);
            uri.setScheme(QStringLiteral("file"));
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open())
            return sqlError(QStringLiteral("cannot open the database"), db.lastError(), dbPath);
    }
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    // Read the version before anything writes: a newer database must stay byte-for-byte intact.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error::badInput(QStringLiteral("not a Kestrel database (%1); left as it is").arg(q.lastError().text()), dbPath);
    int version = 0;
    if (q.exec(QStringLiteral("SELECT max(version) FROM schema_info")) && q.next())
        version = q.value(0).toInt();
    if (version == 0 && !created)
        return Error::badInput(QStringLiteral("not a Kestrel database (no Kestrel schema); left as it is"), dbPath);
    if (version > kSchemaVersion)
        return Error::integrity(QStringLiteral("this database has schema version %1, written by a newer "
                                               "Kestrel; this one understands up to %2 and will not "
                                               "change it. Use the newer Kestrel.")
                                    .arg(version)
                                    .arg(kSchemaVersion),
                                dbPath);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!options.readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // NORMAL in WAL mode: a process crash loses nothing committed; a power cut may lose the
        // last transactions but never corrupts.
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Checkpoint (copy the WAL into the database) every walCheckpointMiB rather than SQLite's
        // 4 MiB: an index page written by many transactions is copied once per checkpoint.
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(qint64(std::max(1, options.walCheckpointMiB)) * 256));
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(std::max(2, options.cacheMiB)) * 1024));
        const int target = std::min(options.upToVersion, kSchemaVersion);
        if (version < target) {
            auto migrated = store->migrate(version, target);
            if (!migrated)
                return migrated.error();
            const int from = version;
            version = target;
            store->m_version = version;
            // A store that already held data when its chain became keyed: the first keyed entry
            // vouches for every row as it stood, so verify can tell later edits from history.
            if (from > 0 && from < 7 && version >= 7) {
                auto baseline = store->auditBaseline();
                if (!baseline)
                    return baseline.error();
            }
        }
    }
    store->m_version = version;
    opened = true;
    return store;
}

// Migration 6 -> 7, inside its transaction: an id for the store and the key file that keys its
// audit chain from the next entry on (from entry 1 for a new store).
Result<void> Store::keyAuditChain()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) || !q.next())
        return sqlError(QStringLiteral("cannot read the audit trail"), q.lastError(), m_path);
    const qint64 next = q.value(0).toLongLong() + 1;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) VALUES ('store.id', ?, 'kestrel', ?)"));
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot name the store"), q.lastError(), m_path);
    auto key = AuditKey::create(id, next);
    if (!key)
        return key.error();
    return {};
}

Result<void> Store::auditBaseline()
{
    QList<RowRef> rows;
    QJsonObject bulk;
    for (const RowDigest::Table &t : RowDigest::tables()) {
        const QString table = QLatin1String(t.name);
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(QLatin1String(t.key), table)))
            return sqlError(QStringLiteral("cannot read %1").arg(table), q.lastError(), m_path);
        QList<RowRef> mine;
        while (q.next())
            mine.append({table, q.value(0)});
        if (table == QLatin1String("hotlist_entries") && mine.size() > 5000) {
            bulk = {{QStringLiteral("table"), table}, {QStringLiteral("from"), mine.front().key.toLongLong()},
                    {QStringLiteral("to"), mine.back().key.toLongLong()}};
            continue;
        }
        rows += mine;
    }
    QJsonObject details{{QStringLiteral("schema"), m_version}};
    if (!bulk.isEmpty())
        details.insert(QStringLiteral("bulk_rows"), bulk);
    QList<RowDigest::ReadBatch> ranges;
    for (const QString &table : partitionTables()) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT min(id), max(id) FROM %1").arg(table)) && q.next() && !q.value(0).isNull())
            ranges.append({table, q.value(0).toLongLong(), q.value(1).toLongLong(), 0, 0, 0, {}});
    }
    auto described = RowDigest::describeReads(database(), ranges);
    if (!described)
        return described.error();
    QJsonArray batches;
    for (const RowDigest::ReadBatch &b : *described)
        batches.append(b.toJson());
    details.insert(QStringLiteral("batches"), batches);
    auto appended = AuditLog(*this).append(QStringLiteral("system"), QStringLiteral("audit-keyed"), details, rows);
    if (!appended)
        return appended.error();
    return {};
}

QString Store::storeId() const
{
    QSqlQuery q(database());
    if (m_version >= 7 && q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'store.id'")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<AuditKey> Store::auditKey() const
{
    if (!m_auditKey) {
        const QString id = storeId();
        if (id.isEmpty())
            return Error::integrity(QStringLiteral("the store has no id (its 'store.id' setting was removed)"), m_path);
        auto key = AuditKey::load(id, m_auditKeyPath);
        if (!key)
            return key.error();
        m_auditKey = std::make_shared<AuditKey>(std::move(key).value());
    }
    return *m_auditKey;
}

Result<void> Store::migrate(int from, int to)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot start the migration"), db.lastError(), m_path);
    QSqlQuery q(db);
    for (int v = from; v < to; ++v) {
        for (const char *const *stmt = kMigrations[v]; *stmt; ++stmt) {
            if (!q.exec(QLatin1String(*stmt))) {
                const QSqlError e = q.lastError();
                db.rollback();
                return sqlError(QStringLiteral("migration to schema %1 failed").arg(v + 1), e, m_path);
            }
        }
        if (v + 1 == 5) {
            auto moved = partitionLegacyReads();
            if (!moved) {
                db.rollback();
                return moved.error();
            }
        }
        if (v + 1 == 7) {
            auto keyed = keyAuditChain();
            if (!keyed) {
                db.rollback();
                return keyed.error();
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_info (version, migrated_at) VALUES (?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            db.rollback();
            return sqlError(QStringLiteral("cannot record schema %1").arg(v + 1), e, m_path);
        }
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot commit the migration"), db.lastError(), m_path);
    return {};
}

namespace {

// Columns of a read row, in table order (schema 4 onwards).
const char kReadTableColumns[] =
    "id, uid, vrm, raw_text, confidence, candidates, country, format, camera_id, captured_at, location,"
    " direction, box_x, box_y, box_w, box_h, frame_index, patch_path, patch_sha256, overview_path,"
    " overview_sha256, images_deleted_at";

// One month's table and its indexes; %1 is the table name.
const char *const kPartitionDdl[] = {
    "CREATE TABLE %1 (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, vrm TEXT NOT NULL,"
    " raw_text TEXT, confidence REAL NOT NULL, candidates TEXT, country TEXT, format TEXT,"
    " camera_id TEXT NOT NULL REFERENCES cameras(id), captured_at BIGINT NOT NULL, location TEXT,"
    " direction TEXT, box_x INTEGER, box_y INTEGER, box_w INTEGER, box_h INTEGER, frame_index BIGINT,"
    " patch_path TEXT, patch_sha256 TEXT, overview_path TEXT, overview_sha256 TEXT, images_deleted_at BIGINT)",
    "CREATE INDEX %1_vrm_time ON %1 (vrm, captured_at)",
    "CREATE INDEX %1_time ON %1 (captured_at)",
    "CREATE INDEX %1_camera_time ON %1 (camera_id, captured_at)",
};

// Months are counted as year * 12 + (month - 1), UTC, clamped to four-digit years so that every
// table name has the same shape.
constexpr int kFirstMonth = 1970 * 12;
constexpr int kLastMonth = 9999 * 12 + 11;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms, proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int monthOf(qint64 ms)
{
    if (ms < 0)
        return kFirstMonth;
    qint64 days = ms / kDayMs + 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    return int(std::clamp<qint64>(y * 12 + (m - 1), kFirstMonth, kLastMonth));
}

qint64 monthStartMs(int month)
{
    return daysFromCivil(month / 12, unsigned(month % 12 + 1), 1) * kDayMs;
}

QString monthTable(int month)
{
    return QStringLiteral("reads_%1%2").arg(month / 12, 4, 10, QLatin1Char('0')).arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

int tableMonth(const QString &table)
{
    return table.mid(6, 4).toInt() * 12 + table.mid(10, 2).toInt() - 1;
}

// Read ids stay unique across months: each month numbers its rows from its own base.
qint64 monthIdBase(int month)
{
    return qint64(month) << 36;
}

const char kPartitionGlob[] = "reads_[0-9][0-9][0-9][0-9][0-9][0-9]";

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

// In a deferred transaction a commit by another connection (the GUI thread's audit entries, a
// CLI import) between a read and the first write makes SQLite refuse the write at once
// (SQLITE_BUSY_SNAPSHOT): writing reads would lose the batch. BEGIN IMMEDIATE waits its turn
// (the busy timeout) instead. QSqlDatabase::commit() and rollback() issue COMMIT and ROLLBACK.
Result<void> Store::beginWrite()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("cannot start a transaction"), q.lastError(), m_path);
    return {};
}

bool Store::inTransaction() const
{
    sqlite3 *h = nativeHandle(database());
    return h && sqlite3_get_autocommit(h) == 0;
}

Result<void> Store::rebuildReadsView()
{
    QSqlQuery q(database());
    const QStringList tables = partitionTables();
    QString select;
    if (tables.isEmpty()) {
        // No month yet: a view with the columns and no rows, so that every query still runs.
        QStringList nulls;
        for (const QString &c : QString::fromLatin1(kReadTableColumns).split(QLatin1Char(',')))
            nulls << QStringLiteral("NULL AS ") + c.trimmed();
        select = QStringLiteral("SELECT ") + nulls.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT 0");
    } else {
        QStringList parts;
        for (const QString &t : tables)
            parts << QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(kReadTableColumns), t);
        select = parts.join(QStringLiteral(" UNION ALL "));
    }
    if (!q.exec(QStringLiteral("DROP VIEW IF EXISTS reads")) ||
        !q.exec(QStringLiteral("CREATE VIEW reads AS ") + select))
        return sqlError(QStringLiteral("cannot rebuild the reads view"), q.lastError(), m_path);
    return {};
}

QStringList Store::partitionTables() const
{
    QSqlQuery q(database());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '%1' ORDER BY name")
                   .arg(QLatin1String(kPartitionGlob))))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QString Store::partitionTable(qint64 capturedAtMs)
{
    return monthTable(monthOf(capturedAtMs));
}

// Inside the caller's transaction: the month's table, created (and the view rebuilt) when new.
// Always asked of SQLite, not remembered: another connection may have created or dropped it.
Result<QString> Store::ensurePartition(int month)
{
    const QString table = monthTable(month);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the schema"), q.lastError(), m_path);
    if (q.next())
        return table;
    for (const char *ddl : kPartitionDdl)
        if (!q.exec(QString::fromLatin1(ddl).arg(table)))
            return sqlError(QStringLiteral("cannot create %1").arg(table), q.lastError(), m_path);
    auto view = rebuildReadsView();
    if (!view)
        return view.error();
    return table;
}

// Migration 4 -> 5, inside its transaction: the single reads table becomes month tables, ids and
// every column kept, then the view takes its name.
Result<void> Store::partitionLegacyReads()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT min(captured_at), max(captured_at) FROM reads")) || !q.next())
        return sqlError(QStringLiteral("cannot read the reads to partition"), q.lastError(), m_path);
    if (!q.value(0).isNull()) {
        const int first = monthOf(q.value(0).toLongLong());
        const int last = monthOf(q.value(1).toLongLong());
        for (int month = first; month <= last; ++month) {
            const qint64 from = month == first ? std::numeric_limits<qint64>::min() : monthStartMs(month);
            const qint64 to = month == last ? std::numeric_limits<qint64>::max() : monthStartMs(month + 1);
            q.prepare(QStringLiteral("SELECT 1 FROM reads WHERE captured_at >= ? AND captured_at < ? LIMIT 1"));
            q.addBindValue(from);
            q.addBindValue(to);
            if (!q.exec())
                return sqlError(QStringLiteral("cannot partition the reads"), q.lastError(), m_path);
            if (!q.next())
                continue;
            const QString table = monthTable(month);
            for (const char *ddl : kPartitionDdl)
                if (!q.exec(QString::fromLatin1(ddl).arg(table)))
                    return sqlError(QStringLiteral("cannot create %1").arg(table), q.lastError(), m_path);
            q.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM reads WHERE captured_at >= ? AND captured_at < ?")
                          .arg(table, QLatin1String(kReadTableColumns)));
            q.addBindValue(from);
            q.addBindValue(to);
            if (!q.exec())
                return sqlError(QStringLiteral("cannot move reads into %1").arg(table), q.lastError(), m_path);
        }
    }
    if (!q.exec(QStringLiteral("DROP TABLE reads")))
        return sqlError(QStringLiteral("cannot drop the unpartitioned reads"), q.lastError(), m_path);
    return rebuildReadsView();
}

Result<int> Store::dropEmptyPartitions(qint64 beforeMs)
{
    const int before = monthOf(beforeMs);
    QSqlDatabase db = database();
    auto begun = beginWrite();
    if (!begun)
        return begun.error();
    QSqlQuery q(db);
    int dropped = 0;
    for (const QString &table : partitionTables()) {
        if (tableMonth(table) >= before)
            break;
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table))) {
            const QSqlError e = q.lastError();
            db.rollback();
            return sqlError(QStringLiteral("cannot read %1").arg(table), e, m_path);
        }
        if (q.next())
            continue;
        q.finish();
        if (!q.exec(QStringLiteral("DROP TABLE %1").arg(table))) {
            const QSqlError e = q.lastError();
            db.rollback();
            return sqlError(QStringLiteral("cannot drop %1").arg(table), e, m_path);
        }
        ++dropped;
    }
    if (dropped > 0) {
        // The view still names the dropped tables: rebuild it before anything reads through it.
        auto view = rebuildReadsView();
        if (!view) {
            db.rollback();
            return view.error();
        }
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot commit the partition drop"), db.lastError(), m_path);
    return dropped;
}

Result<void> Store::checkRead(const Read &r)
{
    auto bad = [](const char *field, QString why) {
        return Error::badInput(std::move(why), {}, 0, QLatin1String(field));
    };
    if (r.vrm.isEmpty() || r.vrm.size() > 16)
        return bad("vrm", QStringLiteral("'%1' is not 1 to 16 letters and digits").arg(r.vrm));
    for (QChar c : r.vrm)
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return bad("vrm", QStringLiteral("'%1' holds a character other than A-Z and 0-9").arg(r.vrm));
    // NaN fails every comparison, so it is asked for by name: SQLite would store it as NULL.
    if (!std::isfinite(r.confidence) || r.confidence < 0.0 || r.confidence > 1.0)
        return bad("confidence", QStringLiteral("%1 is not a number from 0 to 1").arg(r.confidence));
    if (r.cameraId.trimmed().isEmpty())
        return bad("camera", QStringLiteral("empty"));
    const std::pair<const char *, const QString *> texts[] = {
        {"camera", &r.cameraId}, {"raw_text", &r.rawText}, {"country", &r.country}, {"format", &r.format},
        {"location", &r.location}, {"direction", &r.direction}};
    for (const auto &[field, text] : texts)
        if (const qsizetype at = firstControlCharacter(*text); at >= 0)
            return bad(field, QStringLiteral("a control character (U+%1) at position %2")
                                  .arg(text->at(at).unicode(), 4, 16, QLatin1Char('0'))
                                  .arg(at + 1));
    for (const PlateCandidate &c : r.candidates)
        if (firstControlCharacter(c.text) >= 0 || !std::isfinite(c.score))
            return bad("candidates", QStringLiteral("a candidate with a control character or a score that is not a number"));
    return {};
}

bool Store::hasRead(const QString &cameraId, qint64 capturedAtMs, const QString &vrm) const
{
    if (m_version >= 5 && !partitionTables().contains(partitionTable(capturedAtMs)))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE vrm = ? AND captured_at = ? AND camera_id = ? LIMIT 1")
                  .arg(m_version >= 5 ? partitionTable(capturedAtMs) : QStringLiteral("reads")));
    q.addBindValue(vrm);
    q.addBindValue(capturedAtMs);
    q.addBindValue(cameraId);
    return q.exec() && q.next();
}

// Rows of reads inside the caller's transaction, each into its month's table (schema 5) or the
// single reads table of an older schema (fixtures in tests), through SQLite's C API: QtSql's
// per-value QVariant round trips cost more than SQLite itself at ingest rates (15 k reads/s
// through QSqlQuery). A read with a bad field, a duplicate, or a row that breaks a constraint
// (SQLite undoes only that statement) is left out and reported; any other failure ends the batch.
Result<void> Store::insertReadRows(std::vector<Read> &reads, InsertReport *report)
{
    QSqlDatabase db = database();
    for (Read &r : reads)
        if (r.uid.isNull())
            r.uid = QUuid::createUuid();
    const bool partitioned = m_version >= 5;
    sqlite3 *h = nativeHandle(db);
    if (!h)
        return Error::internal(QStringLiteral("the store needs Qt's SQLite driver (QSQLITE)"));
    // One prepared insert and duplicate probe per month met in this batch (nearly always one).
    struct Target
    {
        qint64 nextId = 0;
        sqlite3_stmt *insert = nullptr;
        sqlite3_stmt *probe = nullptr;
        QString table;
        qint64 firstId = 0, lastId = 0; // of the rows this batch stored
    };
    std::map<int, Target> targets;
    const auto finalize = qScopeGuard([&] {
        for (auto &entry : targets) {
            sqlite3_finalize(entry.second.insert);
            sqlite3_finalize(entry.second.probe);
            if (entry.second.lastId > 0)
                report->batches.append({entry.second.table, entry.second.firstId, entry.second.lastId, 0, 0, 0, {}});
        }
    });
    auto prepare = [&](const QString &sql, sqlite3_stmt **stmt) -> Result<void> {
        if (sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, stmt, nullptr) != SQLITE_OK)
            return Error::io(QStringLiteral("cannot prepare the read insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))), m_path);
        return {};
    };
    auto targetFor = [&](const Read &r) -> Result<Target *> {
        const int month = partitioned ? monthOf(r.capturedAtMs) : 0;
        auto it = targets.find(month);
        if (it != targets.end())
            return &it->second;
        Target t;
        QString table = QStringLiteral("reads");
        if (partitioned) {
            auto ensured = ensurePartition(month);
            if (!ensured)
                return ensured.error();
            table = *ensured;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT max(id) FROM ") + table) || !q.next())
                return sqlError(QStringLiteral("cannot number the reads of %1").arg(table), q.lastError(), m_path);
            t.nextId = std::max(q.value(0).toLongLong(), monthIdBase(month)) + 1;
        }
        t.table = table;
        Target &stored = targets[month] = std::move(t);
        auto prepared = prepare(QStringLiteral(
            "INSERT INTO %1 (id, uid, vrm, raw_text, confidence, candidates, country, format, camera_id,"
            " captured_at, location, direction, box_x, box_y, box_w, box_h, frame_index, patch_path,"
            " patch_sha256, overview_path, overview_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(table),
            &stored.insert);
        if (prepared)
            prepared = prepare(QStringLiteral("SELECT 1 FROM %1 WHERE vrm = ? AND captured_at = ? AND camera_id = ?").arg(table),
                               &stored.probe);
        if (!prepared)
            return prepared.error();
        return &stored;
    };
    for (Read &r : reads) {
        r.id = 0;
        if (auto checked = checkRead(r); !checked) {
            report->refused.append({r.uid, checked.error()});
            continue;
        }
        auto target = targetFor(r);
        if (!target)
            return target.error();
        Target &t = **target;
        const QByteArray texts[] = {r.uid.toByteArray(QUuid::WithoutBraces), r.vrm.toUtf8(), r.rawText.toUtf8(),
                                    candidatesToJson(r.candidates).toUtf8(), r.country.toUtf8(), r.format.toUtf8(),
                                    r.cameraId.toUtf8(), r.location.toUtf8(), r.direction.toUtf8(),
                                    r.platePatch.path.toUtf8(), r.platePatch.sha256, r.overview.path.toUtf8(),
                                    r.overview.sha256};
        auto text = [](sqlite3_stmt *stmt, int column, const QByteArray &value) {
            sqlite3_bind_text(stmt, column, value.constData(), int(value.size()), SQLITE_STATIC);
        };
        // Reads are unique by camera, capture time and VRM: a file imported twice, or a camera
        // that sends a read again, stores nothing twice. The probe sees this batch's own rows.
        text(t.probe, 1, texts[1]);
        sqlite3_bind_int64(t.probe, 2, r.capturedAtMs);
        text(t.probe, 3, texts[6]);
        const int found = sqlite3_step(t.probe);
        sqlite3_reset(t.probe);
        if (found == SQLITE_ROW) {
            report->duplicates.append(r.uid);
            continue;
        }
        if (found != SQLITE_DONE)
            return Error::io(QStringLiteral("cannot look for a stored read of %1: %2").arg(r.vrm, QString::fromUtf8(sqlite3_errmsg(h))), m_path);
        sqlite3_stmt *stmt = t.insert;
        if (t.nextId > 0)
            sqlite3_bind_int64(stmt, 1, t.nextId);
        else
            sqlite3_bind_null(stmt, 1);
        text(stmt, 2, texts[0]);
        text(stmt, 3, texts[1]);
        text(stmt, 4, texts[2]);
        sqlite3_bind_double(stmt, 5, r.confidence);
        text(stmt, 6, texts[3]);
        text(stmt, 7, texts[4]);
        text(stmt, 8, texts[5]);
        text(stmt, 9, texts[6]);
        sqlite3_bind_int64(stmt, 10, r.capturedAtMs);
        text(stmt, 11, texts[7]);
        text(stmt, 12, texts[8]);
        sqlite3_bind_int(stmt, 13, r.plateBox.x());
        sqlite3_bind_int(stmt, 14, r.plateBox.y());
        sqlite3_bind_int(stmt, 15, r.plateBox.width());
        sqlite3_bind_int(stmt, 16, r.plateBox.height());
        sqlite3_bind_int64(stmt, 17, r.frameIndex);
        text(stmt, 18, texts[9]);
        text(stmt, 19, texts[10]);
        text(stmt, 20, texts[11]);
        text(stmt, 21, texts[12]);
        const int rc = sqlite3_step(stmt);
        const QString why = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_reset(stmt);
        if ((rc & 0xff) == SQLITE_CONSTRAINT) {
            // Only this statement was undone; the transaction and the reads before it stand.
            const bool camera = why.contains(QLatin1String("FOREIGN KEY"));
            report->refused.append({r.uid, Error::badInput(camera ? QStringLiteral("camera '%1' is not registered").arg(r.cameraId) : why,
                                                           {}, 0, camera ? QStringLiteral("camera") : QString())});
            continue;
        }
        if (rc != SQLITE_DONE)
            return Error::io(QStringLiteral("cannot store the read of %1: %2").arg(r.vrm, why), m_path);
        r.id = sqlite3_last_insert_rowid(h);
        ++report->inserted;
        t.firstId = t.firstId == 0 ? r.id : std::min(t.firstId, r.id);
        t.lastId = std::max(t.lastId, r.id);
        if (t.nextId > 0)
            ++t.nextId;
    }
    return {};
}

Result<Store::InsertReport> Store::insertReads(std::vector<Read> &reads, const std::vector<Hit> &hits)
{
    QSqlDatabase db = database();
    auto begun = beginWrite();
    if (!begun)
        return begun.error();
    InsertReport report;
    auto inserted = insertReadRows(reads, &report);
    if (!inserted) {
        db.rollback();
        for (Read &r : reads)
            r.id = 0;
        return inserted.error();
    }
    QSet<QUuid> stored;
    for (const Read &r : reads)
        if (r.id > 0)
            stored.insert(r.uid);
    std::vector<Hit> kept;
    for (const Hit &hit : hits)
        if (stored.contains(hit.read.uid)) // a left-out read's hits go with it (a duplicate's are stored already)
            kept.push_back(hit);
    auto hitsStored = insertHitRows(kept);
    // The batch on the record, in its own transaction: rows no audited batch stored are found by
    // audit verify, and a batch the trail cannot record is not stored.
    if (hitsStored && m_version >= 7 && report.inserted > 0) {
        auto described = RowDigest::describeReads(db, report.batches);
        if (!described) {
            hitsStored = described.error();
        } else {
            report.batches = *described;
            QJsonArray batches;
            for (const RowDigest::ReadBatch &b : report.batches)
                batches.append(b.toJson());
            auto audited = AuditLog(*this).append(QStringLiteral("system"), QStringLiteral("reads-stored"),
                                                  {{QStringLiteral("count"), report.inserted},
                                                   {QStringLiteral("hits"), int(kept.size())},
                                                   {QStringLiteral("batches"), batches}});
            if (!audited)
                hitsStored = audited.error();
        }
    }
    if (hitsStored && db.commit())
        return report;
    const Error e = hitsStored ? sqlError(QStringLiteral("cannot commit the reads"), db.lastError(), m_path) : hitsStored.error();
    db.rollback();
    for (Read &r : reads)
        r.id = 0;
    return e;
}

// Inside the caller's transaction.
Result<void> Store::insertHitRows(const std::vector<Hit> &hits)
{
    QSqlQuery h(database());
    h.prepare(QStringLiteral("INSERT INTO hits (uid, read_uid, entry_id, match_kind, distance, raised_at,"
                             " retrospective) VALUES (?,?,?,?,?,?,?)"));
    for (const Hit &hit : hits) {
        h.bindValue(0, hit.uid.toString(QUuid::WithoutBraces));
        h.bindValue(1, hit.read.uid.toString(QUuid::WithoutBraces));
        h.bindValue(2, hit.entry.id > 0 ? QVariant(hit.entry.id) : QVariant());
        h.bindValue(3, matchKindName(hit.match));
        h.bindValue(4, hit.distance);
        h.bindValue(5, hit.raisedAtMs);
        h.bindValue(6, hit.retrospective ? 1 : 0);
        if (!h.exec())
            return sqlError(QStringLiteral("cannot store the hit on %1").arg(hit.read.vrm), h.lastError(), m_path);
    }
    return {};
}

Result<void> Store::upsertCamera(const Camera &c)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO cameras (id, name, location, direction, source_kind, source_url,"
                             " options, enabled) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
                             " name = excluded.name, location = excluded.location, direction ="
                             " excluded.direction, source_kind = excluded.source_kind, source_url ="
                             " excluded.source_url, options = excluded.options, enabled = excluded.enabled"));
    q.addBindValue(c.id);
    q.addBindValue(c.name);
    q.addBindValue(c.location);
    q.addBindValue(c.direction);
    q.addBindValue(c.sourceKind);
    q.addBindValue(c.sourceUrl);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.options)).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.enabled ? 1 : 0);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot save camera %1").arg(c.id), q.lastError(), m_path);
    return {};
}

QList<Camera> Store::cameras() const
{
    QList<Camera> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, name, location, direction, source_kind, source_url, options, enabled"
                          " FROM cameras ORDER BY id"));
    while (q.next()) {
        Camera c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.location = q.value(2).toString();
        c.direction = q.value(3).toString();
        c.sourceKind = q.value(4).toString();
        c.sourceUrl = q.value(5).toString();
        c.options = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().toVariantMap();
        c.enabled = q.value(7).toInt() != 0;
        out.append(c);
    }
    return out;
}

Result<int> Store::addHotlistEntries(std::vector<HotlistEntry> &entries)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot start a transaction"), db.lastError(), m_path);
    const QString sql = QStringLiteral("INSERT INTO hotlist_entries (vrm, list, priority, category, reason, source,"
                                       " action, expires, make, model, colour, warning_markers, grading, reference,"
                                       " covert, added_by, validated_by, valid_from, status)"
                                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (sqlite3 *h = nativeHandle(db)) {
        // National extracts arrive by the million: the C API, as for reads.
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(h, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(h));
            db.rollback();
            return Error::io(QStringLiteral("cannot prepare the hotlist insert: %1").arg(why), m_path);
        }
        for (HotlistEntry &e : entries) {
            const QByteArray texts[] = {e.vrm.toUtf8(), e.list.toUtf8(), e.category.toUtf8(), e.reason.toUtf8(),
                                        e.source.toUtf8(), e.action.toUtf8(),
                                        e.expires.isValid() ? e.expires.toString(Qt::ISODate).toUtf8() : QByteArray(),
                                        e.make.toUtf8(), e.model.toUtf8(), e.colour.toUtf8(), e.warningMarkers.toUtf8(),
                                        e.grading.toUtf8(), e.reference.toUtf8(), e.addedBy.toUtf8(),
                                        e.validatedBy.toUtf8(), hotlistStatusName(e.status).toUtf8()};
            // Empty text binds as '' where QtSql bound an empty QString as NULL: keep NULL.
            auto text = [&](int column, const QByteArray &value) {
                if (value.isEmpty())
                    sqlite3_bind_null(stmt, column);
                else
                    sqlite3_bind_text(stmt, column, value.constData(), int(value.size()), SQLITE_STATIC);
            };
            text(1, texts[0]);
            text(2, texts[1]);
            sqlite3_bind_int(stmt, 3, int(e.priority));
            for (int i = 0; i < 11; ++i)
                text(4 + i, texts[2 + i]);
            sqlite3_bind_int(stmt, 15, e.covert ? 1 : 0);
            text(16, texts[13]);
            text(17, texts[14]);
            sqlite3_bind_int64(stmt, 18, e.validFromMs);
            text(19, texts[15]);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                const QString why = QString::fromUtf8(sqlite3_errmsg(h));
                sqlite3_finalize(stmt);
                db.rollback();
                return Error::io(QStringLiteral("cannot store hotlist entry %1: %2").arg(e.vrm, why), m_path);
            }
            e.id = sqlite3_last_insert_rowid(h);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        if (!db.commit())
            return sqlError(QStringLiteral("cannot commit the hotlist"), db.lastError(), m_path);
        return int(entries.size());
    }
    QSqlQuery q(db);
    q.prepare(sql);
    for (HotlistEntry &e : entries) {
        const QVariantList values = {e.vrm, e.list, int(e.priority), e.category, e.reason, e.source,
                                     e.action, e.expires.isValid() ? e.expires.toString(Qt::ISODate) : QString(),
                                     e.make, e.model, e.colour, e.warningMarkers, e.grading,
                                     e.reference, e.covert ? 1 : 0, e.addedBy, e.validatedBy,
                                     e.validFromMs, hotlistStatusName(e.status)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            const QSqlError err = q.lastError();
            db.rollback();
            return sqlError(QStringLiteral("cannot store hotlist entry %1").arg(e.vrm), err, m_path);
        }
        e.id = q.lastInsertId().toLongLong();
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot commit the hotlist"), db.lastError(), m_path);
    return int(entries.size());
}

static const QString kReadColumns = QStringLiteral(
    "r.id, r.uid, r.vrm, r.raw_text, r.confidence, r.candidates, r.country, r.format, r.camera_id,"
    " r.captured_at, r.location, r.direction, r.box_x, r.box_y, r.box_w, r.box_h, r.frame_index,"
    " r.patch_path, r.patch_sha256, r.overview_path, r.overview_sha256");

static const QString kEntryColumns = QStringLiteral(
    "id, vrm, list, priority, category, reason, source, action, expires, make, model, colour,"
    " warning_markers, grading, reference, covert, added_by, validated_by, valid_from, status");

static HotlistEntry entryFromQuery(const QSqlQuery &q)
{
    HotlistEntry e;
    e.id = q.value(0).toLongLong();
    e.vrm = q.value(1).toString();
    e.list = q.value(2).toString();
    e.priority = Priority(std::clamp(q.value(3).toInt(), 0, 2));
    e.category = q.value(4).toString();
    e.reason = q.value(5).toString();
    e.source = q.value(6).toString();
    e.action = q.value(7).toString();
    e.expires = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    e.make = q.value(9).toString();
    e.model = q.value(10).toString();
    e.colour = q.value(11).toString();
    e.warningMarkers = q.value(12).toString();
    e.grading = q.value(13).toString();
    e.reference = q.value(14).toString();
    e.covert = q.value(15).toInt() != 0;
    e.addedBy = q.value(16).toString();
    e.validatedBy = q.value(17).toString();
    e.validFromMs = q.value(18).toLongLong();
    parseHotlistStatus(q.value(19).toString(), &e.status);
    return e;
}

std::vector<HotlistEntry> Store::hotlistEntries() const
{
    std::vector<HotlistEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.exec(QLatin1String("SELECT ") + kEntryColumns + QLatin1String(" FROM hotlist_entries ORDER BY id"));
    while (q.next())
        out.push_back(entryFromQuery(q));
    return out;
}

std::vector<HotlistEntry> Store::hotlistEntries(HotlistStatus status) const
{
    std::vector<HotlistEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + kEntryColumns +
              QLatin1String(" FROM hotlist_entries WHERE status = ? ORDER BY id"));
    q.addBindValue(hotlistStatusName(status));
    q.exec();
    while (q.next())
        out.push_back(entryFromQuery(q));
    return out;
}

std::optional<HotlistEntry> Store::hotlistEntry(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QLatin1String("SELECT ") + kEntryColumns + QLatin1String(" FROM hotlist_entries WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFromQuery(q);
    return std::nullopt;
}

qint64 Store::hotlistEntryCount(HotlistStatus status) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM hotlist_entries WHERE status = ?"));
    q.addBindValue(hotlistStatusName(status));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

// YYYY-MM-DD as the store writes it, without QDate::fromString's string and format machinery
// (a million expiry dates in a national extract); anything else goes through it.
QDate isoDate(QByteArrayView text)
{
    auto digits = [&](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid (an empty QDate) when out of range, as fromString
    }
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

Result<qint64> Store::visitHotlistMatchFields(HotlistStatus status, const MatchFieldsVisitor &visit) const
{
    // One pass over the table in id order: through the status index SQLite would fetch each row
    // out of order and then sort millions of them (1.94 s against 1.05 s for a million entries).
    static const char kSql[] = "SELECT id, vrm, list, priority, expires, covert FROM hotlist_entries NOT INDEXED"
                               " WHERE status = ? ORDER BY id";
    qint64 visited = 0;
    if (sqlite3 *h = nativeHandle(database())) {
        // The C API: at millions of rows QSqlQuery's QVariant per value would dominate.
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, kSql, -1, &stmt, nullptr) != SQLITE_OK)
            return Error::io(QStringLiteral("cannot read the hotlist: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))), m_path);
        const QByteArray wanted = hotlistStatusName(status).toUtf8();
        sqlite3_bind_text(stmt, 1, wanted.constData(), int(wanted.size()), SQLITE_STATIC);
        QString vrm, list, lastList;
        QByteArray lastListUtf8;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            auto text = [&](int col) {
                return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, col)),
                                      sqlite3_column_bytes(stmt, col));
            };
            vrm = QString::fromUtf8(text(1));
            const QByteArrayView listUtf8 = text(2);
            if (listUtf8 != lastListUtf8) { // lists are few: convert each name once per run
                lastListUtf8 = listUtf8.toByteArray();
                lastList = QString::fromUtf8(listUtf8);
            }
            const QByteArrayView expires = text(4);
            visit(sqlite3_column_int64(stmt, 0), vrm, lastList,
                  Priority(std::clamp(sqlite3_column_int(stmt, 3), 0, 2)),
                  expires.isEmpty() ? QDate() : isoDate(expires),
                  sqlite3_column_int(stmt, 5) != 0);
            ++visited;
        }
        const QString why = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return Error::io(QStringLiteral("cannot read the hotlist: %1").arg(why), m_path);
        return visited;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSql));
    q.addBindValue(hotlistStatusName(status));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the hotlist"), q.lastError(), m_path);
    while (q.next()) {
        const QString vrm = q.value(1).toString();
        const QString list = q.value(2).toString();
        const QString expires = q.value(4).toString();
        visit(q.value(0).toLongLong(), vrm, list, Priority(std::clamp(q.value(3).toInt(), 0, 2)),
              expires.isEmpty() ? QDate() : QDate::fromString(expires, Qt::ISODate), q.value(5).toInt() != 0);
        ++visited;
    }
    return visited;
}

Result<void> Store::setHotlistEntryStatus(qint64 id, HotlistStatus status, const QString &validatedBy,
                                          qint64 validFromMs)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE hotlist_entries SET status = ?,"
                             " validated_by = coalesce(?, validated_by), valid_from = coalesce(?, valid_from)"
                             " WHERE id = ?"));
    q.addBindValue(hotlistStatusName(status));
    q.addBindValue(validatedBy.isEmpty() ? QVariant() : QVariant(validatedBy));
    q.addBindValue(validFromMs > 0 ? QVariant(validFromMs) : QVariant());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot update hotlist entry %1").arg(id), q.lastError(), m_path);
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("no hotlist entry %1").arg(id));
    return {};
}

QList<HotlistSettings> Store::hotlistSettings() const
{
    QList<HotlistSettings> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT name, covert, max_equivalent, allow_edit, retrospective_days"
                          " FROM hotlist_settings ORDER BY name"));
    while (q.next()) {
        HotlistSettings s;
        s.name = q.value(0).toString();
        s.covert = q.value(1).toInt() != 0;
        s.maxEquivalent = q.value(2).toInt();
        s.allowEdit = q.value(3).toInt() != 0;
        s.retrospectiveDays = q.value(4).toInt();
        out.append(s);
    }
    return out;
}

HotlistSettings Store::hotlistSettings(const QString &list) const
{
    for (const HotlistSettings &s : hotlistSettings())
        if (s.name == list)
            return s;
    HotlistSettings s;
    s.name = list;
    return s;
}

Result<void> Store::saveHotlistSettings(const HotlistSettings &s)
{
    if (s.name.isEmpty())
        return Error::badInput(QStringLiteral("a hotlist needs a name"), {}, 0, QStringLiteral("name"));
    if (s.maxEquivalent < 0 || s.maxEquivalent > 2)
        return Error::badInput(QStringLiteral("%1 is not 0, 1 or 2").arg(s.maxEquivalent), {}, 0,
                               QStringLiteral("max_equivalent"));
    if (s.retrospectiveDays < 0)
        return Error::badInput(QStringLiteral("cannot be negative"), {}, 0, QStringLiteral("retrospective_days"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO hotlist_settings (name, covert, max_equivalent, allow_edit,"
                             " retrospective_days) VALUES (?,?,?,?,?) ON CONFLICT (name) DO UPDATE SET"
                             " covert = excluded.covert, max_equivalent = excluded.max_equivalent,"
                             " allow_edit = excluded.allow_edit, retrospective_days = excluded.retrospective_days"));
    q.addBindValue(s.name);
    q.addBindValue(s.covert ? 1 : 0);
    q.addBindValue(s.maxEquivalent);
    q.addBindValue(s.allowEdit ? 1 : 0);
    q.addBindValue(s.retrospectiveDays);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot save the settings of hotlist %1").arg(s.name), q.lastError(), m_path);
    return {};
}

Result<Store::WeedResult> Store::weedHotlist(QDate today)
{
    QSqlDatabase db = database();
    auto begun = beginWrite(); // it finds the expired entries, then changes them
    if (!begun)
        return begun.error();
    WeedResult result;
    QSqlQuery q(db);
    // ISO dates compare correctly as text; an empty expires means no weed date.
    q.prepare(QStringLiteral("SELECT id FROM hotlist_entries WHERE status IN ('pending', 'live')"
                             " AND expires IS NOT NULL AND expires <> '' AND expires < ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        db.rollback();
        return sqlError(QStringLiteral("cannot find expired hotlist entries"), e, m_path);
    }
    while (q.next())
        result.expired.append(q.value(0).toLongLong());
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE hotlist_entries SET status = 'expired' WHERE id = ?"));
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM hotlist_entries WHERE id = ?"
                             " AND NOT EXISTS (SELECT 1 FROM hits WHERE hits.entry_id = hotlist_entries.id)"));
    for (qint64 id : std::as_const(result.expired)) {
        u.addBindValue(id);
        d.addBindValue(id);
        if (!u.exec() || !d.exec()) {
            const QSqlError e = u.lastError().isValid() ? u.lastError() : d.lastError();
            db.rollback();
            return sqlError(QStringLiteral("cannot weed hotlist entry %1").arg(id), e, m_path);
        }
        result.deleted += d.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot commit the weeding"), db.lastError(), m_path);
    return result;
}

Result<void> Store::insertHits(const std::vector<Hit> &hits)
{
    QSqlDatabase db = database();
    auto begun = beginWrite();
    if (!begun)
        return begun;
    auto stored = insertHitRows(hits);
    if (stored && db.commit())
        return {};
    const Error e = stored ? sqlError(QStringLiteral("cannot commit the hits"), db.lastError(), m_path) : stored.error();
    db.rollback();
    return e;
}

bool Store::hasHit(const QUuid &readUid, qint64 entryId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM hits WHERE read_uid = ? AND entry_id = ? LIMIT 1"));
    q.addBindValue(readUid.toString(QUuid::WithoutBraces));
    q.addBindValue(entryId);
    return q.exec() && q.next();
}

void Store::forEachReadSince(qint64 fromMs,
                             const std::function<void(const QUuid &, const QString &, qint64)> &f) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uid, vrm, captured_at FROM reads WHERE captured_at >= ?"
                             " ORDER BY captured_at"));
    q.addBindValue(fromMs);
    q.exec();
    while (q.next())
        f(QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toLongLong());
}

std::optional<Read> Store::read(const QUuid &uid) const
{
    QSqlQuery q(database());
    q.prepare(QLatin1String("SELECT ") + kReadColumns + QLatin1String(" FROM reads r WHERE r.uid = ?"));
    q.addBindValue(uid.toString(QUuid::WithoutBraces));
    if (q.exec() && q.next())
        return readFromQuery(q);
    return std::nullopt;
}


QString Store::readColumns()
{
    return kReadColumns;
}

Read Store::readFromQuery(const QSqlQuery &q)
{
    Read r;
    r.id = q.value(0).toLongLong();
    r.uid = QUuid::fromString(q.value(1).toString());
    r.vrm = q.value(2).toString();
    r.rawText = q.value(3).toString();
    r.confidence = q.value(4).toDouble();
    r.candidates = candidatesFromJson(q.value(5).toString());
    r.country = q.value(6).toString();
    r.format = q.value(7).toString();
    r.cameraId = q.value(8).toString();
    r.capturedAtMs = q.value(9).toLongLong();
    r.location = q.value(10).toString();
    r.direction = q.value(11).toString();
    r.plateBox = QRect(q.value(12).toInt(), q.value(13).toInt(), q.value(14).toInt(), q.value(15).toInt());
    r.frameIndex = q.value(16).toLongLong();
    r.platePatch = {q.value(17).toString(), q.value(18).toString().toLatin1()};
    r.overview = {q.value(19).toString(), q.value(20).toString().toLatin1()};
    return r;
}

QList<Read> Store::recentReads(int limit) const
{
    QList<Read> out;
    QSqlQuery q(database());
    q.prepare(QLatin1String("SELECT ") + kReadColumns +
              QLatin1String(" FROM reads r ORDER BY r.captured_at DESC, r.id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append(readFromQuery(q));
    return out;
}

QList<Hit> Store::recentHits(int limit) const
{
    return selectHits(QString(), {}, limit);
}

QList<Hit> Store::pendingHits(int limit) const
{
    return selectHits(QStringLiteral("h.acknowledged_at IS NULL"), {}, limit);
}

QList<Hit> Store::hitsRaisedSince(qint64 fromMs, int limit) const
{
    return selectHits(QStringLiteral("h.raised_at >= ?"), {fromMs}, limit);
}

QList<Hit> Store::selectHits(const QString &where, const QVariantList &binds, int limit) const
{
    QList<Hit> out;
    QSqlQuery q(database());
    q.prepare(QLatin1String("SELECT ") + kReadColumns +
              QLatin1String(", h.uid, h.match_kind, h.distance, h.raised_at, h.retrospective,"
                            " h.acknowledged_at, h.acknowledged_by, h.outcome, h.note, h.entry_id, h.id"
                            " FROM hits h JOIN reads r ON r.uid = h.read_uid") +
              (where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where) +
              QLatin1String(" ORDER BY h.raised_at DESC, h.id DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.exec();
    // Entries by id, each read once: a national-scale list is never loaded whole for a few hits.
    QHash<qint64, HotlistEntry> entries;
    QHash<QString, bool> covertLists;
    while (q.next()) {
        Hit h;
        h.read = readFromQuery(q);
        h.uid = QUuid::fromString(q.value(21).toString());
        const QString kind = q.value(22).toString();
        for (MatchKind k : {MatchKind::Exact, MatchKind::Equivalent, MatchKind::Edit, MatchKind::Wildcard})
            if (matchKindName(k) == kind)
                h.match = k;
        h.distance = q.value(23).toInt();
        h.raisedAtMs = q.value(24).toLongLong();
        h.retrospective = q.value(25).toInt() != 0;
        h.acknowledgedAtMs = q.value(26).toLongLong();
        h.acknowledgedBy = q.value(27).toString();
        if (!parseHitOutcome(q.value(28).toString(), &h.outcome))
            h.outcome = HitOutcome::None;
        h.note = q.value(29).toString();
        const qint64 entryId = q.value(30).toLongLong();
        h.id = q.value(31).toLongLong();
        if (!entries.contains(entryId))
            entries.insert(entryId, hotlistEntry(entryId).value_or(HotlistEntry{}));
        h.entry = entries.value(entryId);
        // Covert as when it was raised: the entry's own mark or its list's.
        if (!covertLists.contains(h.entry.list))
            covertLists.insert(h.entry.list, hotlistSettings(h.entry.list).covert);
        h.covert = h.entry.covert || covertLists.value(h.entry.list);
        out.append(h);
    }
    return out;
}

Result<void> Store::acknowledgeHit(const QUuid &hit, const QString &user, HitOutcome outcome,
                                   const QString &note, qint64 atMs)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE hits SET acknowledged_at = ?, acknowledged_by = ?, outcome = ?, note = ?"
                             " WHERE uid = ? AND acknowledged_at IS NULL"));
    q.addBindValue(atMs);
    q.addBindValue(user);
    q.addBindValue(hitOutcomeName(outcome));
    q.addBindValue(note);
    q.addBindValue(hit.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot acknowledge the hit"), q.lastError(), m_path);
    if (q.numRowsAffected() != 1)
        return Error::badInput(QStringLiteral("no unacknowledged hit %1").arg(hit.toString()));
    return {};
}

qint64 Store::readCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM reads")) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::hitCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM hits")) && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QString> Store::integrityCheck() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity check failed to run"), q.lastError(), m_path);
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Kestrel
