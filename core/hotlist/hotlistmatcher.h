// Checks a read against the live hotlists: an immutable snapshot, safe to share between threads.
#pragma once

#include "domain/hit.h"
#include "domain/hotlistentry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>
#include <span>
#include <vector>

namespace Kestrel {

namespace Detail {
// Big arrays in memory the kernel may back with huge pages (fewer TLB misses per lookup).
void *allocateBig(size_t bytes);
void freeBig(void *p, size_t bytes);
template <typename T>
struct BigAllocator
{
    using value_type = T;
    BigAllocator() = default;
    template <typename U>
    BigAllocator(const BigAllocator<U> &) {}
    T *allocate(size_t n) { return static_cast<T *>(allocateBig(n * sizeof(T))); }
    void deallocate(T *p, size_t n) { freeBig(p, n * sizeof(T)); }
    friend bool operator==(const BigAllocator &, const BigAllocator &) { return true; }
};
} // namespace Detail

struct HotlistMatch
{
    int entryIndex = -1;
    MatchKind kind = MatchKind::Exact;
    int distance = 0;
    bool covert = false; // the entry or its list is covert
    Priority priority = Priority::Low; // the entry's, carried so that ordering touches no table
};

// Memory layout, chosen so that a national extract (10 million entries) fits in a few hundred MB
// and a lookup costs one or two cache misses: every plain VRM (A-Z, 0-9, up to 10 characters) is
// packed into 64 bits (6 bits a character, length in the top 4); entries are bucketed by a hash
// of their OCR-canonical form, so one probe finds the exact match and all the equivalent ones.
// Wildcard patterns and longer VRMs are few and are scanned. Lists that allow one missing or
// extra character get a deletion-neighbourhood index of their own.
class HotlistMatcher
{
public:
    struct Options
    {
        int maxEquivalent = 1; // default for lists without settings (0 = exact only, at most 2)
        bool allowEdit = false; // default for lists without settings
        QList<HotlistSettings> lists; // per-list settings; override the defaults above
        bool keepDetails = true; // false: keep only what matching needs (national-scale lists)
    };
    using Matches = QVarLengthArray<HotlistMatch, 8>;

    // Entries that are not Live, or expired on `today`, are left out; the snapshot never changes.
    HotlistMatcher(std::vector<HotlistEntry> entries, QDate today, Options options);
    explicit HotlistMatcher(std::vector<HotlistEntry> entries)
        : HotlistMatcher(std::move(entries), QDate::currentDate(), Options{})
    {
    }

    // Streams entries in without holding them all as HotlistEntry values (bulk loads).
    class Builder
    {
    public:
        Builder(QDate today, Options options);
        ~Builder();
        void reserve(qsizetype entries);
        // Compact add: what matching needs. Returns false when the entry is left out (not live).
        bool add(QStringView vrm, QStringView list, Priority priority, qint64 id, QDate expires = {},
                 bool covert = false);
        bool add(HotlistEntry entry); // keeps the details when Options::keepDetails
        std::shared_ptr<const HotlistMatcher> build();

    private:
        friend class HotlistMatcher;
        void finish(); // sorts and indexes what was added, in m_matcher
        std::unique_ptr<HotlistMatcher> m_matcher;
        std::vector<quint64> m_keys;
        std::vector<quint32> m_meta;
        std::vector<qint32> m_expiry;
        std::vector<qint64> m_ids;
        std::vector<HotlistEntry> m_plainDetails;
        std::vector<HotlistEntry> m_patternDetails;
        QString m_lastList;
        quint32 m_lastListIndex = 0;
        QHash<QString, quint32> m_listIndex;
        quint32 listIndex(QStringView list);
    };

    // Matches for a normalised VRM that are live on `day` (default: the snapshot's day), highest
    // priority first, then exact, equivalent, edit, wildcard, then smaller distance.
    QList<HotlistMatch> match(QStringView vrm) const;
    QList<HotlistMatch> match(QStringView vrm, QDate day) const;
    // Allocation-free form for the read path; `day` is a Julian day number.
    void match(QStringView vrm, qint64 day, Matches *out) const;
    // Several reads at once (bursts from many cameras, imports, sweeps): the table's cache misses
    // of a group of reads overlap instead of queueing one behind the other, so one core checks
    // about twice as many reads a second. out[i] receives the matches of vrms[i], exactly as
    // match() would give them.
    void matchBatch(std::span<const QStringView> vrms, qint64 day, Matches *out) const;

    // The entry behind a match. Without details (keepDetails false) only vrm, list, priority, id,
    // expires and covert are filled; the rest is in the store under `id`.
    HotlistEntry entry(int index) const;
    int size() const { return int(m_plainCount + m_patterns.size()); }
    bool hasDetails() const { return !m_details.empty() || size() == 0; }
    QDate today() const { return m_today; }
    HotlistSettings settings(const QString &list) const;

