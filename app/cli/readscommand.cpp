// kestrel-cli reads import FILE.csv: reads recognised elsewhere, checked like live ones.
#include "cliargs.h"
#include "commands.h"
#include "session.h"

#include "audit/auditlog.h"
#include "common/isotime.h"
#include "hotlist/csvreader.h"
#include "pipeline/engine.h"
#include "plates/vrm.h"
#include "plugin/pluginloader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

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
    {
        auto session = openSession(globalOptions().db);
        if (!session) {
            err(session.error().toString());
            return exitCodeFor(session.error());
        }
        if (!session->user.has(Role::Administrator) && !session->user.has(Role::Supervisor)) {
            AuditLog(*session->store).append(session->user.name, QStringLiteral("reads-import"),
                                             {{QStringLiteral("file"), path}, {QStringLiteral("refused"), QStringLiteral("role")}});
            err(QStringLiteral("refused: reads are imported by administrators or supervisors"));
            return ExitRefused;
        }
        user = session->user.name;
    }
    PluginLoader plugins;
    Engine::Options options;
    options.dbPath = globalOptions().db;
    options.previews = false;
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
    QSet<QString> cameras;
    for (const Camera &c : (*engine)->store().cameras())
        cameras.insert(c.id);
    int imported = 0, rejected = 0, hits = 0;
    const qint64 importStartMs = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kClockSkewMs = 5 * 60 * 1000; // cameras' clocks drift a little
    QObject::connect(engine->get(), &Engine::hitRaised, engine->get(), [&](const Hit &) { ++hits; }, Qt::DirectConnection);
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
            if (!ok || r.confidence < 0 || r.confidence > 1) {
                reject(QStringLiteral("confidence"), QStringLiteral("'%1' is not a number from 0 to 1").arg(value("confidence")));
                continue;
            }
        }
        bool imagesOk = true;
        for (const auto &[column, target] : {std::pair{"plate_image", &r.platePatchJpeg}, std::pair{"overview_image", &r.overviewJpeg}}) {
            const QString image = value(column);
            if (image.isEmpty())
                continue;
            QFile f(base.absoluteFilePath(image));
            if (!f.open(QIODevice::ReadOnly)) {
                reject(QLatin1String(column), QStringLiteral("cannot read %1").arg(f.fileName()));
                imagesOk = false;
                break;
            }
            *target = f.readAll();
            if (!target->startsWith("\xff\xd8")) {
                reject(QLatin1String(column), QStringLiteral("%1 is not a JPEG").arg(f.fileName()));
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
        (*engine)->submit(std::move(r));
        ++imported;
    }
    (*engine)->flush();
    auto store = openStore(globalOptions().db);
    if (store)
        AuditLog(**store).append(user, QStringLiteral("reads-import"),
                                 {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("imported"), imported},
                                  {QStringLiteral("rejected"), rejected}, {QStringLiteral("hits"), hits}});
    out(QStringLiteral("imported %1, rejected %2, hits %3").arg(imported).arg(rejected).arg(hits));
    return rejected ? ExitBadInput : ExitOk;
}

} // namespace Kestrel::Cli
