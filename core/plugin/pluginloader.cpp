#include "plugin/pluginloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>

namespace Kestrel {

QStringList PluginLoader::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("KESTREL_PLUGIN_PATH");
    if (!env.isEmpty())
        paths << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (QCoreApplication::instance())
        paths << QCoreApplication::applicationDirPath() + QLatin1String("/plugins")
              << QCoreApplication::applicationDirPath() + QLatin1String("/../lib/kestrel/plugins");
    paths << QStringLiteral(KESTREL_BUILD_PLUGIN_DIR);
    return paths;
}

void PluginLoader::addStatic(CameraSourceFactory *factory, const QString &id)
{
    m_sources.append(factory);
    PluginRecord r;
    r.id = id;
    r.name = factory->description();
    r.kind = QStringLiteral("camera-source");
    r.loaded = true;
    r.file = QStringLiteral("(built in)");
    m_records.append(r);
}

void PluginLoader::addStatic(HotlistImporter *importer, const QString &id)
{
    m_importers.append(importer);
    PluginRecord r;
    r.id = id;
    r.name = importer->description();
    r.kind = QStringLiteral("hotlist-importer");
    r.loaded = true;
    r.file = QStringLiteral("(built in)");
    m_records.append(r);
}

void PluginLoader::load(const QStringList &searchPaths, const QStringList &disabled, bool safeMode)
{
    QStringList seen;
    for (const QString &dir : searchPaths) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QFileInfo(it.next()).canonicalFilePath();
            if (!QLibrary::isLibrary(file) || seen.contains(file))
                continue;
            seen << file;
            PluginRecord r;
            r.file = file;
            auto loader = std::make_unique<QPluginLoader>(file);
            const QJsonObject meta = loader->metaData();
            if (meta.isEmpty()) {
                r.reason = QStringLiteral("not a Qt plugin: %1").arg(loader->errorString());
                m_records.append(r);
                continue;
            }
            const QJsonObject data = meta.value(QLatin1String("MetaData")).toObject();
            r.id = data.value(QLatin1String("id")).toString();
            r.name = data.value(QLatin1String("name")).toString();
            r.version = data.value(QLatin1String("version")).toString();
            r.kind = data.value(QLatin1String("kind")).toString();
            const QString iid = meta.value(QLatin1String("IID")).toString();
            const int compat = data.value(QLatin1String("compatVersion")).toInt(-1);
            // Decide from metadata alone: a plugin we will not use is never instantiated.
            const bool isSource = iid == QLatin1String(KestrelCameraSourceFactory_iid);
            const bool isImporter = iid == QLatin1String(KestrelHotlistImporter_iid);
            if (!isSource && !isImporter)
                r.reason = QStringLiteral("unknown interface %1").arg(iid);
            else if (compat != kApiVersion)
                r.reason = QStringLiteral("built for plugin API %1, this Kestrel has %2").arg(compat).arg(kApiVersion);
            else if (r.id.isEmpty())
                r.reason = QStringLiteral("metadata has no id");
            else if (safeMode)
                r.reason = QStringLiteral("safe mode: no plugins are loaded");
            else if (disabled.contains(r.id))
                r.reason = QStringLiteral("disabled by configuration");
            else if (std::any_of(m_records.cbegin(), m_records.cend(),
                                 [&](const PluginRecord &o) { return o.loaded && o.id == r.id; }))
                r.reason = QStringLiteral("a plugin with id '%1' is loaded already").arg(r.id);
            if (r.reason.isEmpty()) {
                QObject *instance = loader->instance();
                auto *factory = isSource ? qobject_cast<CameraSourceFactory *>(instance) : nullptr;
                auto *importer = isImporter ? qobject_cast<HotlistImporter *>(instance) : nullptr;
                if (!instance)
                    r.reason = loader->errorString();
                else if (!factory && !importer)
                    r.reason = QStringLiteral("does not implement %1").arg(iid);
                else {
                    r.loaded = true;
                    if (factory)
                        m_sources.append(factory);
                    else
                        m_importers.append(importer);
                    m_loaders.push_back(std::move(loader));
                }
            }
            m_records.append(r);
        }
    }
}

CameraSourceFactory *PluginLoader::cameraSource(const QString &kind) const
{
    for (CameraSourceFactory *f : m_sources)
        if (f->kind() == kind)
            return f;
    return nullptr;
}

QStringList PluginLoader::cameraSourceKinds() const
{
    QStringList out;
    for (CameraSourceFactory *f : m_sources)
        out << f->kind();
    return out;
}

HotlistImporter *PluginLoader::hotlistImporter(const QString &format) const
{
    for (HotlistImporter *i : m_importers)
        if (i->format() == format)
            return i;
    return nullptr;
}

HotlistImporter *PluginLoader::hotlistImporterFor(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (HotlistImporter *i : m_importers)
        if (i->fileSuffixes().contains(suffix))
            return i;
    return nullptr;
}

QStringList PluginLoader::hotlistImporterFormats() const
{
    QStringList out;
    for (HotlistImporter *i : m_importers)
        out << i->format();
    return out;
}

} // namespace Kestrel
