#include "plugin/pluginloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestPluginLoader : public QObject
{
    Q_OBJECT
private:
    static const PluginRecord *record(const PluginLoader &l, const QString &id)
    {
        for (const PluginRecord &r : l.records())
            if (r.id == id)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void loadsTheBuiltSourcePlugins()
    {
        PluginLoader loader;
        loader.load(PluginLoader::defaultSearchPaths());
        for (const QString &id : {QStringLiteral("file"), QStringLiteral("stream"), QStringLiteral("usb")}) {
            const PluginRecord *r = record(loader, id);
            QVERIFY2(r, qPrintable(id));
            QVERIFY2(r->loaded, qPrintable(r->reason));
            QCOMPARE(r->kind, QStringLiteral("camera-source"));
            QVERIFY(!r->version.isEmpty());
            QVERIFY(loader.cameraSource(id));
        }
        QVERIFY(!loader.cameraSource(QStringLiteral("teleport")));
    }

    void loadsTheHotlistImporters()
    {
        PluginLoader loader;
        loader.load(PluginLoader::defaultSearchPaths());
        for (const QString &id : {QStringLiteral("importer-csv"), QStringLiteral("importer-json"),
                                  QStringLiteral("importer-national")}) {
            const PluginRecord *r = record(loader, id);
            QVERIFY2(r, qPrintable(id));
            QVERIFY2(r->loaded, qPrintable(r->reason));
            QCOMPARE(r->kind, QStringLiteral("hotlist-importer"));
        }
        QVERIFY(loader.hotlistImporter(QStringLiteral("csv")));
        QVERIFY(loader.hotlistImporter(QStringLiteral("json")));
        QCOMPARE(loader.hotlistImporterFor(QStringLiteral("/x/PNC.CSV")), loader.hotlistImporter(QStringLiteral("csv")));
        QCOMPARE(loader.hotlistImporterFor(QStringLiteral("list.json")), loader.hotlistImporter(QStringLiteral("json")));
        QVERIFY(!loader.hotlistImporterFor(QStringLiteral("list.xlsx")));
        // The national feed is imported as such only when asked for by name, never by suffix.
        QVERIFY(loader.hotlistImporter(QStringLiteral("national")));
        QCOMPARE(loader.hotlistImporterFor(QStringLiteral("national.csv")), loader.hotlistImporter(QStringLiteral("csv")));
        // An importer is not a camera source, and the other way round.
        QVERIFY(!loader.cameraSource(QStringLiteral("csv")));
        QVERIFY(!loader.hotlistImporter(QStringLiteral("file")));
        loader = PluginLoader();
        loader.load(PluginLoader::defaultSearchPaths(), {QStringLiteral("importer-json")});
        QVERIFY(!loader.hotlistImporter(QStringLiteral("json")));
        QVERIFY(record(loader, QStringLiteral("importer-json"))->reason.contains(QStringLiteral("disabled")));
    }

    void disabledPluginsAreRecordedNotLoaded()
    {
        PluginLoader loader;
        loader.load(PluginLoader::defaultSearchPaths(), {QStringLiteral("usb")});
        const PluginRecord *r = record(loader, QStringLiteral("usb"));
        QVERIFY(r);
        QVERIFY(!r->loaded);
        QVERIFY(r->reason.contains(QStringLiteral("disabled")));
        QVERIFY(!loader.cameraSource(QStringLiteral("usb")));
        QVERIFY(loader.cameraSource(QStringLiteral("file")));
    }

    void safeModeLoadsNothing()
    {
        PluginLoader loader;
        loader.load(PluginLoader::defaultSearchPaths(), {}, true);
        QVERIFY(loader.cameraSourceKinds().isEmpty());
        QVERIFY(loader.hotlistImporterFormats().isEmpty());
        QVERIFY(!loader.records().isEmpty());
        for (const PluginRecord &r : loader.records())
            QVERIFY(r.reason.contains(QStringLiteral("safe mode")));
    }

    void aBrokenLibraryIsExplained()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("libbroken.so")));
        f.open(QIODevice::WriteOnly);
        f.write("\x7f" "ELF but not really");
        f.close();
        PluginLoader loader;
        loader.load({dir.path()});
        QCOMPARE(loader.records().size(), 1);
        QVERIFY(!loader.records().first().loaded);
        QVERIFY(!loader.records().first().reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPluginLoader)
#include "tst_pluginloader.moc"
