#include "platebadgedelegate.h"

#include "plates/vrm.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QWidget>

namespace Kestrel {

PlateBadgeDelegate::PlateBadgeDelegate(QObject *parent, Style style)
    : QStyledItemDelegate(parent), m_style(style)
{
}

QFont PlateBadgeDelegate::badgeFont(qreal pixelHeight)
{
    // No free Charles Wright font ships with Debian; these condensed bold faces are the closest.
    QFont font;
    font.setFamilies({QStringLiteral("Roboto Condensed"), QStringLiteral("Liberation Sans Narrow"),
                      QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Sans Serif")});
    font.setBold(true);
    font.setStretch(QFont::SemiCondensed);
    font.setPixelSize(qMax(8, qRound(pixelHeight)));
    return font;
}

void PlateBadgeDelegate::paintBadge(QPainter *painter, const QRectF &rect, const QString &vrm,
                                    Style style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = style == Style::Rear ? QColor(0xf7, 0xcf, 0x1a) : QColor(0xf4, 0xf4, 0xf0);
    const qreal radius = qMin(rect.height() * 0.18, 6.0);
    QPainterPath path;
    path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fill);
    painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
    painter->drawPath(path);

    QFont font = badgeFont(rect.height() * 0.72);
    const QString text = displayVrm(vrm);
    QFontMetricsF fm(font);
    const qreal room = rect.width() - rect.height() * 0.4;
    if (fm.horizontalAdvance(text) > room && room > 0) {
        font.setPixelSize(qMax(8, int(font.pixelSize() * room / fm.horizontalAdvance(text))));
    }
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void PlateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString vrm = index.data(Qt::EditRole).toString();
    opt.text.clear();
    // Background and selection from the style, then the plate on top.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (vrm.isEmpty())
        return;
    const QRectF cell = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const qreal h = qMin(cell.height(), 30.0);
    const qreal w = qMin(cell.width(), h * 4.4);
    const QRectF badge(cell.left() + (cell.width() - w) / 2, cell.top() + (cell.height() - h) / 2, w, h);
    paintBadge(painter, badge, vrm, m_style);
}

QSize PlateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    Q_UNUSED(option)
    return QSize(120, 32);
}

} // namespace Kestrel
