// The High-hit alert: shown with its evidence, sounding in a loop, queueing further High hits in
// the same dialog, acknowledged into the store and the audit trail (also when the store writer
// is late), escalating when left alone; Medium hits and hidden covert hits raise no modal.
#include "uifixture.h"

#include "hitacknowledger.h"
#include "hitalertdialog.h"
#include "hitsmodel.h"
#include "hitspanel.h"
#include "mainwindow.h"

#include "audit/auditlog.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QStatusBar>
#include <QTranslator>

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

QList<AuditEvent> auditEvents(Store &store, const QString &action)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : AuditLog(store).recent(200)) {
        if (e.action == action)
            out.append(e);
    }
    return out;
}

bool hasPixmap(const QLabel *label)
{
    return label && !label->pixmap().isNull();
}

} // namespace

class TestHitAlertDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsQueuesAndAcknowledges()
    {
        Fixture fx;
        QVERIFY(fx.open());
        Hit first = fx.makeHit(fx.high, QStringLiteral("GM17KF2")); // ≈ 2 for Z
        Hit second = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        QVERIFY(!first.uid.isNull() && !second.uid.isNull());

        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setCameraName(fx.camera.id, fx.camera.name);
        QVERIFY(!dialog.isVisible());
        dialog.enqueue(first);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isModal());
        QCOMPARE(dialog.counterText(), QStringLiteral("1 of 1"));

        // Evidence: both images decoded, the VRM badge, the approximate match marked.
        QVERIFY(hasPixmap(dialog.findChild<QLabel *>(QStringLiteral("alertPatch"))));
        QVERIFY(hasPixmap(dialog.findChild<QLabel *>(QStringLiteral("alertOverview"))));
        QVERIFY(hasPixmap(dialog.findChild<QLabel *>(QStringLiteral("alertPlate"))));
        const QString match = dialog.findChild<QLabel *>(QStringLiteral("alertMatch"))->text();
        QVERIFY2(match.startsWith(QChar(0x2248)) && match.contains(QStringLiteral("check the image")), qPrintable(match));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("alertAction"))->text(), fx.high.action);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("alertReason"))->text(), fx.high.reason);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertWarnings"))->text().contains(fx.high.warningMarkers));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertList"))->text().contains(fx.high.category));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertSeen"))->text().contains(fx.camera.name));

        // The sound: the embedded WAV, looping until acknowledged.
        QSoundEffect *sound = dialog.sound();
        QCOMPARE(sound->source(), QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
        QCOMPARE(sound->loopCount(), int(QSoundEffect::Infinite));
        QVERIFY(dialog.alarmSounding());
        QFile wav(QStringLiteral(":/sounds/alert.wav"));
        QVERIFY(wav.open(QIODevice::ReadOnly));
        const QByteArray riff = wav.readAll();
        QVERIFY(riff.startsWith("RIFF") && riff.mid(8, 4) == "WAVE");
        QVERIFY(riff.size() > 1000 && riff.size() < 100 * 1024);
        if (!QMediaDevices::audioOutputs().isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(sound->isPlaying(), 3000);
        else
            qInfo("no audio output on this machine: QSoundEffect cannot play, its set-up is checked");

        // Esc does not dismiss an alert.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());

        // A second High hit joins the same dialog.
        dialog.enqueue(second);
        QCOMPARE(dialog.queued(), 2);
        QCOMPARE(dialog.counterText(), QStringLiteral("1 of 2"));
        QCOMPARE(dialog.currentHit().uid, first.uid);
        const QWidgetList tops = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(tops.begin(), tops.end(),
                               [](QWidget *w) { return w->isVisible() && qobject_cast<QDialog *>(w); }), 1);

        // Acknowledge needs an outcome first.
        auto *ack = dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge"));
        QVERIFY(!ack->isEnabled());
        dialog.setOutcome(HitOutcome::Misread);
        QVERIFY(ack->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("alertNote")), QStringLiteral("2 read as Z"));
        QSignalSpy acknowledged(&dialog, &HitAlertDialog::hitAcknowledged);
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_COMPARE(acknowledged.count(), 1);
        std::optional<Hit> stored = fx.storedHit(first.uid);
        QVERIFY(stored);
        QCOMPARE(stored->outcome, HitOutcome::Misread);
        QCOMPARE(stored->acknowledgedBy, QStringLiteral("operator"));
        QCOMPARE(stored->note, QStringLiteral("2 read as Z"));
        QVERIFY(stored->acknowledgedAtMs > 0);
        const QList<AuditEvent> audits = auditEvents(*fx.store, QStringLiteral("hit-acknowledge"));
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits.first().user, QStringLiteral("operator"));
        QCOMPARE(audits.first().details.value(QStringLiteral("hit")).toString(), first.uid.toString(QUuid::WithoutBraces));
        QCOMPARE(audits.first().details.value(QStringLiteral("outcome")).toString(), QStringLiteral("misread"));
        QVERIFY(AuditLog(*fx.store).verify());

        // The next one is shown; the dialog stays and keeps sounding.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.counterText(), QStringLiteral("1 of 1"));
        QCOMPARE(dialog.currentHit().uid, second.uid);
        QVERIFY(dialog.alarmSounding());
        const QString exact = dialog.findChild<QLabel *>(QStringLiteral("alertMatch"))->text();
        QVERIFY2(!exact.contains(QChar(0x2248)), qPrintable(exact));

        dialog.setOutcome(HitOutcome::Intercepted);
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.queued(), 0);
        QVERIFY(!dialog.alarmSounding());
        QVERIFY(!sound->isPlaying());
        QCOMPARE(fx.storedHit(second.uid)->outcome, HitOutcome::Intercepted);
        QCOMPARE(auditEvents(*fx.store, QStringLiteral("hit-acknowledge")).size(), 2);
    }

    // The acknowledgement is in the audit trail before the store: without the trail, the hit
    // stays unacknowledged and queued, and the operator is told why.
    void acknowledgementNeedsTheAuditTrail()
    {
        Fixture fx;
        QVERIFY(fx.open());
        Hit hit = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        QVERIFY(!hit.uid.isNull());
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.enqueue(hit);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(breakAuditTrail(fx.store->path()));

        dialog.setOutcome(HitOutcome::Intercepted);
        QSignalSpy acknowledged(&dialog, &HitAlertDialog::hitAcknowledged);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QCOMPARE(acknowledged.count(), 0);
        QCOMPARE(fx.storedHit(hit.uid)->acknowledgedAtMs, 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.queued(), 1);
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("alertMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("audit trail could not be written")), qPrintable(message));

        // With the trail back, the same click records it.
        QVERIFY(restoreAuditTrail(fx.store->path()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QTRY_COMPARE(acknowledged.count(), 1);
        QCOMPARE(fx.storedHit(hit.uid)->outcome, HitOutcome::Intercepted);
        QCOMPARE(auditEvents(*fx.store, QStringLiteral("hit-acknowledge")).size(), 1);
    }

    void acknowledgementWaitsForTheStoreWriter()
    {
        Fixture fx;
        QVERIFY(fx.open());
        Hit late = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"), false); // not committed yet
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.acknowledger()->setRetry(50, 40);
        dialog.enqueue(late);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setOutcome(HitOutcome::NotLocated);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QTest::qWait(250); // the writer's batch is still open...
        QVERIFY(fx.storeHit(late)); // ...and commits
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(fx.storedHit(late.uid)->outcome, HitOutcome::NotLocated);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertMessage"))->text().isEmpty() ||
                !dialog.findChild<QLabel *>(QStringLiteral("alertMessage"))->text().contains(QStringLiteral("Could not")));
    }

    void acknowledgementFailsClearlyWhenTheHitNeverArrives()
    {
        Fixture fx;
        QVERIFY(fx.open());
        Hit ghost = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"), false);
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.acknowledger()->setRetry(10, 5);
        dialog.enqueue(ghost);
        dialog.setOutcome(HitOutcome::NoAction);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("alertMessage"));
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Could not record the acknowledgement")));
        QVERIFY(dialog.isVisible()); // still there to try again
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge"))->isEnabled());
    }

    void escalatesWhenLeftAlone()
    {
        Fixture fx;
        QVERIFY(fx.open());
        Hit hit = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setEscalateAfterMs(400);
        QSignalSpy escalated(&dialog, &HitAlertDialog::hitEscalated);
        dialog.enqueue(hit);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isEscalated(hit.uid));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("escalatedBadge"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(escalated.count(), 1, 3000);
        QVERIFY(dialog.isEscalated(hit.uid));
        QCOMPARE(dialog.escalatedCount(), 1);
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("escalatedBadge"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("escalatedBadge"))->text().contains(QStringLiteral("ESCALATED")));
        const QList<AuditEvent> audits = auditEvents(*fx.store, QStringLiteral("hit-escalated"));
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits.first().details.value(QStringLiteral("hit")).toString(), hit.uid.toString(QUuid::WithoutBraces));
        QCOMPARE(audits.first().details.value(QStringLiteral("operator")).toString(), QStringLiteral("operator"));
        QVERIFY(audits.first().details.value(QStringLiteral("after_s")).toDouble() >= 0.4);
        QTest::qWait(600);
        QCOMPARE(escalated.count(), 1); // once per hit, not on every tick
    }

    void mainWindowRaisesOnlyVisibleHighHits()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const QString db = fx.store->path();
        fx.store.reset(); // the engine opens its own
        PluginLoader plugins;
        Engine::Options options;
        options.dbPath = db;
        options.createStore = true;
        options.previews = false;
        auto created = Engine::create(options, &plugins);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        std::unique_ptr<Engine> engine = std::move(created).value();
        fx.store = Store::openOrCreate(db).value(); // for the fixture's rows; same file

        User op;
        op.name = QStringLiteral("operator");
        op.roles = Role::Operator;
        MainWindow window(engine.get(), op, &plugins);
        window.setEscalateAfterMs(300);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HitAlertDialog *alert = window.alertDialog();

        // Medium: in the hits panel, no modal.
        Q_EMIT engine->hitRaised(fx.makeHit(fx.medium, QStringLiteral("SK25BNL")));
        QTRY_COMPARE(window.hitsModel()->rowCount(), 1);
        QTest::qWait(100);
        QVERIFY(!alert->isVisible());
        QVERIFY(!QApplication::activeModalWidget());

        // Covert High for an operator: neither panel nor modal.
        HotlistEntry covert = fx.high;
        covert.covert = true;
        Q_EMIT engine->hitRaised(fx.makeHit(covert, QStringLiteral("GM17KFZ")));
        QTest::qWait(100);
        QCOMPARE(window.hitsModel()->rowCount(), 1);
        QVERIFY(!alert->isVisible());

        // High: the modal, then escalation in the status bar too.
        const Hit high = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        Q_EMIT engine->hitRaised(high);
        QTRY_VERIFY(alert->isVisible());
        QCOMPARE(QApplication::activeModalWidget(), alert);
        auto *status = window.findChild<QLabel *>(QStringLiteral("escalationStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 3000);
        QVERIFY(status->text().contains(QStringLiteral("ESCALATED")));
        const QImage shot = window.screenshot().toImage();
        QCOMPARE(shot.size(), window.size());

        // Acknowledged in the alert: the hits panel shows it, the status bar calms down.
        alert->setOutcome(HitOutcome::Intercepted);
        QTest::mouseClick(alert->findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QTRY_VERIFY(!alert->isVisible());
        const int row = window.hitsModel()->rowOf(high.uid);
        QVERIFY(row >= 0);
        QCOMPARE(window.hitsModel()->hitAt(row).outcome, HitOutcome::Intercepted);
        window.refreshStatus();
        QVERIFY(!status->isVisible());
    }

    // The same vehicle passing again while its alert waits joins that alert (its sightings
    // listed, the latest shown) instead of opening another; one acknowledgement records the
    // outcome on every sighting.
    void repeatSightingsJoinTheWaitingAlert()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit first = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        QTest::qWait(5); // a later capture time
        const Hit again = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        const Hit misread = fx.makeHit(fx.high, QStringLiteral("GM17KF2")); // another read: its own alert
        QVERIFY(!first.uid.isNull() && !again.uid.isNull() && !misread.uid.isNull());

        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setCameraName(fx.camera.id, fx.camera.name);
        dialog.setJoinWindowMs(10 * 60 * 1000);
        dialog.enqueue(first);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *sightings = dialog.findChild<QLabel *>(QStringLiteral("alertSightings"));
        QVERIFY(sightings);
        QVERIFY(!sightings->isVisible()); // one sighting: nothing to list
        QSignalSpy changed(&dialog, &HitAlertDialog::queueChanged);
        dialog.enqueue(again);
        QCOMPARE(dialog.queued(), 1);
        QCOMPARE(dialog.counterText(), QStringLiteral("1 of 1"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.currentSightings().size(), 2);
        QCOMPARE(dialog.currentHit().uid, again.uid); // where it was seen last
        QVERIFY(sightings->isVisible());
        QVERIFY2(sightings->text().contains(QLatin1String("2")) && sightings->text().contains(fx.camera.name),
                 qPrintable(sightings->text()));
        dialog.enqueue(misread);
        QCOMPARE(dialog.queued(), 2);

        dialog.setOutcome(HitOutcome::Intercepted);
        QSignalSpy acknowledged(&dialog, &HitAlertDialog::hitAcknowledged);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("alertAcknowledge")), Qt::LeftButton);
        QTRY_COMPARE(acknowledged.count(), 2);
        for (const Hit &h : {first, again}) {
            const std::optional<Hit> stored = fx.storedHit(h.uid);
            QVERIFY(stored);
            QCOMPARE(stored->outcome, HitOutcome::Intercepted);
            QCOMPARE(stored->acknowledgedBy, QStringLiteral("operator"));
        }
        QCOMPARE(fx.storedHit(misread.uid)->acknowledgedAtMs, qint64(0));
        QCOMPARE(dialog.queued(), 1);
        QCOMPARE(dialog.currentHit().uid, misread.uid);
        QCOMPARE(auditEvents(*fx.store, QStringLiteral("hit-acknowledge")).size(), 2);
    }

    void withoutAJoinWindowEverySightingAlerts()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit first = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        const Hit again = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setJoinWindowMs(0);
        dialog.enqueue(first);
        dialog.enqueue(again);
        QCOMPARE(dialog.queued(), 2);
    }

    // A hit kept from before a restart has already waited: that time counts towards escalation.
    void aHitKeptFromBeforeARestartCountsItsWait()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const Hit old = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setEscalateAfterMs(60 * 1000);
        dialog.enqueue(old, 5 * 60 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isEscalated(old.uid), 2000);
        QCOMPARE(auditEvents(*fx.store, QStringLiteral("hit-escalated")).size(), 1);
    }

    // Counted words take their plural from the translation, in English as in Welsh: never
    // "time(s)" on screen.
    void sightingsAreCountedInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("Seen 2 times:");
        QTest::newRow("cy") << QStringLiteral("cy") << QStringLiteral("Gwelwyd 2 gwaith:");
    }

    void sightingsAreCountedInWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/kestrel_") + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        Fixture fx;
        QVERIFY(fx.open());
        const Hit first = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        const Hit again = fx.makeHit(fx.high, QStringLiteral("GM17KFZ"));
        HitAlertDialog dialog(fx.store.get(), QStringLiteral("operator"));
        dialog.setJoinWindowMs(10 * 60 * 1000);
        dialog.enqueue(first);
        dialog.enqueue(again);
        const QString text = dialog.sightingsLabel()->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.startsWith(expected), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("(s)")));
    }
};

QTEST_MAIN(TestHitAlertDialog)
#include "tst_hitalertdialog.moc"
