// Keeps a hit's priority colour visible when its row is selected (selection draws a frame instead).
#pragma once

#include <QStyledItemDelegate>

namespace Kestrel {

class PriorityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Kestrel
