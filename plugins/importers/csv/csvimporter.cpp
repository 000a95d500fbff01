#include "csvimporter.h"

#include "hotlist/hotlistcsv.h"

namespace Kestrel {

Result<HotlistParseReport> CsvHotlistImporter::read(const QString &path, const HotlistImportOptions &options)
{
    return parseHotlistCsv(path, options);
}

} // namespace Kestrel
