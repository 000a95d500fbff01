// Qt plugin shell around JsonHotlistImporter.
#include "jsonimporter.h"

#include <QObject>

namespace Kestrel {

class JsonImporterPlugin : public QObject, public JsonHotlistImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelHotlistImporter_iid FILE "json.json")
    Q_INTERFACES(Kestrel::HotlistImporter)
};

} // namespace Kestrel

#include "jsonimporterplugin.moc"
