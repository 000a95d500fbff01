// One plate seen by one camera: the evidence record that everything else refers to.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <QUuid>

namespace Kestrel {

// One alternative reading of a plate with the recogniser's score for it (0..1).
struct PlateCandidate
{
    QString text;
    double score = 0.0;
};

// A JPEG kept on disk under the data directory; the hash proves it was not altered.
struct ImageRef
{
    QString path;      // relative to the data directory, '/'-separated
    QByteArray sha256; // hex
    bool isEmpty() const { return path.isEmpty(); }
};

// A read's identifier, time-ordered (UUID version 7: 48 bits of capture milliseconds, then random
// bits), so the store's unique index grows at its right edge instead of at random places.
QUuid newReadUid(qint64 capturedAtMs);

struct Read
{
    qint64 id = 0;   // store row id, 0 until stored
    QUuid uid;       // assigned at capture so hits can refer to a read before it is stored
    QString vrm;     // normalised: upper-case A-Z and 0-9, no spaces
    QString rawText; // what the recogniser produced before repair
    double confidence = 0.0;
    QList<PlateCandidate> candidates; // best first, vrm among them
    QString country;                  // ISO 3166 alpha-2 when known ("GB"), else empty
    QString format;                   // e.g. "uk-current", "uk-prefix", "generic"
    QString cameraId;
    qint64 capturedAtMs = 0; // UTC milliseconds since the epoch
    QString location;
    QString direction;
    QRect plateBox; // in overview-image pixels
    qint64 frameIndex = -1;
    ImageRef platePatch;
    ImageRef overview;

    // Encoded images in flight between the pipeline and the store (and the screen); not persisted
    // as such, the store writes them to files and fills platePatch/overview.
    QByteArray platePatchJpeg;
    QByteArray overviewJpeg;
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::Read)
