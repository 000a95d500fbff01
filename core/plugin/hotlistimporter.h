// The plugin interface for hotlist importers: CSV, JSON, and later national extract formats.
#pragma once

#include "common/result.h"
#include "hotlist/hotlistfields.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace Kestrel {

// Reads one file into entries. A file-level problem (unreadable, wrong structure, a required
// field missing everywhere) is the error; a bad record is a problem in the report naming line,
// field and why, and every valid record still goes in. Memory stays bounded whatever the file.
class HotlistImporter
{
public:
    virtual ~HotlistImporter() = default;
    virtual QString format() const = 0;          // "csv", "json"
    virtual QString description() const = 0;
    virtual QStringList fileSuffixes() const = 0; // lower case, without the dot
    virtual Result<HotlistParseReport> read(const QString &path, const HotlistImportOptions &options) = 0;
};

} // namespace Kestrel

#define KestrelHotlistImporter_iid "uk.kestrel.HotlistImporter/1"
Q_DECLARE_INTERFACE(Kestrel::HotlistImporter, KestrelHotlistImporter_iid)
