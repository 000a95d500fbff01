#include "csvimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scratchfiles.h"

using namespace Kestrel;

namespace {

const QByteArray kHeader = "vrm,priority,category,reason,source,action,expires,list\n";


} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT
private:
    ScratchFiles m_files{QStringLiteral("csv")};
    CsvHotlistImporter m_importer;

    QString write(const QByteArray &content) { return m_files.write(content); }

private Q_SLOTS:
    void hostileLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");    // empty: the entry goes in
        QTest::addColumn<QString>("expectVrm");
        QTest::newRow("plain") << QByteArray("AB12CDE,High,Stolen,Taken,PNC,Stop,,PNC") << QString() << QStringLiteral("AB12CDE");
        QTest::newRow("lower case and spaces") << QByteArray("  ab12 cde ,high,Stolen,Taken,PNC,Stop,,PNC") << QString() << QStringLiteral("AB12CDE");
        QTest::newRow("quoted comma") << QByteArray("AB12CDE,Low,Tax,\"Untaxed, SORN\",DVLA,Advise,,DVLA") << QString() << QStringLiteral("AB12CDE");
        QTest::newRow("doubled quotes") << QByteArray("AB12CDE,Low,Tax,\"He said \"\"stop\"\"\",DVLA,Advise,,DVLA") << QString() << QStringLiteral("AB12CDE");
        // A line break inside a field is a control character: it would split the entry across lines in every listing and export.
        QTest::newRow("quoted newline") << QByteArray("AB12CDE,Low,Tax,\"two\nlines\",DVLA,Advise,,DVLA") << QStringLiteral("reason") << QString();
        QTest::newRow("CRLF") << QByteArray("AB12CDE,Low,Tax,x,DVLA,Advise,,DVLA\r") << QString() << QStringLiteral("AB12CDE");
        QTest::newRow("Cyrillic look-alikes") << QByteArray("\xd0\x90\xd0\x92""12CDE,Low,Tax,x,DVLA,Advise,,DVLA") << QString() << QStringLiteral("AB12CDE");
        QTest::newRow("invalid UTF-8 in reason") << QByteArray("AB12CDE,Low,Tax,caf\xe9,DVLA,Advise,,DVLA") << QStringLiteral("reason") << QString();
        QTest::newRow("invalid UTF-8 in vrm") << QByteArray("AB\xff\xfe" "CDE,Low,Tax,x,DVLA,Advise,,DVLA") << QStringLiteral("vrm") << QString();
        QTest::newRow("bad priority") << QByteArray("AB12CDE,Urgent,Tax,x,DVLA,Advise,,DVLA") << QStringLiteral("priority") << QString();
        QTest::newRow("bad date") << QByteArray("AB12CDE,Low,Tax,x,DVLA,Advise,2026-02-30,DVLA") << QStringLiteral("expires") << QString();
        QTest::newRow("bad vrm") << QByteArray("AB#12,Low,Tax,x,DVLA,Advise,,DVLA") << QStringLiteral("vrm") << QString();
        QTest::newRow("only wildcards") << QByteArray("*?*,Low,Tax,x,DVLA,Advise,,DVLA") << QStringLiteral("vrm") << QString();
        QTest::newRow("empty list") << QByteArray("AB12CDE,Low,Tax,x,DVLA,Advise,,") << QStringLiteral("list") << QString();
        QTest::newRow("missing fields") << QByteArray("AB12CDE,Low,Tax") << QStringLiteral("reason") << QString();
        QTest::newRow("unclosed quote") << QByteArray("AB12CDE,Low,Tax,\"never closed,DVLA,Advise,,DVLA") << QString() << QString();
    }
    void hostileLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, expectVrm);
        // A good line after the hostile one proves that reading goes on.
        const QString path = write(kHeader + line + "\nZZ99ZZZ,Low,Tax,x,DVLA,Advise,,DVLA\n");
        auto report = m_importer.read(path, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        if (!expectVrm.isEmpty()) {
            QCOMPARE(report->problems.size(), 0);
            QCOMPARE(int(report->entries.size()), 2);
            QCOMPARE(report->entries[0].vrm, expectVrm);
            return;
        }
        QVERIFY(!report->problems.isEmpty());
        const Error &p = report->problems.first();
        QCOMPARE(p.file, path);
        QCOMPARE(p.line, 2);
        if (!field.isEmpty())
            QCOMPARE(p.field, field);
        QVERIFY(p.toString().startsWith(path + QStringLiteral(":2: ")));
        if (QByteArray(QTest::currentDataTag()) != "unclosed quote") // swallows the rest of the file
            QVERIFY(std::any_of(report->entries.begin(), report->entries.end(),
                                [](const HotlistEntry &e) { return e.vrm == QLatin1String("ZZ99ZZZ"); }));
    }

    void missingColumns_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("no expires") << QByteArray("vrm,priority,category,reason,source,action,list") << QStringLiteral("expires");
        QTest::newRow("no vrm") << QByteArray("plate,priority,category,reason,source,action,expires,list") << QStringLiteral("vrm");
        QTest::newRow("semicolons") << QByteArray("vrm;priority;category;reason;source;action;expires;list") << QStringLiteral("vrm");
    }
    void missingColumns()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, field);
        auto report = m_importer.read(write(header + "\nAB12CDE,High,a,b,c,d,,e\n"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().field, field);
        QCOMPARE(report.error().line, 1);
    }

    void defaultListMakesTheListColumnOptional()
    {
        HotlistImportOptions options;
        options.defaultList = QStringLiteral("Operation Kestrel");
        auto report = m_importer.read(write("vrm,priority,category,reason,source,action,expires\n"
                                            "AB12CDE,High,a,b,c,d,\n"),
                                      options);
        QVERIFY(report.ok());
        QCOMPARE(report->entries.at(0).list, QStringLiteral("Operation Kestrel"));
    }

    void emptyFileAndMissingFile()
    {
        QVERIFY(!m_importer.read(write(""), {}).ok());
        auto missing = m_importer.read(m_files.path(QStringLiteral("nope.csv")), {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().toString().contains(QStringLiteral("nope.csv")));
    }

    void hundredMegabyteLineIsRejectedInBoundedMemory_data()
    {
        QTest::addColumn<bool>("newlineAfter");
        QTest::newRow("then more lines") << true;
        QTest::newRow("at the end, no newline") << false;
    }
    void hundredMegabyteLineIsRejectedInBoundedMemory()
    {
        QFETCH(bool, newlineAfter);
        const QString path = m_files.path(QStringLiteral("huge%1.csv").arg(newlineAfter));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kHeader);
            f.write("AA11AAA,High,a,b,c,d,,PNC\n");
            const QByteArray block(1024 * 1024, 'X'); // no newline, no comma, no quote
            for (int i = 0; i < 100; ++i)
                f.write(block);
            if (newlineAfter)
                f.write("\nBB22BBB,Low,a,b,c,d,,PNC\nCC33CCC,Low,a,b,c,d,,PNC\n");
        }
        const qint64 before = peakRssKib();
        auto report = m_importer.read(path, {});
        const qint64 growth = peakRssKib() - before;
        QVERIFY(report.ok());
        QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(growth)));
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, 3);
        QVERIFY(report->problems.first().message.contains(QStringLiteral("longer than")));
        QStringList vrms;
        for (const HotlistEntry &e : report->entries)
            vrms << e.vrm;
        QCOMPARE(vrms, newlineAfter ? (QStringList{QStringLiteral("AA11AAA"), QStringLiteral("BB22BBB"), QStringLiteral("CC33CCC")})
                                    : QStringList{QStringLiteral("AA11AAA")});
        if (newlineAfter)
            QCOMPARE(report->linesRead, 4);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
