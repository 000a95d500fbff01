// reads import as the world feeds it: a bad value among good ones, the same file twice, control
// characters, images that do not decode. What it reports and audits is what the store holds.
#include "clistore.h"
#include "testjpeg.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <QJsonDocument>
#include <QJsonObject>

class TestReadsImport : public QObject
{
    Q_OBJECT
private:
    static QString ago(int minutes)
    {
        return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(Qt::ISODate);
    }
    static QJsonObject lastImportAudit(const CliStore &s)
    {
        return QJsonDocument::fromJson(
                   s.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'reads-import' ORDER BY id DESC LIMIT 1"))
                       .toString()
                       .toUtf8())
            .object();
    }

private Q_SLOTS:
    void aBadValueIsRefusedByLineAndTheRestAreStoredAndCounted_data()
    {
        QTest::addColumn<QString>("badLine");
        QTest::addColumn<QString>("field");
        QTest::newRow("nan confidence") << QStringLiteral("AB12CDE,%1,CAM-1,nan") << QStringLiteral("confidence");
        QTest::newRow("infinite confidence") << QStringLiteral("AB12CDE,%1,CAM-1,inf") << QStringLiteral("confidence");
        QTest::newRow("escape in camera") << QStringLiteral("AB12CDE,%1,CAM\x1b[2J,0.9") << QStringLiteral("camera");
        QTest::newRow("bidi override in camera") << QStringLiteral("AB12CDE,%1,CAM\u202e1,0.9") << QStringLiteral("camera");
    }
    void aBadValueIsRefusedByLineAndTheRestAreStoredAndCounted()
    {
        QFETCH(QString, badLine);
        QFETCH(QString, field);
        CliStore s;
        QVERIFY(s.create());
        QByteArray csv = "vrm,time,camera,confidence\n";
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < 1000; ++i) {
            csv += QStringLiteral("AB%1CDE,%2,CAM-1,0.9\n")
                       .arg(i % 90 + 10)
                       .arg(base.addSecs(i).toString(Qt::ISODate))
                       .toUtf8();
            if (i == 500)
                csv += badLine.arg(ago(30)).toUtf8() + '\n';
        }
        QVERIFY(s.writeFile(QStringLiteral("reads.csv"), csv));
        const CliRun run = s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("reads.csv"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.out.contains(QStringLiteral("imported 1000, rejected 1")), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("reads.csv:503: field '%1'").arg(field)), qPrintable(run.err));
        QCOMPARE(s.count(QStringLiteral("reads")), 1000);
        const QJsonObject audit = lastImportAudit(s);
        QCOMPARE(audit.value(QStringLiteral("imported")).toInt(), 1000);
        QCOMPARE(audit.value(QStringLiteral("rejected")).toInt(), 1);
    }

    void theSameReadsTwiceAreStoredOnce()
    {
        CliStore s;
        QVERIFY(s.create());
        const QString t1 = ago(10), t2 = ago(9);
        // The second line repeats the first inside the file itself.
        QVERIFY(s.writeFile(QStringLiteral("reads.csv"), QStringLiteral("vrm,time,camera\nAB12CDE,%1,CAM-1\nAB12CDE,%1,CAM-1\n"
                                                                          "XY51ABC,%2,CAM-1\nXY51ABC,%2,CAM-2\n")
                                                             .arg(t1, t2)
                                                             .toUtf8()));
        const QStringList import{QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("reads.csv"))};
        CliRun run = s.cli(QStringLiteral("admin"), import);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("imported 3, rejected 0, duplicates 1")), qPrintable(run.out + run.err));
        QVERIFY(run.err.contains(QStringLiteral("reads.csv:3: a duplicate")));
        QCOMPARE(s.count(QStringLiteral("reads")), 3);
        run = s.cli(QStringLiteral("admin"), import);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("imported 0, rejected 0, duplicates 4")), qPrintable(run.out + run.err));
        QCOMPARE(s.count(QStringLiteral("reads")), 3);
        QCOMPARE(lastImportAudit(s).value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(lastImportAudit(s).value(QStringLiteral("duplicates")).toInt(), 4);
    }

    void aFullDiskClaimsOnlyWhatWasStored()
    {
        // The disk fills mid-import: the child may write files of this size and no more
        // (RLIMIT_FSIZE, SIGXFSZ ignored), so SQLite's writes fail as on a full filesystem.
        CliStore s;
        QVERIFY(s.create());
        QByteArray csv = "vrm,time,camera,confidence\n";
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
        for (int i = 0; i < 60000; ++i)
            csv += QStringLiteral("AB%1CDE,%2,CAM-%3,0.9\n").arg(i % 90 + 10).arg(base.addSecs(i).toString(Qt::ISODate)).arg(i % 7).toUtf8();
        QVERIFY(s.writeFile(QStringLiteral("big.csv"), csv));
        const qint64 limit = QFileInfo(s.db()).size() + 2 * 1024 * 1024;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KESTREL_PASSWORD"), QLatin1String(CliStore::kPassword));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit r{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
        p.start(QStringLiteral(KESTREL_BIN_DIR "/kestrel-cli"),
                {QStringLiteral("--db"), s.db(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("reads"),
                 QStringLiteral("import"), s.path(QStringLiteral("big.csv"))});
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("could not be written")), qPrintable(err));
        // What it says it stored is what the store holds, and never all of it.
        const qint64 stored = s.count(QStringLiteral("reads"));
        QVERIFY(stored < 60000);
        QVERIFY2(out.contains(QStringLiteral("imported %1,").arg(stored)), qPrintable(out + QStringLiteral(" / store: ") + QString::number(stored)));
        // With space again, the same file completes what is missing and stores nothing twice.
        const CliRun again = s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("big.csv"))});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("imported %1, rejected 0, duplicates %2").arg(60000 - stored).arg(stored)), qPrintable(again.out));
        QCOMPARE(s.count(QStringLiteral("reads")), 60000);
        QCOMPARE(runCli({QStringLiteral("--db"), s.db(), QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void anImageCannotTakeTheMachinesMemory()
    {
        CliStore s;
        QVERIFY(s.create());
        // A 2 KB JPEG whose frame header claims 65000 x 65000 pixels, and an endless device.
        QByteArray huge = testJpeg();
        const qsizetype sof = huge.indexOf("\xff\xc0");
        QVERIFY(sof > 0);
        huge[sof + 5] = char(0xfd);
        huge[sof + 6] = char(0xe8);
        huge[sof + 7] = char(0xfd);
        huge[sof + 8] = char(0xe8);
        QVERIFY(s.writeFile(QStringLiteral("huge.jpg"), huge));
        QVERIFY(s.writeFile(QStringLiteral("reads.csv"),
                            QStringLiteral("vrm,time,camera,confidence,plate_image\nAB12CDE,%1,CAM-1,0.9,huge.jpg\n"
                                           "BC12DEF,%1,CAM-1,0.9,/dev/zero\n")
                                .arg(ago(5))
                                .toUtf8()));
        const CliRun run = s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("reads.csv"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.out.contains(QStringLiteral("imported 0, rejected 2")), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("65000 x 65000")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("reads.csv:3: field 'plate_image'")), qPrintable(run.err));
    }

    void hitsOnCovertEntriesAreCountedOnlyForThoseWhoSeeThem()
    {
        CliStore s;
        QVERIFY(s.create());
        QVERIFY(s.writeFile(QStringLiteral("covert.csv"), "vrm,priority,category,reason,source,action,expires,list,covert\n"
                                                          "CO11VRT,High,Intelligence,Surveillance,Local,Observe only,,Special,yes\n"));
        QCOMPARE(s.cli(QStringLiteral("sup"), {QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("--db"), s.db(),
                                              s.path(QStringLiteral("covert.csv"))}).code, 0);
        QCOMPARE(s.cli(QStringLiteral("sup2"), {QStringLiteral("hotlist"), QStringLiteral("validate"), QStringLiteral("1"),
                                               QStringLiteral("--db"), s.db()}).code, 0);
        QVERIFY(s.writeFile(QStringLiteral("a.csv"), QStringLiteral("vrm,time,camera\nCO11VRT,%1,CAM-1\n").arg(ago(9)).toUtf8()));
        QVERIFY(s.writeFile(QStringLiteral("b.csv"), QStringLiteral("vrm,time,camera\nCO11VRT,%1,CAM-1\n").arg(ago(8)).toUtf8()));
        // The administrator imports but may not see covert material: no hit counted for them.
        CliRun run = s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("a.csv"))});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("hits 0")), qPrintable(run.out));
        run = s.cli(QStringLiteral("sup"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("b.csv"))});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("hits 1")), qPrintable(run.out));
        QCOMPARE(s.count(QStringLiteral("hits")), 2); // both hits raised and stored all the same
    }

    void anImageIsAcceptedOnlyIfItDecodes()
    {
        CliStore s;
        QVERIFY(s.create());
        const QByteArray good = testJpeg();
        QVERIFY(good.size() > 200);
        QVERIFY(s.writeFile(QStringLiteral("good.jpg"), good));
        QVERIFY(s.writeFile(QStringLiteral("cut.jpg"), good.left(good.size() / 2)));
        QVERIFY(s.writeFile(QStringLiteral("text.jpg"), "\xff\xd8 not really a picture \xff\xd9"));
        QVERIFY(s.writeFile(QStringLiteral("reads.csv"),
                            QStringLiteral("vrm,time,camera,confidence,plate_image\nAB12CDE,%1,CAM-1,0.9,good.jpg\n"
                                           "BC12DEF,%1,CAM-1,0.9,cut.jpg\nCD12EFG,%1,CAM-1,0.9,text.jpg\n")
                                .arg(ago(5))
                                .toUtf8()));
        const CliRun run = s.cli(QStringLiteral("admin"), {QStringLiteral("reads"), QStringLiteral("import"), s.path(QStringLiteral("reads.csv"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.out.contains(QStringLiteral("imported 1, rejected 2")), qPrintable(run.out + run.err));
        QVERIFY(run.err.contains(QStringLiteral("reads.csv:3: field 'plate_image'")));
        QVERIFY(run.err.contains(QStringLiteral("reads.csv:4: field 'plate_image'")));
        QCOMPARE(s.scalar(QStringLiteral("SELECT vrm FROM reads WHERE patch_path <> ''")).toString(), QStringLiteral("AB12CDE"));
    }
};

QTEST_MAIN(TestReadsImport)
#include "tst_readsimport.moc"
