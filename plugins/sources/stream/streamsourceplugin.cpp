// Qt plugin shell around StreamSourceFactory.
#include "streamsource.h"

#include <QObject>

namespace Kestrel {

class StreamSourcePlugin : public QObject, public StreamSourceFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelCameraSourceFactory_iid FILE "stream.json")
    Q_INTERFACES(Kestrel::CameraSourceFactory)
};

} // namespace Kestrel

#include "streamsourceplugin.moc"
