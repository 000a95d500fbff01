#include "plates/vrm.h"

#include "plates/plateformats.h"

namespace Kestrel {

namespace {

// Characters that look like Latin plate characters in other scripts; plates keyed in from a
// scanned form or a foreign system sometimes carry them.
QChar foldLookAlike(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u - 0xFF10 + u'0'); // full-width digits
    if (u >= 0xFF21 && u <= 0xFF3A)
        return QChar(u - 0xFF21 + u'A'); // full-width capitals
    switch (u) {
    case 0x0410: case 0x0391: return QLatin1Char('A');
    case 0x0412: case 0x0392: return QLatin1Char('B');
    case 0x0415: case 0x0395: return QLatin1Char('E');
    case 0x041A: case 0x039A: return QLatin1Char('K');
    case 0x041C: case 0x039C: return QLatin1Char('M');
    case 0x041D: case 0x0397: return QLatin1Char('H');
    case 0x041E: case 0x039F: return QLatin1Char('O');
    case 0x0420: case 0x03A1: return QLatin1Char('P');
    case 0x0421: return QLatin1Char('C');
    case 0x0422: case 0x03A4: return QLatin1Char('T');
    case 0x0425: case 0x03A7: return QLatin1Char('X');
    case 0x0423: case 0x03A5: return QLatin1Char('Y');
    case 0x0396: return QLatin1Char('Z');
    case 0x0399: case 0x0406: return QLatin1Char('I');
    default: return c;
    }
}

} // namespace

QString normaliseVrm(QStringView raw, QString *why)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        c = foldLookAlike(c.toUpper());
        const char16_t u = c.unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
            out.append(c);
            continue;
        }
        if (why)
            *why = QStringLiteral("character '%1' is not a letter or digit").arg(c);
        return {};
    }
    if (out.isEmpty() && why)
        *why = QStringLiteral("no letters or digits");
    if (out.size() > 10) {
        if (why)
            *why = QStringLiteral("%1 characters, a plate has at most 10").arg(out.size());
        return {};
    }
    return out;
}

QString displayVrm(const QString &vrm)
{
    const PlateFormat *format = PlateFormats::identify(vrm);
    if (!format)
        return vrm;
    const QString &id = format->id;
    int split = -1;
    if (id == QLatin1String("uk-current") || id == QLatin1String("uk-suffix"))
        split = id == QLatin1String("uk-current") ? 4 : 3;
    else if (id == QLatin1String("uk-prefix") || id == QLatin1String("uk-q-plate"))
        split = vrm.size() - 3;
    else if (id == QLatin1String("uk-diplomatic"))
        return vrm.left(3) + QLatin1Char(' ') + vrm.at(3) + QLatin1Char(' ') + vrm.mid(4);
    else if (id.startsWith(QLatin1String("uk-")))
        for (int i = 1; i < vrm.size() && split < 0; ++i)
            if (vrm.at(i).isDigit() != vrm.at(i - 1).isDigit())
                split = i; // dateless and Northern Ireland: at the letter/digit boundary
    if (split <= 0 || split >= vrm.size())
        return vrm;
    return vrm.left(split) + QLatin1Char(' ') + vrm.mid(split);
}

} // namespace Kestrel
