// Hotlist importer for JSON: an array of objects whose keys are the CSV column names.
#pragma once

#include "plugin/hotlistimporter.h"

namespace Kestrel {

// The file is split into top-level elements by a streaming scanner (strings, escapes and nesting
// tracked), so each object is parsed on its own: a bad object is reported with the line it starts
// on and the others still go in, and an oversized one is skipped without being held in memory.
class JsonHotlistImporter : public HotlistImporter
{
public:
    QString format() const override { return QStringLiteral("json"); }
    QString description() const override { return QStringLiteral("Hotlist JSON (array of objects)"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("json")}; }
    Result<HotlistParseReport> read(const QString &path, const HotlistImportOptions &options) override;
};

} // namespace Kestrel
