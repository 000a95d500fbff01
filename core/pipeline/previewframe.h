// A downscaled frame with the plates found in it, for the live camera tiles.
#pragma once

#include <QList>
#include <QMetaType>
#include <QRect>
#include <QStringList>

#include <opencv2/core.hpp>

namespace Kestrel {

struct PreviewFrame
{
    cv::Mat image;          // BGR, at most 640 px wide, owned (not a view of the source frame)
    QList<QRect> boxes;     // plates in this frame, in preview pixels
    QStringList labels;     // their current readings
    qint64 timestampMs = 0;
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::PreviewFrame)
