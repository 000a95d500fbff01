// Evidence images as JPEG files in date-partitioned folders, each with its SHA-256.
#pragma once

#include "common/result.h"
#include "domain/read.h"

#include <QString>

namespace Kestrel {

class ImageStore
{
public:
    explicit ImageStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // Writes images/YYYY/MM/DD/<uid>-<kind>.jpg (UTC date of capture) atomically.
    Result<ImageRef> write(const QByteArray &jpeg, qint64 capturedAtMs, const QUuid &uid,
                           const QString &kind) const;
    // Reads an image back and checks its hash: Kind::Integrity when it was altered.
    Result<QByteArray> read(const ImageRef &ref) const;
    QString absolutePath(const ImageRef &ref) const;
    // Puts a stored read's patch and overview back into it as JPEG (how they travel from the
    // pipeline), for screens that show hits raised on past reads. An image that is gone (past
    // its retention) or fails its hash is left out; returns how many were loaded.
    int loadInto(Read &read) const;
    const QString &dataDir() const { return m_dataDir; }

    static QByteArray sha256Hex(const QByteArray &data);
    // Bounds of an image Kestrel accepts from outside (an overview of an 8K camera is well within).
    static constexpr qsizetype kMaxImageBytes = 8 * 1024 * 1024;
    static constexpr int kMaxImageSide = 8192;
    // A JPEG within those bounds (its size checked from its header before decoding) that decodes
    // to a picture of at least 8x8 pixels; what is not is no evidence.
    [[nodiscard]] static Result<void> checkJpeg(const QByteArray &data);

private:
    QString m_dataDir;
};

} // namespace Kestrel
