// A camera attached to this workstation and the source that feeds it.
#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Kestrel {

struct Camera
{
    QString id;          // short stable identifier, e.g. "CAM-A1-NB"
    QString name;        // shown to operators
    QString location;    // restricted data: fixed sites are not disclosed outside the force
    QString direction;   // "NB", "towards city"...
    QString sourceKind;  // plugin id: "file", "folder", "stream", "usb"
    QString sourceUrl;   // path, rtsp://..., http://..., /dev/video0, usb device id
    // Source options: "realtime" (bool), "loop" (bool), "fps" (double); and "exclude": a list of
    // "x,y,w,h" rectangles in fractions of the frame where nothing is read (burnt-in captions,
    // timestamps, a shop sign in view).
    QVariantMap options;
    bool enabled = true;
};

enum class CameraState { Stopped, Connecting, Online, Offline, Finished };

QString cameraStateName(CameraState state);

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::Camera)
Q_DECLARE_METATYPE(Kestrel::CameraState)
