#include "nationalimporter.h"

#include "hotlist/hotlistcsv.h"

namespace Kestrel {

Result<HotlistParseReport> NationalHotlistImporter::read(const QString &path,
                                                         const HotlistImportOptions &options)
{
    return parseHotlistCsv(path, options);
}

} // namespace Kestrel
