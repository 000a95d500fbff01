#include "plates/plateformats.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace Kestrel {

namespace {

using Mask = std::uint64_t; // bit i set = plate character index i allowed
struct Template
{
    std::vector<Mask> masks;
    std::vector<int> breaks; // a group break follows the character at each of these indices
    size_t size() const { return masks.size(); }
};

struct FormatDef
{
    const char *id;
    const char *country;
    const char *pattern; // char classes with {n} or {n,m}, no alternation; a space marks the
                         // gap (space, hyphen, emblem) between character groups on the plate
    double prior;
    const char *extra;   // an additional anchored regex the whole VRM must satisfy, or nullptr
};

// Sources: ../shared/DOMAIN.md (DVLA formats). Priors say how often a control room in Great
// Britain sees each format; generic European plates are common enough not to be penalised hard.
constexpr FormatDef kFormatDefs[] = {
    // Great Britain and Northern Ireland (DVLA; ../shared/DOMAIN.md).
    {"uk-current", "GB", "[A-HJ-PR-Y]{2}[0-9]{2} [A-HJ-PR-Z]{3}", 1.0, nullptr},
    {"uk-prefix", "GB", "[A-HJ-NPR-TV-Y][0-9]{1,3} [A-HJ-PR-Y]{3}", 0.7, nullptr},
    {"uk-q-plate", "GB", "Q[0-9]{1,3} [A-Z]{3}", 0.2, nullptr},
    {"uk-suffix", "GB", "[A-Z]{3} [0-9]{1,3}[A-HJ-NPR-TV-Y]", 0.5, nullptr},
    {"uk-northern-ireland", "GB", "[A-Z]{2,3} [1-9][0-9]{0,3}", 0.5,
     "^[A-Z]?(?:[A-Z]I|[A-Z]Z|I[A-Z]|Z[A-Z])[1-9][0-9]{0,3}$"},
    {"uk-diplomatic", "GB", "[0-9]{3} [DX] [0-9]{3}", 0.2, nullptr},
    // European vehicles seen on UK roads, by national structure. Where several countries share
    // a structure the country stays empty: the characters alone cannot tell them apart.
    {"eu-aa999aa", "", "[A-Z]{2} [0-9]{3} [A-Z]{2}", 0.6, nullptr},       // SK, FR, IT
    {"cz", "CZ", "[0-9][A-Z][0-9A-Z] [0-9]{4}", 0.6, nullptr},
    {"eu-aa99999", "", "[A-Z]{2} [0-9]{5}", 0.5, nullptr},               // PL, NO
    {"pl-aaa", "PL", "[A-Z]{3} [0-9]{4,5}", 0.4, nullptr},
    {"es", "ES", "[0-9]{4} [B-DF-HJ-NP-TV-Z]{3}", 0.5, nullptr},
    {"be", "BE", "[0-9] [A-Z]{3} [0-9]{3}", 0.4, nullptr},
    {"nl-99aaa9", "NL", "[0-9]{2} [A-Z]{3} [0-9]", 0.3, nullptr},
    {"uk-dateless", "GB", "[A-Z]{1,3} [0-9]{1,4}", 0.25, "^.{2,7}$"},
    {"uk-dateless-reversed", "GB", "[0-9]{1,4} [A-Z]{1,3}", 0.25, "^.{2,7}$"},
    {"de", "DE", "[A-Z]{1,3} [A-Z]{1,2} [0-9]{1,4}", 0.3, "^.{3,8}$"},
    {"eu-generic", "", "[A-Z0-9]{4,8}", 0.03, "^.*[0-9].*$"},
};

// A mark between character groups (national emblem, inspection sticker, screw) or at either end
// (the country band's letters and emblem, a frame edge) is sometimes read as a character: a
// reading one longer than a specific format may drop one character at this cost. Generic formats
// never do, or every junk string would find a home.
constexpr double kDeletionPenalty = 0.3;
constexpr double kMinPriorForDeletion = 0.5; // also: formats at least this likely are national

// Group layout (measured on synthetic plates, tools/platesynth, with model v3): the reader places
// each character at a position in time steps; a format is contradicted when the widest gap
// between its characters falls where the format has no group break, at least kGapMargin steps
// wider than any gap at its breaks and kGapMargin wider than the median. That fires on 2 % of
// UK current plates judged as UK current, and on 95 % of Slovak AA 999AA plates judged as UK
// current (AA99 AAA); the format's score is multiplied by about that ratio.
constexpr float kGapMargin = 1.0f;
constexpr double kLayoutPenalty = 0.03;

// A network can be sure of 'O' where the plate's font draws 0 and O alike: when a format asks
// for the other one of a confusable pair, it is never scored below this share of the winner.
constexpr float kConfusableFloor = 0.1f;
// At most this many confusable swaps (and a third of the characters) lend a reading the pair's
// certainty: a fence of bars fits a national format by swapping most of them.
constexpr int kMaxVouchedPairs = 2;
// Within those limits such a swap also ranks at this share of the pair's mass instead of the
// floor: a 1 the network saw as an I, in a digit slot of a national format, outranks dropping
// the character as a mark between groups (kDeletionPenalty) yet stays below a reading that fits
// a format as seen.
constexpr float kVouchedPairShare = 0.5f;
// Readings whose character alternatives join the candidates (repairScores).
constexpr qsizetype kAlternativeBases = 3;

Mask maskForClass(const QString &cls)
{
    Mask mask = 0;
    for (int i = 0; i < cls.size(); ++i) {
        QChar a = cls.at(i);
        QChar b = a;
        if (i + 2 < cls.size() && cls.at(i + 1) == QLatin1Char('-')) {
            b = cls.at(i + 2);
            i += 2;
        }
        for (char16_t c = a.unicode(); c <= b.unicode(); ++c) {
            const int idx = PlateFormats::charIndex(QChar(c));
            if (idx >= 0)
                mask |= Mask(1) << idx;
        }
    }
    return mask;
}

// Expands "[A-Z]{1,3}[0-9]{2}" into every fixed-length template it allows.
std::vector<Template> expandPattern(const QString &pattern)
{
    struct Piece { Mask mask; int min; int max; };
    std::vector<Piece> pieces;
    int i = 0;
    std::vector<size_t> breakAfterPiece; // piece indices followed by a space
    while (i < pattern.size()) {
        if (pattern.at(i) == QLatin1Char(' ')) {
            if (!pieces.empty())
                breakAfterPiece.push_back(pieces.size() - 1);
            ++i;
            continue;
        }
        Mask mask = 0;
        if (pattern.at(i) == QLatin1Char('[')) {
            const int close = pattern.indexOf(QLatin1Char(']'), i);
            mask = maskForClass(pattern.mid(i + 1, close - i - 1));
            i = close + 1;
        } else {
            mask = maskForClass(QString(pattern.at(i)));
            ++i;
        }
        int lo = 1, hi = 1;
        if (i < pattern.size() && pattern.at(i) == QLatin1Char('{')) {
            const int close = pattern.indexOf(QLatin1Char('}'), i);
            const QStringList parts = pattern.mid(i + 1, close - i - 1).split(QLatin1Char(','));
            lo = parts.value(0).toInt();
            hi = parts.size() > 1 ? parts.value(1).toInt() : lo;
            i = close + 1;
        }
        pieces.push_back({mask, lo, hi});
    }
    std::vector<Template> out{Template{}};
    for (size_t pi = 0; pi < pieces.size(); ++pi) {
        const Piece &p = pieces[pi];
        const bool breakAfter = std::find(breakAfterPiece.begin(), breakAfterPiece.end(), pi) != breakAfterPiece.end();
        std::vector<Template> next;
        for (const Template &t : out) {
            for (int n = p.min; n <= p.max; ++n) {
                Template u = t;
                u.masks.insert(u.masks.end(), n, p.mask);
                if (breakAfter)
                    u.breaks.push_back(int(u.masks.size()) - 1);
                next.push_back(std::move(u));
            }
        }
        out = std::move(next);
    }
    return out;
}

struct Compiled
{
    std::vector<PlateFormat> formats;
    std::vector<std::vector<Template>> templates; // per format
    std::vector<QRegularExpression> extras;       // per format, may be invalid (none)
};

const Compiled &compiled()
{
    static const Compiled c = [] {
        Compiled out;
        for (const FormatDef &d : kFormatDefs) {
            PlateFormat f;
            f.id = QLatin1String(d.id);
            f.country = QLatin1String(d.country);
            f.layout = QLatin1String(d.pattern);
            f.pattern = QString(f.layout).remove(QLatin1Char(' '));
            f.prior = d.prior;
            f.regex = QRegularExpression(QLatin1Char('^') + f.pattern + QLatin1Char('$'));
            out.formats.push_back(f);
            out.templates.push_back(expandPattern(f.layout));
            out.extras.push_back(d.extra ? QRegularExpression(QLatin1String(d.extra))
                                         : QRegularExpression());
        }
        return out;
    }();
    return c;
}

bool satisfies(const Compiled &c, size_t f, const QString &vrm)
{
    if (!c.formats[f].regex.match(vrm).hasMatch())
        return false;
    const QRegularExpression &extra = c.extras[f];
    return extra.pattern().isEmpty() || extra.match(vrm).hasMatch();
}

// Characters a recogniser confuses, and what each would be read as in the other class.
const QHash<QChar, QList<QChar>> &confusions()
{
    static const QHash<QChar, QList<QChar>> map = [] {
        QHash<QChar, QList<QChar>> m;
        const char *pairs[][2] = {{"0", "ODQ"}, {"1", "IJL"}, {"2", "Z"}, {"5", "S"}, {"8", "B"},
                                  {"6", "G"}, {"4", "A"},   {"7", "T"}, {"3", "E"}};
        for (const auto &p : pairs) {
            const QChar digit = QLatin1Char(p[0][0]);
            for (const char *l = p[1]; *l; ++l) {
                m[digit].append(QLatin1Char(*l));
                m[QLatin1Char(*l)].append(digit);
            }
        }
        // Letter-letter confusions that formats resolve (I and Q are barred in many UK slots).
        m[QLatin1Char('I')].append(QLatin1Char('J'));
        m[QLatin1Char('Q')].append(QLatin1Char('O'));
        return m;
    }();
    return map;
}

// Whether class j ranks above class k at a position: by the floored score the repair uses,
// ties (several confusions lifted to the same floor: O, D and Q for a 0) by the network's own.
// Index order would otherwise decide, and a 0 where a letter must be would always become D.
bool ahead(const CharScores &floored, const CharScores &raw, int j, int k)
{
    return floored[j] > floored[k] || (floored[j] == floored[k] && raw[j] > raw[k]);
}

// Digits and the letters plate fonts draw (nearly) alike: the OCR-equivalence sets of
// ../shared/DOMAIN.md, {0,O,D,Q} {1,I} {2,Z} {5,S} {8,B} {6,G}, as digit/letter pairs.
bool drawnAlike(QChar a, QChar b)
{
    static const char *const kPairs[] = {"0O", "0D", "0Q", "1I", "2Z", "5S", "8B", "6G"};
    for (const char *p : kPairs)
        if ((a == QLatin1Char(p[0]) && b == QLatin1Char(p[1])) || (a == QLatin1Char(p[1]) && b == QLatin1Char(p[0])))
            return true;
    return false;
}

// True when the characters' positions contradict the template's group breaks: the widest gap
// sits where the template has no break, clearly wider than the median gap and than every gap at
// the template's breaks.
bool layoutContradicts(const std::vector<float> &pos, const std::vector<int> &breaks)
{
    if (breaks.empty() || pos.size() < 3)
        return false;
    std::vector<float> gaps(pos.size() - 1);
    for (size_t i = 0; i + 1 < pos.size(); ++i)
        gaps[i] = pos[i + 1] - pos[i];
    float atBreak = 0.0f, elsewhere = 0.0f;
    for (size_t i = 0; i < gaps.size(); ++i) {
        if (std::find(breaks.begin(), breaks.end(), int(i)) != breaks.end())
            atBreak = std::max(atBreak, gaps[i]);
        else
            elsewhere = std::max(elsewhere, gaps[i]);
    }
    std::vector<float> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    float median = sorted[sorted.size() / 2];
    if (sorted.size() % 2 == 0) {
        // Even count: the mean of the two middle gaps, as the measurement used.
        const float upper = median;
        const float lower = *std::max_element(sorted.begin(), sorted.begin() + sorted.size() / 2);
        median = (lower + upper) / 2;
    }
    return elsewhere - atBreak >= kGapMargin && elsewhere >= median + kGapMargin;
}

} // namespace

