// The live reads table: newest first, bounded, batched, thumbnails decoded from real JPEGs.
#include "readsmodel.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;

namespace {

QByteArray plateJpeg(const QString &text)
{
    QImage image(120, 30, QImage::Format_RGB32);
    image.fill(QColor(0xf7, 0xcf, 0x1a));
    QPainter p(&image);
    p.setPen(Qt::black);
    p.drawText(image.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 90);
    return bytes;
}

Read makeRead(int n, qint64 atMs = 0)
{
    Read r;
    r.uid = QUuid::createUuid();
    r.vrm = QStringLiteral("AB%1CDE").arg(10 + n % 90);
    r.rawText = r.vrm;
    r.confidence = 0.87;
    r.cameraId = QStringLiteral("CAM-1");
    r.capturedAtMs = atMs ? atMs : 1700000000000 + n * 1000;
    r.platePatchJpeg = plateJpeg(r.vrm);
    r.overviewJpeg = QByteArray(2000, 'x');
    return r;
}

} // namespace

class TestReadsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirst()
    {
        ReadsModel model;
        for (int i = 0; i < 3; ++i)
            model.addRead(makeRead(i));
        QCOMPARE(model.rowCount(), 0); // nothing shows before the batch
        model.flushPending();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.readAt(0).vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(model.readAt(2).vrm, QStringLiteral("AB10CDE"));
        model.addRead(makeRead(5));
        model.flushPending();
        QCOMPARE(model.readAt(0).vrm, QStringLiteral("AB15CDE"));
        QCOMPARE(model.readAt(1).vrm, QStringLiteral("AB12CDE"));
    }

    void outOfOrderArrivalsKeepCaptureOrder()
    {
        // A read is emitted when its vehicle has passed, so arrival order is not capture order.
        ReadsModel model;
        model.setMaxRows(4);
        for (qint64 t : {5, 3, 9})
            model.addRead(makeRead(0, 1700000000000 + t));
        model.flushPending();
        for (qint64 t : {4, 10, 1})
            model.addRead(makeRead(0, 1700000000000 + t));
        model.flushPending();
        QList<qint64> got;
        for (int row = 0; row < model.rowCount(); ++row)
            got << model.readAt(row).capturedAtMs - 1700000000000;
        QCOMPARE(got, (QList<qint64>{10, 9, 5, 4})); // 3 and 1 fell off the bottom
    }

    void batchesOnTimer()
    {
        ReadsModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            model.addRead(makeRead(i));
        QCOMPARE(model.pendingCount(), 50);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, 2000);
        QCOMPARE(inserted.count(), 1); // one insertion for the whole burst
        QCOMPARE(model.pendingCount(), 0);
    }

    void bounded_data()
    {
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("one big burst") << 10 << 25 << 0;
        QTest::newRow("two batches") << 10 << 8 << 7;
        QTest::newRow("exactly full") << 10 << 10 << 0;
        QTest::newRow("single row") << 1 << 3 << 2;
    }
    void bounded()
    {
        QFETCH(int, maxRows);
        QFETCH(int, first);
        QFETCH(int, second);
        ReadsModel model;
        model.setMaxRows(maxRows);
        int n = 0;
        for (int i = 0; i < first; ++i)
            model.addRead(makeRead(n++));
        model.flushPending();
        for (int i = 0; i < second; ++i)
            model.addRead(makeRead(n++));
        model.flushPending();
        const int expected = qMin(maxRows, first + second);
        QCOMPARE(model.rowCount(), expected);
        // The newest survive, newest first.
        for (int row = 0; row < expected; ++row)
            QCOMPARE(model.readAt(row).capturedAtMs, makeRead(n - 1 - row).capturedAtMs);
    }

    void defaultBoundIsAThousand()
    {
        ReadsModel model;
        QCOMPARE(model.maxRows(), 1000);
        const Read r = makeRead(1);
        for (int i = 0; i < 1200; ++i) {
            Read copy = r;
            copy.capturedAtMs = 1700000000000 + i;
            model.addRead(copy);
        }
        model.flushPending();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.readAt(0).capturedAtMs, 1700000000000 + 1199);
        QCOMPARE(model.readAt(999).capturedAtMs, 1700000000000 + 200);
    }

    void thumbnailFromRealJpeg()
    {
        ReadsModel model;
        model.addRead(makeRead(1));
        model.flushPending();
        const QPixmap thumb = model.thumbnailAt(0);
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= ReadsModel::kThumbSize.width());
        QVERIFY(thumb.height() <= ReadsModel::kThumbSize.height());
        QCOMPARE(thumb.width(), 96); // 120x30 scaled with its aspect into 96x32
        const QVariant deco = model.index(0, ReadsModel::PatchColumn).data(Qt::DecorationRole);
        QVERIFY(deco.canConvert<QPixmap>());
        // Decoded once: the bytes (and the unused overview) are not kept per row.
        QVERIFY(model.readAt(0).platePatchJpeg.isEmpty());
        QVERIFY(model.readAt(0).overviewJpeg.isEmpty());
    }

    void badJpegIsNotACrash()
    {
        ReadsModel model;
        Read r = makeRead(1);
        r.platePatchJpeg = QByteArray("\xff\xd8 not really a jpeg");
        model.addRead(r);
        r.platePatchJpeg.clear();
        model.addRead(r);
        model.flushPending();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.thumbnailAt(0).isNull());
        QVERIFY(model.thumbnailAt(1).isNull());
    }

    void columns()
    {
        ReadsModel model;
        model.setCameraName(QStringLiteral("CAM-1"), QStringLiteral("A64 northbound"));
        Read r = makeRead(2);
        r.vrm = QStringLiteral("GM17KFZ");
        r.confidence = 0.934;
        model.addRead(r);
        model.flushPending();
        QCOMPARE(model.columnCount(), int(ReadsModel::ColumnCount));
        QCOMPARE(model.index(0, ReadsModel::VrmColumn).data().toString(), QStringLiteral("GM17 KFZ"));
        QCOMPARE(model.index(0, ReadsModel::VrmColumn).data(Qt::EditRole).toString(), QStringLiteral("GM17KFZ"));
        QCOMPARE(model.index(0, ReadsModel::ConfidenceColumn).data().toString(), QStringLiteral("93 %"));
        QCOMPARE(model.index(0, ReadsModel::CameraColumn).data().toString(), QStringLiteral("A64 northbound"));
        const QString time = model.index(0, ReadsModel::TimeColumn).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$")).match(time).hasMatch(), qPrintable(time));
        QCOMPARE(time, QDateTime::fromMSecsSinceEpoch(r.capturedAtMs).toString(QStringLiteral("HH:mm:ss")));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.index(5, 0).data().isValid());
    }

    // A hit marks its read with the hit's priority, in words, whether the read is still in the
    // batch or already shown; the most urgent of several hits is kept; others stay unmarked.
    void hitsMarkTheirReads()
    {
        ReadsModel model;
        const Read shown = makeRead(1);
        const Read waiting = makeRead(2);
        const Read plain = makeRead(3);
        model.addRead(shown);
        model.flushPending();
        model.addRead(waiting);
        model.addRead(plain);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.markHit(shown.uid, Priority::Low);
        QCOMPARE(changed.count(), 1);
        model.markHit(shown.uid, Priority::Medium);
        model.markHit(shown.uid, Priority::Low); // not lowered again
        model.markHit(waiting.uid, Priority::High);
        model.markHit(QUuid::createUuid(), Priority::High); // a read no longer here: nothing
        model.flushPending();
        QCOMPARE(model.rowCount(), 3);
        QHash<QUuid, QString> marks;
        for (int row = 0; row < model.rowCount(); ++row)
            marks.insert(model.readAt(row).uid, model.index(row, ReadsModel::HitColumn).data().toString());
        QVERIFY2(marks.value(shown.uid).endsWith(QStringLiteral("Medium")), qPrintable(marks.value(shown.uid)));
        QVERIFY2(marks.value(waiting.uid).endsWith(QStringLiteral("High")), qPrintable(marks.value(waiting.uid)));
        QVERIFY(marks.value(plain.uid).isEmpty());
        const int high = model.readAt(0).uid == waiting.uid ? 0 : 1;
        QCOMPARE(model.hitPriorityAt(high), std::optional<Priority>(Priority::High));
        QVERIFY(model.index(high, ReadsModel::HitColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(ReadsModel::HitColumn, Qt::Horizontal).toString(), QStringLiteral("Hit"));
    }
};

QTEST_MAIN(TestReadsModel)
#include "tst_readsmodel.moc"
