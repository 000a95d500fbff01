#include "plates/plateformats.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Kestrel;

namespace {

// Network scores for a reading: each character of `read` at `top`, every other class at `rest`.
std::vector<CharScores> scoresFor(const QString &read, float top, float rest)
{
    std::vector<CharScores> scores(size_t(read.size()));
    for (int i = 0; i < read.size(); ++i) {
        scores[size_t(i)].fill(rest);
        scores[size_t(i)][PlateFormats::charIndex(read.at(i))] = top;
    }
    return scores;
}

} // namespace

class TestPlateFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identify_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("format");
        // Real marks of each era, as printed in DVLA and press material.
        QTest::newRow("current 2002") << QStringLiteral("LA02ABC") << QStringLiteral("uk-current");
        QTest::newRow("current 2051") << QStringLiteral("BD51SMR") << QStringLiteral("uk-current");
        QTest::newRow("current 2073") << QStringLiteral("YX73GHJ") << QStringLiteral("uk-current");
        QTest::newRow("current Z in last three") << QStringLiteral("MA19ZZX") << QStringLiteral("uk-current");
        QTest::newRow("prefix") << QStringLiteral("A123BCD") << QStringLiteral("uk-prefix");
        QTest::newRow("prefix one digit") << QStringLiteral("P7FOX") << QStringLiteral("uk-prefix");
        QTest::newRow("q plate") << QStringLiteral("Q123ABC") << QStringLiteral("uk-q-plate");
        QTest::newRow("suffix") << QStringLiteral("ABC123D") << QStringLiteral("uk-suffix");
        QTest::newRow("northern ireland") << QStringLiteral("BIZ1234") << QStringLiteral("uk-northern-ireland");
        QTest::newRow("northern ireland two letters") << QStringLiteral("OI4321") << QStringLiteral("uk-northern-ireland");
        QTest::newRow("diplomatic") << QStringLiteral("123D456") << QStringLiteral("uk-diplomatic");
        QTest::newRow("dateless") << QStringLiteral("ABC1") << QStringLiteral("uk-dateless");
        QTest::newRow("dateless reversed") << QStringLiteral("1234AB") << QStringLiteral("uk-dateless-reversed");
        QTest::newRow("slovak") << QStringLiteral("RK755AJ") << QStringLiteral("eu-aa999aa");
        QTest::newRow("french") << QStringLiteral("AB123CD") << QStringLiteral("eu-aa999aa");
        QTest::newRow("polish") << QStringLiteral("WA56660") << QStringLiteral("eu-aa99999");
        QTest::newRow("polish three letters") << QStringLiteral("WSQ3021") << QStringLiteral("pl-aaa");
        QTest::newRow("czech") << QStringLiteral("1T43213") << QStringLiteral("cz");
        QTest::newRow("czech letter third") << QStringLiteral("2AK4567") << QStringLiteral("cz");
        QTest::newRow("spanish") << QStringLiteral("1234BCD") << QStringLiteral("es");
        QTest::newRow("belgian") << QStringLiteral("1ABC234") << QStringLiteral("be");
        QTest::newRow("german") << QStringLiteral("HHAB1234") << QStringLiteral("de");
        QTest::newRow("unknown with digits") << QStringLiteral("WOBVWMK4") << QStringLiteral("eu-generic");
        // Invalid as UK current marks: I and Q are never memory-tag letters.
        QTest::newRow("I in memory tag") << QStringLiteral("IA12ABC") << QStringLiteral("eu-generic");
        QTest::newRow("Q in last three") << QStringLiteral("AB12ABQ") << QStringLiteral("eu-generic");
        QTest::newRow("no digit at all") << QStringLiteral("GWAGEN") << QString();
        QTest::newRow("famous dateless") << QStringLiteral("A1") << QStringLiteral("uk-dateless");
        QTest::newRow("one character") << QStringLiteral("A") << QString();
    }
    void identify()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, format);
        const PlateFormat *f = PlateFormats::identify(vrm);
        QCOMPARE(f ? f->id : QString(), format);
    }

    void repairText_data()
    {
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("repaired");
        QTest::newRow("O for 0 in age") << QStringLiteral("ABO2CDE") << QStringLiteral("AB02CDE");
        QTest::newRow("I for 1 in age") << QStringLiteral("LAI9XYZ") << QStringLiteral("LA19XYZ");
        QTest::newRow("Z for 2") << QStringLiteral("BDZ1SMR") << QStringLiteral("BD21SMR");
        QTest::newRow("S for 5") << QStringLiteral("AB5SCDE") << QStringLiteral("AB55CDE");
        QTest::newRow("B for 8") << QStringLiteral("AB1BCDE") << QStringLiteral("AB18CDE");
        QTest::newRow("G for 6") << QStringLiteral("AB6GCDE") << QStringLiteral("AB66CDE");
        QTest::newRow("0 for O in letters") << QStringLiteral("AB12C0E") << QStringLiteral("AB12COE");
        QTest::newRow("8 for B in memory tag") << QStringLiteral("8D51SMR") << QStringLiteral("BD51SMR");
        QTest::newRow("valid stays") << QStringLiteral("AB12CDE") << QStringLiteral("AB12CDE");
    }
    void repairText()
    {
        QFETCH(QString, read);
        QFETCH(QString, repaired);
        const QList<RepairedPlate> out = PlateFormats::repairText(read);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, repaired);
        QCOMPARE(out.first().format->id, QStringLiteral("uk-current"));
    }

    void repairScores()
    {
        // Per-position scores where the network prefers 'O' in the age field but a digit fits.
        const QString truth = QStringLiteral("AB02CDE");
        std::vector<CharScores> scores = scoresFor(truth, 0.9f, 0.001f);
        scores[2][PlateFormats::charIndex(QLatin1Char('O'))] = 0.6f;
        scores[2][PlateFormats::charIndex(QLatin1Char('0'))] = 0.35f;
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, truth);
        QCOMPARE(out.first().substitutions, 1);
    }

    void repairScoresDropsAnEmblemReadAsACharacter()
    {
        // "RK" + coat of arms read as 'B' + "755AJ": the Slovak structure without the extra mark.
        const QString read = QStringLiteral("RKB755AJ");
        std::vector<CharScores> scores = scoresFor(read, 0.95f, 0.001f);
        scores[2][PlateFormats::charIndex(QLatin1Char('B'))] = 0.6f; // the mark reads weakly
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, QStringLiteral("RK755AJ"));
        QCOMPARE(out.first().format->id, QStringLiteral("eu-aa999aa"));
    }

    void repairScoresDropsAMarkAtAnEnd_data()
    {
        // The country band's letters and emblem sit left of the text, a frame edge or a screw
        // right of it; either can be read as one more character (weakly) next to a confident
        // national reading.
        QTest::addColumn<QString>("read");
        QTest::addColumn<int>("mark");
        QTest::addColumn<QString>("expected");
        QTest::newRow("band before a Slovak plate") << QStringLiteral("BRK755AJ") << 0 << QStringLiteral("RK755AJ");
        QTest::newRow("frame after a Slovak plate") << QStringLiteral("RK878AC7") << 7 << QStringLiteral("RK878AC");
        QTest::newRow("screw after a UK plate") << QStringLiteral("AB12CDE1") << 7 << QStringLiteral("AB12CDE");
        QTest::newRow("band before a Czech plate") << QStringLiteral("C1T43213") << 0 << QStringLiteral("1T43213");
    }
    void repairScoresDropsAMarkAtAnEnd()
    {
        QFETCH(QString, read);
        QFETCH(int, mark);
        QFETCH(QString, expected);
        std::vector<CharScores> scores = scoresFor(read, 0.95f, 0.001f);
        scores[size_t(mark)][PlateFormats::charIndex(read.at(mark))] = 0.6f;
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, expected);
    }

    void aZeroInALetterSlotBecomesTheLetterTheNetworkSaw_data()
    {
        // Slovak fonts draw O like 0: the network reads the glyph as 0, with a little O or D.
        // Every letter of the 0 set is lifted to the same floor, so the network's own scores,
        // not the alphabet, must decide between them.
        QTest::addColumn<QString>("read");
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("runnerUp");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Slovak O") << QStringLiteral("BA3020Z") << 5 << QStringLiteral("O") << QStringLiteral("BA302OZ");
        QTest::newRow("Slovak D") << QStringLiteral("BA3020Z") << 5 << QStringLiteral("D") << QStringLiteral("BA302DZ");
        QTest::newRow("UK O") << QStringLiteral("AB12C0E") << 5 << QStringLiteral("O") << QStringLiteral("AB12COE");
    }
    void aZeroInALetterSlotBecomesTheLetterTheNetworkSaw()
    {
        QFETCH(QString, read);
        QFETCH(int, at);
        QFETCH(QString, runnerUp);
        QFETCH(QString, expected);
        std::vector<CharScores> scores = scoresFor(read, 0.99f, 0.0001f);
        QCOMPARE(read.at(at), QLatin1Char('0'));
        scores[size_t(at)][PlateFormats::charIndex(QLatin1Char('0'))] = 0.95f;
        scores[size_t(at)][PlateFormats::charIndex(runnerUp.at(0))] = 0.04f;
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, expected);
    }

    void repairScoresOffersCharacterAlternatives()
    {
        // The network is sure of D where the plate has O (both letters: no format decides), and
        // of H twice where a W was. The reading stays as read; the plate is in the top-N list.
        std::vector<CharScores> slovak = scoresFor(QStringLiteral("BA302DZ"), 0.95f, 0.001f);
        slovak[5][PlateFormats::charIndex(QLatin1Char('D'))] = 0.9f;
        slovak[5][PlateFormats::charIndex(QLatin1Char('O'))] = 0.05f;
        QList<RepairedPlate> out = PlateFormats::repairScores(slovak);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, QStringLiteral("BA302DZ"));
        auto texts = [](const QList<RepairedPlate> &list) {
            QStringList t;
            for (const RepairedPlate &r : list)
                t << r.text;
            return t;
        };
        QVERIFY2(texts(out).contains(QStringLiteral("BA302OZ")), qPrintable(texts(out).join(QLatin1Char(' '))));
        QVERIFY(out.size() <= 10);

        std::vector<CharScores> twice = scoresFor(QStringLiteral("VH4X4HP"), 0.95f, 0.001f);
        for (size_t at : {size_t(1), size_t(5)}) {
            twice[at][PlateFormats::charIndex(QLatin1Char('H'))] = 0.6f;
            twice[at][PlateFormats::charIndex(QLatin1Char('W'))] = 0.3f;
        }
        out = PlateFormats::repairScores(twice);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, QStringLiteral("VH4X4HP"));
        QVERIFY2(texts(out).contains(QStringLiteral("VW4X4WP")), qPrintable(texts(out).join(QLatin1Char(' '))));
        QVERIFY(texts(out).contains(QStringLiteral("VW4X4HP")));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i].score <= out[i - 1].score);
    }

    void repairScoresFollowsTheGroupGaps_data()
    {
        // One reading, "RK34OAO" with a confident O (a DIN 0 and O look alike), placed as the
        // reader places characters (time steps). Where the gap falls says which plate it is.
        QTest::addColumn<std::vector<float>>("positions");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("format");
        QTest::newRow("Slovak gap after RK") << std::vector<float>{2, 6, 12, 16, 20, 24, 28}
                                             << QStringLiteral("RK340AO") << QStringLiteral("eu-aa999aa");
        QTest::newRow("UK gap after RK34") << std::vector<float>{2, 6, 10, 14, 20, 24, 28}
                                           << QStringLiteral("RK34OAO") << QStringLiteral("uk-current");
        QTest::newRow("even spacing") << std::vector<float>{2, 6, 10, 14, 18, 22, 26}
                                      << QStringLiteral("RK34OAO") << QStringLiteral("uk-current");
        QTest::newRow("no positions") << std::vector<float>{}
                                      << QStringLiteral("RK34OAO") << QStringLiteral("uk-current");
    }
    void repairScoresFollowsTheGroupGaps()
    {
        QFETCH(std::vector<float>, positions);
        QFETCH(QString, expected);
        QFETCH(QString, format);
        const QString read = QStringLiteral("RK34OAO");
        std::vector<CharScores> scores = scoresFor(read, 0.97f, 0.0005f);
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores, 10, positions);
        QVERIFY(out.size() >= 2);
        QCOMPARE(out.first().text, expected);
        QCOMPARE(out.first().format->id, format);
        // The other reading stays a candidate: the operator can still find it in top-N.
        const QString other = expected == read ? QStringLiteral("RK340AO") : read;
        QVERIFY(std::any_of(out.begin(), out.end(), [&](const RepairedPlate &r) { return r.text == other; }));
    }

    void aOneReadAsIKeepsItsCertaintyWhereTheFormatDecides()
    {
        // BT11AHV on a stretched photo: both ones look like I to the network. The UK format
        // puts digits there, and the glyphs were certain: the reading stays confident.
        const QString read = QStringLiteral("BTIIAHV");
        std::vector<CharScores> scores = scoresFor(read, 0.97f, 0.0005f);
        for (int i : {2, 3}) {
            scores[i][PlateFormats::charIndex(QLatin1Char('I'))] = 0.9f;
            scores[i][PlateFormats::charIndex(QLatin1Char('1'))] = 0.08f;
        }
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, QStringLiteral("BT11AHV"));
        const double perChar = std::pow(out.first().glyphs, 1.0 / 7);
        QVERIFY2(perChar > 0.9, qPrintable(QString::number(perChar)));

        // A fence of bars read as IIIIIII: formats that need digits somewhere fit by swapping
        // most of the bars, which says nothing about any one of them; no certainty is lent.
        std::vector<CharScores> bars = scoresFor(QStringLiteral("IIIIIII"), 0.9f, 0.0005f);
        for (CharScores &s : bars)
            s[PlateFormats::charIndex(QLatin1Char('1'))] = 0.08f;
        const QList<RepairedPlate> junk = PlateFormats::repairScores(bars);
        QVERIFY(!junk.isEmpty());
        for (const RepairedPlate &r : junk) {
            if (r.text.count(QLatin1Char('1')) == 0)
                continue;
            QVERIFY2(std::pow(r.glyphs, 1.0 / r.text.size()) < 0.8, qPrintable(r.text + QLatin1Char(' ') + r.format->id));
        }
    }

    void aOneReadAsIOutranksDroppingIt_data()
    {
        // UK fonts draw 1 as a bare bar; the network is sure it is an I. Dropping it as a mark
        // between groups also fits a format (V47 JAR, NTP 56M), but the digit slot decides.
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prefix V147 JAR") << QStringLiteral("VI47JAR") << QStringLiteral("V147JAR");
        QTest::newRow("suffix NTP 561M") << QStringLiteral("NTP56IM") << QStringLiteral("NTP561M");
        QTest::newRow("current BT11 AHV") << QStringLiteral("BTI1AHV") << QStringLiteral("BT11AHV");
    }
    void aOneReadAsIOutranksDroppingIt()
    {
        QFETCH(QString, read);
        QFETCH(QString, expected);
        const QList<RepairedPlate> out = PlateFormats::repairScores(scoresFor(read, 0.97f, 0.0005f));
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, expected);
        QCOMPARE(out.first().substitutions, 1);
    }

    void layoutIsThePatternWithGroupBreaks()
    {
        const PlateFormat *uk = PlateFormats::byId(QStringLiteral("uk-current"));
        QVERIFY(uk);
        QCOMPARE(uk->layout, QStringLiteral("[A-HJ-PR-Y]{2}[0-9]{2} [A-HJ-PR-Z]{3}"));
        QVERIFY(!uk->pattern.contains(QLatin1Char(' ')));
        QVERIFY(uk->regex.match(QStringLiteral("AB12CDE")).hasMatch());
        QVERIFY(!uk->regex.match(QStringLiteral("AB12 CDE")).hasMatch());
    }

    void repairScoresNeverInventsCharacters()
    {
        // Confident non-confusable characters in the wrong places stay as read.
        const QString read = QStringLiteral("XKW7MHN3");
        std::vector<CharScores> scores = scoresFor(read, 0.98f, 0.0005f);
        const QList<RepairedPlate> out = PlateFormats::repairScores(scores);
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.first().text, read);
    }
};

QTEST_APPLESS_MAIN(TestPlateFormats)
#include "tst_plateformats.moc"
