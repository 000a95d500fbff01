#include "jsonimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scratchfiles.h"

using namespace Kestrel;

namespace {

const QByteArray kGood = "{\"vrm\":\"ZZ99ZZZ\",\"priority\":\"Low\",\"category\":\"Tax\",\"reason\":\"x\",\"source\":\"DVLA\",\"action\":\"Advise\",\"expires\":\"\",\"list\":\"DVLA\"}";


} // namespace

class TestJsonImporter : public QObject
{
    Q_OBJECT
private:
    ScratchFiles m_files{QStringLiteral("json")};
    JsonHotlistImporter m_importer;

    QString write(const QByteArray &content) { return m_files.write(content); }

private Q_SLOTS:
    void goodFile()
    {
        auto report = m_importer.read(write("\xEF\xBB\xBF[\n"
            "  {\"vrm\":\"ab12 cde\",\"priority\":\"High\",\"category\":\"Stolen\",\"reason\":\"Taken, \\\"keys\\\" too\",\"source\":\"PNC\","
            "\"action\":\"Stop\",\"expires\":\"2030-01-01\",\"list\":\"PNC\",\"covert\":true,\"make\":\"Ford\",\"extra\":{\"ignored\":1}}," "\n"
            "  " + kGood + "\n]\n"), {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->problems.size(), 0);
        QCOMPARE(int(report->entries.size()), 2);
        const HotlistEntry &e = report->entries[0];
        QCOMPARE(e.vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(e.priority, Priority::High);
        QCOMPARE(e.reason, QStringLiteral("Taken, \"keys\" too"));
        QCOMPARE(e.expires, QDate(2030, 1, 1));
        QVERIFY(e.covert);
        QCOMPARE(e.make, QStringLiteral("Ford"));
        QCOMPARE(report->entries[1].vrm, QStringLiteral("ZZ99ZZZ"));
    }

    void hostileElements_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<QString>("field"); // expected field of the problem (may be empty)
        QTest::newRow("missing key") << QByteArray("{\"vrm\":\"AB12CDE\",\"priority\":\"Low\",\"category\":\"a\",\"reason\":\"b\",\"source\":\"c\",\"action\":\"d\",\"list\":\"L\"}") << QStringLiteral("expires");
        QTest::newRow("bad priority") << QByteArray("{\"vrm\":\"AB12CDE\",\"priority\":\"Soon\",\"category\":\"a\",\"reason\":\"b\",\"source\":\"c\",\"action\":\"d\",\"expires\":\"\",\"list\":\"L\"}") << QStringLiteral("priority");
        QTest::newRow("object as field") << QByteArray("{\"vrm\":{\"a\":1},\"priority\":\"Low\",\"category\":\"a\",\"reason\":\"b\",\"source\":\"c\",\"action\":\"d\",\"expires\":\"\",\"list\":\"L\"}") << QStringLiteral("vrm");
        QTest::newRow("bad date") << QByteArray("{\"vrm\":\"AB12CDE\",\"priority\":\"Low\",\"category\":\"a\",\"reason\":\"b\",\"source\":\"c\",\"action\":\"d\",\"expires\":\"tomorrow\",\"list\":\"L\"}") << QStringLiteral("expires");
        QTest::newRow("not an object") << QByteArray("\"AB12CDE\"") << QString();
        QTest::newRow("number element") << QByteArray("42") << QString();
        QTest::newRow("broken object") << QByteArray("{\"vrm\":\"AB12CDE\",,}") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("{\"vrm\":\"AB12CDE\",\"priority\":\"Low\",\"category\":\"a\",\"reason\":\"caf\xe9\",\"source\":\"c\",\"action\":\"d\",\"expires\":\"\",\"list\":\"L\"}") << QString();
        QTest::newRow("braces in strings") << QByteArray("{\"vrm\":\"AB}12\",\"priority\":\"Low\",\"category\":\"{[\",\"reason\":\"b\",\"source\":\"c\",\"action\":\"d\",\"expires\":\"\",\"list\":\"L\"}") << QStringLiteral("vrm");
    }
    void hostileElements()
    {
        QFETCH(QByteArray, element);
        QFETCH(QString, field);
        const QString path = write("[\n" + kGood + ",\n" + element + ",\n" + kGood + "\n]");
        auto report = m_importer.read(path, {});
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        const Error &p = report->problems.first();
        QCOMPARE(p.line, 3);
        QCOMPARE(p.file, path);
        if (!field.isEmpty())
            QCOMPARE(p.field, field);
        QCOMPARE(int(report->entries.size()), 2); // the good ones either side went in
    }

    void fileLevelProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("refused"); // whole file refused, or a problem reported
        QTest::newRow("empty") << QByteArray("") << true;
        QTest::newRow("object, not array") << QByteArray("{}") << true;
        QTest::newRow("CSV by mistake") << QByteArray("vrm,priority\n") << true;
        QTest::newRow("unterminated array") << QByteArray("[" + kGood + ",") << false;
        QTest::newRow("truncated element") << QByteArray("[" + kGood + ",{\"vrm\":\"AB") << false;
        QTest::newRow("trailing text") << QByteArray("[" + kGood + "] junk") << false;
    }
    void fileLevelProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, refused);
        auto report = m_importer.read(write(content), {});
        QCOMPARE(!report.ok(), refused);
        if (!refused) {
            QVERIFY(!report->problems.isEmpty());
            QCOMPARE(int(report->entries.size()), 1);
        }
    }

    void hugeElementIsSkippedInBoundedMemory()
    {
        const QString path = m_files.path(QStringLiteral("huge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[" + kGood + ",{\"vrm\":\"");
            const QByteArray block(1024 * 1024, 'X');
            for (int i = 0; i < 100; ++i)
                f.write(block);
            f.write("\"},\n" + kGood + "]");
        }
        const qint64 before = peakRssKib();
        auto report = m_importer.read(path, {});
        QVERIFY2(peakRssKib() - before < 16 * 1024, "peak RSS grew by more than 16 MiB");
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.first().message.contains(QStringLiteral("longer than")));
        QCOMPARE(int(report->entries.size()), 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonImporter)
#include "tst_jsonimporter.moc"
