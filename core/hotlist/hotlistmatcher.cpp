#include "hotlist/hotlistmatcher.h"

#include <algorithm>

namespace Kestrel {

HotlistMatcher::HotlistMatcher(std::vector<HotlistEntry> entries, QDate today, Options options)
    : m_options(options)
{
    m_entries.reserve(entries.size());
    for (HotlistEntry &e : entries) {
        if (!e.isLiveOn(today) || e.vrm.isEmpty())
            continue;
        const int index = int(m_entries.size());
        if (e.isWildcard()) {
            m_wildcards.append(index);
        } else {
            m_exact[e.vrm].append(index);
            m_canonical[canonical(e.vrm)].append(index);
        }
        m_entries.push_back(std::move(e));
    }
}

QString HotlistMatcher::canonical(const QString &vrm)
{
    QString out = vrm;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'O': case u'D': case u'Q': c = QLatin1Char('0'); break;
        case u'I': c = QLatin1Char('1'); break;
        case u'Z': c = QLatin1Char('2'); break;
        case u'S': c = QLatin1Char('5'); break;
        case u'B': c = QLatin1Char('8'); break;
        case u'G': c = QLatin1Char('6'); break;
        default: break;
        }
    }
    return out;
}

bool HotlistMatcher::wildcardMatches(const QString &pattern, const QString &vrm)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion.
    int p = 0, v = 0, star = -1, mark = 0;
    while (v < vrm.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == vrm.at(v))) {
            ++p;
            ++v;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = v;
        } else if (star >= 0) {
            p = star + 1;
            v = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QList<HotlistMatch> HotlistMatcher::match(const QString &vrm) const
{
    QList<HotlistMatch> out;
    const auto exact = m_exact.constFind(vrm);
    if (exact != m_exact.cend())
        for (int i : *exact)
            out.append({i, MatchKind::Exact, 0});
    if (m_options.maxEquivalent > 0) {
        const auto eq = m_canonical.constFind(canonical(vrm));
        if (eq != m_canonical.cend()) {
            for (int i : *eq) {
                const QString &target = m_entries[size_t(i)].vrm;
                int distance = 0;
                for (int k = 0; k < vrm.size(); ++k)
                    distance += target.at(k) != vrm.at(k);
                if (distance > 0 && distance <= m_options.maxEquivalent)
                    out.append({i, MatchKind::Equivalent, distance});
            }
        }
    }
    for (int i : m_wildcards)
        if (wildcardMatches(m_entries[size_t(i)].vrm, vrm))
            out.append({i, MatchKind::Wildcard, 0});
    std::stable_sort(out.begin(), out.end(), [this](const HotlistMatch &a, const HotlistMatch &b) {
        const Priority pa = m_entries[size_t(a.entryIndex)].priority;
        const Priority pb = m_entries[size_t(b.entryIndex)].priority;
        if (pa != pb)
            return int(pa) < int(pb);
        return int(a.kind) < int(b.kind);
    });
    return out;
}

} // namespace Kestrel
