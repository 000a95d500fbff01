// Qt plugin shell around NationalHotlistImporter.
#include "nationalimporter.h"

#include <QObject>

namespace Kestrel {

class NationalImporterPlugin : public QObject, public NationalHotlistImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelHotlistImporter_iid FILE "national.json")
    Q_INTERFACES(Kestrel::HotlistImporter)
};

} // namespace Kestrel

#include "nationalimporterplugin.moc"
