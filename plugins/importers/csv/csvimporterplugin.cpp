// Qt plugin shell around CsvHotlistImporter.
#include "csvimporter.h"

#include <QObject>

namespace Kestrel {

class CsvImporterPlugin : public QObject, public CsvHotlistImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelHotlistImporter_iid FILE "csv.json")
    Q_INTERFACES(Kestrel::HotlistImporter)
};

} // namespace Kestrel

#include "csvimporterplugin.moc"
