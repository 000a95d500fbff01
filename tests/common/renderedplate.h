// Test helper: a UK-style plate drawn with QPainter (a font the model was not necessarily
// trained on) on a cluttered background, for tests that need a real image of a plate.
#pragma once

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QString>

#include <opencv2/imgproc.hpp>

#include <algorithm>

// The plate is centred at (480, 390) of a 960x540 frame, optionally tilted; returns BGR.
inline cv::Mat renderPlate(const QString &display, bool yellow, int plateWidth, double angle)
{
    QImage canvas(960, 540, QImage::Format_RGB888);
    canvas.fill(QColor(70, 74, 80));
    QPainter p(&canvas);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Some clutter: a car body and a bumper edge.
    p.fillRect(QRect(200, 120, 560, 330), QColor(150, 30, 35));
    p.fillRect(QRect(180, 330, 600, 120), QColor(35, 35, 38));
    const int plateHeight = plateWidth * 111 / 520;
    p.translate(480, 390);
    p.rotate(angle);
    const QRect plate(-plateWidth / 2, -plateHeight / 2, plateWidth, plateHeight);
    p.setBrush(yellow ? QColor(250, 205, 20) : QColor(245, 245, 240));
    p.setPen(QPen(QColor(20, 20, 20), std::max(1, plateWidth / 200)));
    p.drawRoundedRect(plate, plateHeight / 10.0, plateHeight / 10.0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setStretch(QFont::Condensed);
    font.setPixelSize(int(plateHeight * 0.80));
    p.setFont(font);
    p.setPen(QColor(15, 15, 15));
    p.drawText(plate, Qt::AlignCenter, display);
    p.end();
    cv::Mat rgb(canvas.height(), canvas.width(), CV_8UC3, canvas.bits(), size_t(canvas.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}
