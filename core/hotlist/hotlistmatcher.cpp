#include "hotlist/hotlistmatcher.h"

#include <algorithm>
#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif
#include <array>
#include <limits>

namespace Kestrel {

namespace {

constexpr int kMaxPacked = 10;
constexpr quint64 kBodyMask = (quint64(1) << 60) - 1;
constexpr qint32 kNoExpiry = std::numeric_limits<qint32>::max();

// 6-bit codes: 0 unused, '0'..'9' -> 1..10, 'A'..'Z' -> 11..36.
constexpr int code(char c) { return c <= '9' ? c - '0' + 1 : c - 'A' + 11; }

constexpr std::array<quint8, 64> makeCanonTable()
{
    std::array<quint8, 64> t{};
    for (int i = 0; i < 64; ++i)
        t[size_t(i)] = quint8(i);
    const char pairs[][2] = {{'O', '0'}, {'D', '0'}, {'Q', '0'}, {'I', '1'}, {'Z', '2'},
                             {'S', '5'}, {'B', '8'}, {'G', '6'}};
    for (const auto &p : pairs)
        t[size_t(code(p[0]))] = quint8(code(p[1]));
    return t;
}
constexpr std::array<quint8, 64> kCanon = makeCanonTable();

inline int lengthOf(quint64 key) { return int(key >> 60); }
inline int charAt(quint64 key, int i) { return int((key >> (6 * i)) & 63); }

// Positions past the length hold code 0, which maps to itself: a fixed, unrolled loop with no
// branch on the length (the probe computes this for every slot it reads).
inline quint64 canonicalKey(quint64 key)
{
    quint64 out = key & ~kBodyMask;
    for (int i = 0; i < kMaxPacked; ++i)
        out |= quint64(kCanon[size_t(charAt(key, i))]) << (6 * i);
    return out;
}

inline quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A slot's tag (HotlistMatcher::m_tags) from its canonical key's hash: 1-255, from the top byte.
inline quint8 tagOf(quint64 hash) { return quint8(1 + (hash >> 56) % 255); }

inline quint32 bucketOf(quint64 key, int bits) { return quint32(mix(key) >> (64 - bits)); }

// Positions at which two packed keys of equal length differ.
inline int differences(quint64 a, quint64 b)
{
    quint64 x = (a ^ b) & kBodyMask;
    int n = 0;
    while (x) {
        n += (x & 63) != 0;
        x >>= 6;
    }
    return n;
}

inline quint64 deleteAt(quint64 key, int p)
{
    const int n = lengthOf(key);
    const quint64 body = key & kBodyMask;
    const quint64 low = body & ((quint64(1) << (6 * p)) - 1);
    const quint64 high = (body >> (6 * (p + 1))) << (6 * p);
    return low | high | (quint64(n - 1) << 60);
}

// A character's 6-bit code, 0 for one that does not pack ('?', '*', anything but A-Z and 0-9).
inline size_t charCode(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return size_t(u - u'0' + 1);
    if (u >= u'A' && u <= u'Z')
        return size_t(u - u'A' + 11);
    return 0;
}

// Patterns are found through the characters a matching read must have at one end. Head buckets
// (0 .. 4095) hold 64 * code(first) + code(second) of a pattern that begins with a literal; tail
// buckets (4096 + ...) hold 64 * code(last) + code(second last) of one that ends with a literal
// but does not begin with one ("*12AB"). The second code is 0 when that character is not a
// literal. Bucket 0 holds what has neither and is read for every read.
constexpr size_t kTailBuckets = 64 * 64;
size_t patternBucket(QStringView text)
{
    const qsizetype n = text.size();
    auto code = [&](qsizetype i) { return i >= 0 && i < n ? charCode(text[i]) : 0; };
    if (const size_t c0 = code(0))
        return 64 * c0 + code(1);
    if (const size_t c0 = code(n - 1))
        return kTailBuckets + 64 * c0 + code(n - 2);
    return 0;
}

int bitsFor(size_t n)
{
    int bits = 1;
    while (bits < 31 && (size_t(1) << bits) < n)
        ++bits;
    return bits;
}

// Order of `keys` grouped by bucket (counting sort), equal keys adjacent within a bucket:
// order[new position] = old index. Fills dir (size 2^bits + 1) when asked.
std::vector<quint32> groupedOrder(const std::vector<quint64> &keys, int bits, std::vector<quint32> *dir)
{
    const size_t buckets = size_t(1) << bits;
    std::vector<quint32> start(buckets + 1, 0);
    std::vector<quint32> bucket(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        bucket[i] = bucketOf(keys[i], bits);
        ++start[bucket[i] + 1];
    }
    for (size_t b = 0; b < buckets; ++b)
        start[b + 1] += start[b];
    std::vector<quint32> order(keys.size());
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < keys.size(); ++i)
            order[next[bucket[i]]++] = quint32(i);
    }
    bucket = {};
    for (size_t b = 0; b < buckets; ++b)
        if (start[b + 1] - start[b] > 1)
            std::sort(order.begin() + start[b], order.begin() + start[b + 1],
                      [&](quint32 x, quint32 y) { return keys[x] < keys[y]; });
    if (dir)
        *dir = std::move(start);
    return order;
}

