// Qt plugin shell around UsbSourceFactory.
#include "usbsource.h"

#include <QObject>

namespace Kestrel {

class UsbSourcePlugin : public QObject, public UsbSourceFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KestrelCameraSourceFactory_iid FILE "usb.json")
    Q_INTERFACES(Kestrel::CameraSourceFactory)
};

} // namespace Kestrel

#include "usbsourceplugin.moc"
