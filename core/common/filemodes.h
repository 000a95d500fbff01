// Evidence is readable by its owner only (0700 folders, 0600 files), whatever the umask.
#pragma once

#include "common/result.h"

#include <QString>

namespace Kestrel {

// Creates `path` and any missing parents; each folder created here gets mode 0700. Folders
// that already existed are left as they are (the operator chose them).
[[nodiscard]] Result<void> makePrivateDir(const QString &path);

// chmod 0600; false when it could not be done.
bool makePrivateFile(const QString &path);

} // namespace Kestrel
