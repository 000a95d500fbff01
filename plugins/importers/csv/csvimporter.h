// Hotlist importer for CSV files (UTF-8, header row): wraps parseHotlistCsv.
#pragma once

#include "plugin/hotlistimporter.h"

namespace Kestrel {

class CsvHotlistImporter : public HotlistImporter
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString description() const override { return QStringLiteral("Hotlist CSV (UTF-8, header row)"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("csv"), QStringLiteral("txt")}; }
    Result<HotlistParseReport> read(const QString &path, const HotlistImportOptions &options) override;
};

} // namespace Kestrel
