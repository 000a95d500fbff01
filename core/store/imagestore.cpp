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

Result<void> ImageStore::checkJpeg(const QByteArray &data)
{
    if (!data.startsWith("\xff\xd8"))
        return Error::badInput(QStringLiteral("not a JPEG"));
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
