// Finds and loads Kestrel plugins, checking IID and version before instantiating anything.
#pragma once

#include "plugin/camerasource.h"
#include "plugin/hotlistimporter.h"

#include <QList>
#include <QPluginLoader>
#include <QStringList>

#include <memory>
#include <vector>

namespace Kestrel {

struct PluginRecord
{
    QString file;
    QString id;
    QString name;
    QString version;
    QString kind;
    bool loaded = false;
    QString reason; // why it did not load; empty when loaded
};

class PluginLoader
{
public:
    static constexpr int kApiVersion = 1;

    // Directories searched, in order: $KESTREL_PLUGIN_PATH (':'-separated), plugins/ beside the
    // executable, and the build tree's plugin directory.
    static QStringList defaultSearchPaths();

    // disabled: plugin ids not to load; safeMode: load nothing (an operator's way out when a
    // plugin misbehaves).
    void load(const QStringList &searchPaths, const QStringList &disabled = {}, bool safeMode = false);
    void load() { load(defaultSearchPaths()); }

    // Registers a factory built into the executable (tests, or a build without plugins).
    void addStatic(CameraSourceFactory *factory, const QString &id);
    void addStatic(HotlistImporter *importer, const QString &id);

    CameraSourceFactory *cameraSource(const QString &kind) const;
    QStringList cameraSourceKinds() const;

    HotlistImporter *hotlistImporter(const QString &format) const;
    HotlistImporter *hotlistImporterFor(const QString &path) const; // by file suffix
    QStringList hotlistImporterFormats() const;
    const QList<PluginRecord> &records() const { return m_records; }

private:
    QList<PluginRecord> m_records;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
    QList<CameraSourceFactory *> m_sources;
    QList<HotlistImporter *> m_importers;
};

} // namespace Kestrel
