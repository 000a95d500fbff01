// Help → Recogniser errors: hits acknowledged as misread, with both VRMs and the plate image read
// back from the evidence store; other outcomes and hidden covert hits left out.
#include "longtext.h"
#include "uifixture.h"

#include "recognisererrorsdialog.h"

#include "audit/auditlog.h"
#include "plates/vrm.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

using namespace Kestrel;
using namespace Kestrel::TestFixture;

class TestRecogniserErrorsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsMisreadsOnly()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit misread = fx.makeHit(fx.high, QStringLiteral("GM17KF2"));
        const Hit intercepted = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        const Hit open = fx.makeHit(fx.medium, QStringLiteral("SK25BNL"));
        QVERIFY(!open.uid.isNull());
        HotlistEntry covertEntry = fx.medium;
        covertEntry.vrm = QStringLiteral("UM67GTO");
        covertEntry.covert = true;
        std::vector<HotlistEntry> entries{covertEntry};
        QVERIFY(fx.store->addHotlistEntries(entries));
        const Hit covert = fx.makeHit(entries[0], QStringLiteral("UM67GT0"));
        QVERIFY(fx.store->acknowledgeHit(misread.uid, QStringLiteral("operator"), HitOutcome::Misread,
                                         QStringLiteral("2 for Z"), 1000));
        QVERIFY(fx.store->acknowledgeHit(intercepted.uid, QStringLiteral("operator"), HitOutcome::Intercepted, {}, 2000));
        QVERIFY(fx.store->acknowledgeHit(covert.uid, QStringLiteral("super"), HitOutcome::Misread, {}, 3000));

        const QList<Hit> all = RecogniserErrorsDialog::misreads(*fx.store);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).uid, covert.uid); // most recently acknowledged first
        QCOMPARE(all.at(1).uid, misread.uid);
        QCOMPARE(all.at(1).read.vrm, QStringLiteral("GM17KF2"));
        QCOMPARE(all.at(1).entry.vrm, QStringLiteral("GM17KFZ"));
        QCOMPARE(all.at(1).read.platePatchJpeg, misread.read.platePatchJpeg); // hash-checked read back
        QCOMPARE(all.at(1).note, QStringLiteral("2 for Z"));

        User op;
        op.name = QStringLiteral("operator");
        op.roles = Role::Operator;
        RecogniserErrorsDialog dialog(*fx.store, op);
        dialog.setCameraNames({{fx.camera.id, fx.camera.name}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 1); // the covert one is not for operators
        QCOMPARE(table->item(0, RecogniserErrorsDialog::ReadColumn)->text(), displayVrm(QStringLiteral("GM17KF2")));
        QCOMPARE(table->item(0, RecogniserErrorsDialog::ListedColumn)->text(), QStringLiteral("GM17 KFZ"));
        QCOMPARE(table->item(0, RecogniserErrorsDialog::CameraColumn)->text(), fx.camera.name);
        QVERIFY(!table->item(0, RecogniserErrorsDialog::PatchColumn)->icon().isNull());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("misreadOverview"))->pixmap().isNull());

        User super;
        super.name = QStringLiteral("super");
        super.roles = Role::Supervisor;
        RecogniserErrorsDialog privileged(*fx.store, super);
        QCOMPARE(privileged.table()->rowCount(), 2);

        int views = 0;
        for (const AuditEvent &e : AuditLog(*fx.store).recent(50))
            views += e.action == QStringLiteral("view-recogniser-errors");
        QCOMPARE(views, 2);
    }

    // Every column title shows whole, in English and in text as long as the Welsh.
    void headersFit_data()
    {
        QTest::addColumn<bool>("longText");
        QTest::newRow("English") << false;
        QTest::newRow("long text") << true;
    }
    void headersFit()
    {
        QFETCH(bool, longText);
        std::unique_ptr<LongText> translator;
        if (longText)
            translator = std::make_unique<LongText>(QSet<QByteArray>{"Kestrel::RecogniserErrorsDialog"});
        Fixture fx;
        QVERIFY(fx.open());
        const Hit misread = fx.makeHit(fx.high, QStringLiteral("GM17KF2"));
        QVERIFY(fx.store->acknowledgeHit(misread.uid, QStringLiteral("operator"), HitOutcome::Misread, {}, 1000));
        User op;
        op.name = QStringLiteral("operator");
        op.roles = Role::Operator;
        RecogniserErrorsDialog dialog(*fx.store, op);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QHeaderView *header = dialog.table()->horizontalHeader();
        const QString confidence = dialog.table()->horizontalHeaderItem(RecogniserErrorsDialog::ConfidenceColumn)->text();
        QCOMPARE(confidence == QStringLiteral("Confidence"), !longText);
        for (int i = 0; i < header->count(); ++i) {
            const QString title = dialog.table()->horizontalHeaderItem(i)->text();
            QVERIFY2(header->sectionSize(i) >= header->sectionSizeHint(i),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(title).arg(header->sectionSize(i)).arg(header->sectionSizeHint(i))));
        }
        if (longText)
            grabIfAsked(&dialog, QStringLiteral("recogniser-errors-long"));
    }
};

QTEST_MAIN(TestRecogniserErrorsDialog)
#include "tst_recognisererrorsdialog.moc"
