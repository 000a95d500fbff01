// The search window over a real store: an investigator's wildcard search shows what the policy
// allows and a banner for what it withholds; the read detail view shows both images, is audited,
// and warns when an image file was changed; core's pattern errors are shown; convoy analysis.
#include "longtext.h"
#include "uifixture.h"

#include "accessrequestsdialog.h"
#include "readdetaildialog.h"
#include "platebadgedelegate.h"
#include "searchwindow.h"
#include "theme.h"

#include "audit/auditlog.h"
#include "store/imagestore.h"
#include "store/retention.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QComboBox>
#include <QTableWidget>

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

User investigator()
{
    User u;
    u.id = 2;
    u.name = QStringLiteral("ivan");
    u.roles = Role::Investigator;
    return u;
}
} // namespace

class TestSearchWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wildcardShowsVisibleReadsAndWithheldBanner()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fx.addRead(QStringLiteral("AB12CDE"), now - 2 * kDayMs));
        QVERIFY(fx.addRead(QStringLiteral("AB12CDF"), now - 3 * kDayMs));
        QVERIFY(fx.addRead(QStringLiteral("AB12CDX"), now - 200 * kDayMs)); // beyond 90 days
        QVERIFY(fx.addRead(QStringLiteral("ZZ99ZZZ"), now - 1 * kDayMs));   // does not match

        SearchWindow window(*fx.store, investigator());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Typed as a user would, lower case and a space.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("plateEdit")), QStringLiteral("ab12 cd*"));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("referenceEdit")), QStringLiteral("CASE/2025/17"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("searchButton")), Qt::LeftButton);

        QCOMPARE(window.errorText(), QString());
        QCOMPARE(window.results().size(), 2);
        QCOMPARE(window.results().at(0).vrm, QStringLiteral("AB12CDE")); // newest first
        QTableWidget *table = window.resultsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, SearchWindow::VrmColumn)->text(), QStringLiteral("AB12CDE"));
        QCOMPARE(table->item(0, SearchWindow::CameraColumn)->text(), fx.camera.name);
        QVERIFY(!table->item(0, SearchWindow::PatchColumn)->icon().isNull()); // thumbnail through ImageStore
        QVERIFY(table->item(0, SearchWindow::ConfidenceColumn)->text().startsWith(QStringLiteral("91")));

        QVERIFY(window.reachNoteShown());
        // What is not shown is said from the rights alone: never how many matched.
        QVERIFY2(window.reachNoteText().startsWith(QStringLiteral("Reads captured before ")), qPrintable(window.reachNoteText()));
        QVERIFY(!window.reachNoteText().contains(QStringLiteral("withheld")));
        QVERIFY(window.reachNoteText().contains(QStringLiteral("Request access")));
        auto *request = window.findChild<QPushButton *>(QStringLiteral("requestAccessButton"));
        QVERIFY(request->isVisible());

        // The search was audited by core with its parameters, then the thumbnails shown.
        const QList<AuditEvent> entries = AuditLog(*fx.store).recent(2);
        const AuditEvent thumbnails = entries.at(0);
        QCOMPARE(thumbnails.action, QStringLiteral("view-images"));
        QCOMPARE(thumbnails.details.value(QStringLiteral("kind")).toString(), QStringLiteral("plate-thumbnails"));
        QCOMPARE(thumbnails.details.value(QStringLiteral("uids")).toArray().size(), 2);
        QCOMPARE(thumbnails.details.value(QStringLiteral("reference")).toString(), QStringLiteral("CASE/2025/17"));
        const AuditEvent last = entries.at(1);
        QCOMPARE(last.action, QStringLiteral("search"));
        QCOMPARE(last.details.value(QStringLiteral("reference")).toString(), QStringLiteral("CASE/2025/17"));
        QCOMPARE(last.details.value(QStringLiteral("results")).toInt(), 2);
        QCOMPARE(last.details.value(QStringLiteral("limited")).toBool(), true);

        // "Request access…" opens the form prefilled: routine cannot be extended, so serious.
        QTest::mouseClick(request, Qt::LeftButton);
        auto *form = window.findChild<AccessRequestForm *>();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->text(), QStringLiteral("CASE/2025/17"));
        QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("purposeCombo"))->currentData().toInt(),
                 int(AccessPurpose::Serious));
        form->reject();
    }

    void detailViewShowsImagesAndIsAudited()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto read = fx.addRead(QStringLiteral("AB12CDE"), now - 2 * kDayMs);
        QVERIFY(read);
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QStringLiteral("AB12CDE"), AccessPurpose::Serious, QStringLiteral("CASE/9"));
        QVERIFY(window.runSearch());
        QCOMPARE(window.results().size(), 1);
        QVERIFY(window.reachNoteShown()); // no window given: older reads are not shown, whether or not any exist

        ReadDetailDialog *detail = window.openRead(0);
        QVERIFY(detail);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        QVERIFY(detail->integrityOk());
        QCOMPARE(detail->patch().size(), QSize(240, 60));
        QCOMPARE(detail->overview().size(), QSize(640, 360));
        // The plate box is drawn in the accent colour on the overview.
        QCOMPARE(QColor(detail->overview().pixel(250, 240)).blue() > 200, true);
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("integrityWarning"))->isHidden());
        QVERIFY(!detail->findChild<QLabel *>(QStringLiteral("overviewImage"))->pixmap().isNull());

        const AuditEvent viewed = AuditLog(*fx.store).recent(1).at(0);
        QCOMPARE(viewed.action, QStringLiteral("view-images"));
        QCOMPARE(viewed.user, QStringLiteral("ivan"));
        QCOMPARE(viewed.details.value(QStringLiteral("read")).toInteger(), read->id);
        QCOMPARE(viewed.details.value(QStringLiteral("purpose")).toString(), QStringLiteral("serious"));
        QCOMPARE(viewed.details.value(QStringLiteral("reference")).toString(), QStringLiteral("CASE/9"));
        detail->close();

        // Someone changes the overview file: the view warns and does not show it.
        QFile f(ImageStore(fx.store->dataDir()).absolutePath(read->overview));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(jpeg(QSize(640, 360), Qt::red, QStringLiteral("forged")));
        f.close();
        ReadDetailDialog *again = window.openRead(0);
        QVERIFY(again);
        QVERIFY(!again->integrityOk());
        QVERIFY(again->overview().isNull());
        QVERIFY(!again->patch().isNull());
        auto *warning = again->findChild<QLabel *>(QStringLiteral("integrityWarning"));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("Integrity warning")), qPrintable(warning->text()));
        const AuditEvent second = AuditLog(*fx.store).recent(1).at(0);
        QCOMPARE(second.action, QStringLiteral("view-images"));
        QVERIFY(second.details.contains(QStringLiteral("integrity")));
        again->close();
    }

    void detailViewShowsTheOtherReadings()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // The recogniser's list: the read itself first, then what else the plate might say.
        const QList<PlateCandidate> candidates{{QStringLiteral("BA302DZ"), 0.99}, {QStringLiteral("BA302OZ"), 0.41},
                                               {QStringLiteral("BA302QZ"), 0.2}, {QStringLiteral("BA302OZ"), 0.1},
                                               {QStringLiteral("8A302DZ"), 0.1}, {QStringLiteral("BA3O2DZ"), 0.05},
                                               {QStringLiteral("BA302D2"), 0.01}};
        QVERIFY(fx.addRead(QStringLiteral("BA302DZ"), now - kDayMs, {}, 0.99, {}, candidates));
        QVERIFY(fx.addRead(QStringLiteral("AB12CDE"), now - kDayMs));
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QStringLiteral("BA302DZ"), AccessPurpose::Serious, QStringLiteral("CASE/9"));
        QVERIFY(window.runSearch());
        ReadDetailDialog *detail = window.openRead(0);
        QVERIFY(detail);
        auto *alternatives = detail->findChild<QLabel *>(QStringLiteral("alternatives"));
        QVERIFY(alternatives);
        // Not the read itself, each once, at most four, in the recogniser's order.
        QCOMPARE(alternatives->text(), QStringLiteral("BA302OZ, BA302QZ, 8A302DZ, BA3O2DZ"));
        // Nothing is drawn under the plate image (the facts once started beneath it).
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        const QRect patch = detail->findChild<QLabel *>(QStringLiteral("patchImage"))->geometry();
        for (const QLabel *l : detail->findChildren<QLabel *>())
            if (l->isVisible() && l->objectName() != QLatin1String("patchImage"))
                QVERIFY2(!l->geometry().intersects(patch), qPrintable(l->text()));
        detail->close();

        // A read with no other candidates shows no such row.
        window.setCriteria(QStringLiteral("AB12CDE"), AccessPurpose::Serious, QStringLiteral("CASE/9"));
        QVERIFY(window.runSearch());
        ReadDetailDialog *plain = window.openRead(0);
        QVERIFY(plain);
        QVERIFY(!plain->findChild<QLabel *>(QStringLiteral("alternatives")));
        plain->close();
    }

    void detailViewPreservesForTheCase()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const auto read = fx.addRead(QStringLiteral("AB12CDE"), QDateTime::currentMSecsSinceEpoch() - kDayMs);
        QVERIFY(read);
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QStringLiteral("AB12CDE"), AccessPurpose::Serious, QStringLiteral("CASE/9"));
        QVERIFY(window.runSearch());
        ReadDetailDialog *detail = window.openRead(0);
        QVERIFY(!detail->holdButton()->isHidden());
        QCOMPARE(detail->holdState()->text(), QStringLiteral("Deleted when the retention period ends"));
        QVERIFY(!detail->preserve(QStringLiteral("  "))); // a reason is required
        QVERIFY(detail->holdState()->text().startsWith(QStringLiteral("Not preserved")));
        QVERIFY(detail->preserve(QStringLiteral("exhibit for trial")));
        QVERIFY(detail->holdState()->text().startsWith(QStringLiteral("Held for CASE/9 by ivan")));
        AuditLog audit(*fx.store);
        QCOMPARE(Retention(*fx.store, audit).holdsOn(read->uid).size(), 1);
        QCOMPARE(audit.recent(1).at(0).action, QStringLiteral("hold-placed"));
        detail->close();

        // An operator sees no such button: holds are for investigations.
        User op;
        op.name = QStringLiteral("olly");
        op.roles = Role::Operator;
        ReadDetailDialog opView(*fx.store, op, *read, AccessPurpose::Routine, QStringLiteral("CASE/1"), QString());
        QVERIFY(opView.holdButton()->isHidden());
        QVERIFY(opView.holdState()->text().startsWith(QStringLiteral("Held for CASE/9")));
    }

    void detailViewShowsNoImageWhenTheAuditTrailCannotBeWritten()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const auto read = fx.addRead(QStringLiteral("AB12CDE"), QDateTime::currentMSecsSinceEpoch() - kDayMs);
        QVERIFY(read);
        const qint64 entriesBefore = AuditLog(*fx.store).head()->id;
        QVERIFY(breakAuditTrail(fx.store->path()));
        QVERIFY(!AuditLog(*fx.store).append(QStringLiteral("ivan"), QStringLiteral("probe")));

        ReadDetailDialog detail(*fx.store, investigator(), *read, AccessPurpose::Serious, QStringLiteral("CASE/9"),
                                QString());
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        QVERIFY(detail.patch().isNull());
        QVERIFY(detail.overview().isNull());
        for (const char *name : {"patchImage", "overviewImage"}) {
            auto *label = detail.findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QVERIFY2(label->pixmap().isNull(), name);
            QVERIFY2(label->text().startsWith(QStringLiteral("Not shown")), qPrintable(label->text()));
        }
        auto *warning = detail.findChild<QLabel *>(QStringLiteral("integrityWarning"));
        QVERIFY(warning && warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("audit trail could not be written")), qPrintable(warning->text()));

        // With the trail back, the same read shows its images, and the look is the one new entry.
        QVERIFY(restoreAuditTrail(fx.store->path()));
        ReadDetailDialog again(*fx.store, investigator(), *read, AccessPurpose::Serious, QStringLiteral("CASE/9"),
                               QString());
        QVERIFY(!again.patch().isNull());
        QCOMPARE(AuditLog(*fx.store).head()->id, entriesBefore + 1);
        QCOMPARE(AuditLog(*fx.store).recent(1).at(0).action, QStringLiteral("view-images"));
    }

    void badPatternShowsCoreError_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent") << QStringLiteral("AB%") << QStringLiteral("'%' is not allowed in a plate pattern");
        QTest::newRow("underscore") << QStringLiteral("AB_1") << QStringLiteral("'_' is not allowed");
        QTest::newRow("quote") << QStringLiteral("AB'1") << QStringLiteral("''' is not allowed");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("the plate pattern is empty");
    }

    void badPatternShowsCoreError()
    {
        QFETCH(QString, plate);
        QFETCH(QString, expected);
        Fixture fx;
        QVERIFY(fx.open());
        SearchWindow window(*fx.store, investigator());
        window.show();
        window.setCriteria(plate, AccessPurpose::Routine, QStringLiteral("CASE/1"));
        QVERIFY(!window.runSearch());
        QVERIFY2(window.errorText().contains(expected), qPrintable(window.errorText()));
        QVERIFY(window.errorText().contains(QStringLiteral("field 'plate'")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
        QCOMPARE(window.resultsTable()->rowCount(), 0);
    }

    void missingReferenceAndRefusedRole()
    {
        Fixture fx;
        QVERIFY(fx.open());
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QStringLiteral("AB*"), AccessPurpose::Routine, QString());
        QVERIFY(!window.runSearch());
        QVERIFY(window.errorText().contains(QStringLiteral("case reference")));

        User auditor;
        auditor.name = QStringLiteral("audrey");
        auditor.roles = Role::Auditor;
        SearchWindow refused(*fx.store, auditor);
        refused.setCriteria(QStringLiteral("AB*"), AccessPurpose::Routine, QStringLiteral("CASE/1"));
        QVERIFY(!refused.runSearch());
        QVERIFY2(refused.errorText().startsWith(QStringLiteral("Search refused: ")), qPrintable(refused.errorText()));
        QCOMPARE(AuditLog(*fx.store).recent(1).at(0).action, QStringLiteral("search")); // refusals are audited too
    }

    void convoy()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int pass = 0; pass < 3; ++pass) {
            const qint64 t = now - (pass + 1) * kDayMs;
            QVERIFY(fx.addRead(QStringLiteral("AB12CDE"), t));
            QVERIFY(fx.addRead(QStringLiteral("XY99ZZT"), t + 20 * 1000)); // every pass, 20 s behind
            if (pass == 0)
                QVERIFY(fx.addRead(QStringLiteral("LN51AAA"), t - 30 * 1000)); // once only
        }
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QString(), AccessPurpose::Serious, QStringLiteral("OP/CONVOY"));
        window.setConvoyCriteria(QStringLiteral("ab12 cde"), 60, 2);
        QVERIFY2(window.runConvoy(), qPrintable(window.errorText()));
        QCOMPARE(window.convoyResults().size(), 1);
        QTableWidget *t = window.convoyTable();
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, SearchWindow::ConvoyVrm)->text(), QStringLiteral("XY99ZZT"));
        QCOMPARE(t->item(0, SearchWindow::ConvoyCount)->text(), QStringLiteral("3"));
        QCOMPARE(t->item(0, SearchWindow::ConvoyCamera)->text(), fx.camera.name);
        QVERIFY(!t->item(0, SearchWindow::ConvoyFirst)->text().isEmpty());
        QCOMPARE(AuditLog(*fx.store).recent(1).at(0).action, QStringLiteral("convoy"));

        window.setConvoyCriteria(QStringLiteral("AB12*"), 60, 2);
        QVERIFY(!window.runConvoy());
        QVERIFY(window.errorText().contains(QStringLiteral("one exact target VRM")));
    }

    // Return in the convoy form runs it, typed as a person types into the window.
    void returnRunsTheConvoy()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int pass = 0; pass < 2; ++pass) {
            QVERIFY(fx.addRead(QStringLiteral("AB12CDE"), now - (pass + 1) * kDayMs));
            QVERIFY(fx.addRead(QStringLiteral("XY99ZZT"), now - (pass + 1) * kDayMs + 20 * 1000));
        }
        SearchWindow window(*fx.store, investigator());
        window.setCriteria(QString(), AccessPurpose::Serious, QStringLiteral("OP/CONVOY"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentIndex(1);
        window.findChild<QLineEdit *>(QStringLiteral("convoyTargetEdit"))->setFocus(Qt::TabFocusReason);
        TestFixture::typeText(window.windowHandle(), QStringLiteral("AB12CDE"));
        QTest::keyClick(window.windowHandle(), Qt::Key_Return);
        QTRY_COMPARE(window.convoyResults().size(), 1);
        QCOMPARE(window.convoyTable()->item(0, SearchWindow::ConvoyVrm)->text(), QStringLiteral("XY99ZZT"));
        // From the count field too.
        window.findChild<QWidget *>(QStringLiteral("convoyMinCountSpin"))->setFocus(Qt::TabFocusReason);
        QTest::keyClick(window.windowHandle(), Qt::Key_Up); // at least 3 times: none
        QTest::keyClick(window.windowHandle(), Qt::Key_Return);
        QTRY_COMPARE(window.convoyResults().size(), 0);
    }

    // The convoy's column titles show whole ("Times together"), in English and long text.
    void convoyHeadersFit_data()
    {
        QTest::addColumn<bool>("longText");
        QTest::newRow("English") << false;
        QTest::newRow("long text") << true;
    }
    void convoyHeadersFit()
    {
        QFETCH(bool, longText);
        std::unique_ptr<LongText> translator;
        if (longText)
            translator = std::make_unique<LongText>(QSet<QByteArray>{"Kestrel::SearchWindow"});
        Fixture fx;
        QVERIFY(fx.open());
        SearchWindow window(*fx.store, investigator());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(1);
        QTableWidget *table = window.convoyTable();
        QCOMPARE(table->horizontalHeaderItem(SearchWindow::ConvoyCount)->text() == QStringLiteral("Times together"), !longText);
        QHeaderView *header = table->horizontalHeader();
        for (int i = 0; i < header->count(); ++i)
            QVERIFY2(header->sectionSize(i) >= header->sectionSizeHint(i),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(table->horizontalHeaderItem(i)->text())
                                    .arg(header->sectionSize(i))
                                    .arg(header->sectionSizeHint(i))));
        if (longText)
            grabIfAsked(&window, QStringLiteral("convoy-long"));
    }

    // Not a check: with KESTREL_SCREENSHOT=file.png (run under Xvfb for real fonts) it seeds a
    // store with a few weeks of reads and saves the window with results, as in docs/.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("KESTREL_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set KESTREL_SCREENSHOT=file.png to save a picture of the window");
        Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        Fixture fx;
        QVERIFY(fx.open());
        const QList<Camera> cameras = [&] {
            QList<Camera> list{fx.camera};
            for (const auto &[id, name] : {std::pair{"CAM-M6-J32-SB", "M6 J32 southbound"},
                                           std::pair{"CAM-PRESTON-RD", "Preston Road, Lytham"}}) {
                Camera c = fx.camera;
                c.id = QString::fromLatin1(id);
                c.name = QString::fromLatin1(name);
                list << c;
            }
            return list;
        }();
        for (const Camera &c : cameras)
            QVERIFY(fx.store->upsertCamera(c));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        struct Seed { const char *vrm; int camera; double hoursAgo; double confidence; };
        const Seed seeds[] = {{"GM17KFZ", 0, 1.2, 0.97}, {"GM17KFZ", 1, 26.5, 0.95}, {"GM17KPZ", 2, 30.1, 0.88},
                              {"GM17KFZ", 0, 49.0, 0.96}, {"GM17KFD", 1, 75.3, 0.74}, {"GM17KFZ", 2, 122.8, 0.93},
                              {"GM17KXA", 0, 190.4, 0.91}, {"GM17KFZ", 1, 340.0, 0.98}, {"GM17KFZ", 0, 620.0, 0.92},
                              {"GM17KFZ", 2, 200 * 24.0, 0.94}, {"GM17KFE", 1, 240 * 24.0, 0.90}};
        for (const Seed &s : seeds) {
            // A plate patch that looks like one: the plate drawn slightly skewed on a dark bumper.
            QImage patch(240, 64, QImage::Format_RGB32);
            patch.fill(QColor(0x2a, 0x2d, 0x31));
            QPainter p(&patch);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(120, 32);
            p.rotate(-2.5);
            PlateBadgeDelegate::paintBadge(&p, QRectF(-108, -24, 216, 48), QString::fromLatin1(s.vrm),
                                           PlateBadgeDelegate::Style::Rear);
            p.end();
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            patch.save(&buffer, "JPG", 90);
            QVERIFY(fx.addRead(QString::fromLatin1(s.vrm), now - qint64(s.hoursAgo * 3600 * 1000),
                               cameras.at(s.camera).id, s.confidence, bytes));
        }
        User ivan = investigator();
        ivan.displayName = QStringLiteral("DC Ivan Morgan");
        SearchWindow window(*fx.store, ivan);
        window.setCriteria(QStringLiteral("gm17 k*"), AccessPurpose::Routine, QStringLiteral("LAN-2025-004417"));
        window.setTimeWindow(QDateTime::currentDateTime().addYears(-1), QDateTime());
        window.resize(1180, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.runSearch());
        window.resultsTable()->selectRow(0);
        QTest::qWait(200);
        QVERIFY(window.grab().save(out));
    }
};

QTEST_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
