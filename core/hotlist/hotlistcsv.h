// Parses a hotlist CSV (UTF-8, header row) into entries, reporting each bad line by line and field.
#pragma once

#include "hotlist/hotlistfields.h"

namespace Kestrel {

// Columns: see hotlistRequiredFields(). A file-level problem (unreadable, no header, a required
// column missing) is an error; a bad line is a problem in the report and the other lines go in.
Result<HotlistParseReport> parseHotlistCsv(const QString &path, const HotlistImportOptions &options);
inline Result<HotlistParseReport> parseHotlistCsv(const QString &path)
{
    return parseHotlistCsv(path, HotlistImportOptions{});
}

} // namespace Kestrel