const std::vector<PlateFormat> &PlateFormats::all()
{
    return compiled().formats;
}

int PlateFormats::charIndex(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return 10 + (u - u'A');
    return -1;
}

QChar PlateFormats::indexChar(int index)
{
    return index < 10 ? QChar(u'0' + index) : QChar(u'A' + (index - 10));
}

const PlateFormat *PlateFormats::identify(const QString &vrm)
{
    const Compiled &c = compiled();
    for (size_t f = 0; f < c.formats.size(); ++f)
        if (satisfies(c, f, vrm))
            return &c.formats[f];
    return nullptr;
}

const PlateFormat *PlateFormats::byId(const QString &id)
{
    for (const PlateFormat &f : compiled().formats)
        if (f.id == id)
            return &f;
    return nullptr;
}

QList<RepairedPlate> PlateFormats::repairText(const QString &text, int maxSubstitutions)
{
    const Compiled &c = compiled();
    QList<RepairedPlate> out;
    auto consider = [&](const QString &candidate, int subs) {
        for (size_t f = 0; f < c.formats.size(); ++f) {
            if (!satisfies(c, f, candidate))
                continue;
            const double score = c.formats[f].prior * std::pow(0.5, subs);
            auto it = std::find_if(out.begin(), out.end(),
                                   [&](const RepairedPlate &r) { return r.text == candidate; });
            if (it == out.end())
                out.append({candidate, &c.formats[f], score, subs});
            else if (score > it->score)
                *it = {candidate, &c.formats[f], score, subs};
            break; // formats are ordered most specific first
        }
    };
    // Breadth-first over substitutions so that fewer changes are always found first.
    QList<QString> frontier{text};
    consider(text, 0);
    for (int depth = 1; depth <= maxSubstitutions; ++depth) {
        QList<QString> next;
        for (const QString &t : frontier) {
            for (int i = 0; i < t.size(); ++i) {
                const auto alts = confusions().value(t.at(i));
                for (QChar alt : alts) {
                    QString u = t;
                    u[i] = alt;
                    if (u == text || next.contains(u))
                        continue;
                    next.append(u);
                    consider(u, depth);
                }
            }
        }
        frontier = next;
        if (frontier.size() > 4000)
            break; // long junk strings: enough
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RepairedPlate &a, const RepairedPlate &b) { return a.score > b.score; });
    return out;
}

