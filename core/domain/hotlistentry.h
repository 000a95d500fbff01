// A vehicle of interest: one line of a hotlist, with where it came from and what to do on a hit.
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Kestrel {

// High: life at risk. Medium: major or serious investigations. Low: local priority crime.
enum class Priority { High = 0, Medium = 1, Low = 2 };

QString priorityName(Priority priority);                 // "High", "Medium", "Low"
bool parsePriority(const QString &text, Priority *out);   // case-insensitive

struct HotlistEntry
{
    qint64 id = 0;
    QString vrm; // normalised, or a pattern with '?' and '*'
    QString list; // name of the hotlist, e.g. "PNC", "Local"
    Priority priority = Priority::Low;
    QString category; // "Stolen vehicle", "No insurance"...
    QString reason;
    QString source;   // PNC, DVLA, MIB, Local intelligence...
    QString action;   // prescribed response
    QDate expires;    // weed date; invalid = no expiry
    QString make;
    QString model;
    QString colour;
    QString warningMarkers;
    QString grading;
    QString reference;
    bool covert = false;
    QString addedBy;
    QString validatedBy;
    qint64 validFromMs = 0;

    bool isWildcard() const;
    bool isLiveOn(const QDate &day) const { return !expires.isValid() || day <= expires; }
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::HotlistEntry)
