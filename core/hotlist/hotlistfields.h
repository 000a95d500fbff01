// Turns one record of a hotlist file (CSV columns or JSON keys) into an entry, naming the bad field.
#pragma once

#include "common/result.h"
#include "domain/hotlistentry.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace Kestrel {

struct HotlistParseReport
{
    std::vector<HotlistEntry> entries;
    QList<Error> problems; // one per rejected line (or per file-level problem)
    int linesRead = 0;
};

struct HotlistImportOptions
{
    // The list of entries whose `list` field is empty or absent; when set, `list` is optional.
    QString defaultList;
    // A record longer than this is rejected without being held in memory.
    qint64 maxRecordBytes = 64 * 1024;
    // One entry typed by a person: every required field must hold a value (expires excepted:
    // empty is no expiry). A file's empty cell stays accepted, as it always was.
    bool requireValues = false;
};

// Required: vrm, priority, category, reason, source, action, expires, list. Optional: make,
// model, colour, warning_markers, grading, reference, covert. Unknown fields are ignored.
QStringList hotlistRequiredFields(const HotlistImportOptions &options = {});
QStringList hotlistOptionalFields();

// value(name) gives the trimmed text of a field ("" when absent). A failure is a BadInput error
// with file, line and field filled in.
Result<HotlistEntry> hotlistEntryFromFields(const std::function<QString(const QString &)> &value,
                                            const HotlistImportOptions &options, const QString &file,
                                            int line);

// A VRM or a pattern with '?' and '*', normalised; empty with *why set when it is not usable. A
// pattern with a wildcard needs at least kMinPatternLiterals letters or digits.
constexpr int kMinPatternLiterals = 4;
QString normaliseHotlistPattern(const QString &raw, QString *why);

} // namespace Kestrel