QList<RepairedPlate> PlateFormats::repairScores(const std::vector<CharScores> &raw, int maxResults,
                                                const std::vector<float> &positions)
{
    const Compiled &c = compiled();
    const int n = int(raw.size());
    std::vector<CharScores> scores = raw;
    for (CharScores &s : scores) {
        const int top = int(std::max_element(s.begin(), s.end()) - s.begin());
        for (QChar alt : confusions().value(indexChar(top)))
            s[charIndex(alt)] = std::max(s[charIndex(alt)], kConfusableFloor * s[top]);
    }
    QList<RepairedPlate> out;
    auto consider = [&](size_t f, const Template &t, int skip, double penalty) {
        QString text;
        double score = c.formats[f].prior * penalty;
        double vouched = score;
        double glyphs = 1.0, plainGlyphs = 1.0;
        int pairs = 0;
        const bool national = c.formats[f].prior >= kMinPriorForDeletion;
        int subs = 0;
        std::vector<float> kept;
        for (int i = 0, k = 0; i < n; ++i) {
            if (i == skip)
                continue;
            if (positions.size() == size_t(n))
                kept.push_back(positions[size_t(i)]);
            const CharScores &s = scores[size_t(i)];
            const CharScores &r0 = raw[size_t(i)];
            int best = -1, top = 0;
            for (int j = 0; j < 36; ++j) {
                if (s[j] > s[top])
                    top = j;
                if ((t.masks[size_t(k)] >> j & 1) && (best < 0 || ahead(s, r0, j, best)))
                    best = j;
            }
            text.append(indexChar(best));
            score *= std::max(1e-6f, s[best]);
            // How sure the network is of the glyph: where a national format's position rule chose
            // the other member of a pair that plate fonts draw alike (a 1 drawn like an I), the
            // pair's mass, not the floor. A generic format's rules say too little to vouch for
            // the swap; other confusions (3/E, 4/A, I/J...) differ by strokes the network sees.
            const bool pair = best != top && national && drawnAlike(indexChar(top), indexChar(best));
            const CharScores &r = raw[size_t(i)];
            glyphs *= std::max(1e-6f, pair ? r[best] + r[top] : r[best]);
            vouched *= std::max(1e-6f, pair ? std::max(s[best], kVouchedPairShare * (r[best] + r[top])) : s[best]);
            plainGlyphs *= std::max(1e-6f, r[best]);
            pairs += pair;
            subs += best != top;
            ++k;
        }
        if (!satisfies(c, f, text))
            return;
        if (pairs > kMaxVouchedPairs || 3 * pairs > int(text.size()))
            glyphs = plainGlyphs; // mostly swapped: a row of bars, not a plate with a 1 or two
        else
            score = vouched;
        const double layout = layoutContradicts(kept, t.breaks) ? kLayoutPenalty : 1.0;
        score *= layout;
        auto it = std::find_if(out.begin(), out.end(), [&](const RepairedPlate &r) { return r.text == text; });
        if (it == out.end())
            out.append({text, &c.formats[f], score, subs + (skip >= 0), layout, glyphs, skip});
        else if (score > it->score)
            *it = {text, &c.formats[f], score, subs + (skip >= 0), layout, glyphs, skip};
    };
    for (size_t f = 0; f < c.formats.size(); ++f) {
        for (const Template &t : c.templates[f]) {
            if (int(t.size()) == n)
                consider(f, t, -1, 1.0);
            else if (int(t.size()) == n - 1 && c.formats[f].prior >= kMinPriorForDeletion)
                for (int skip = 0; skip < n; ++skip)
                    consider(f, t, skip, kDeletionPenalty);
        }
    }
    auto byScore = [](const RepairedPlate &a, const RepairedPlate &b) { return a.score > b.score; };
    std::stable_sort(out.begin(), out.end(), byScore);

    // Character alternatives of the best readings, for the top-N list: at each position the
    // runner-up that the same format allows (an O the network took for a D, an H for a W), and
    // the pairs of the three likeliest such swaps. Each scores its reading's score times the
    // runner-up's share of the chosen character's; none outranks the reading it came from.
    const qsizetype bases = std::min<qsizetype>(out.size(), kAlternativeBases);
    QList<RepairedPlate> alternatives;
    for (qsizetype b = 0; b < bases; ++b) {
        const RepairedPlate base = out[b];
        const size_t f = size_t(base.format - c.formats.data());
        std::vector<int> from; // raw index of each character of the text
        for (int i = 0; i < n; ++i)
            if (i != base.dropped)
                from.push_back(i);
        const Template *t = nullptr;
        for (const Template &candidate : c.templates[f]) {
            if (candidate.size() != size_t(base.text.size()))
                continue;
            bool fits = true;
            for (qsizetype k = 0; k < base.text.size() && fits; ++k)
                fits = candidate.masks[size_t(k)] >> charIndex(base.text.at(k)) & 1;
            if (fits) {
                t = &candidate;
                break;
            }
        }
        if (!t || from.size() != size_t(base.text.size()))
            continue;
        struct Swap
        {
            qsizetype at;
            int to;
            double share, glyphShare;
        };
        std::vector<Swap> swaps;
        for (qsizetype k = 0; k < base.text.size(); ++k) {
            const CharScores &s = scores[size_t(from[size_t(k)])];
            const CharScores &r = raw[size_t(from[size_t(k)])];
            const int chosen = charIndex(base.text.at(k));
            int next = -1;
            for (int j = 0; j < 36; ++j)
                if (j != chosen && (t->masks[size_t(k)] >> j & 1) && (next < 0 || ahead(s, r, j, next)))
                    next = j;
            if (next < 0 || s[next] <= 0.0f)
                continue;
            swaps.push_back({k, next, double(s[next]) / std::max(1e-6f, s[chosen]),
                             double(r[next]) / std::max(1e-6f, r[chosen])});
        }
        std::sort(swaps.begin(), swaps.end(), [](const Swap &x, const Swap &y) { return x.share > y.share; });
        auto add = [&](const QString &text, double share, double glyphShare, int swapped) {
            if (!satisfies(c, f, text))
                return;
            RepairedPlate r = base;
            r.text = text;
            r.score = base.score * share;
            r.glyphs = std::min(1.0, base.glyphs * glyphShare);
            r.substitutions = base.substitutions + swapped;
            auto same = [&](const RepairedPlate &o) { return o.text == text; };
            if (std::any_of(out.cbegin(), out.cend(), same))
                return;
            auto it = std::find_if(alternatives.begin(), alternatives.end(), same);
            if (it == alternatives.end())
                alternatives.append(r);
            else if (r.score > it->score)
                *it = r;
        };
        for (const Swap &w : swaps) {
            QString text = base.text;
            text[w.at] = indexChar(w.to);
            add(text, w.share, w.glyphShare, 1);
        }
        const size_t top = std::min<size_t>(swaps.size(), 3);
        for (size_t x = 0; x < top; ++x)
            for (size_t y = x + 1; y < top; ++y) {
                QString text = base.text;
                text[swaps[x].at] = indexChar(swaps[x].to);
                text[swaps[y].at] = indexChar(swaps[y].to);
                add(text, swaps[x].share * swaps[y].share, swaps[x].glyphShare * swaps[y].glyphShare, 2);
            }
    }
    out.append(alternatives);
    std::stable_sort(out.begin(), out.end(), byScore);
    if (out.size() > maxResults)
        out.resize(maxResults);
    return out;
}

} // namespace Kestrel
