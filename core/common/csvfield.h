// One field of a CSV file that people open in spreadsheets (audit exports): quoted when it holds
// a separator, quote or line break, and a field that a spreadsheet would run as a formula
// (starting =, +, -, @, or a tab or carriage return) is prefixed with an apostrophe. User names
// in failed logins and details in the audit trail are typed by whoever is at the keyboard.
#pragma once

#include <QString>

namespace Kestrel {

inline QString csvField(QString s)
{
    if (!s.isEmpty()) {
        const QChar c = s.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
            c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            s.prepend(QLatin1Char('\''));
    }
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace Kestrel
