// The national feed importer reads the hotlist CSV columns with core's parser and claims no file
// suffix: a feed file is read as national only when the import asks for it (and its signature).
#include "nationalimporter.h"
#include "scratchfiles.h"

#include <QTest>

using namespace Kestrel;

class TestNationalImporter : public QObject
{
    Q_OBJECT
private:
    ScratchFiles m_files{QStringLiteral("csv")};
    NationalHotlistImporter m_importer;

private Q_SLOTS:
    void itIsTheNationalFormatAndClaimsNoSuffix()
    {
        QCOMPARE(m_importer.format(), QStringLiteral("national"));
        QVERIFY(m_importer.fileSuffixes().isEmpty());
    }

    void readsTheHotlistColumnsAndNamesBadLines()
    {
        const QString path =
            m_files.write("vrm,priority,category,reason,source,action,expires,list\n"
                          "AB12CDE,High,Stolen,Taken,PNC,Stop,,PNC\n"
                          "AB#12,Low,Tax,x,DVLA,Advise,,DVLA\n");
        auto report = m_importer.read(path, HotlistImportOptions{});
        QVERIFY(report.ok());
        QCOMPARE(report->entries.size(), size_t(1));
        QCOMPARE(report->entries[0].vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(report->entries[0].list, QStringLiteral("PNC"));
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems[0].line, 3);
        QCOMPARE(report->problems[0].field, QStringLiteral("vrm"));
    }

    void aFileWithoutTheRequiredColumnsIsAnError()
    {
        auto report =
            m_importer.read(m_files.write("plate,when\nAB12CDE,now\n"), HotlistImportOptions{});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
    }
};

QTEST_APPLESS_MAIN(TestNationalImporter)
#include "tst_nationalimporter.moc"
