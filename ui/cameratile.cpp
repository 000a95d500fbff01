#include "cameratile.h"

#include "platebadgedelegate.h"
#include "theme.h"

#include "plates/vrm.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace Kestrel {

namespace {
constexpr int kHeaderHeight = 30;
}

CameraTile::CameraTile(const QString &cameraId, const QString &name, QWidget *parent)
    : QWidget(parent), m_id(cameraId), m_name(name.isEmpty() ? cameraId : name)
{
    setObjectName(QStringLiteral("cameraTile_") + cameraId);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(m_name);
}

void CameraTile::setName(const QString &name)
{
    m_name = name.isEmpty() ? m_id : name;
    setAccessibleName(m_name);
    update();
}

QImage CameraTile::toImage(const cv::Mat &mat)
{
    if (mat.empty())
        return {};
    if (mat.type() == CV_8UC3)
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_BGR888).copy();
    if (mat.type() == CV_8UC1)
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_Grayscale8).copy();
    if (mat.type() == CV_8UC4) // BGRA in memory is ARGB32 on little-endian machines
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_ARGB32).copy();
    return {};
}

void CameraTile::setFrame(const PreviewFrame &frame)
{
    QImage image = toImage(frame.image);
    if (image.isNull())
        return;
    m_image = std::move(image);
    m_boxes = frame.boxes;
    m_labels = frame.labels;
    m_frameTimeMs = frame.timestampMs;
    ++m_frames;
    update();
}

void CameraTile::setState(CameraState state, const QString &message)
{
    m_state = state;
    // Keep the last reason on screen while offline; an Online without text clears it.
    if (!message.isEmpty() || state == CameraState::Online)
        m_message = message;
    setToolTip(m_message.isEmpty() ? stateWord(state) : stateWord(state) + QStringLiteral(": ") + m_message);
    update();
}

void CameraTile::setExclusionZones(const QList<QRectF> &zones)
{
    m_zones = zones;
    update();
}

QString CameraTile::stateWord(CameraState state)
{
    switch (state) {
    case CameraState::Online: return tr("Online");
    case CameraState::Connecting: return tr("Connecting");
    case CameraState::Offline: return tr("Offline");
    case CameraState::Finished: return tr("Finished");
    case CameraState::Stopped: return tr("Stopped");
    }
    return {};
}

QColor CameraTile::stateColour(CameraState state)
{
    switch (state) {
    case CameraState::Online: return Theme::online();
    case CameraState::Connecting: return Theme::warning();
    case CameraState::Offline: return Theme::danger();
    case CameraState::Finished: return QColor(0x4a, 0x6f, 0xa5);
    case CameraState::Stopped: return Theme::muted();
    }
    return Theme::muted();
}

void CameraTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect all = rect();
    p.fillRect(all, QColor(0x0b, 0x0d, 0x10));

    // Header: camera name on the left, state badge (colour, symbol and word) on the right.
    const QRect header(0, 0, width(), kHeaderHeight);
    p.fillRect(header, QColor(0x22, 0x27, 0x2e));
    const QString word = stateWord(m_state);
    const QString symbol = m_state == CameraState::Online ? QStringLiteral("\u25CF")
                         : m_state == CameraState::Offline ? QStringLiteral("\u2716")
                         : m_state == CameraState::Connecting ? QStringLiteral("\u25CC")
                                                              : QStringLiteral("\u25A0");
    QFont badgeFont = font();
    badgeFont.setBold(true);
    p.setFont(badgeFont);
    const QString badgeText = symbol + QLatin1Char(' ') + word;
    const int badgeW = p.fontMetrics().horizontalAdvance(badgeText) + 18;
    const QRect badge(width() - badgeW - 6, 5, badgeW, kHeaderHeight - 10);
    QPainterPath badgePath;
    badgePath.addRoundedRect(badge, 4, 4);
    const QColor stateCol = stateColour(m_state);
    p.fillPath(badgePath, stateCol);
    p.setPen(m_state == CameraState::Connecting ? Qt::black : Qt::white);
    p.drawText(badge, Qt::AlignCenter, badgeText);

    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() + 1);
    p.setFont(nameFont);
    p.setPen(QColor(0xe8, 0xec, 0xf0));
    const QRect nameRect = header.adjusted(10, 0, -badgeW - 16, 0);
    p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(m_name, Qt::ElideRight, nameRect.width()));

    // The picture, scaled with its aspect ratio, and the plates over it.
    const QRect area = all.adjusted(0, kHeaderHeight, 0, 0);
    if (!m_image.isNull()) {
        const QSize scaled = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.left() + (area.width() - scaled.width()) / 2,
                           area.top() + (area.height() - scaled.height()) / 2, scaled.width(), scaled.height());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
        // Exclusion zones first, so that plate boxes stay on top of them.
        for (const QRectF &z : std::as_const(m_zones)) {
            const QRectF zone(target.left() + z.x() * target.width(), target.top() + z.y() * target.height(),
                              z.width() * target.width(), z.height() * target.height());
            p.fillRect(zone, QColor(0, 0, 0, 110));
            p.fillRect(zone, QBrush(QColor(0xf0, 0x9a, 0x1a, 170), Qt::BDiagPattern));
            p.setPen(QPen(QColor(0xf0, 0x9a, 0x1a), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(zone);
        }
        const qreal sx = qreal(target.width()) / m_image.width();
        const qreal sy = qreal(target.height()) / m_image.height();
        QFont labelFont = PlateBadgeDelegate::badgeFont(15);
        for (int i = 0; i < m_boxes.size(); ++i) {
            const QRect &b = m_boxes.at(i);
            const QRectF box(target.left() + b.x() * sx, target.top() + b.y() * sy, b.width() * sx, b.height() * sy);
            p.setPen(QPen(QColor(0x39, 0xff, 0x7a), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            const QString label = i < m_labels.size() ? m_labels.at(i) : QString();
            if (label.isEmpty())
                continue;
            const QString text = displayVrm(label);
            QFontMetricsF fm(labelFont);
            const qreal w = fm.horizontalAdvance(text) + 14;
            const qreal h = 22;
            qreal y = box.top() - h - 3;
            if (y < target.top())
                y = box.bottom() + 3;
            const QRectF badgeRect(qBound(qreal(target.left()), box.left(), qreal(target.right()) - w), y, w, h);
            PlateBadgeDelegate::paintBadge(&p, badgeRect, label, PlateBadgeDelegate::Style::Rear);
        }
    } else {
        p.setPen(QColor(0x8a, 0x93, 0x9e));
        p.setFont(font());
        p.drawText(area, Qt::AlignCenter, m_state == CameraState::Connecting ? tr("Connecting…") : tr("No picture"));
    }

    // Offline (or finished with a reason): the last message, so the operator knows why.
    if (!m_message.isEmpty() && m_state != CameraState::Online) {
        p.setFont(font());
        const QRect textArea = area.adjusted(12, 0, -12, 0);
        QRect bounds = p.fontMetrics().boundingRect(textArea, Qt::TextWordWrap | Qt::AlignCenter, m_message);
        const QRect strip(area.left(), area.bottom() - bounds.height() - 16, area.width(), bounds.height() + 16);
        QColor shade = m_state == CameraState::Offline ? QColor(0x5a, 0x10, 0x10) : QColor(0x1b, 0x1f, 0x24);
        shade.setAlpha(225);
        p.fillRect(strip, shade);
        p.setPen(Qt::white);
        p.drawText(strip.adjusted(12, 0, -12, 0), Qt::TextWordWrap | Qt::AlignCenter, m_message);
    }

    p.setPen(QPen(m_state == CameraState::Offline ? Theme::danger() : QColor(0x3a, 0x41, 0x4a), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(all.adjusted(0, 0, -1, -1));
}

} // namespace Kestrel
