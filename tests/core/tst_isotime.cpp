// The one ISO 8601 parser: what it takes, and every kind of bad time refused with the part named.
#include "common/isotime.h"

#include <QDateTime>
#include <QTest>

using namespace Kestrel;

namespace {
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}
constexpr qint64 kHour = 3600LL * 1000;
} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("date") << QStringLiteral("2026-03-01") << utc(2026, 3, 1);
        QTest::newRow("minutes") << QStringLiteral("2026-03-01T10:59") << utc(2026, 3, 1, 10, 59);
        QTest::newRow("seconds, no offset is UTC")
            << QStringLiteral("2026-03-01T10:59:58") << utc(2026, 3, 1, 10, 59, 58);
        QTest::newRow("Z") << QStringLiteral("2026-03-01T10:59:58Z") << utc(2026, 3, 1, 10, 59, 58);
        QTest::newRow("minutes Z")
            << QStringLiteral("2026-03-01T10:59Z") << utc(2026, 3, 1, 10, 59);
        QTest::newRow("fraction 1 digit")
            << QStringLiteral("2026-03-01T10:59:58.5Z") << utc(2026, 3, 1, 10, 59, 58, 500);
        QTest::newRow("fraction 3 digits")
            << QStringLiteral("2026-03-01T10:59:58.123Z") << utc(2026, 3, 1, 10, 59, 58, 123);
        QTest::newRow("fraction 9 digits kept to ms")
            << QStringLiteral("2026-03-01T10:59:58.123456789Z") << utc(2026, 3, 1, 10, 59, 58, 123);
        QTest::newRow("+01:00") << QStringLiteral("2026-03-01T10:00:00+01:00")
                                << utc(2026, 3, 1, 9);
        QTest::newRow("-05:30") << QStringLiteral("2026-03-01T10:00:00-05:30")
                                << utc(2026, 3, 1, 15, 30);
        QTest::newRow("+0530") << QStringLiteral("2026-03-01T10:00:00+0530")
                               << utc(2026, 3, 1, 4, 30);
        QTest::newRow("+02") << QStringLiteral("2026-03-01T10:00+02") << utc(2026, 3, 1, 8);
        QTest::newRow("+14:00") << QStringLiteral("2026-03-01T14:00:00+14:00")
                                << utc(2026, 3, 1, 0);
        QTest::newRow("-00:00") << QStringLiteral("2026-03-01T10:00:00-00:00")
                                << utc(2026, 3, 1, 10);
        QTest::newRow("fraction and offset")
            << QStringLiteral("2026-03-01T00:30:00.25+01:00") << utc(2026, 2, 28, 23, 30, 0, 250);
        QTest::newRow("29 Feb leap year")
            << QStringLiteral("2024-02-29T23:59:59Z") << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("29 Feb 2000") << QStringLiteral("2000-02-29") << utc(2000, 2, 29);
        QTest::newRow("30 April") << QStringLiteral("2026-04-30") << utc(2026, 4, 30);
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = parseIsoTime(text);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t.value(), expected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("part"); // a word the message must contain
        QTest::newRow("minute 61")
            << QStringLiteral("2026-03-01T10:61:00Z") << QStringLiteral("minute 61");
        QTest::newRow("minute 60")
            << QStringLiteral("2026-03-01T10:60Z") << QStringLiteral("minute 60");
        QTest::newRow("T garbage")
            << QStringLiteral("2026-03-01Tgarbage") << QStringLiteral("hour");
        QTest::newRow("offset +99:00")
            << QStringLiteral("2026-03-01T10:00:00+99:00") << QStringLiteral("offset hour 99");
        QTest::newRow("offset +15:00")
            << QStringLiteral("2026-03-01T10:00:00+15:00") << QStringLiteral("offset hour 15");
        QTest::newRow("offset +14:30")
            << QStringLiteral("2026-03-01T10:00:00+14:30") << QStringLiteral("offset hour 14");
        QTest::newRow("offset minute 60")
            << QStringLiteral("2026-03-01T10:00:00+01:60") << QStringLiteral("offset minute 60");
        QTest::newRow("offset +1")
            << QStringLiteral("2026-03-01T10:00:00+1") << QStringLiteral("offset");
        QTest::newRow("offset +01:")
            << QStringLiteral("2026-03-01T10:00:00+01:") << QStringLiteral("offset");
        QTest::newRow("offset +01:0")
            << QStringLiteral("2026-03-01T10:00:00+01:0") << QStringLiteral("offset");
        QTest::newRow("named zone")
            << QStringLiteral("2026-03-01T10:00:00 BST") << QStringLiteral("after the time");
        QTest::newRow("unknown zone letter")
            << QStringLiteral("2026-03-01T10:00:00A") << QStringLiteral("after the time");
        QTest::newRow("second 60 (leap)")
            << QStringLiteral("2026-12-31T23:59:60Z") << QStringLiteral("second 60");
        QTest::newRow("hour 24") << QStringLiteral("2026-03-01T24:00:00Z")
                                 << QStringLiteral("hour 24");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01") << QStringLiteral("month 13");
        QTest::newRow("month 00") << QStringLiteral("2026-00-10") << QStringLiteral("month 00");
        QTest::newRow("31 April") << QStringLiteral("2026-04-31T10:00:00Z")
                                  << QStringLiteral("day 31");
        QTest::newRow("29 Feb 2026") << QStringLiteral("2026-02-29") << QStringLiteral("day 29");
        QTest::newRow("29 Feb 1900") << QStringLiteral("1900-02-29") << QStringLiteral("day 29");
        QTest::newRow("day 00") << QStringLiteral("2026-03-00") << QStringLiteral("day 00");
        QTest::newRow("trailing text")
            << QStringLiteral("2026-03-01T10:00:00Zjunk") << QStringLiteral("after the offset");
        QTest::newRow("trailing after date")
            << QStringLiteral("2026-03-01x") << QStringLiteral("after the date");
        QTest::newRow("trailing space")
            << QStringLiteral("2026-03-01T10:00:00Z ") << QStringLiteral("after the offset");
        QTest::newRow("leading space") << QStringLiteral(" 2026-03-01") << QStringLiteral("year");
        QTest::newRow("space for T")
            << QStringLiteral("2026-03-01 10:00:00") << QStringLiteral("not a space");
        QTest::newRow("lower-case t")
            << QStringLiteral("2026-03-01t10:00:00Z") << QStringLiteral("capital 'T'");
        QTest::newRow("lower-case z")
            << QStringLiteral("2026-03-01T10:00:00z") << QStringLiteral("capital 'Z'");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("missing day") << QStringLiteral("2026-03") << QStringLiteral("day");
        QTest::newRow("missing minute")
            << QStringLiteral("2026-03-01T10") << QStringLiteral("minute");
        QTest::newRow("missing time after T")
            << QStringLiteral("2026-03-01T") << QStringLiteral("hour");
        QTest::newRow("missing second digits")
            << QStringLiteral("2026-03-01T10:00:") << QStringLiteral("second");
        QTest::newRow("one-digit hour")
            << QStringLiteral("2026-03-01T9:00") << QStringLiteral("hour");
        QTest::newRow("two-digit year") << QStringLiteral("26-03-01") << QStringLiteral("year");
        QTest::newRow("five-digit year")
            << QStringLiteral("20260-03-01") << QStringLiteral("month");
        QTest::newRow("comma fraction")
            << QStringLiteral("2026-03-01T10:00:00,5Z") << QStringLiteral("after the time");
        QTest::newRow("empty fraction")
            << QStringLiteral("2026-03-01T10:00:00.Z") << QStringLiteral("fraction");
        QTest::newRow("10-digit fraction")
            << QStringLiteral("2026-03-01T10:00:00.1234567890Z") << QStringLiteral("fraction");
        QTest::newRow("offset on a date")
            << QStringLiteral("2026-03-01Z") << QStringLiteral("after the date");
        QTest::newRow("basic format")
            << QStringLiteral("20260301T100000Z") << QStringLiteral("month");
        QTest::newRow("slashes") << QStringLiteral("01/03/2026") << QStringLiteral("year");
        QTest::newRow("epoch number") << QStringLiteral("1772359200") << QStringLiteral("month");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0662\u0660\u0662\u0666-03-01") << QStringLiteral("year");
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        const auto t = parseIsoTime(text);
        QVERIFY2(!t.ok(), qPrintable(QStringLiteral("accepted as %1")
                                         .arg(t.ok() ? formatIsoTime(t.value()) : QString())));
        QCOMPARE(t.error().kind, Error::Kind::BadInput);
        QVERIFY2(t.error().message.contains(part, Qt::CaseInsensitive),
                 qPrintable(t.error().message));
        QVERIFY2(t.error().message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')),
                 qPrintable(t.error().message));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid when refused
        QTest::newRow("date") << QStringLiteral("2030-01-01") << QDate(2030, 1, 1);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << QDate(2028, 2, 29);
        QTest::newRow("not a leap year") << QStringLiteral("2027-02-29") << QDate();
        QTest::newRow("31 June") << QStringLiteral("2027-06-31") << QDate();
        QTest::newRow("with a time") << QStringLiteral("2027-06-01T10:00") << QDate();
        QTest::newRow("trailing") << QStringLiteral("2027-06-01x") << QDate();
        QTest::newRow("d/m/y") << QStringLiteral("01/06/2027") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto d = parseIsoDate(text);
        QCOMPARE(d.ok(), expected.isValid());
        if (d.ok())
            QCOMPARE(d.value(), expected);
    }

    void plausibility_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("maxAheadMs");
        QTest::addColumn<bool>("ok");
        const qint64 now = utc(2026, 12, 2, 12);
        QTest::newRow("now") << now << kDefaultMaxAheadMs << true;
        QTest::newRow("2000-01-01") << utc(2000, 1, 1) << kDefaultMaxAheadMs << true;
        QTest::newRow("1999-12-31T23:59:59.999")
            << utc(1999, 12, 31, 23, 59, 59, 999) << kDefaultMaxAheadMs << false;
        QTest::newRow("1970") << utc(1970, 1, 1) << kDefaultMaxAheadMs << false;
        QTest::newRow("one day ahead") << now + 24 * kHour << kDefaultMaxAheadMs << true;
        QTest::newRow("one day and 1 ms ahead")
            << now + 24 * kHour + 1 << kDefaultMaxAheadMs << false;
        QTest::newRow("2099") << utc(2099, 1, 1) << kDefaultMaxAheadMs << false;
        QTest::newRow("5 min rule: 5 min ahead") << now + 5 * 60000 << qint64(5 * 60000) << true;
        QTest::newRow("5 min rule: 6 min ahead") << now + 6 * 60000 << qint64(5 * 60000) << false;
    }
    void plausibility()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, maxAheadMs);
        QFETCH(bool, ok);
        const auto r = checkTimePlausible(time, utc(2026, 12, 2, 12), maxAheadMs);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QCOMPARE(r.error().kind, Error::Kind::BadInput);
    }

    void datePlausibility()
    {
        QVERIFY(checkDatePlausible(QDate(2000, 1, 1)).ok());
        QVERIFY(checkDatePlausible(QDate(2099, 1, 1)).ok());
        QVERIFY(!checkDatePlausible(QDate(1999, 12, 31)).ok());
    }
};

QTEST_APPLESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
