// Parses a hotlist CSV (UTF-8, header row) into entries, reporting each bad line by line and field.
#pragma once

#include "common/result.h"
#include "domain/hotlistentry.h"

#include <QList>

#include <vector>

namespace Kestrel {

struct HotlistParseReport
{
    std::vector<HotlistEntry> entries;
    QList<Error> problems; // one per rejected line (or per file-level problem)
    int linesRead = 0;
};

// Required columns: vrm, priority, category, reason, source, action, expires, list. Optional:
// make, model, colour, warning_markers, grading, reference, covert. Unknown columns are ignored.
Result<HotlistParseReport> parseHotlistCsv(const QString &path);

} // namespace Kestrel
