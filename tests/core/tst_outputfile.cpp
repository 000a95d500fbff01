// The one rule for files Kestrel writes: protected paths in every spelling, no silent replace,
// and a failed write that leaves the target as it was with no temporary file beside it.
#include "common/outputfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestOutputFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OutputFileRules rules(bool overwrite = false) const
    {
        OutputFileRules r;
        r.overwrite = overwrite;
        r.protectedFiles = {m_dir.filePath(QStringLiteral("store/k.db")),
                            m_dir.filePath(QStringLiteral("store/k.db-wal"))};
        r.protectedDirs = {m_dir.filePath(QStringLiteral("store/images"))};
        return r;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void make(const QString &relative, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(m_dir.filePath(relative)).path());
        QFile f(m_dir.filePath(relative));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        make(QStringLiteral("store/k.db"), "SQLite format 3");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("store/images/2026"))));
        make(QStringLiteral("existing.csv"), "keep me");
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("store/k.db")),
                            m_dir.filePath(QStringLiteral("db-link"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("store/k.db-wal")),
                            m_dir.filePath(QStringLiteral("wal-link"))));
    }

    void check_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<QString>("refusal"); // empty when allowed
        QTest::newRow("new file") << QStringLiteral("out.csv") << false << QString();
        QTest::newRow("existing") << QStringLiteral("existing.csv") << false
                                  << QStringLiteral("already exists");
        QTest::newRow("existing, overwrite") << QStringLiteral("existing.csv") << true << QString();
        QTest::newRow("database") << QStringLiteral("store/k.db") << true
                                  << QStringLiteral("never written over");
        QTest::newRow("database via ..") << QStringLiteral("store/images/../k.db") << true
                                         << QStringLiteral("never written over");
        QTest::newRow("database via ./")
            << QStringLiteral("store/./k.db") << true << QStringLiteral("never written over");
        QTest::newRow("database via a link")
            << QStringLiteral("db-link") << true << QStringLiteral("never written over");
        QTest::newRow("-wal not yet there")
            << QStringLiteral("store/k.db-wal") << true << QStringLiteral("never written over");
        QTest::newRow("-wal via a dangling link")
            << QStringLiteral("wal-link") << true << QStringLiteral("never written over");
        QTest::newRow("images folder")
            << QStringLiteral("store/images") << true << QStringLiteral("never written over");
        QTest::newRow("inside images") << QStringLiteral("store/images/2026/a.csv") << true
                                       << QStringLiteral("never written over");
        QTest::newRow("beside images, similar name")
            << QStringLiteral("store/images-old.csv") << false << QString();
        QTest::newRow("a folder") << QStringLiteral("store") << true << QStringLiteral("folder");
        QTest::newRow("empty name") << QString() << true << QStringLiteral("no file name");
    }
    void check()
    {
        QFETCH(QString, target);
        QFETCH(bool, overwrite);
        QFETCH(QString, refusal);
        const auto r = checkOutputFile(target.isEmpty() ? QString() : m_dir.filePath(target),
                                       rules(overwrite));
        QCOMPARE(r.ok(), refusal.isEmpty());
        if (!r.ok()) {
            QCOMPARE(r.error().kind, Error::Kind::BadInput);
            QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
        }
    }

    void writesWholeOrNotAtAll()
    {
        const QString target = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(writeOutputFile(target, rules(), [](QIODevice &d) {
                    return writeAll(d, "a,b\n1,2\n");
                }).ok());
        QCOMPARE(read(target), QByteArray("a,b\n1,2\n"));
        // A writer that fails half way: the old content stays and no temporary file is left.
        auto failed = writeOutputFile(target, rules(true),
                                      [](QIODevice &d) { return writeAll(d, "partial") && false; });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
        QCOMPARE(read(target), QByteArray("a,b\n1,2\n"));
        const QStringList left =
            QDir(m_dir.path())
                .entryList({QStringLiteral("report.csv*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("report.csv")});
        // A parent that is a regular file: fails for root too.
        auto impossible = writeOutputFile(m_dir.filePath(QStringLiteral("existing.csv/x.csv")),
                                          rules(), [](QIODevice &d) { return writeAll(d, "x"); });
        QVERIFY(!impossible.ok());
        QCOMPARE(read(m_dir.filePath(QStringLiteral("existing.csv"))), QByteArray("keep me"));
    }

    void refusedWithoutWriting()
    {
        bool called = false;
        auto r = writeOutputFile(m_dir.filePath(QStringLiteral("store/k.db")), rules(true),
                                 [&](QIODevice &) {
                                     called = true;
                                     return true;
                                 });
        QVERIFY(!r.ok());
        QVERIFY(!called);
        QCOMPARE(read(m_dir.filePath(QStringLiteral("store/k.db"))), QByteArray("SQLite format 3"));
    }
};

QTEST_APPLESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
