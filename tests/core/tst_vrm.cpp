#include "plates/vrm.h"

#include <QTest>

using namespace Kestrel;

class TestVrm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("AB12CDE") << QStringLiteral("AB12CDE");
        QTest::newRow("space") << QStringLiteral("AB12 CDE") << QStringLiteral("AB12CDE");
        QTest::newRow("lower") << QStringLiteral("ab12 cde") << QStringLiteral("AB12CDE");
        QTest::newRow("trailing spaces") << QStringLiteral("  ab12cde\t") << QStringLiteral("AB12CDE");
        QTest::newRow("hyphens") << QStringLiteral("RK-755-AJ") << QStringLiteral("RK755AJ");
        QTest::newRow("full-width") << QStringLiteral("ＡＢ１２ＣＤＥ") << QStringLiteral("AB12CDE");
        QTest::newRow("cyrillic look-alikes") << QStringLiteral("\u0410\u041212 \u0421\u0415\u041d")
                                             << QStringLiteral("AB12CEH");
        QTest::newRow("punctuation") << QStringLiteral("AB12*CDE") << QString();
        QTest::newRow("accented") << QStringLiteral("ÄB12CDE") << QString();
        QTest::newRow("empty") << QStringLiteral("   ") << QString();
        QTest::newRow("too long") << QStringLiteral("ABCDEFGHIJK") << QString();
    }
    void normalise()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QString why;
        QCOMPARE(normaliseVrm(raw, &why), expected);
        QCOMPARE(why.isEmpty(), !expected.isEmpty());
    }

    void display_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("current") << QStringLiteral("AB12CDE") << QStringLiteral("AB12 CDE");
        QTest::newRow("prefix") << QStringLiteral("A123BCD") << QStringLiteral("A123 BCD");
        QTest::newRow("suffix") << QStringLiteral("ABC123D") << QStringLiteral("ABC 123D");
        QTest::newRow("northern ireland") << QStringLiteral("BIZ1234") << QStringLiteral("BIZ 1234");
        QTest::newRow("diplomatic") << QStringLiteral("123D456") << QStringLiteral("123 D 456");
        QTest::newRow("unknown") << QStringLiteral("WOBVWMK4") << QStringLiteral("WOBVWMK4");
    }
    void display()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, expected);
        QCOMPARE(displayVrm(vrm), expected);
    }
};

QTEST_APPLESS_MAIN(TestVrm)
#include "tst_vrm.moc"
