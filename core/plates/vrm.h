// The one normalised form of a plate used for storage and matching: upper-case A-Z and 0-9 only.
#pragma once

#include <QString>
#include <QStringView>

namespace Kestrel {

// Upper-cases, drops spaces, hyphens and dots, and folds full-width and Cyrillic/Greek look-alikes
// to Latin. Returns an empty string, and sets *why, when anything else remains.
QString normaliseVrm(QStringView raw, QString *why = nullptr);

// Inserts the conventional space for display ("AB12CDE" -> "AB12 CDE"); unknown formats unchanged.
QString displayVrm(const QString &vrm);

} // namespace Kestrel
