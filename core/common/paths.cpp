#include "common/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Kestrel {

QString sharedFile(const QString &relative)
{
    QStringList roots;
    const QString env = qEnvironmentVariable("KESTREL_SHARE_DIR");
    if (!env.isEmpty())
        roots << env;
    if (QCoreApplication::instance())
        roots << QCoreApplication::applicationDirPath() + QLatin1String("/../share/kestrel");
    roots << QStringLiteral(KESTREL_INSTALL_SHARE_DIR) << QStringLiteral(KESTREL_SOURCE_RESOURCES_DIR);
    for (const QString &root : roots) {
        const QString path = QDir::cleanPath(root + QLatin1Char('/') + relative);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QLatin1String("/.local/share");
    dir += QLatin1String("/kestrel");
    QDir().mkpath(dir);
    return dir;
}

} // namespace Kestrel
