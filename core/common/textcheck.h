// The one rule for text that enters the store from outside: no control or invisible format
// characters (NUL, escapes, bidirectional overrides), which hide or forge what a screen shows.
#pragma once

#include <QChar>
#include <QStringView>

namespace Kestrel {

// The position of the first control (Cc) or format (Cf) character, or -1. Tab is not allowed
// either: no field of Kestrel's holds layout.
inline qsizetype firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar::Category c = text.at(i).category();
        if (c == QChar::Other_Control || c == QChar::Other_Format)
            return i;
    }
    return -1;
}

} // namespace Kestrel
