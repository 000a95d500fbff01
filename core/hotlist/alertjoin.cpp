#include "hotlist/alertjoin.h"

#include <cstdlib>

namespace Kestrel::AlertJoin {

qint64 windowMs(int minutes)
{
    return minutes > 0 ? qint64(minutes) * 60 * 1000 : 0;
}

bool joins(const Hit &latest, const Hit &repeat, qint64 windowMs)
{
    if (windowMs <= 0 || latest.uid == repeat.uid || latest.retrospective || repeat.retrospective)
        return false;
    if (latest.entry.id != repeat.entry.id || latest.entry.id == 0)
        return false;
    if (latest.read.vrm.isEmpty() || latest.read.vrm != repeat.read.vrm)
        return false;
    const qint64 a = latest.read.capturedAtMs ? latest.read.capturedAtMs : latest.raisedAtMs;
    const qint64 b = repeat.read.capturedAtMs ? repeat.read.capturedAtMs : repeat.raisedAtMs;
    return std::llabs(b - a) <= windowMs;
}

} // namespace Kestrel::AlertJoin
