// Checks a read against the live hotlists: an immutable snapshot, safe to share between threads.
#pragma once

#include "domain/hit.h"
#include "domain/hotlistentry.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Kestrel {

struct HotlistMatch
{
    int entryIndex = -1;
    MatchKind kind = MatchKind::Exact;
    int distance = 0;
};

class HotlistMatcher
{
public:
    struct Options
    {
        int maxEquivalent = 1; // OCR-equivalent substitutions allowed (0 = exact only)
    };

    // Entries that are expired on `today` are left out; the snapshot never changes afterwards.
    HotlistMatcher(std::vector<HotlistEntry> entries, QDate today, Options options);
    explicit HotlistMatcher(std::vector<HotlistEntry> entries)
        : HotlistMatcher(std::move(entries), QDate::currentDate(), Options{})
    {
    }

    // Matches for a normalised VRM, highest priority first, exact before approximate.
    QList<HotlistMatch> match(const QString &vrm) const;
    const HotlistEntry &entry(int index) const { return m_entries[size_t(index)]; }
    int size() const { return int(m_entries.size()); }

    // The canonical form under the OCR-equivalence sets {0,O,D,Q} {1,I} {2,Z} {5,S} {8,B} {6,G}.
    static QString canonical(const QString &vrm);
    static bool wildcardMatches(const QString &pattern, const QString &vrm);

private:
    std::vector<HotlistEntry> m_entries;
    QHash<QString, QList<int>> m_exact;
    QHash<QString, QList<int>> m_canonical;
    QList<int> m_wildcards;
    Options m_options;
};

using HotlistSnapshot = std::shared_ptr<const HotlistMatcher>;

} // namespace Kestrel
