#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPalette>
#include <QStyleFactory>

namespace Kestrel {

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    const QColor window(0x1b, 0x1f, 0x24);
    const QColor base(0x12, 0x15, 0x19);
    const QColor alternate(0x1f, 0x24, 0x2a);
    const QColor text(0xe8, 0xec, 0xf0);
    const QColor button(0x2a, 0x30, 0x37);
    const QColor disabledText(0x7a, 0x82, 0x8c);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x41, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x38, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x2a, 0x30));
    p.setColor(QPalette::Dark, QColor(0x0e, 0x10, 0x13));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    app.setPalette(p);

    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);

    app.setStyleSheet(QStringLiteral(
        "QToolTip { color: #e8ecf0; background: #2d333b; border: 1px solid #4fa3f7; padding: 4px; }"
        "QHeaderView::section { background: #252b32; color: #e8ecf0; padding: 4px 6px;"
        "  border: 0; border-right: 1px solid #1b1f24; border-bottom: 1px solid #3a414a; font-weight: bold; }"
        "QTableView { gridline-color: #2a3037; selection-background-color: #2f6fb8; }"
        "QGroupBox { border: 1px solid #3a414a; border-radius: 4px; margin-top: 1.2em; padding-top: 4px; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #9cc9ff; font-weight: bold; }"
        "QStatusBar { background: #14171b; border-top: 1px solid #3a414a; }"
        "QStatusBar QLabel { padding: 0 8px; }"
        "QPushButton { padding: 5px 14px; border: 1px solid #4a525c; border-radius: 3px; background: #2a3037; }"
        "QPushButton:hover { border-color: #4fa3f7; }"
        "QPushButton:default { border-color: #4fa3f7; }"
        "QPushButton:disabled { color: #7a828c; border-color: #30363d; }"
        "QLineEdit, QComboBox { padding: 4px; border: 1px solid #4a525c; border-radius: 3px; }"
        "QLineEdit:focus, QComboBox:focus { border-color: #4fa3f7; }"
        "QSplitter::handle { background: #2a3037; }"
        "QLabel#sectionTitle { color: #9cc9ff; font-weight: bold; font-size: 11pt; }"));
}

QColor Theme::priorityColour(Priority priority)
{
    switch (priority) {
    case Priority::High: return QColor(0xd3, 0x2f, 0x2f);
    case Priority::Medium: return QColor(0xf5, 0x7c, 0x00);
    case Priority::Low: return QColor(0xfb, 0xd0, 0x2d);
    }
    return muted();
}

QColor Theme::priorityTextColour(Priority priority)
{
    return priority == Priority::High ? QColor(Qt::white) : QColor(Qt::black);
}

QString Theme::prioritySymbol(Priority priority)
{
    // Different shapes, so the priority reads in grey scale and for colour-blind operators too.
    switch (priority) {
    case Priority::High: return QStringLiteral("\u25B2\u25B2"); // two triangles
    case Priority::Medium: return QStringLiteral("\u25B2");     // one triangle
    case Priority::Low: return QStringLiteral("\u25CF");        // dot
    }
    return {};
}

QString Theme::priorityWord(Priority priority)
{
    switch (priority) {
    case Priority::High: return QCoreApplication::translate("Kestrel::Theme", "High");
    case Priority::Medium: return QCoreApplication::translate("Kestrel::Theme", "Medium");
    case Priority::Low: return QCoreApplication::translate("Kestrel::Theme", "Low");
    }
    return {};
}

} // namespace Kestrel

namespace Kestrel {

void Theme::fitHeaderSections(QHeaderView *header)
{
    // Measured as it is drawn: in bold with the style sheet's padding (sectionSizeHint() knows
    // neither before the header is polished and shown), plus the sort indicator's room.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int i = 0; i < header->count(); ++i) {
        const QString text = header->model() ? header->model()->headerData(i, header->orientation()).toString() : QString();
        const int title = std::max(header->sectionSizeHint(i), metrics.horizontalAdvance(text) + 2 * 6 + 14);
        if (header->sectionSize(i) < title)
            header->resizeSection(i, title);
    }
}

} // namespace Kestrel