template <typename T>
void gather(std::vector<T> &v, const std::vector<quint32> &order)
{
    std::vector<T> out;
    out.reserve(v.size());
    for (quint32 old : order)
        out.push_back(std::move(v[old]));
    v = std::move(out);
}


qint32 julian(QDate d)
{
    return d.isValid() ? qint32(d.toJulianDay()) : kNoExpiry;
}

} // namespace

namespace Detail {

void *allocateBig(size_t bytes)
{
    constexpr size_t kHuge = 2 * 1024 * 1024;
    if (bytes < kHuge) {
        void *p = std::malloc(bytes ? bytes : 1);
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void *p = std::aligned_alloc(kHuge, rounded);
    if (!p)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE); // advice only: fine if the kernel says no
#endif
    return p;
}

void freeBig(void *p, size_t)
{
    std::free(p);
}

} // namespace Detail

quint64 HotlistMatcher::pack(QStringView vrm)
{
    const qsizetype n = vrm.size();
    if (n == 0 || n > kMaxPacked)
        return 0;
    quint64 key = quint64(n) << 60;
    for (qsizetype i = 0; i < n; ++i) {
        const size_t v = charCode(vrm[i]);
        if (!v)
            return 0;
        key |= quint64(v) << (6 * i);
    }
    return key;
}

QString HotlistMatcher::unpack(quint64 key)
{
    QString out;
    const int n = lengthOf(key);
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int v = charAt(key, i);
        out.append(QChar(v <= 10 ? u'0' + (v - 1) : u'A' + (v - 11)));
    }
    return out;
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

