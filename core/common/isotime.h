// The one parser for times and dates that people type or files carry (CSV imports, hotlist
// expiry, --from/--to): strict ISO 8601, so a bad field is refused instead of becoming midnight.
#pragma once

#include "common/result.h"

#include <QDate>
#include <QStringView>

namespace Kestrel {

// Accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS, the seconds with an optional
// .fraction of 1 to 9 digits (kept to the millisecond, the rest dropped), then an optional Z or
// +HH:MM / -HH:MM (also +HH and +HHMM; up to 14:00, minutes 00-59). No offset means UTC. A date
// alone is its midnight UTC and takes no offset.
// Refused, with the part named in the message: any field out of its range (month 13, 31 April,
// 29 February outside leap years, hour 24, minute 60, second 60: leap seconds included, since
// no camera clock records one), a missing or extra part, text after the time, a space for the
// 'T', a comma for the decimal point, and lower-case 't' or 'z' (ISO 8601 writes them in
// capitals; one spelling means one meaning in evidence). The error is BadInput with an empty
// field: the caller names the field, file and line.
[[nodiscard]] Result<qint64> parseIsoTime(QStringView text);

// YYYY-MM-DD only (hotlist expiry and other whole-day values), same rules.
[[nodiscard]] Result<QDate> parseIsoDate(QStringView text);

// Earliest time Kestrel takes from outside: no ANPR evidence predates 2000.
inline constexpr int kEarliestYear = 2000;
inline constexpr qint64 kDefaultMaxAheadMs = 24LL * 3600 * 1000;

// Plausibility, apart from syntax: refuses a time before kEarliestYear and one more than
// maxAheadMs after nowMs (callers pass now, so tests can fix it; reads import passes its
// stricter five minutes).
[[nodiscard]] Result<void> checkTimePlausible(qint64 ms, qint64 nowMs,
                                              qint64 maxAheadMs = kDefaultMaxAheadMs);
// A date before kEarliestYear is refused; future dates are the point of an expiry date.
[[nodiscard]] Result<void> checkDatePlausible(QDate date);

// The form Kestrel writes: YYYY-MM-DDTHH:MM:SS.mmmZ.
QString formatIsoTime(qint64 ms);

} // namespace Kestrel
