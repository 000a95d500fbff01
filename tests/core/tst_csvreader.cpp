#include "hotlist/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Kestrel;

class TestCsvReader : public QObject
{
    Q_OBJECT
private:
    static QList<QStringList> readAll(const QByteArray &data, QStringList *errors = nullptr,
                                      QList<int> *lines = nullptr, qint64 max = 64 * 1024)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer, max);
        QList<QStringList> out;
        QStringList fields;
        for (;;) {
            const auto status = csv.next(&fields);
            if (status == CsvReader::Status::End)
                break;
            if (status == CsvReader::Status::Error) {
                if (errors)
                    *errors << csv.error();
                continue;
            }
            out << fields;
            if (lines)
                *lines << csv.line();
        }
        return out;
    }

private Q_SLOTS:
    void plainAndQuoted()
    {
        QList<int> lines;
        const auto rows = readAll("a,b,c\n1,\"two, with comma\",3\n\"say \"\"hi\"\"\",x,\"multi\nline\"\nlast,row,here", nullptr, &lines);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("two, with comma"), QStringLiteral("3")}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("say \"hi\""), QStringLiteral("x"), QStringLiteral("multi\nline")}));
        QCOMPARE(rows[3].at(2), QStringLiteral("here"));
        QCOMPARE(lines, (QList<int>{1, 2, 3, 5}));
    }

    void crlfBlankLinesAndBom()
    {
        const auto rows = readAll("\xEF\xBB\xBFvrm,list\r\n\r\nAB12CDE , PNC\r\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].first(), QStringLiteral("vrm"));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("AB12CDE"), QStringLiteral("PNC")}));
    }

    void invalidUtf8IsAnErrorAndReadingGoesOn()
    {
        QStringList errors;
        const auto rows = readAll("a,b\n\xff\xfe,x\nc,d\n", &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("UTF-8")));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().first(), QStringLiteral("c"));
    }

    void unterminatedQuote()
    {
        QStringList errors;
        readAll("a,\"never closed\n", &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("not closed")));
    }

    void overlongRecordRejectedInBoundedMemory()
    {
        QByteArray huge = "a,b\n";
        huge += QByteArray(2 * 1024 * 1024, 'x'); // 2 MB, no newline
        huge += "\nok,1\n";
        QStringList errors;
        const auto rows = readAll(huge, &errors, nullptr, 4096);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("longer than")));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last(), (QStringList{QStringLiteral("ok"), QStringLiteral("1")}));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
