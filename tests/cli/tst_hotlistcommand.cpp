// kestrel-cli hotlist and bench hotlist as a user runs them: JSON shape, messages, exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestHotlistCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_list;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_list = write(QStringLiteral("list.csv"),
                       "vrm,priority,category,reason,source,action,expires,list\n"
                       "AB12CDE,Low,Tax,x,DVLA,Advise,,DVLA\n"
                       "AB12CDE,High,Stolen,y,PNC,Stop,,PNC\n"
                       "XY51A*,Medium,Drugs,z,Local,Report,,Local\n"
                       "OL11DDD,High,Old,w,PNC,Stop,2001-01-01,PNC\n");
    }

    void checkPrintsOneJsonLinePerVrm_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("expectedVrm");
        QTest::addColumn<QStringList>("hits"); // "list:match:distance", in order
        QTest::newRow("exact, highest priority first") << QStringLiteral("AB12CDE") << QStringLiteral("AB12CDE")
            << QStringList{QStringLiteral("PNC:exact:0"), QStringLiteral("DVLA:exact:0")};
        QTest::newRow("equivalent, normalised input") << QStringLiteral("ab12 cd0") << QStringLiteral("AB12CD0")
            << QStringList();
        QTest::newRow("equivalent") << QStringLiteral("A812CDE") << QStringLiteral("A812CDE")
            << QStringList{QStringLiteral("PNC:equivalent:1"), QStringLiteral("DVLA:equivalent:1")};
        QTest::newRow("wildcard") << QStringLiteral("XY51ABC") << QStringLiteral("XY51ABC")
            << QStringList{QStringLiteral("Local:wildcard:0")};
        QTest::newRow("expired entry") << QStringLiteral("OL11DDD") << QStringLiteral("OL11DDD") << QStringList();
        QTest::newRow("no hit") << QStringLiteral("ZZ99ZZZ") << QStringLiteral("ZZ99ZZZ") << QStringList();
    }
    void checkPrintsOneJsonLinePerVrm()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, expectedVrm);
        QFETCH(QStringList, hits);
        const Run r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), m_list, vrm});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lines(r.out).size(), 1);
        const QString line = lines(r.out).first();
        QVERIFY2(line.startsWith(QStringLiteral("{\"vrm\":")), qPrintable(line)); // key order as documented
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("hits"), QStringLiteral("vrm")}));
        QCOMPARE(o.value(QLatin1String("vrm")).toString(), expectedVrm);
        QStringList got;
        for (const QJsonValue &v : o.value(QLatin1String("hits")).toArray()) {
            const QJsonObject h = v.toObject();
            QCOMPARE(h.keys(), (QStringList{QStringLiteral("distance"), QStringLiteral("entry"), QStringLiteral("list"),
                                            QStringLiteral("match"), QStringLiteral("priority")}));
            QVERIFY(h.value(QLatin1String("distance")).isDouble());
            QVERIFY(QStringList({QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")})
                        .contains(h.value(QLatin1String("priority")).toString()));
            got << QStringLiteral("%1:%2:%3").arg(h.value(QLatin1String("list")).toString(),
                                                  h.value(QLatin1String("match")).toString())
                       .arg(h.value(QLatin1String("distance")).toInt());
        }
        QCOMPARE(got, hits);
    }

    void checkSeveralVrmsKeepsOrder()
    {
        const Run r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), m_list,
                           QStringLiteral("ZZ99ZZZ"), QStringLiteral("AB12CDE"), QStringLiteral("XY51ABC")});
        QCOMPARE(r.code, 0);
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 3);
        QVERIFY(out[0].startsWith(QStringLiteral("{\"vrm\":\"ZZ99ZZZ\",\"hits\":[]}")));
        QVERIFY(out[1].contains(QStringLiteral("\"entry\":\"AB12CDE\"")));
        QVERIFY(out[2].contains(QStringLiteral("\"match\":\"wildcard\"")));
    }

    void checkExitCodes()
    {
        // Usage: no hotlist, no VRM, unknown option.
        QCOMPARE(cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("AB12CDE")}).code, 1);
        QCOMPARE(cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), m_list}).code, 1);
        QCOMPARE(cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--bogus"), m_list}).code, 1);
        QCOMPARE(cli({QStringLiteral("hotlist")}).code, 1);
        QCOMPARE(cli({QStringLiteral("hotlist"), QStringLiteral("frobnicate")}).code, 1);
        // Missing hotlist file: 2, naming it.
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
        Run r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), missing, QStringLiteral("AB12CDE")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(missing));
        // A VRM that is not one: its line is still printed, the problem goes to stderr, exit 2.
        r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), m_list,
                 QStringLiteral("AB!2"), QStringLiteral("AB12CDE")});
        QCOMPARE(r.code, 2);
        QCOMPARE(lines(r.out).size(), 2);
        QVERIFY(r.err.contains(QStringLiteral("AB!2")));
        // A hotlist with a bad line: the good ones are used, the bad one reported, exit 2.
        const QString bad = write(QStringLiteral("bad.csv"), "vrm,priority,category,reason,source,action,expires,list\n"
                                                              "AB12CDE,Urgent,a,b,c,d,,PNC\nXY51ABC,Low,a,b,c,d,,PNC\n");
        r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), bad, QStringLiteral("XY51ABC")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":2: field 'priority': ")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"match\":\"exact\"")));
    }

    void checkReadsJsonThroughThePlugin()
    {
        const QString json = write(QStringLiteral("list.json"),
            "[{\"vrm\":\"AB12CDE\",\"priority\":\"High\",\"category\":\"a\",\"reason\":\"b\",\"source\":\"PNC\",\"action\":\"c\",\"expires\":\"\",\"list\":\"PNC\"}]");
        const Run r = cli({QStringLiteral("hotlist"), QStringLiteral("check"), QStringLiteral("--hotlist"), json, QStringLiteral("AB12CDE")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"list\":\"PNC\"")));
    }

    void importReportsAndLists()
    {
        const QString db = m_dir.filePath(QStringLiteral("k.db"));
        const QString file = write(QStringLiteral("import.csv"),
                                   "vrm,priority,category,reason,source,action,expires,list\n"
                                   "AB12CDE,High,Stolen,y,PNC,Stop,,PNC\n"
                                   "XY51ABC,Low,Local,x,Crimestoppers,Report,,Local\n"
                                   "BAD!,Low,a,b,c,d,,PNC\n"
                                   "QQ11QQQ,Low,a,b,c,d,31/12/2030,PNC\n");
        QCOMPARE(initStore(db, QStringLiteral("boss")).code, 0);
        const QStringList as = {QStringLiteral("--user"), QStringLiteral("boss")};
        QCOMPARE(cli({QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("--db"), db, file}).code, 1); // who?
        Run r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("--db"), db, file});
        QCOMPARE(r.code, 2); // some lines were rejected
        QVERIFY2(r.out.contains(QStringLiteral("imported 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("rejected 2")));
        QVERIFY(r.err.contains(file + QStringLiteral(":4: field 'vrm': ")));
        QVERIFY(r.err.contains(file + QStringLiteral(":5: field 'expires': ")));

        r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 2);
        const QJsonObject pnc = QJsonDocument::fromJson(out[0].toUtf8()).object();
        const QJsonObject local = QJsonDocument::fromJson(out[1].toUtf8()).object();
        // source=PNC in a file is the file's word: pending like any local entry.
        QCOMPARE(pnc.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pnc.value(QLatin1String("validated_by")).toString(), QString());
        QCOMPARE(local.value(QLatin1String("status")).toString(), QStringLiteral("pending")); // local: needs validation
        QCOMPARE(local.value(QLatin1String("added_by")).toString(), QStringLiteral("boss"));

        // The person who added an entry cannot validate it; a second supervisor can.
        const QString localId = QString::number(local.value(QLatin1String("id")).toInteger());
        r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("validate"), localId, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("refused")));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("sarge"), QStringLiteral("--role"), QStringLiteral("supervisor")}).code, 0);
        r = cli({QStringLiteral("--user"), QStringLiteral("sarge"), QStringLiteral("hotlist"), QStringLiteral("validate"), localId,
                 QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("is live")));

        // A clean file exits 0; --list fills entries without a list.
        const QString clean = write(QStringLiteral("clean.csv"), "vrm,priority,category,reason,source,action,expires\n"
                                                                 "CL34NNN,Medium,a,b,PNC,d,\n");
        r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("--db"), db, clean,
                 QStringLiteral("--list"), QStringLiteral("Op Kestrel")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                 QStringLiteral("pending")});
        QCOMPARE(r.code, 0);
        QCOMPARE(lines(r.out).size(), 2); // AB12CDE (its file said PNC) and CL34NNN
        QVERIFY(r.out.contains(QStringLiteral("Op Kestrel")));
        // An account of one database means nothing in another; a mistyped path is not a new,
        // empty database.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QCOMPARE(initStore(other, QStringLiteral("chief")).code, 0);
        QCOMPARE(cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("list"), QStringLiteral("--db"), other}).code, 3);
        r = cli(as + QStringList{QStringLiteral("hotlist"), QStringLiteral("list"), QStringLiteral("--db"),
                                 m_dir.filePath(QStringLiteral("none.db"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no Kestrel database here")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("kestrel-cli init")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
    }

    void benchHotlistJsonKeys()
    {
        const Run r = cli({QStringLiteral("bench"), QStringLiteral("hotlist"), QStringLiteral("--entries"),
                           QStringLiteral("20000"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        for (const char *key : {"load_s", "rss_mb", "exact_lookups_per_s", "tolerant_lookups_per_s"})
            QVERIFY2(o.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(o.value(QLatin1String("matched")).toBool());
        QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("hotlist"), QStringLiteral("--entries"), QStringLiteral("0")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestHotlistCommand)
#include "tst_hotlistcommand.moc"
