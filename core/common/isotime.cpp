#include "common/isotime.h"

#include <QDateTime>
#include <QTime>

namespace Kestrel {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;

// Reads exactly `count` ASCII digits at `*pos`; false (leaving *pos) when they are not there.
bool digits(QStringView s, qsizetype *pos, int count, int *value)
{
    if (*pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(*pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *pos += count;
    *value = v;
    return true;
}

bool expect(QStringView s, qsizetype *pos, char c)
{
    if (*pos < s.size() && s.at(*pos) == QLatin1Char(c)) {
        ++*pos;
        return true;
    }
    return false;
}

Error bad(QStringView text, const QString &why)
{
    return Error::badInput(QStringLiteral("'%1': %2").arg(text.toString(), why));
}

struct Parsed
{
    QDate date;
    bool hasTime = false;
    QTime time;
    int offsetMinutes = 0;
};

Result<QDate> parseDatePart(QStringView text, qsizetype *pos)
{
    int y = 0, m = 0, d = 0;
    if (!digits(text, pos, 4, &y))
        return bad(text, QStringLiteral("the year must be four digits (YYYY-MM-DD)"));
    if (!expect(text, pos, '-') || !digits(text, pos, 2, &m))
        return bad(text,
                   QStringLiteral("the month must be two digits after the year (YYYY-MM-DD)"));
    if (!expect(text, pos, '-') || !digits(text, pos, 2, &d))
        return bad(text, QStringLiteral("the day must be two digits after the month (YYYY-MM-DD)"));
    if (y < 1)
        return bad(text, QStringLiteral("year %1 is out of range").arg(y, 4, 10, QLatin1Char('0')));
    if (m < 1 || m > 12)
        return bad(
            text,
            QStringLiteral("month %1 is out of range (01-12)").arg(m, 2, 10, QLatin1Char('0')));
    const int days = QDate(y, m, 1).daysInMonth();
    if (d < 1 || d > days)
        return bad(text, QStringLiteral("day %1 is out of range (%2-%3 has %4 days)")
                             .arg(d, 2, 10, QLatin1Char('0'))
                             .arg(y, 4, 10, QLatin1Char('0'))
                             .arg(m, 2, 10, QLatin1Char('0'))
                             .arg(days));
    return QDate(y, m, d);
}

Result<Parsed> parse(QStringView text)
{
    qsizetype pos = 0;
    Parsed p;
    if (text.isEmpty())
        return bad(text, QStringLiteral("empty; expected YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+HH:MM]"));
    auto date = parseDatePart(text, &pos);
    if (!date)
        return date.error();
    p.date = date.value();
    if (pos == text.size())
        return p;
    const QChar sep = text.at(pos);
    if (sep == QLatin1Char('t'))
        return bad(text, QStringLiteral("the date and time are separated by a capital 'T'"));
    if (sep == QLatin1Char(' '))
        return bad(text, QStringLiteral("the date and time are separated by 'T', not a space"));
    if (sep != QLatin1Char('T'))
        return bad(text, QStringLiteral(
                             "unexpected '%1' after the date (expected 'T' and a time, or nothing)")
                             .arg(text.mid(pos).toString()));
    ++pos;
    p.hasTime = true;
    int h = 0, mi = 0, s = 0, ms = 0;
    if (!digits(text, &pos, 2, &h))
        return bad(text, QStringLiteral("the hour must be two digits after 'T' (THH:MM)"));
    if (!expect(text, &pos, ':') || !digits(text, &pos, 2, &mi))
        return bad(text, QStringLiteral("the minute must be two digits after the hour (THH:MM)"));
    if (expect(text, &pos, ':')) {
        if (!digits(text, &pos, 2, &s))
            return bad(
                text, QStringLiteral("the second must be two digits after the minute (THH:MM:SS)"));
        if (expect(text, &pos, '.')) {
            int n = 0;
            int fraction = 0;
            while (pos < text.size() && text.at(pos) >= QLatin1Char('0') &&
                   text.at(pos) <= QLatin1Char('9')) {
                if (n < 3)
                    fraction = fraction * 10 + (text.at(pos).unicode() - '0');
                ++n;
                ++pos;
            }
            if (n < 1 || n > 9)
                return bad(text, QStringLiteral("the fraction of a second must be 1 to 9 digits"));
            for (int i = n; i < 3; ++i)
                fraction *= 10;
            ms = fraction;
        }
    }
    if (h > 23)
        return bad(
            text,
            QStringLiteral("hour %1 is out of range (00-23)").arg(h, 2, 10, QLatin1Char('0')));
    if (mi > 59)
        return bad(
            text,
            QStringLiteral("minute %1 is out of range (00-59)").arg(mi, 2, 10, QLatin1Char('0')));
    if (s > 59)
        return bad(
            text,
            QStringLiteral("second %1 is out of range (00-59)").arg(s, 2, 10, QLatin1Char('0')));
    p.time = QTime(h, mi, s, ms);
    if (pos == text.size())
        return p;
    const QChar zone = text.at(pos);
    if (zone == QLatin1Char('Z')) {
        ++pos;
    } else if (zone == QLatin1Char('z')) {
        return bad(text, QStringLiteral("UTC is written with a capital 'Z'"));
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        ++pos;
        int oh = 0, om = 0;
        if (!digits(text, &pos, 2, &oh))
            return bad(text, QStringLiteral("the offset must be +HH:MM, +HHMM or +HH"));
        if (expect(text, &pos, ':')) {
            if (!digits(text, &pos, 2, &om))
                return bad(text,
                           QStringLiteral("the offset's minutes must be two digits (+HH:MM)"));
        } else if (pos < text.size()) {
            if (!digits(text, &pos, 2, &om))
                return bad(text, QStringLiteral("the offset must be +HH:MM, +HHMM or +HH"));
        }
        if (oh > 14 || (oh == 14 && om > 0))
            return bad(text, QStringLiteral("offset hour %1 is out of range (00-14)")
                                 .arg(oh, 2, 10, QLatin1Char('0')));
        if (om > 59)
            return bad(text, QStringLiteral("offset minute %1 is out of range (00-59)")
                                 .arg(om, 2, 10, QLatin1Char('0')));
        p.offsetMinutes = (zone == QLatin1Char('-') ? -1 : 1) * (oh * 60 + om);
    } else {
        return bad(text,
                   QStringLiteral("unexpected '%1' after the time (expected Z, +HH:MM or nothing)")
                       .arg(text.mid(pos).toString()));
    }
    if (pos != text.size())
        return bad(
            text, QStringLiteral("unexpected '%1' after the offset").arg(text.mid(pos).toString()));
    return p;
}

} // namespace

Result<qint64> parseIsoTime(QStringView text)
{
    auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    const QDateTime utc(parsed->date, parsed->hasTime ? parsed->time : QTime(0, 0), Qt::UTC);
    return utc.toMSecsSinceEpoch() - parsed->offsetMinutes * kMinuteMs;
}

Result<QDate> parseIsoDate(QStringView text)
{
    if (text.isEmpty())
        return bad(text, QStringLiteral("empty; expected a date YYYY-MM-DD"));
    qsizetype pos = 0;
    auto date = parseDatePart(text, &pos);
    if (!date)
        return date.error();
    if (pos != text.size())
        return bad(text, QStringLiteral(
                             "unexpected '%1' after the date (expected a date only, YYYY-MM-DD)")
                             .arg(text.mid(pos).toString()));
    return date;
}

Result<void> checkTimePlausible(qint64 ms, qint64 nowMs, qint64 maxAheadMs)
{
    const qint64 earliest =
        QDateTime(QDate(kEarliestYear, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (ms < earliest)
        return Error::badInput(
            QStringLiteral("'%1' is before %2, earlier than any Kestrel evidence")
                .arg(formatIsoTime(ms))
                .arg(kEarliestYear));
    if (ms > nowMs + maxAheadMs)
        return Error::badInput(QStringLiteral("'%1' is in the future (more than %2 after now, %3)")
                                   .arg(formatIsoTime(ms),
                                        maxAheadMs >= 3600 * 1000
                                            ? QStringLiteral("%1 h").arg(maxAheadMs / 3600000)
                                            : QStringLiteral("%1 min").arg(maxAheadMs / 60000),
                                        formatIsoTime(nowMs)));
    return {};
}

Result<void> checkDatePlausible(QDate date)
{
    if (date.year() < kEarliestYear)
        return Error::badInput(
            QStringLiteral("'%1' is before %2").arg(date.toString(Qt::ISODate)).arg(kEarliestYear));
    return {};
}

QString formatIsoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace Kestrel
