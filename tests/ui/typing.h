// Shared by the GUI tests: a person's hands. The mouse puts the cursor in a field, then the keys
// go to the field's window, which hands them to its focused widget: a focus or key-filter bug
// shows up, as it would for a person.
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QTest>
#include <QWidget>
#include <QWindow>

namespace Kestrel::Typing {

// A window shown gets the keyboard as a window manager would give it (the offscreen platform
// leaves a second window inactive): false when it does not become the active window.
inline bool activate(QWidget *window)
{
    if (!window || !QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// Clicks the widget near its left edge (where a line edit puts the cursor) and types `text`
// to its window. False when the keys would not reach it (the window is not the active one).
inline bool typeInto(QWidget *field, const QString &text)
{
    if (!field || !field->window()->windowHandle())
        return false;
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(4, field->height() / 2));
    if (QApplication::focusWidget() != field && !field->isAncestorOf(QApplication::focusWidget())) {
        qWarning("typeInto: focus on %s, active window %s, field %s",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "none",
                 QApplication::activeWindow() ? qPrintable(QApplication::activeWindow()->objectName()) : "none",
                 qPrintable(field->objectName()));
        return false;
    }
    QWindow *window = field->window()->windowHandle();
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
    return true;
}

// Clicks a check box or radio button on its indicator, where a person aims.
inline void tick(QWidget *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

// A key (Return, Escape, Down...) typed to the window that holds `widget`.
inline void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget->window()->windowHandle(), key, modifiers);
}

// Clicks the cell of `row`, `column` as a person picks a row.
inline void clickRow(QAbstractItemView *view, int row, int column = 0)
{
    const QRect cell = view->visualRect(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace Kestrel::Typing
