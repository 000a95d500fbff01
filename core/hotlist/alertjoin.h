// When a vehicle with an alert already waiting passes again: the repeat sighting joins that
// alert (listed with it, acknowledged with it) instead of raising another. One rule for every
// screen that queues alerts.
#pragma once

#include "domain/hit.h"

namespace Kestrel::AlertJoin {

// The force's interval (force setting alerts.repeat_join_minutes) in milliseconds.
qint64 windowMs(int minutes);

// True when `repeat` is another sighting of the vehicle and entry of the waiting alert whose
// latest sighting is `latest`: the same hotlist entry, the same VRM read, captured within
// `windowMs` of that sighting (either way: reads from two cameras can arrive out of order).
// Past sightings (retrospective hits) never join: they are a list, not an alert. A window of
// 0 joins nothing: every sighting alerts.
bool joins(const Hit &latest, const Hit &repeat, qint64 windowMs);

} // namespace Kestrel::AlertJoin
