// kestrel-cli reads import FILE.csv: reads recognised elsewhere, checked like live ones.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "common/isotime.h"
#include "hotlist/csvreader.h"
#include "pipeline/engine.h"
#include "plates/vrm.h"
#include "plugin/pluginloader.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <mutex>

namespace Kestrel::Cli {

int readsCommand(const QStringList &words)
{
    Args args;
    if (!args.parse(words, {}, {}) || args.positional().size() != 2 || args.positional().first() != QLatin1String("import")) {
        err(args.error().isEmpty() ? QStringLiteral("usage: kestrel-cli --db PATH --user NAME reads import FILE.csv\n"
                                                    "  columns: vrm,time,camera[,confidence,plate_image,overview_image]")
                                   : args.error());
        return ExitUsage;
    }
    const QString path = args.positional().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
        return ExitBadInput;
    }
    QString user;
    User importer;
    {
        auto session = openSession(globalOptions().db);
        if (!session) {
            err(session.error().toString());
            return exitCodeFor(session.error());
        }
        if (auto allowed = Permissions::require(session->user, Action::ImportReads); !allowed) {
            auto audited = AuditLog(*session->store).append(session->user.name, QStringLiteral("reads-import"),
                                                            {{QStringLiteral("file"), path}, {QStringLiteral("refused"), allowed.error().message}});
            err(QStringLiteral("refused: ") + allowed.error().message);
            return audited ? ExitRefused : exitCodeFor(audited.error());
        }
        user = session->user.name;
        importer = session->user;
    }
    // Each submitted read's line, to report what the store left out by line; the counts are of
    // what the store writer says it committed, never of what was handed to it.
    QHash<QUuid, int> lineOf;
    std::mutex batchMutex;
    QList<QPair<QUuid, Error>> storeRefused;
    QList<QUuid> storeDuplicates;
    QSet<QUuid> notStored;
    QString writeError;
    int stored = 0;
    PluginLoader plugins;
    Engine::Options options;
    options.dbPath = globalOptions().db;
    options.previews = false;
    options.onBatch = [&](const StoreWriter::BatchReport &report) {
        std::lock_guard lock(batchMutex);
        stored += report.committed;
        storeRefused += report.refused;
        storeDuplicates += report.duplicates;
        for (const auto &refused : report.refused)
            notStored.insert(refused.first);
        for (const QUuid &uid : report.duplicates)
            notStored.insert(uid);
        for (const QUuid &uid : report.failed)
            notStored.insert(uid);
        if (!report.error.isEmpty() && writeError.isEmpty())
            writeError = report.error;
    };
    auto engine = Engine::create(options, &plugins);
    if (!engine) {
        err(engine.error().toString());
        return exitCodeFor(engine.error());
    }
    CsvReader csv(&file);
    QStringList header;
    if (csv.next(&header) != CsvReader::Status::Record) {
        err(QStringLiteral("%1:1: the file is empty or unreadable").arg(path));
        return ExitBadInput;
    }
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i)
        col.insert(header.at(i).trimmed().toLower(), i);
    for (const char *required : {"vrm", "time", "camera"}) {
        if (!col.contains(QLatin1String(required))) {
            err(QStringLiteral("%1:1: field '%2': required column is missing from the header").arg(path, QLatin1String(required)));
            return ExitBadInput;
        }
    }
    const QDir base = QFileInfo(path).absoluteDir();
    const int retentionDays = ForceSettings::load((*engine)->store()).retentionDays;
    QSet<QString> cameras;
    for (const Camera &c : (*engine)->store().cameras())
        cameras.insert(c.id);
    int submitted = 0, rejected = 0, duplicates = 0;
    QHash<QUuid, int> hitsOf; // hits raised per read; counted when the read is stored
    QSet<QString> seen;       // camera, time and VRM of this file's reads: a repeat is a duplicate
    const qint64 importStartMs = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kClockSkewMs = 5 * 60 * 1000; // cameras' clocks drift a little
    // Hits on covert entries count only for those who may see covert material.
    const bool seesCovert = Permissions::allows(importer, Action::SeeCovert);
    QObject::connect(engine->get(), &Engine::hitRaised, engine->get(), [&](const Hit &h) {
        if (seesCovert || !(h.covert || h.entry.covert))
            ++hitsOf[h.read.uid];
    }, Qt::DirectConnection);
    QStringList fields;
    for (;;) {
        const auto status = csv.next(&fields);
        if (status == CsvReader::Status::End)
            break;
        auto reject = [&](const QString &field, const QString &why) {
            err(QStringLiteral("%1:%2: field '%3': %4").arg(path).arg(csv.line()).arg(field, why));
            ++rejected;
        };
        if (status == CsvReader::Status::Error) {
            err(QStringLiteral("%1:%2: %3").arg(path).arg(csv.line()).arg(csv.error()));
            ++rejected;
            continue;
        }
        auto value = [&](const char *name) { return fields.value(col.value(QLatin1String(name), -1)).trimmed(); };
        Read r;
        r.uid = QUuid::createUuid();
        QString why;
        r.vrm = normaliseVrm(value("vrm"), &why);
        r.rawText = value("vrm");
        if (r.vrm.isEmpty()) {
            reject(QStringLiteral("vrm"), QStringLiteral("'%1': %2").arg(value("vrm"), why));
            continue;
        }
        // A read from the future is a camera clock or a time zone gone wrong: stored, it would
        // count as fresh data for ever and outlive every retention period.
        auto captured = parseIsoTime(value("time"));
        if (captured) {
            auto plausible = checkTimePlausible(captured.value(), importStartMs, kClockSkewMs);
            if (!plausible) {
                reject(QStringLiteral("time"), plausible.error().message +
                                                   QStringLiteral(" (the camera's clock or the time zone is wrong?)"));
                continue;
            }
        }
        if (!captured) {
            reject(QStringLiteral("time"), captured.error().message);
            continue;
        }
        r.capturedAtMs = captured.value();
        // A read the force may no longer keep would only be deleted by the next retention run.
        if (r.capturedAtMs < importStartMs - qint64(retentionDays) * 24 * 3600 * 1000) {
            reject(QStringLiteral("time"), QStringLiteral("'%1' is older than the force keeps reads (retention.days %2)")
                                               .arg(value("time"))
                                               .arg(retentionDays));
            continue;
        }
        r.uid = newReadUid(r.capturedAtMs);
        r.cameraId = value("camera");
        if (r.cameraId.isEmpty()) {
            reject(QStringLiteral("camera"), QStringLiteral("empty"));
            continue;
        }
        r.confidence = 1.0;
        if (col.contains(QStringLiteral("confidence")) && !value("confidence").isEmpty()) {
            bool ok = false;
            r.confidence = value("confidence").toDouble(&ok);
            if (!ok) {
                reject(QStringLiteral("confidence"), QStringLiteral("'%1' is not a number from 0 to 1").arg(value("confidence")));
                continue;
            }
        }
        // The store's own rule for every field (NaN, control characters, ...), asked before the
        // read is submitted so that a bad line is named by its line.
        if (auto checked = Store::checkRead(r); !checked) {
            reject(checked.error().field, checked.error().message);
            continue;
        }
        bool imagesOk = true;
        for (const auto &[column, target] : {std::pair{"plate_image", &r.platePatchJpeg}, std::pair{"overview_image", &r.overviewJpeg}}) {
            const QString image = value(column);
            if (image.isEmpty())
                continue;
            QFile f(base.absoluteFilePath(image));
            // A regular file of an image's size: /dev/zero or a FIFO would be read for ever.
            const QFileInfo info(f.fileName());
            if (!info.isFile() || info.size() > ImageStore::kMaxImageBytes || !f.open(QIODevice::ReadOnly)) {
                reject(QLatin1String(column), info.isFile() && info.size() > ImageStore::kMaxImageBytes
                                                  ? QStringLiteral("%1 is larger than any camera's image").arg(f.fileName())
                                                  : QStringLiteral("cannot read %1 (a regular file)").arg(f.fileName()));
                imagesOk = false;
                break;
            }
            *target = f.read(ImageStore::kMaxImageBytes + 1);
            if (auto decodes = ImageStore::checkJpeg(*target); !decodes) {
                reject(QLatin1String(column), QStringLiteral("%1: %2").arg(f.fileName(), decodes.error().message));
                imagesOk = false;
                break;
            }
        }
        if (!imagesOk)
            continue;
        if (!cameras.contains(r.cameraId)) {
            // A camera known only from imported reads: recorded so the reads keep their reference.
            Camera c;
            c.id = r.cameraId;
            c.name = r.cameraId;
            c.sourceKind = QStringLiteral("import");
            c.sourceUrl = QFileInfo(path).fileName();
            c.enabled = false;
            auto saved = (*engine)->store().upsertCamera(c);
            if (!saved) {
                reject(QStringLiteral("camera"), saved.error().message);
                continue;
            }
            cameras.insert(c.id);
        }
        // Reads are unique by camera, capture time and VRM (the store enforces it too): a file
        // imported again stores nothing twice and raises no alert twice.
        const QString key = r.cameraId + QChar(0x1f) + QString::number(r.capturedAtMs) + QChar(0x1f) + r.vrm;
        if (seen.contains(key) || (*engine)->store().hasRead(r.cameraId, r.capturedAtMs, r.vrm)) {
            err(QStringLiteral("%1:%2: a duplicate of a stored read (camera %3, %4, %5): not stored again")
                    .arg(path).arg(csv.line()).arg(r.cameraId, isoTime(r.capturedAtMs), r.vrm));
            ++duplicates;
            continue;
        }
        seen.insert(key);
        lineOf.insert(r.uid, csv.line());
        (*engine)->submit(std::move(r));
        ++submitted;
    }
    (*engine)->flush();
    std::lock_guard lock(batchMutex);
    for (const auto &[uid, why] : storeRefused) {
        err(QStringLiteral("%1:%2: %3").arg(path).arg(lineOf.value(uid)).arg(why.toString()));
        ++rejected;
    }
    duplicates += int(storeDuplicates.size());
    for (const QUuid &uid : storeDuplicates)
        err(QStringLiteral("%1:%2: a duplicate of a stored read: not stored again").arg(path).arg(lineOf.value(uid)));
    int hits = 0;
    for (auto it = hitsOf.cbegin(); it != hitsOf.cend(); ++it)
        if (!notStored.contains(it.key()))
            hits += it.value();
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("imported"), stored},
                        {QStringLiteral("rejected"), rejected}, {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("hits"), hits}};
    if (!writeError.isEmpty())
        details.insert(QStringLiteral("error"), writeError);
    auto audited = AuditLog((*engine)->store()).append(user, QStringLiteral("reads-import"), details);
    if (!writeError.isEmpty()) {
        err(QStringLiteral("%1: the store could not be written (%2): %3 of %4 read(s) were stored before the failure, "
                           "the rest were not; import the file again once the fault is cleared (stored reads are "
                           "recognised and not stored twice)")
                .arg(path, writeError).arg(stored).arg(submitted));
        out(QStringLiteral("imported %1, rejected %2, duplicates %3, hits %4").arg(stored).arg(rejected).arg(duplicates).arg(hits));
        return ExitBadInput;
    }
    if (!audited) {
        err(QStringLiteral("%1 read(s) were stored but the audit entry could not be written: %2").arg(stored).arg(audited.error().toString()));
        return exitCodeFor(audited.error());
    }
    out(QStringLiteral("imported %1, rejected %2, duplicates %3, hits %4").arg(stored).arg(rejected).arg(duplicates).arg(hits));
    return rejected ? ExitBadInput : ExitOk;
}

} // namespace Kestrel::Cli
