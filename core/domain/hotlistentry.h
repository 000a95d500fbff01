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

// Lifecycle of an entry. Only Live entries match. A local entry is Pending until a second
// authorised person validates it; Expired entries passed their weed date; Withdrawn were taken off.
enum class HotlistStatus { Pending = 0, Live = 1, Expired = 2, Withdrawn = 3 };
QString hotlistStatusName(HotlistStatus status);           // "pending", "live", "expired", "withdrawn"
bool parseHotlistStatus(const QString &text, HotlistStatus *out);

// Per-list matching and visibility settings (table hotlist_settings). A list without a row gets
// these defaults.
struct HotlistSettings
{
    QString name;
    bool covert = false;      // hits only for roles allowed to see covert lists
    int maxEquivalent = 1;    // OCR-equivalent substitutions allowed, 0..2 (0 = exact only)
    bool allowEdit = false;   // one missing or extra character
    int retrospectiveDays = 7; // reads this far back are checked when an entry goes live
};

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
    // Raw stored value. Live by default so that trusted bulk paths (demo seeding, tests) keep
    // working; entries that people add go through HotlistRegistry, which starts them Pending.
    HotlistStatus status = HotlistStatus::Live;

    bool isWildcard() const;
    bool isLiveOn(const QDate &day) const { return !expires.isValid() || day <= expires; }
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::HotlistEntry)
