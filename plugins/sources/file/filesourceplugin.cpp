// Qt plugin shell around FileSourceFactory.
#include "filesource.h"

#include <QObject>

namespace Kestrel {

class FileSourcePlugin : public QObject, public FileSourceFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelCameraSourceFactory_iid FILE "file.json")
    Q_INTERFACES(Kestrel::CameraSourceFactory)
};

} // namespace Kestrel

#include "filesourceplugin.moc"
