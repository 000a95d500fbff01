// Hotlist importer for the national feed's extract: the hotlist CSV columns, read by core's
// parser. Reading is all it does; the feed is trusted only through NationalFeed's signature
// check, which the import path runs on the file before this reads it.
#pragma once

#include "plugin/hotlistimporter.h"

namespace Kestrel {

class NationalHotlistImporter : public HotlistImporter
{
public:
    QString format() const override { return QStringLiteral("national"); }
    QString description() const override
    {
        return QStringLiteral("National hotlist feed (hotlist CSV columns, signed: FILE.sig)");
    }
    // None: a feed file is imported as national only when asked for by name (--national), never
    // because of its suffix, so a plain import of the same file stays a local, pending one.
    QStringList fileSuffixes() const override { return {}; }
    Result<HotlistParseReport> read(const QString &path,
                                    const HotlistImportOptions &options) override;
};

} // namespace Kestrel
