#include "prioritydelegate.h"

#include <QPainter>

namespace Kestrel {

void PriorityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    opt.state &= ~QStyle::State_Selected;
    QStyledItemDelegate::paint(painter, opt, index);
    if (selected) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight).lighter(140), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
        painter->restore();
    }
}

} // namespace Kestrel
