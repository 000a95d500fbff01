// Exclusion zones as typed in the Add camera dialog: valid lists, and hostile input refused with
// a message naming the zone and the problem.
#include "exclusionzones.h"

#include <QTest>

using namespace Kestrel;

class TestExclusionZones : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("one") << QStringLiteral("0,0,0.45,0.06") << QStringLiteral("0,0,0.45,0.06");
        QTest::newRow("spaces") << QStringLiteral(" 0 , 0.9 , 1 , 0.1 ") << QStringLiteral("0,0.9,1,0.1");
        QTest::newRow("two, semicolon") << QStringLiteral("0,0,0.5,0.1; 0.5,0.5,0.5,0.5")
                                        << QStringLiteral("0,0,0.5,0.1; 0.5,0.5,0.5,0.5");
        QTest::newRow("new lines, trailing ;") << QStringLiteral("0,0,1,1\n0.1,0.1,0.2,0.2;")
                                               << QStringLiteral("0,0,1,1; 0.1,0.1,0.2,0.2");
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        auto zones = ExclusionZones::parse(text, QStringLiteral("Exclusion zones"));
        QVERIFY2(zones, qPrintable(zones ? QString() : zones.error().toString()));
        QCOMPARE(ExclusionZones::format(*zones), formatted);
        QVariantMap options;
        options.insert(QStringLiteral("exclude"), ExclusionZones::toOption(*zones));
        QCOMPARE(ExclusionZones::fromOptions(options), *zones);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("three numbers") << QStringLiteral("0,0,0.5") << QStringLiteral("zone 1 \"0,0,0.5\" has 3");
        QTest::newRow("second bad") << QStringLiteral("0,0,1,1; 0,0,x,1") << QStringLiteral("zone 2");
        QTest::newRow("word") << QStringLiteral("top,0,1,1") << QStringLiteral("\"top\" is not a number");
        QTest::newRow("decimal comma") << QStringLiteral("0;0,0,5") << QStringLiteral("zone 1");
        QTest::newRow("percent") << QStringLiteral("0,0,45,6") << QStringLiteral("outside 0 to 1");
        QTest::newRow("negative") << QStringLiteral("-0.1,0,0.5,0.5") << QStringLiteral("outside 0 to 1");
        QTest::newRow("zero width") << QStringLiteral("0.1,0.1,0,0.5") << QStringLiteral("above 0");
        QTest::newRow("past the edge") << QStringLiteral("0.8,0,0.5,0.5") << QStringLiteral("outside the frame");
        QTest::newRow("look-alike digit") << QStringLiteral("0,O,1,1") << QStringLiteral("\"O\" is not a number");
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto zones = ExclusionZones::parse(text, QStringLiteral("Exclusion zones"));
        QVERIFY(!zones);
        QCOMPARE(zones.error().field, QStringLiteral("Exclusion zones"));
        QVERIFY2(zones.error().message.contains(mentions), qPrintable(zones.error().message));
    }

    void optionsSkipMalformedEntries()
    {
        QVariantMap options;
        options.insert(QStringLiteral("exclude"), QStringList{QStringLiteral("0,0,0.45,0.06"), QStringLiteral("junk")});
        QCOMPARE(ExclusionZones::fromOptions(options), QList<QRectF>{QRectF(0, 0, 0.45, 0.06)});
        QVERIFY(ExclusionZones::fromOptions({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestExclusionZones)
#include "tst_exclusionzones.moc"
