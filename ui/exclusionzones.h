// A camera's exclusion zones (Camera::options["exclude"]: "x,y,w,h" in fractions of the frame)
// as the operator types them and as the tiles draw them.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QVariantMap>

namespace Kestrel {

class ExclusionZones
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::ExclusionZones)
public:
    // "x,y,w,h; x,y,w,h" (';' or new lines between zones). Each number is a fraction 0..1 of the
    // frame, w and h above 0, and the zone inside the frame. Empty text is no zones. The error
    // names the field, the zone and what is wrong with it.
    static Result<QList<QRectF>> parse(const QString &text, const QString &field);
    static QString format(const QList<QRectF> &zones);   // "0,0,0.45,0.06; ..."
    static QStringList toOption(const QList<QRectF> &zones); // for Camera::options["exclude"]
    // What the pipeline uses: well-formed entries only (the camera worker skips the others too).
    static QList<QRectF> fromOptions(const QVariantMap &options);
};

} // namespace Kestrel
