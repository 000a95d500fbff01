// kestrel-cli init is the only way a store is made: every other command refuses a path that is not
// an existing Kestrel database, untouched; and what init and an import make is the owner's only.
#include "clirunner.h"
#include "scratchfiles.h"
#include "testjpeg.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestInitCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initMakesTheStoreAndItsAdministrator()
    {
        const QString db = m_dir.filePath(QStringLiteral("new/k.db"));
        const CliRun made = initStore(db, QStringLiteral("chief"));
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("administrator chief")));
        // The administrator logs in and manages users.
        const CliRun listed =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"),
                    QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QStringLiteral("administrator")));
        // Global --db before the command word works too; an existing path is never re-made.
        const QByteArray before = fileSha256(db);
        const CliRun again = runCli({QStringLiteral("--db"), db, QStringLiteral("init"),
                                     QStringLiteral("--admin"), QStringLiteral("other")});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(fileSha256(db), before);
    }

    void initRefusesAShortPasswordAndMakesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("short.db"));
        const CliRun r = initStore(db, QStringLiteral("chief"), QStringLiteral("elevenchars"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("field 'password'")) &&
                     r.err.contains(QStringLiteral("12")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));
        // KESTREL_NEW_PASSWORD wins over KESTREL_PASSWORD.
        const CliRun ok = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                                  QStringLiteral("--admin"), QStringLiteral("chief")},
                                 QStringLiteral("short"),
                                 {QStringLiteral("KESTREL_NEW_PASSWORD=a-long-enough-one")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                         QStringLiteral("chief"), QStringLiteral("users"), QStringLiteral("list")},
                        QStringLiteral("a-long-enough-one"))
                     .code,
                 0);
    }

    void aMistypedPathIsNeverANewStore_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("users add (used to make bob an administrator)")
            << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                           QStringLiteral("--role"), QStringLiteral("administrator")};
        QTest::newRow("users list") << QStringList{QStringLiteral("--user"), QStringLiteral("bob"),
                                                   QStringLiteral("users"), QStringLiteral("list")};
        QTest::newRow("ingest") << QStringList{
            QStringLiteral("--user"), QStringLiteral("bob"),
            QStringLiteral("ingest"), QStringLiteral("--camera"),
            QStringLiteral("C"),      QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo.mp4")};
        QTest::newRow("audit verify")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
        QTest::newRow("hotlist list")
            << QStringList{QStringLiteral("--user"), QStringLiteral("bob"),
                           QStringLiteral("hotlist"), QStringLiteral("list")};
        QTest::newRow("config list")
            << QStringList{QStringLiteral("--user"), QStringLiteral("bob"),
                           QStringLiteral("config"), QStringLiteral("list")};
    }
    void aMistypedPathIsNeverANewStore()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("kestrl.db"));
        const CliRun r = runCli(QStringList{QStringLiteral("--db"), typo} + command);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("kestrel-cli init --db PATH --admin NAME")),
                 qPrintable(r.err));
        QVERIFY2(entries(dir.path()).isEmpty(),
                 qPrintable(entries(dir.path()).join(QLatin1Char(' '))));
    }

    void somethingThatIsNotAStoreIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<dir>" for a folder
        QTest::newRow("text file") << QByteArray("shopping list\nmilk\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("folder") << QByteArray("<dir>");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a');
    }
    void somethingThatIsNotAStoreIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        if (content == "<dir>") {
            QVERIFY(QDir().mkdir(path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileSha256(path);
        const QStringList commands[] = {
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
             QStringLiteral("--role"), QStringLiteral("operator")},
            {QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("users"),
             QStringLiteral("list")},
            {QStringLiteral("audit"), QStringLiteral("verify")},
            {QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("ingest"),
             QStringLiteral("--camera"), QStringLiteral("C"),
             QStringLiteral(KESTREL_RESOURCES_DIR "/demo/demo.mp4")},
        };
        for (const QStringList &command : commands) {
            const CliRun r = runCli(QStringList{QStringLiteral("--db"), path} + command);
            QVERIFY2(r.code == 2,
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("init")), qPrintable(r.err));
        }
        // init refuses it too: it exists.
        QCOMPARE(initStore(path, QStringLiteral("chief")).code, 2);
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("notes.db")});
        QCOMPARE(QFileInfo(path).isDir(), content == "<dir>");
    }

    void storeFilesAreTheOwnersOnly()
    {
        // Whatever the shell's umask: the child inherits this one.
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store"));
        const QString db = store + QStringLiteral("/kestrel.db");
        QCOMPARE(initStore(db, QStringLiteral("chief")).code, 0);
        // Reads with images, as a back office delivers them.
        QFile jpeg(dir.filePath(QStringLiteral("p.jpg")));
        QVERIFY(jpeg.open(QIODevice::WriteOnly));
        jpeg.write(testJpeg());
        jpeg.close();
        QFile csv(dir.filePath(QStringLiteral("reads.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,time,camera,confidence,plate_image,overview_image\n"
                  "AB12CDE,2026-01-05T10:00:00Z,CAM-1,0.9,p.jpg,p.jpg\n"
                  "XY51ABC,2026-02-06T11:30:00+01:00,CAM-1,0.9,p.jpg,\n");
        csv.close();
        const CliRun imported =
            runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chief"),
                    QStringLiteral("reads"), QStringLiteral("import"), csv.fileName()});
        ::umask(old);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        int files = 0, images = 0;
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        QDirIterator it(store, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
            QVERIFY2((st.st_mode & 077) == 0,
                     qPrintable(
                         QStringLiteral("%1 has mode %2").arg(path).arg(st.st_mode & 0777, 0, 8)));
            if (S_ISREG(st.st_mode)) {
                ++files;
                images += path.endsWith(QLatin1String(".jpg"));
                QCOMPARE(st.st_mode & 0777, mode_t(0600));
            } else {
                QCOMPARE(st.st_mode & 0777, mode_t(0700));
            }
        }
        QCOMPARE(images, 3);
        QVERIFY(files >= 4); // the database and the images at least (-wal and -shm while open)
    }
};

QTEST_GUILESS_MAIN(TestInitCommand)
#include "tst_initcommand.moc"
