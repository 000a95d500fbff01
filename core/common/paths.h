// Where Kestrel finds its shipped files (models, demo) and keeps its data.
#pragma once

#include <QString>

namespace Kestrel {

// Finds a shipped file such as "models/plate_ocr.onnx" or "demo/demo.mp4": $KESTREL_SHARE_DIR,
// then share/kestrel beside the executable's bin/ (build tree and install alike), then the
// source tree this binary was built from. Empty when nowhere.
QString sharedFile(const QString &relative);

// XDG data directory for Kestrel (~/.local/share/kestrel), created on demand.
QString defaultDataDir();

} // namespace Kestrel
