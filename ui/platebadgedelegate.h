// Draws a VRM as a UK number plate: yellow (rear) or white (front), black bold condensed text.
#pragma once

#include <QStyledItemDelegate>

namespace Kestrel {

class PlateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Style { Rear, Front };

    explicit PlateBadgeDelegate(QObject *parent = nullptr, Style style = Style::Rear);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The same badge outside a view (detail panes, tiles). vrm is the normalised form.
    static void paintBadge(QPainter *painter, const QRectF &rect, const QString &vrm, Style style);
    static QFont badgeFont(qreal pixelHeight);

private:
    Style m_style;
};

} // namespace Kestrel
