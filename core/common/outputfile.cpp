#include "common/outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Kestrel {

namespace {

// The path a write to `path` would land on: links followed (a dangling one too, since writing
// would create its target), the folder made canonical when the file does not exist yet.
QString resolvedPath(const QString &path, int depth = 0)
{
    const QFileInfo fi(path);
    if (fi.exists())
        return fi.canonicalFilePath();
    if (fi.isSymLink() && depth < 16)
        return resolvedPath(fi.symLinkTarget(), depth + 1);
    const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
    if (dir.isEmpty())
        return QDir::cleanPath(fi.absoluteFilePath());
    return dir + QLatin1Char('/') + fi.fileName();
}

} // namespace

bool writeAll(QIODevice &device, const QByteArray &data)
{
    return device.write(data) == data.size();
}

Result<void> checkOutputFile(const QString &target, const OutputFileRules &rules)
{
    if (target.isEmpty())
        return Error::badInput(QStringLiteral("no file name given"));
    const QFileInfo fi(target);
    const QString resolved = resolvedPath(target);
    for (const QString &p : rules.protectedFiles) {
        if (!p.isEmpty() && resolvedPath(p) == resolved)
            return Error::badInput(
                QStringLiteral("'%1' is the evidence store's own file %2: never written over")
                    .arg(target, QFileInfo(p).fileName()));
    }
    for (const QString &d : rules.protectedDirs) {
        const QString dir = resolvedPath(d);
        if (!d.isEmpty() && (resolved == dir || resolved.startsWith(dir + QLatin1Char('/'))))
            return Error::badInput(
                QStringLiteral("'%1' is inside the evidence store's %2 folder: never written over")
                    .arg(target, QFileInfo(d).fileName()));
    }
    if (fi.isDir())
        return Error::badInput(QStringLiteral("'%1' is a folder; give a file name").arg(target));
    if ((fi.exists() || fi.isSymLink()) && !rules.overwrite)
        return Error::badInput(
            QStringLiteral("'%1' already exists (add --force to replace it)").arg(target));
    if (fi.exists() && !fi.isFile())
        return Error::badInput(QStringLiteral("'%1' is not a regular file").arg(target));
    return {};
}

Result<void> writeOutputFile(const QString &target, const OutputFileRules &rules,
                             const std::function<bool(QIODevice &)> &write)
{
    auto allowed = checkOutputFile(target, rules);
    if (!allowed)
        return allowed;
    // The resolved path, so a link is followed to its target rather than replaced by a file.
    QSaveFile file(resolvedPath(target));
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), target);
    if (!write(file)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error::io(QStringLiteral("writing failed, nothing written: %1").arg(why), target);
    }
    if (!file.commit())
        return Error::io(
            QStringLiteral("writing failed, nothing written: %1").arg(file.errorString()), target);
    return {};
}

} // namespace Kestrel
