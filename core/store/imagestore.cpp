#include "store/imagestore.h"

#include "common/filemodes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>

namespace Kestrel {

QByteArray ImageStore::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace {

// Width and height from the JPEG's start-of-frame marker, read before anything is decoded: a
// 9 KB file may claim 65000 x 65000 pixels, and a decoder would take that much memory.
bool jpegSize(const QByteArray &data, int *width, int *height)
{
    qsizetype i = 2;
    while (i + 9 < data.size()) {
        if (uchar(data[i]) != 0xff)
            return false;
        const uchar marker = uchar(data[i + 1]);
        if (marker == 0xff) {
            ++i;
            continue;
        }
        const int length = (uchar(data[i + 2]) << 8) | uchar(data[i + 3]);
        const bool frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frame) {
            *height = (uchar(data[i + 5]) << 8) | uchar(data[i + 6]);
            *width = (uchar(data[i + 7]) << 8) | uchar(data[i + 8]);
            return true;
        }
        if (marker == 0xda || length < 2)
            return false; // image data before any frame header
        i += 2 + length;
    }
    return false;
}

} // namespace

Result<void> ImageStore::checkJpeg(const QByteArray &data)
{
    if (!data.startsWith("\xff\xd8"))
        return Error::badInput(QStringLiteral("not a JPEG"));
    if (data.size() > kMaxImageBytes)
        return Error::badInput(QStringLiteral("%1 bytes: larger than any camera's image (at most %2)").arg(data.size()).arg(kMaxImageBytes));
    int width = 0, height = 0;
    if (!jpegSize(data, &width, &height))
        return Error::badInput(QStringLiteral("a JPEG without a frame header"));
    if (width < 8 || height < 8 || width > kMaxImageSide || height > kMaxImageSide)
        return Error::badInput(QStringLiteral("a JPEG of %1 x %2 pixels (8 to %3 a side)").arg(width).arg(height).arg(kMaxImageSide));
    // libjpeg fills a truncated file with grey and calls it a warning: the end-of-image marker
    // (some encoders pad after it) is how a whole file is told from a cut one.
    if (data.right(64).indexOf("\xff\xd9") < 0)
        return Error::badInput(QStringLiteral("a JPEG cut short (no end-of-image marker)"));
    const cv::Mat bytes(1, int(data.size()), CV_8UC1, const_cast<char *>(data.constData()));
    cv::Mat picture;
    try {
        picture = cv::imdecode(bytes, cv::IMREAD_REDUCED_GRAYSCALE_2);
    } catch (const cv::Exception &) {
        picture.release();
    }
    if (picture.empty() || picture.cols < 4 || picture.rows < 4)
        return Error::badInput(QStringLiteral("a JPEG that does not decode (truncated or damaged)"));
    return {};
}

int ImageStore::loadInto(Read &read) const
{
    int loaded = 0;
    for (auto [ref, target] : {std::pair{&read.platePatch, &read.platePatchJpeg},
                               std::pair{&read.overview, &read.overviewJpeg}}) {
        if (!target->isEmpty()) {
            ++loaded;
            continue;
        }
        if (ref->isEmpty())
            continue;
        if (auto bytes = this->read(*ref)) {
            *target = std::move(bytes).value();
            ++loaded;
        }
    }
    return loaded;
}

QString ImageStore::absolutePath(const ImageRef &ref) const
{
    return m_dataDir + QLatin1Char('/') + ref.path;
}

Result<ImageRef> ImageStore::write(const QByteArray &jpeg, qint64 capturedAtMs, const QUuid &uid,
                                   const QString &kind) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(capturedAtMs, Qt::UTC).date();
    const QString folder = QStringLiteral("images/%1/%2/%3")
                               .arg(day.year(), 4, 10, QLatin1Char('0'))
                               .arg(day.month(), 2, 10, QLatin1Char('0'))
                               .arg(day.day(), 2, 10, QLatin1Char('0'));
    // Folders and files are the owner's only (0700, 0600) whatever the umask: evidence.
    const QString absoluteFolder = m_dataDir + QLatin1Char('/') + folder;
    if (!QFileInfo(absoluteFolder).isDir()) {
        auto made = makePrivateDir(absoluteFolder);
        if (!made)
            return Error::io(QStringLiteral("cannot create the image folder"), absoluteFolder);
    }
    ImageRef ref;
    ref.path = folder + QLatin1Char('/') + uid.toString(QUuid::WithoutBraces) + QLatin1Char('-') +
               kind + QLatin1String(".jpg");
    ref.sha256 = sha256Hex(jpeg);
    QSaveFile file(absolutePath(ref));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(jpeg) != jpeg.size() || !file.commit())
        return Error::io(QStringLiteral("cannot write image: %1").arg(file.errorString()),
                         absolutePath(ref));
    makePrivateFile(absolutePath(ref));
    return ref;
}

Result<QByteArray> ImageStore::read(const ImageRef &ref) const
{
    QFile file(absolutePath(ref));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read image: %1").arg(file.errorString()),
                         absolutePath(ref));
    QByteArray data = file.readAll();
    if (sha256Hex(data) != ref.sha256)
        return Error::integrity(QStringLiteral("image does not match its recorded SHA-256"),
                                absolutePath(ref));
    return data;
}

} // namespace Kestrel
