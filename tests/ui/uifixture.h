// Shared by the GUI tests: a real temporary store holding a camera, hotlist entries, and reads
// with real JPEG images and the hits raised on them.
#pragma once

#include "audit/auditlog.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Kestrel::TestFixture {

// Typed as a person types: each character a key press at the window, delivered to its focus.
inline void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

// With KESTREL_GRAB_DIR set, saves a picture of the widget there as NAME.png, to be looked at
// (layouts in long text, the panels as a person sees them); otherwise does nothing.
inline void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KESTREL_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline QByteArray jpeg(const QSize &size, const QColor &fill, const QString &text)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(fill);
    QPainter p(&image);
    QFont f;
    f.setPixelSize(size.height() / 2);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(image.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

// Takes the audit trail away behind the store's back, as a failing disk or a tampered file
// would: another connection renames its table, and every AuditLog::append then fails.
// restoreAuditTrail() puts it back.
inline bool renameAuditTable(const QString &dbPath, const QString &from, const QString &to)
{
    const QString name = QStringLiteral("audit-saboteur");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline bool breakAuditTrail(const QString &dbPath)
{
    return renameAuditTable(dbPath, QStringLiteral("audit_log"), QStringLiteral("audit_log_gone"));
}

inline bool restoreAuditTrail(const QString &dbPath)
{
    return renameAuditTable(dbPath, QStringLiteral("audit_log_gone"), QStringLiteral("audit_log"));
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Camera camera;
    HotlistEntry high;
    HotlistEntry medium;

    bool open()
    {
        if (!dir.isValid())
            return false;
        auto opened = Store::openOrCreate(dir.filePath(QStringLiteral("kestrel.db")));
        if (!opened)
            return false;
        store = std::move(opened).value();
        camera.id = QStringLiteral("CAM-A64-NB");
        camera.name = QStringLiteral("A64 northbound");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = QStringLiteral("/nonexistent.mp4");
        if (!store->upsertCamera(camera))
            return false;
        high.vrm = QStringLiteral("GM17KFZ");
        high.list = QStringLiteral("PNC");
        high.priority = Priority::High;
        high.category = QStringLiteral("Missing person");
        high.reason = QStringLiteral("Vulnerable missing person");
        high.action = QStringLiteral("Stop and check welfare of occupants");
        high.warningMarkers = QStringLiteral("Self-harm risk");
        medium = high;
        medium.vrm = QStringLiteral("SK25BNL");
        medium.priority = Priority::Medium;
        medium.category = QStringLiteral("Stolen vehicle");
        medium.warningMarkers.clear();
        std::vector<HotlistEntry> entries{high, medium};
        if (!store->addHotlistEntries(entries))
            return false;
        high = entries[0];
        medium = entries[1];
        // Stored through the trusted path; recorded as Kestrel's own import would, so that
        // audit verify vouches for them.
        if (!AuditLog(*store).append(QStringLiteral("fixture"), QStringLiteral("hotlist-import"), {},
                                     {{QStringLiteral("hotlist_entries"), high.id}, {QStringLiteral("hotlist_entries"), medium.id}}))
            return false;
        return high.id > 0 && medium.id > 0;
    }

    // A hit on `entry` read as `vrm` (approximate when it differs), with real images; stored
    // (read and hit rows) unless `store` is false.
    Hit makeHit(const HotlistEntry &entry, const QString &vrm, bool storeIt = true)
    {
        Read r;
        r.uid = QUuid::createUuid();
        r.vrm = vrm;
        r.rawText = vrm;
        r.confidence = 0.93;
        r.cameraId = camera.id;
        r.capturedAtMs = QDateTime::currentMSecsSinceEpoch();
        r.platePatchJpeg = jpeg(QSize(240, 60), QColor(0xf7, 0xcf, 0x1a), vrm);
        r.overviewJpeg = jpeg(QSize(640, 360), QColor(0x50, 0x60, 0x70), QStringLiteral("overview"));
        Hit h;
        h.uid = QUuid::createUuid();
        h.read = r;
        h.entry = entry;
        h.match = vrm == entry.vrm ? MatchKind::Exact : MatchKind::Equivalent;
        h.distance = vrm == entry.vrm ? 0 : 1;
        h.raisedAtMs = r.capturedAtMs + 3;
        if (storeIt && !storeHit(h))
            return {};
        return h;
    }

    bool storeHit(Hit &h)
    {
        ImageStore images(store->dataDir());
        auto patch = images.write(h.read.platePatchJpeg, h.read.capturedAtMs, h.read.uid, QStringLiteral("patch"));
        auto overview = images.write(h.read.overviewJpeg, h.read.capturedAtMs, h.read.uid, QStringLiteral("overview"));
        if (!patch || !overview)
            return false;
        h.read.platePatch = *patch;
        h.read.overview = *overview;
        std::vector<Read> reads{h.read};
        if (!store->insertReads(reads, {h}))
            return false;
        h.read.id = reads[0].id;
        return true;
    }

    // A stored read with real images (the plate box drawn in the overview), no hit.
    std::optional<Read> addRead(const QString &vrm, qint64 capturedAtMs, const QString &cameraId = {},
                                double confidence = 0.91, const QByteArray &patchJpeg = {},
                                const QList<PlateCandidate> &candidates = {})
    {
        Read r;
        r.uid = QUuid::createUuid();
        r.vrm = vrm;
        r.rawText = vrm;
        r.candidates = candidates;
        r.confidence = confidence;
        r.cameraId = cameraId.isEmpty() ? camera.id : cameraId;
        r.capturedAtMs = capturedAtMs;
        r.plateBox = QRect(250, 230, 140, 34);
        r.platePatchJpeg = patchJpeg.isEmpty() ? jpeg(QSize(240, 60), QColor(0xf7, 0xcf, 0x1a), vrm) : patchJpeg;
        r.overviewJpeg = jpeg(QSize(640, 360), QColor(0x50, 0x60, 0x70), QStringLiteral("overview"));
        ImageStore images(store->dataDir());
        auto patch = images.write(r.platePatchJpeg, r.capturedAtMs, r.uid, QStringLiteral("patch"));
        auto overview = images.write(r.overviewJpeg, r.capturedAtMs, r.uid, QStringLiteral("overview"));
        if (!patch || !overview)
            return std::nullopt;
        r.platePatch = *patch;
        r.overview = *overview;
        std::vector<Read> reads{r};
        if (!store->insertReads(reads))
            return std::nullopt;
        return reads[0];
    }

    std::optional<Hit> storedHit(const QUuid &uid) const
    {
        for (const Hit &h : store->recentHits(1000)) {
            if (h.uid == uid)
                return h;
        }
        return std::nullopt;
    }
};

} // namespace Kestrel::TestFixture