bool HotlistMatcher::wildcardMatches(QStringView pattern, QStringView vrm)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion.
    qsizetype p = 0, v = 0, star = -1, mark = 0;
    while (v < vrm.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == vrm[v])) {
            ++p;
            ++v;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = v;
        } else if (star >= 0) {
            p = star + 1;
            v = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

// --- building ---------------------------------------------------------------------------------

HotlistMatcher::HotlistMatcher(QDate today, Options options)
    : m_today(today), m_todayJd(today.toJulianDay()), m_options(std::move(options))
{
    m_options.maxEquivalent = std::clamp(m_options.maxEquivalent, 0, 2);
}

HotlistMatcher::HotlistMatcher(std::vector<HotlistEntry> entries, QDate today, Options options)
    : HotlistMatcher(today, std::move(options))
{
    Builder b(today, m_options);
    b.reserve(qsizetype(entries.size()));
    for (HotlistEntry &e : entries)
        b.add(std::move(e));
    b.finish();
    *this = std::move(*b.m_matcher);
}

HotlistMatcher::Builder::Builder(QDate today, Options options)
    : m_matcher(new HotlistMatcher(today, std::move(options)))
{
}

HotlistMatcher::Builder::~Builder() = default;

void HotlistMatcher::Builder::reserve(qsizetype entries)
{
    m_keys.reserve(size_t(entries));
    m_meta.reserve(size_t(entries));
    m_expiry.reserve(size_t(entries));
    m_ids.reserve(size_t(entries));
    if (m_matcher->m_options.keepDetails)
        m_plainDetails.reserve(size_t(entries));
}

quint32 HotlistMatcher::Builder::listIndex(QStringView list)
{
    if (!m_matcher->m_lists.empty() && list == m_lastList)
        return m_lastListIndex;
    m_lastList = list.toString();
    const auto it = m_listIndex.constFind(m_lastList);
    if (it != m_listIndex.cend()) {
        m_lastListIndex = *it;
        return *it;
    }
    HotlistSettings s;
    s.name = m_lastList;
    s.maxEquivalent = m_matcher->m_options.maxEquivalent;
    s.allowEdit = m_matcher->m_options.allowEdit;
    for (const HotlistSettings &given : std::as_const(m_matcher->m_options.lists))
        if (given.name == m_lastList)
            s = given;
    s.maxEquivalent = std::clamp(s.maxEquivalent, 0, 2);
    const quint32 index = quint32(m_matcher->m_lists.size());
    m_matcher->m_lists.push_back(s);
    m_matcher->m_rules.push_back({s.maxEquivalent, s.allowEdit});
    m_matcher->m_anyEdit |= s.allowEdit;
    m_listIndex.insert(m_lastList, index);
    m_lastListIndex = index;
    return index;
}

bool HotlistMatcher::Builder::add(QStringView vrm, QStringView list, Priority priority, qint64 id,
                                  QDate expires, bool covert)
{
    HotlistEntry e;
    if (m_matcher->m_options.keepDetails) {
        e.vrm = vrm.toString();
        e.list = list.toString();
        e.priority = priority;
        e.id = id;
        e.expires = expires;
        e.covert = covert;
        return add(std::move(e));
    }
    if (vrm.isEmpty() || (expires.isValid() && expires < m_matcher->m_today))
        return false;
    const quint32 l = listIndex(list);
    const quint32 meta = quint32(priority) | (covert || m_matcher->m_lists[l].covert ? 4u : 0u) | (l << 8);
    const bool wildcard = vrm.contains(QLatin1Char('*')) || vrm.contains(QLatin1Char('?'));
    const quint64 key = wildcard ? 0 : pack(vrm);
    if (!key) {
        m_matcher->m_patterns.push_back({vrm.toString(), meta, julian(expires), id, wildcard});
        return true;
    }
    m_keys.push_back(key);
    m_meta.push_back(meta);
    m_expiry.push_back(julian(expires));
    m_ids.push_back(id);
    return true;
}

bool HotlistMatcher::Builder::add(HotlistEntry e)
{
    if (e.status != HotlistStatus::Live || !e.isLiveOn(m_matcher->m_today) || e.vrm.isEmpty())
        return false;
    const quint32 l = listIndex(e.list);
    const bool covert = e.covert || m_matcher->m_lists[l].covert;
    const quint32 meta = quint32(e.priority) | (covert ? 4u : 0u) | (l << 8);
    const bool wildcard = e.isWildcard();
    const quint64 key = wildcard ? 0 : pack(e.vrm);
    const bool keep = m_matcher->m_options.keepDetails;
    if (!key) {
        m_matcher->m_patterns.push_back({e.vrm, meta, julian(e.expires), e.id, wildcard});
        if (keep)
            m_patternDetails.push_back(std::move(e));
        return true;
    }
    m_keys.push_back(key);
    m_meta.push_back(meta);
    m_expiry.push_back(julian(e.expires));
    m_ids.push_back(e.id);
    if (keep)
        m_plainDetails.push_back(std::move(e));
    return true;
}

std::shared_ptr<const HotlistMatcher> HotlistMatcher::Builder::build()
{
    finish();
    std::shared_ptr<const HotlistMatcher> out(m_matcher.release());
    m_matcher.reset(new HotlistMatcher(out->m_today, out->m_options));
    return out;
}

void HotlistMatcher::Builder::finish()
{
    HotlistMatcher &m = *m_matcher;
    const size_t n = m_keys.size();
    size_t slots = 16;
    while (slots * 5 < n * 8)
        slots *= 2;
    m.m_tableMask = slots - 1;
    // Entries go in by increasing home slot, each to the first free slot at or after its home,
    // and the table does not wrap: every probe run is then ordered by home, so a lookup stops at
    // the first entry whose home lies beyond its own (a miss reads one or two slots, not the
    // rest of the cluster).
    std::vector<quint64> order(n); // home << 32 | entry index
    for (size_t i = 0; i < n; ++i)
        order[i] = (mix(canonicalKey(m_keys[i])) & m.m_tableMask) << 32 | i;
    std::sort(order.begin(), order.end());
    quint64 next = 0; // first slot not yet taken
    std::vector<quint32> position(n); // order of addition -> slot
    for (quint64 o : order) {
        const quint64 slot = std::max(o >> 32, next);
        position[o & 0xffffffffu] = quint32(slot);
        next = slot + 1;
    }
    // Runs near the end spill past the last home slot; one empty slot after the last entry ends
    // every probe.
    m.m_table.assign(std::max<size_t>(slots, next) + 1, Slot{0, 0, 0});
    m.m_slotEntry.assign(m.m_table.size(), 0);
    m.m_tags.assign(m.m_table.size(), 0);
    order = {};
    for (size_t i = 0; i < n; ++i) {
        m.m_table[position[i]] = {m_keys[i], m_expiry[i], m_meta[i]};
        m.m_slotEntry[position[i]] = quint32(i);
        m.m_tags[position[i]] = tagOf(mix(canonicalKey(m_keys[i])));
    }
    m.m_plainCount = n;
    m_keys = {};
    m_expiry = {};
    m_meta = {};
    m.m_ids = std::move(m_ids);
    if (m.m_options.keepDetails) {
        m.m_details = std::move(m_plainDetails); // entry order: no permutation needed
        for (HotlistEntry &e : m_patternDetails)
            m.m_details.push_back(std::move(e));
    }

    for (Pattern &p : m.m_patterns) {
        if (!p.wildcard)
            continue;
        const qsizetype first = p.text.indexOf(QLatin1Char('*'));
        p.head = first;
        p.tail = first < 0 ? 0 : p.text.size() - 1 - p.text.lastIndexOf(QLatin1Char('*'));
        p.minLength = p.text.size() - p.text.count(QLatin1Char('*'));
    }
    if (!m.m_patterns.empty()) {
        std::vector<quint32> bucket(m.m_patterns.size());
        m.m_patternStart.assign(2 * kTailBuckets + 1, 0);
        for (size_t k = 0; k < m.m_patterns.size(); ++k) {
            bucket[k] = quint32(patternBucket(m.m_patterns[k].text));
            ++m.m_patternStart[bucket[k] + 1];
        }
        for (size_t b = 0; b < 2 * kTailBuckets; ++b)
            m.m_patternStart[b + 1] += m.m_patternStart[b];
        m.m_patternOrder.resize(m.m_patterns.size());
        std::vector<quint32> next(m.m_patternStart.begin(), m.m_patternStart.end() - 1);
        for (size_t k = 0; k < m.m_patterns.size(); ++k)
            m.m_patternOrder[next[bucket[k]]++] = quint32(k);
    }

    if (m.m_anyEdit) {
        std::vector<quint64> delKeys;
        std::vector<quint32> delEntry;
        for (size_t i = 0; i < n; ++i) {
            const Slot &s = m.m_table[position[i]];
            if (!m.rule(s.meta).allowEdit)
                continue;
            const quint64 key = s.key;
            const int len = lengthOf(key);
            if (len < 3)
                continue; // a two-character remainder would match far too much
            for (int p = 0; p < len; ++p) {
                if (p > 0 && charAt(key, p) == charAt(key, p - 1))
                    continue; // deleting within a run gives the same string
                delKeys.push_back(deleteAt(key, p));
                delEntry.push_back(position[i]);
            }
        }
        m.m_delBits = bitsFor(delKeys.size());
        const std::vector<quint32> order = groupedOrder(delKeys, m.m_delBits, &m.m_delDir);
        gather(delKeys, order);
        gather(delEntry, order);
        m.m_delKeys = std::move(delKeys);
        m.m_delEntry = std::move(delEntry);
    }
}

bool HotlistMatcher::Pattern::quickReject(QStringView vrm) const
{
    if (head < 0)
        return vrm.size() != text.size();
    if (vrm.size() < minLength)
        return true;
    auto same = [](QChar p, QChar c) { return p == QLatin1Char('?') || p == c; };
    for (qsizetype i = 0; i < head; ++i)
        if (!same(text.at(i), vrm[i]))
            return true;
    for (qsizetype i = 1; i <= tail; ++i)
        if (!same(text.at(text.size() - i), vrm[vrm.size() - i]))
            return true;
    return false;
}

// --- matching ---------------------------------------------------------------------------------

template <typename F>
void HotlistMatcher::forEachWithCanon(quint64 canon, F &&f) const
{
    const quint64 home = mix(canon) & m_tableMask;
    for (quint64 slot = home;; ++slot) {
        const Slot &s = m_table[slot];
        if (!s.key)
            return;
        const quint64 c = canonicalKey(s.key);
        if (c == canon)
            f(quint32(slot), s);
        else if ((mix(c) & m_tableMask) > home)
            return; // runs are ordered by home (Builder::finish): ours cannot come later
    }
}


QList<HotlistMatch> HotlistMatcher::match(QStringView vrm) const
{
    return match(vrm, m_today);
}

QList<HotlistMatch> HotlistMatcher::match(QStringView vrm, QDate day) const
{
    Matches found;
    match(vrm, day.toJulianDay(), &found);
    return QList<HotlistMatch>(found.begin(), found.end());
}

void HotlistMatcher::prefetchSlot(quint64 canon) const
{
    // Four slots share a cache line (the table is 2 MiB aligned). A probe that starts in a
    // line's last slot reads on into the next line more often than not; others rarely do, and a
    // prefetch it did not need would take a line-fill buffer from the lookups around it.
    const quint64 home = mix(canon) & m_tableMask;
    const char *first = reinterpret_cast<const char *>(&m_table[home]);
    __builtin_prefetch(first);
    if ((home & 3) == 3)
        __builtin_prefetch(first + sizeof(Slot));
}

void HotlistMatcher::prefetchTags(quint64 canon) const
{
    // 64 tags to a line: a scan that starts in a line's last few reads on into the next.
    const quint64 home = mix(canon) & m_tableMask;
    const char *first = reinterpret_cast<const char *>(&m_tags[home]);
    __builtin_prefetch(first);
    if ((home & 63) >= 60)
        __builtin_prefetch(first + 8);
}

bool HotlistMatcher::mayHold(quint64 canon) const
{
    // Every entry with this canonical key lies on the probe run from its home, which ends at an
    // empty slot (the table ends with one); an equal tag may still be another key's.
    const quint64 hash = mix(canon);
    const quint8 tag = tagOf(hash);
    for (quint64 slot = hash & m_tableMask;; ++slot) {
        const quint8 t = m_tags[slot];
        if (t == tag)
            return true;
        if (!t)
            return false;
    }
}

void HotlistMatcher::match(QStringView vrm, qint64 day, Matches *out) const
{
    const quint64 key = pack(vrm);
    const quint64 canon = key ? canonicalKey(key) : 0;
    const bool probe = key && m_plainCount && mayHold(canon);
    // Start the table's cache miss now and scan the patterns while it is on its way.
    if (probe)
        prefetchSlot(canon);
    matchPacked(vrm, key, canon, probe, day, out);
}

void HotlistMatcher::matchBatch(std::span<const QStringView> vrms, qint64 day, Matches *out) const
{
    // A pipeline over a rolling window, so that no read waits for memory: the tags of read
    // i + kTags are fetched; read i + kSlots checks its tags (in cache by now) and, if the table
    // may hold it, fetches its slot; read i is matched. Each prefetch has several lookups' time
    // to land, and no more are in flight than one core's line-fill buffers hold. Reads that are
    // on no list (most) never touch the table.
    constexpr size_t kTags = 16, kSlots = 8;
    quint64 keys[kTags], canons[kTags];
    bool probes[kTags];
    const size_t n = vrms.size();
    const bool table = m_plainCount != 0;
    auto fetchTags = [&](size_t i) {
        const size_t r = i % kTags;
        keys[r] = pack(vrms[i]);
        canons[r] = keys[r] ? canonicalKey(keys[r]) : 0;
        if (keys[r] && table)
            prefetchTags(canons[r]);
    };
    auto fetchSlot = [&](size_t i) {
        const size_t r = i % kTags;
        probes[r] = keys[r] && table && mayHold(canons[r]);
        if (probes[r])
            prefetchSlot(canons[r]);
    };
    for (size_t i = 0; i < std::min(kTags, n); ++i)
        fetchTags(i);
    for (size_t i = 0; i < std::min(kSlots, n); ++i)
        fetchSlot(i);
    for (size_t i = 0; i < n; ++i) {
        const size_t r = i % kTags;
        const quint64 key = keys[r], canon = canons[r];
        const bool probe = probes[r];
        if (i + kTags < n)
            fetchTags(i + kTags);
        if (i + kSlots < n)
            fetchSlot(i + kSlots);
        matchPacked(vrms[i], key, canon, probe, day, &out[i]);
    }
}

void HotlistMatcher::matchPacked(QStringView vrm, quint64 key, quint64 canon, bool probe, qint64 day,
                                 Matches *out) const
{
    out->clear();
    if (!m_patterns.empty() && !vrm.isEmpty()) {
        // The buckets of patterns this read could match: those anchored on its first one or two
        // characters, on its last one or two, and the unanchored.
        const qsizetype n = vrm.size();
        const size_t h0 = charCode(vrm[0]), h1 = n > 1 ? charCode(vrm[1]) : 0;
        const size_t t0 = charCode(vrm[n - 1]), t1 = n > 1 ? charCode(vrm[n - 2]) : 0;
        size_t buckets[5];
        int count = 0;
        buckets[count++] = 0;
        if (h0) {
            buckets[count++] = 64 * h0;
            if (h1)
                buckets[count++] = 64 * h0 + h1;
        }
        if (t0) {
            buckets[count++] = kTailBuckets + 64 * t0;
            if (t1)
                buckets[count++] = kTailBuckets + 64 * t0 + t1;
        }
        for (int b = 0; b < count; ++b) {
            for (quint32 j = m_patternStart[buckets[b]], end = m_patternStart[buckets[b] + 1]; j < end; ++j) {
                const quint32 k = m_patternOrder[j];
                const Pattern &p = m_patterns[k];
                if (day > p.expiry)
                    continue;
                if (p.wildcard ? !p.quickReject(vrm) && wildcardMatches(p.text, vrm) : p.text == vrm)
                    out->append({int(m_table.size() + k), p.wildcard ? MatchKind::Wildcard : MatchKind::Exact,
                                 0, (p.meta & 4u) != 0, Priority(p.meta & 3u)});
            }
        }
    }
    if (probe) {
        forEachWithCanon(canon, [&](quint32 slot, const Slot &s) {
            if (day > s.expiry)
                return;
            if (s.key == key) {
                out->append({int(slot), MatchKind::Exact, 0, (s.meta & 4u) != 0, Priority(s.meta & 3u)});
            } else {
                const int d = differences(s.key, key);
                if (d <= rule(s.meta).maxEquivalent)
                    out->append({int(slot), MatchKind::Equivalent, d, (s.meta & 4u) != 0, Priority(s.meta & 3u)});
            }
        });
    }
    if (key && m_plainCount) {
        if (m_anyEdit) {
            const qsizetype before = out->size();
            auto addEdit = [&](quint32 slot, const Slot &s) {
                for (qsizetype k = before; k < out->size(); ++k)
                    if (out->at(k).entryIndex == int(slot))
                        return;
                out->append({int(slot), MatchKind::Edit, 1, (s.meta & 4u) != 0, Priority(s.meta & 3u)});
            };
            // The read lost a character: it is one of an entry's deletions.
            if (!m_delKeys.empty()) {
                const quint32 db = bucketOf(key, m_delBits);
                for (quint32 j = m_delDir[db], end = m_delDir[db + 1]; j < end; ++j)
                    if (m_delKeys[j] == key && day <= m_table[m_delEntry[j]].expiry)
                        addEdit(m_delEntry[j], m_table[m_delEntry[j]]);
            }
            // The read gained a character: one of its deletions is an entry.
            const int len = lengthOf(key);
            for (int p = 0; len > 3 && p < len; ++p) {
                if (p > 0 && charAt(key, p) == charAt(key, p - 1))
                    continue;
                const quint64 k2 = deleteAt(key, p);
                forEachWithCanon(canonicalKey(k2), [&](quint32 slot, const Slot &s) {
                    if (s.key == k2 && day <= s.expiry && rule(s.meta).allowEdit)
                        addEdit(slot, s);
                });
            }
        }
    }
    if (out->size() < 2)
        return;
    auto before = [](const HotlistMatch &a, const HotlistMatch &b) {
        if (a.priority != b.priority)
            return int(a.priority) < int(b.priority);
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.distance < b.distance;
    };
    // Insertion sort: stable, allocation-free, and the lists are tiny.
    for (qsizetype i = 1; i < out->size(); ++i) {
        const HotlistMatch m = out->at(i);
        qsizetype j = i;
        for (; j > 0 && before(m, out->at(j - 1)); --j)
            (*out)[j] = out->at(j - 1);
        (*out)[j] = m;
    }
}

HotlistEntry HotlistMatcher::entry(int index) const
{
    const size_t i = size_t(index);
    const size_t n = m_table.size();
    const Slot *slot = i < n ? &m_table[i] : nullptr;
    const Pattern *pattern = slot ? nullptr : &m_patterns[i - n];
    const quint32 meta = slot ? slot->meta : pattern->meta;
    const size_t added = slot ? m_slotEntry[i] : m_plainCount + (i - n); // order of addition
    HotlistEntry e;
    if (!m_details.empty()) {
        e = m_details[added];
    } else {
        const qint32 expiry = slot ? slot->expiry : pattern->expiry;
        e.vrm = slot ? unpack(slot->key) : pattern->text;
        e.id = slot ? m_ids[added] : pattern->id;
        e.list = m_lists[meta >> 8].name;
        e.priority = Priority(meta & 3u);
        if (expiry != kNoExpiry)
            e.expires = QDate::fromJulianDay(expiry);
    }
    e.covert = (meta & 4u) != 0;
    return e;
}

HotlistSettings HotlistMatcher::settings(const QString &list) const
{
    for (const HotlistSettings &s : m_lists)
        if (s.name == list)
            return s;
    HotlistSettings s;
    s.name = list;
    s.maxEquivalent = m_options.maxEquivalent;
    s.allowEdit = m_options.allowEdit;
    for (const HotlistSettings &given : m_options.lists)
        if (given.name == list)
            s = given;
    return s;
}

} // namespace Kestrel
