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
    // character that the format allows. Best first, at most maxResults.
    static QList<RepairedPlate> repairScores(const std::vector<CharScores> &scores,
                                             int maxResults = 10);

    static int charIndex(QChar c); // -1 when not a plate character
    static QChar indexChar(int index);
};

} // namespace Kestrel
