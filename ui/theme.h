// The dark control-room look: Fusion, a high-contrast dark palette and the priority colours.
#pragma once

#include "domain/hotlistentry.h"

#include <QColor>
#include <QString>

class QApplication;
class QHeaderView;

namespace Kestrel {

class Theme
{
public:
    static void apply(QApplication &app);

    // Priority is never shown by colour alone: each has a colour, a symbol and a word.
    static QColor priorityColour(Priority priority);
    static QColor priorityTextColour(Priority priority); // readable on priorityColour()
    static QString prioritySymbol(Priority priority);
    static QString priorityWord(Priority priority); // translated

    static QColor accent() { return QColor(0x4f, 0xa3, 0xf7); }
    static QColor online() { return QColor(0x2e, 0xa0, 0x43); }
    static QColor warning() { return QColor(0xf0, 0x9a, 0x1a); }
    static QColor danger() { return QColor(0xe0, 0x3b, 0x3b); }
    static QColor muted() { return QColor(0x8a, 0x93, 0x9e); }

    // No header text clipped, in any language: each section widened to its title where it is
    // narrower. Call once the headers have their text and the sections their usual widths.
    static void fitHeaderSections(QHeaderView *header);
};

} // namespace Kestrel
