#include "common/filemodes.h"

#include <QDir>
#include <QFileInfo>
#include <sys/stat.h>

namespace Kestrel {

Result<void> makePrivateDir(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, outermost first.
    QStringList missing;
    for (QString p = clean; !p.isEmpty() && !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (p == QFileInfo(p).path())
            break;
    }
    for (const QString &dir : missing) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), 0700) != 0 && !QFileInfo(dir).isDir())
            return Error::io(QStringLiteral("cannot create the folder"), dir);
        ::chmod(native.constData(), 0700); // the umask may have taken owner bits too
    }
    if (!QFileInfo(clean).isDir())
        return Error::io(QStringLiteral("not a folder"), clean);
    return {};
}

bool makePrivateFile(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace Kestrel
