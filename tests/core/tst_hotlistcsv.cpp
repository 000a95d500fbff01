#include "hotlist/hotlistcsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scratchfiles.h"

using namespace Kestrel;

class TestHotlistCsv : public QObject
{
    Q_OBJECT
private:
    ScratchFiles m_files{QStringLiteral("csv")};
    QString write(const QByteArray &content) { return m_files.write(content); }

private Q_SLOTS:
    void demoHotlistParses()
    {
        auto report = parseHotlistCsv(QStringLiteral(KESTREL_RESOURCES_DIR "/demo/hotlist.csv"));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QVERIFY(report->problems.isEmpty());
        QVERIFY(report->entries.size() >= 3);
        QVERIFY(std::any_of(report->entries.begin(), report->entries.end(),
                            [](const HotlistEntry &e) { return e.priority == Priority::High; }));
    }

    void badLinesAreNamedAndGoodLinesKept()
    {
        const QString path = write(
            "vrm,priority,category,reason,source,action,expires,list,covert\n"
            "ab12 cde,High,Stolen,Taken,PNC,Stop,2030-01-01,PNC,no\n"   // 2 ok, normalised
            "AB12CDE,Urgent,Stolen,Taken,PNC,Stop,,PNC,\n"                // 3 bad priority
            "XY51ABC,Low,Tax,None,DVLA,Advise,31/12/2030,DVLA,\n"         // 4 bad date
            "AB#12,Low,Tax,None,DVLA,Advise,,DVLA,\n"                     // 5 bad vrm
            "AB1?C*,Medium,Wanted,Suspect,Local,Report,,Local,yes\n"      // 6 ok wildcard, covert
            "ZZ99ZZZ,Low,Tax,None,DVLA,Advise,,,\n"                       // 7 missing list
            "SHORT,Low\n");                                               // 8 too few fields
        auto report = parseHotlistCsv(path);
        QVERIFY(report.ok());
        QCOMPARE(int(report->entries.size()), 2);
        QCOMPARE(report->entries[0].vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(report->entries[0].expires, QDate(2030, 1, 1));
        QCOMPARE(report->entries[1].vrm, QStringLiteral("AB1?C*"));
        QVERIFY(report->entries[1].covert);
        QCOMPARE(report->problems.size(), 5);
        const QList<QPair<int, QString>> expected = {{3, QStringLiteral("priority")}, {4, QStringLiteral("expires")},
                                                     {5, QStringLiteral("vrm")},      {7, QStringLiteral("list")},
                                                     {8, QStringLiteral("category")}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(report->problems[i].line, expected[i].first);
            QCOMPARE(report->problems[i].field, expected[i].second);
            QCOMPARE(report->problems[i].file, path);
        }
        QVERIFY(report->problems[1].toString().contains(QStringLiteral("31/12/2030")));
    }

    void aPatternMustSayEnoughOfThePlate_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalised"); // empty: refused
        QTest::newRow("one letter") << QStringLiteral("*A*") << QString();
        QTest::newRow("three literals") << QStringLiteral("AB?1*") << QString();
        QTest::newRow("only wildcards") << QStringLiteral("*?*") << QString();
        QTest::newRow("spaces and hyphens are not letters") << QStringLiteral("A- - -*") << QString();
        QTest::newRow("spaced out") << QStringLiteral("O - - *") << QString();
        QTest::newRow("four literals") << QStringLiteral("AB1?C*") << QStringLiteral("AB1?C*");
        QTest::newRow("four with spaces") << QStringLiteral("ab 12*") << QStringLiteral("AB12*");
        QTest::newRow("runs of stars fold") << QStringLiteral("AB**12") << QStringLiteral("AB*12");
        QTest::newRow("a short plate without wildcard") << QStringLiteral("A1") << QStringLiteral("A1");
    }
    void aPatternMustSayEnoughOfThePlate()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalised);
        QString why;
        QCOMPARE(normaliseHotlistPattern(raw, &why), normalised);
        if (normalised.isEmpty())
            QVERIFY(!why.isEmpty());
    }

    void controlCharactersAreRefusedInEveryField()
    {
        const QString path = write(QByteArray("vrm,priority,category,reason,source,action,expires,list\n"
                                              "AB12CDE,High,Stolen,Taken\x1b[31m,PNC,Stop,,PNC\n"
                                              "BC12DEF,High,Stolen,Taken,PNC,Stop,,PNC\n"));
        auto report = parseHotlistCsv(path);
        QVERIFY(report.ok());
        QCOMPARE(int(report->entries.size()), 1);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, 2);
        QCOMPARE(report->problems.first().field, QStringLiteral("reason"));
    }

    void expiryDates_data()
    {
        QTest::addColumn<QByteArray>("expires");
        QTest::addColumn<QDate>("expected"); // invalid: the line is refused naming 'expires'
        QTest::newRow("date") << QByteArray("2030-01-31") << QDate(2030, 1, 31);
        QTest::newRow("empty: no expiry") << QByteArray("") << QDate();
        QTest::newRow("29 Feb, not a leap year") << QByteArray("2031-02-29") << QDate();
        QTest::newRow("31 April") << QByteArray("2030-04-31") << QDate();
        QTest::newRow("a time after the date") << QByteArray("2030-01-01T10:61") << QDate();
        QTest::newRow("trailing text") << QByteArray("2030-01-01x") << QDate();
        QTest::newRow("before 2000") << QByteArray("1999-12-31") << QDate();
        QTest::newRow("day first") << QByteArray("31-01-2030") << QDate();
    }
    void expiryDates()
    {
        QFETCH(QByteArray, expires);
        QFETCH(QDate, expected);
        auto report = parseHotlistCsv(write("vrm,priority,category,reason,source,action,expires,list\n"
                                            "AB12CDE,High,Stolen,Taken,PNC,Stop," + expires + ",PNC\n"));
        QVERIFY(report.ok());
        if (expected.isValid() || expires.isEmpty()) {
            QCOMPARE(int(report->entries.size()), 1);
            QCOMPARE(report->entries[0].expires, expected);
        } else {
            QCOMPARE(int(report->entries.size()), 0);
            QCOMPARE(report->problems.size(), 1);
            QCOMPARE(report->problems[0].field, QStringLiteral("expires"));
            QCOMPARE(report->problems[0].line, 2);
            QVERIFY(report->problems[0].message.contains(QString::fromLatin1(expires)));
        }
    }

    void missingColumnRefusesTheFile()
    {
        auto report = parseHotlistCsv(write("vrm,priority,category,reason,source,action,list\nAB12CDE,High,a,b,c,d,e\n"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().field, QStringLiteral("expires"));
        QCOMPARE(report.error().line, 1);
    }

    void missingFile()
    {
        auto report = parseHotlistCsv(m_files.path(QStringLiteral("nope.csv")));
        QVERIFY(!report.ok());
        QVERIFY(report.error().toString().contains(QStringLiteral("nope.csv")));
    }
};

QTEST_APPLESS_MAIN(TestHotlistCsv)
#include "tst_hotlistcsv.moc"
