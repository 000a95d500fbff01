// The one rule for every file Kestrel writes on a user's say-so (exports, dumps): never over the
// evidence store, never over an existing file unless asked, and never a half-written file.
#pragma once

#include "common/result.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace Kestrel {

struct OutputFileRules
{
    bool overwrite = false;     // replace an existing file (--force)
    QStringList protectedFiles; // never written, even with overwrite: the open database and its
                                // -wal/-shm/-journal
    QStringList protectedDirs;  // nor anything beneath these: the store's images
};

// Refuses a folder, an existing file without overwrite, a protected file or anything under a
// protected folder. Paths are compared after resolving links, "." and "..", so another spelling
// of the database is still the database. BadInput; the caller names the field.
[[nodiscard]] Result<void> checkOutputFile(const QString &target, const OutputFileRules &rules);

// Checks the target, then writes through a temporary file beside it that replaces it only when
// `write` (which must check its own writes and return false on the first failure) and the
// close succeeded. A failure leaves the target as it was and no temporary file: Kind::Io.
[[nodiscard]] Result<void> writeOutputFile(const QString &target, const OutputFileRules &rules,
                                           const std::function<bool(QIODevice &)> &write);

// `data` written whole to `device`, false when any of it was not.
bool writeAll(QIODevice &device, const QByteArray &data);

} // namespace Kestrel