    // The canonical form under the OCR-equivalence sets {0,O,D,Q} {1,I} {2,Z} {5,S} {8,B} {6,G}.
    static QString canonical(const QString &vrm);
    static bool wildcardMatches(QStringView pattern, QStringView vrm);
    // 64-bit packing of a plain VRM; 0 when it does not pack (other characters, over 10 long).
    static quint64 pack(QStringView vrm);
    static QString unpack(quint64 key);

private:
    HotlistMatcher(QDate today, Options options);
    struct Pattern
    {
        QString text;
        quint32 meta = 0;
        qint32 expiry = 0;
        qint64 id = 0;
        bool wildcard = false;
        // Quick rejects before the glob: literal head (before the first '*'), tail (after the
        // last '*'), and the least length a match needs. head == -1: no '*' at all.
        qsizetype head = -1, tail = 0, minLength = 0;
        bool quickReject(QStringView vrm) const;
    };
    struct Rule
    {
        int maxEquivalent = 1;
        bool allowEdit = false;
    };
    void addEntryInto(Builder &b, HotlistEntry &&e);
    // probe: whether the table may hold the canonical key (mayHold); false skips it.
    void matchPacked(QStringView vrm, quint64 key, quint64 canon, bool probe, qint64 day, Matches *out) const;
    void prefetchSlot(quint64 canon) const;
    void prefetchTags(quint64 canon) const;
    bool mayHold(quint64 canon) const;
    const Rule &rule(quint32 meta) const { return m_rules[meta >> 8]; }

    QDate m_today;
    qint64 m_todayJd = 0;
    Options m_options;
    std::vector<HotlistSettings> m_lists; // by list index
    std::vector<Rule> m_rules;            // by list index
    bool m_anyEdit = false;

    // Main index: an open-addressing (linear probing) table of the entries themselves, placed by
    // a hash of their canonical key and at most 5/8 full, so a lookup, hit or miss, mostly costs
    // the one cache miss of its first slot. Entries with the same canonical key lie on the same
    // probe run, runs are ordered by home slot and do not wrap; an empty slot (key 0) or an entry
    // from a later home ends a probe. A slot is 16 bytes, four to a cache line: the canonical key
    // is recomputed from the key (a few cycles) rather than stored, which halves the table (10 M
    // entries: 256 MB, not 512) and the memory a lookup pulls in. A match's entry index is its
    // slot; patterns follow the table.
    struct Slot
    {
        quint64 key; // 0: empty slot
        qint32 expiry; // last Julian day the entry is live on
        quint32 meta;  // priority (bits 0-1), covert (bit 2), list index (bits 8-31)
    };
    static_assert(sizeof(Slot) == 16);
    std::vector<Slot, Detail::BigAllocator<Slot>> m_table;
    quint64 m_tableMask = 0;
    template <typename F>
    void forEachWithCanon(quint64 canon, F &&f) const;
    // One byte per slot beside the table: 0 for an empty slot, else a fingerprint of the entry's
    // canonical key (from hash bits the home slot does not use). A read whose fingerprint is not
    // among the tags from its home to the next empty slot is on no list, which mayHold() tells
    // from one cache line of this 16 MB array (10 M entries) without touching the 256 MB table;
    // most reads are such misses.
    std::vector<quint8, Detail::BigAllocator<quint8>> m_tags;
    size_t m_plainCount = 0; // entries in the table
    std::vector<quint32> m_slotEntry; // table slot -> order of addition (ids, details)
    std::vector<qint64> m_ids; // store ids, by order of addition

    // Deletion neighbourhood of entries on lists that allow an edit: key -> table slot.
    int m_delBits = 0;
    std::vector<quint32> m_delDir;
    std::vector<quint64> m_delKeys;
    std::vector<quint32> m_delEntry; // table slot of the entry

    std::vector<Pattern> m_patterns; // entry index = m_table.size() + position
    // Patterns by the literal characters a matching read has at its start or, failing that, its
    // end (patternBucket in the .cpp): m_patternOrder[m_patternStart[b] .. m_patternStart[b + 1])
    // are bucket b's. A read looks in at most five buckets, so a list of partial plates that
    // begin with '*' is not scanned for every read.
    std::vector<quint32> m_patternStart;
    std::vector<quint32> m_patternOrder;
    std::vector<HotlistEntry> m_details; // by order of addition (plain, then patterns), when kept
};

using HotlistSnapshot = std::shared_ptr<const HotlistMatcher>;

} // namespace Kestrel
