// Known plate formats (UK and generic European), their validators and position-aware repair.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <array>
#include <vector>

namespace Kestrel {

struct PlateFormat
{
    QString id;      // "uk-current", "uk-prefix", ..., "eu-generic"
    QString country; // "GB", "" for generic
    QString pattern; // anchored regular expression over the normalised VRM
    QString layout;  // the pattern with a space at each group break ("[A-Z]{2}[0-9]{2} [A-Z]{3}")
    double prior = 1.0; // how plausible a read of this format is, relative to the others
    QRegularExpression regex;
};

// Scores of the 36 plate characters at one position (index 0..9 = '0'..'9', 10..35 = 'A'..'Z').
using CharScores = std::array<float, 36>;

struct RepairedPlate
{
    QString text;
    const PlateFormat *format = nullptr;
    double score = 0.0;   // product of the chosen characters' scores times the format prior
    int substitutions = 0; // characters changed from the per-position best
    double layout = 1.0;   // the share of score kept after the group-gap check (1 or a penalty)
    // Product of the network's certainty of each glyph, counting a confusable pair's mass where
    // the format picked the other member (for the reading's confidence, not for ranking).
    double glyphs = 0.0;
    int dropped = -1; // the index of a character the network read and the repair dropped as a mark
};

class PlateFormats
{
public:
    static const std::vector<PlateFormat> &all();
    // The most specific format the VRM satisfies, or nullptr.
    static const PlateFormat *identify(const QString &vrm);
    static const PlateFormat *byId(const QString &id);

    // Text-level repair of a single reading: swaps confusable characters (0/O, 1/I, 2/Z, 5/S,
    // 8/B, 6/G...) where a format demands the other kind, at most maxSubstitutions of them.
    static QList<RepairedPlate> repairText(const QString &text, int maxSubstitutions = 2);

    // Score-level repair: for every format of the right length, picks per position the best
    // character that the format allows. Best first, at most maxResults. With the characters'
    // positions (TextReading::positions, one per score), a format whose group breaks the gaps
    // between the characters contradict is marked down. The best few readings are followed by
    // their character alternatives: the runner-up the format allows at one position, or at two.
    static QList<RepairedPlate> repairScores(const std::vector<CharScores> &scores,
                                             int maxResults = 10,
                                             const std::vector<float> &positions = {});

    static int charIndex(QChar c); // -1 when not a plate character
    static QChar indexChar(int index);
};

} // namespace Kestrel
