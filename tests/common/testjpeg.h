// Test helper: a small JPEG that decodes, as a camera's plate patch would (needs Qt6::Gui).
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

inline QByteArray testJpeg(int width = 64, int height = 32)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}
