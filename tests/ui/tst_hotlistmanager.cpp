// The hotlist manager over a real store: an import with a bad line shows core's report line; the
// supervisor who imported an entry cannot validate it, a second supervisor can, and it goes live
// with its retrospective hit raised (through the Engine to the hits panel when there is one).
#include "uifixture.h"

#include "hitsmodel.h"
#include "hitspanel.h"
#include "hotlistmanager.h"
#include "pastsightingsdialog.h"

#include "audit/auditlog.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "testusers.h"
#include "typing.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

QString writeCsv(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("local.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("vrm,priority,category,reason,source,action,expires,list\n"
            "AB12CDE,High,Stolen vehicle,Taken in a burglary,Local intelligence,Stop and detain,,Local\n"
            "XY65ZZT,Urgent,Stolen vehicle,Taken in a burglary,Local intelligence,Stop,,Local\n"
            "LN51AAA,Low,No insurance,Uninsured,Local intelligence,Advise,2020-01-01,Local\n");
    return path;
}

int rowOf(const HotlistManager &m, const QString &vrm)
{
    for (int row = 0; row < m.table()->rowCount(); ++row)
        if (m.table()->item(row, HotlistManager::VrmColumn)->text() == vrm)
            return row;
    return -1;
}

// Opens "Add entry…" with the mouse and fills the form with the keyboard, field by field as
// named in core; priority by arrow keys (0: none chosen, 1: High, 2: Medium, 3: Low).
HotlistEntryForm *fillEntryForm(HotlistManager &manager, const QHash<QString, QString> &fields, int priorityDowns)
{
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("addEntryButton")), Qt::LeftButton);
    auto *form = manager.findChild<HotlistEntryForm *>();
    if (!form || !Kestrel::Typing::activate(form))
        return nullptr;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QWidget *widget = form->field(it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->clear();
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) // the list box is editable
            combo->clearEditText();
        else
            return nullptr;
        if (!Kestrel::Typing::typeInto(widget, it.value()))
            return nullptr;
    }
    QWidget *priority = form->field(QStringLiteral("priority"));
    priority->setFocus();
    for (int i = 0; i < priorityDowns; ++i)
        Kestrel::Typing::press(priority, Qt::Key_Down);
    return form;
}

QHash<QString, QString> goodEntry()
{
    return {{QStringLiteral("vrm"), QStringLiteral("ab12 cde")},
            {QStringLiteral("list"), QStringLiteral("Local")},
            {QStringLiteral("reason"), QStringLiteral("Used in an armed robbery")},
            {QStringLiteral("action"), QStringLiteral("Do not stop: inform the control room")},
            {QStringLiteral("category"), QStringLiteral("Wanted")},
            {QStringLiteral("make"), QStringLiteral("Ford")},
            {QStringLiteral("model"), QStringLiteral("Focus")},
            {QStringLiteral("colour"), QStringLiteral("Blue")},
            {QStringLiteral("warning_markers"), QStringLiteral("Firearms")},
            {QStringLiteral("expires"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}};
}

} // namespace

class TestHotlistManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One entry typed by hand goes through core's rules and waits, pending, for a second person:
    // the one who typed it cannot validate it; another supervisor can.
    void anEntryTypedByHandWaitsForASecondPerson()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const User sam = user(QStringLiteral("sam"), Role::Supervisor);
        HotlistManager manager(*fx.store, sam, nullptr, nullptr);
        manager.show();
        QVERIFY(Kestrel::Typing::activate(&manager));
        HotlistEntryForm *form = fillEntryForm(manager, goodEntry(), 1);
        QVERIFY(form);
        QPointer<HotlistEntryForm> guard(form);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addEntryOkButton")), Qt::LeftButton);
        QVERIFY2(!guard || !guard->isVisible(), qPrintable(guard ? guard->message() : QString()));

        const int row = rowOf(manager, QStringLiteral("AB12CDE"));
        QVERIFY(row >= 0);
        QCOMPARE(manager.table()->item(row, HotlistManager::StatusColumn)->text(), QStringLiteral("Pending validation"));
        QCOMPARE(manager.table()->item(row, HotlistManager::AddedByColumn)->text(), QStringLiteral("sam"));
        const qint64 id = manager.selectedId(); // the new entry is the one chosen
        QVERIFY(id > 0);
        const auto stored = fx.store->hotlistEntry(id);
        QVERIFY(stored);
        QCOMPARE(stored->vrm, QStringLiteral("AB12CDE"));
        QCOMPARE(stored->priority, Priority::High);
        QCOMPARE(stored->list, QStringLiteral("Local"));
        QCOMPARE(stored->source, QStringLiteral("Local"));
        QCOMPARE(stored->action, QStringLiteral("Do not stop: inform the control room"));
        QCOMPARE(stored->warningMarkers, QStringLiteral("Firearms"));
        QCOMPARE(stored->make + stored->model + stored->colour, QStringLiteral("FordFocusBlue"));
        QCOMPARE(stored->expires, QDate::currentDate().addDays(30));
        QCOMPARE(stored->status, HotlistStatus::Pending);
        const AuditEvent added = AuditLog(*fx.store).recent(2).at(1); // then the listing after it
        QCOMPARE(added.action, QStringLiteral("hotlist-add"));
        QCOMPARE(added.user, QStringLiteral("sam"));

        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
        QVERIFY2(manager.message().contains(QStringLiteral("a second person must validate it")), qPrintable(manager.message()));
        QCOMPARE(fx.store->hotlistEntry(id)->status, HotlistStatus::Pending);

        HotlistManager second(*fx.store, user(QStringLiteral("sue"), Role::Supervisor), nullptr, nullptr);
        QVERIFY(second.selectEntry(id));
        QVERIFY(second.validate(id));
        QCOMPARE(fx.store->hotlistEntry(id)->status, HotlistStatus::Live);
        QCOMPARE(fx.store->hotlistEntry(id)->validatedBy, QStringLiteral("sue"));
    }

    // The list box offers the lists this user may see: a covert list's name is not shown to an
    // operator, who may still propose entries on open lists.
    void theFormOffersOnlyListsTheUserMaySee()
    {
        Fixture fx;
        QVERIFY(fx.open());
        HotlistSettings special;
        special.name = QStringLiteral("Special Branch");
        special.covert = true;
        QVERIFY(fx.store->saveHotlistSettings(special));
        const auto offered = [&](const User &who) {
            HotlistManager manager(*fx.store, who, nullptr, nullptr);
            manager.show();
            HotlistEntryForm *form = manager.addEntry();
            auto *lists = qobject_cast<QComboBox *>(form->field(QStringLiteral("list")));
            QStringList names;
            for (int i = 0; lists && i < lists->count(); ++i)
                names << lists->itemText(i);
            form->reject();
            return names;
        };
        const QStringList operatorLists = offered(user(QStringLiteral("olive"), Role::Operator));
        QVERIFY2(operatorLists.contains(QStringLiteral("PNC")), qPrintable(operatorLists.join(u',')));
        QVERIFY2(!operatorLists.contains(QStringLiteral("Special Branch")), qPrintable(operatorLists.join(u',')));
        QVERIFY(offered(user(QStringLiteral("sam"), Role::Supervisor)).contains(QStringLiteral("Special Branch")));
    }

    // The importers' rules (hotlistEntryFromFields), every required field filled: a refusal names
    // the field, puts the cursor in it and adds nothing.
    void aBadFieldIsNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("priority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pattern too short") << "vrm" << "AB*" << 1 << "VRM: 'AB*': a wildcard pattern needs at least 4";
        QTest::newRow("no priority chosen") << "" << "" << 0 << "Priority: required";
        QTest::newRow("no reason") << "reason" << "" << 1 << "Reason: required";
        QTest::newRow("no action") << "action" << "" << 2 << "Prescribed action: required";
        QTest::newRow("no list") << "list" << "" << 3 << "List: required";
        QTest::newRow("31 February") << "expires" << "2027-02-31" << 1 << "Expiry date:";
        QTest::newRow("British date") << "expires" << "31/12/2027" << 1 << "Expiry date:";
    }

    void aBadFieldIsNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(int, priority);
        QFETCH(QString, expected);
        Fixture fx;
        QVERIFY(fx.open());
        const qsizetype before = fx.store->hotlistEntries().size();
        HotlistManager manager(*fx.store, user(QStringLiteral("olive"), Role::Operator), nullptr, nullptr);
        manager.show();
        QVERIFY(Kestrel::Typing::activate(&manager));
        QVERIFY(!manager.findChild<QPushButton *>(QStringLiteral("validateButton"))->isVisible());
        QHash<QString, QString> fields = goodEntry();
        if (!field.isEmpty())
            fields.insert(field, typed);
        HotlistEntryForm *form = fillEntryForm(manager, fields, priority);
        QVERIFY(form);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addEntryOkButton")), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY2(form->message().contains(expected), qPrintable(form->message()));
        const QString named = field.isEmpty() ? QStringLiteral("priority") : field;
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused == form->field(named) || form->field(named)->isAncestorOf(focused));
        QCOMPARE(fx.store->hotlistEntries().size(), before);
    }

    void importReportThenSecondPersonValidates()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fx.addRead(QStringLiteral("AB12CDE"), now - 2 * 3600 * 1000)); // passed two hours ago
        const QString csv = writeCsv(fx.dir);
        PluginLoader plugins;
        plugins.load();

        const User sam = user(QStringLiteral("sam"), Role::Supervisor);
        HotlistManager manager(*fx.store, sam, &plugins, nullptr);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        QVERIFY(manager.findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());
        QVERIFY2(manager.importFile(csv), qPrintable(manager.message()));

        // The bad line, in core's words: file, line, field, problem.
        const QStringList problems = manager.importProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).startsWith(csv + QStringLiteral(":3: field 'priority': ")), qPrintable(problems.at(0)));
        QVERIFY(manager.findChild<QListWidget *>(QStringLiteral("importProblems"))->isVisible());
        QVERIFY2(manager.importSummary().contains(QStringLiteral("2 imported (0 live, 2 waiting for validation), 1 line(s) rejected")),
                 qPrintable(manager.importSummary()));

        int row = rowOf(manager, QStringLiteral("AB12CDE"));
        QVERIFY(row >= 0);
        QCOMPARE(manager.table()->item(row, HotlistManager::StatusColumn)->text(), QStringLiteral("Pending validation"));
        QCOMPARE(manager.table()->item(row, HotlistManager::AddedByColumn)->text(), QStringLiteral("sam"));
        QCOMPARE(manager.table()->item(row, HotlistManager::PriorityColumn)->text(), QStringLiteral("▲▲ High"));
        const qint64 id = manager.table()->item(row, HotlistManager::IdColumn)->data(Qt::UserRole).toLongLong();

        // The adder cannot validate: core's refusal is shown.
        QVERIFY(manager.selectEntry(id));
        QVERIFY(manager.findChild<QPushButton *>(QStringLiteral("validateButton"))->isEnabled());
        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
        QVERIFY2(manager.message().contains(QStringLiteral("a second person must validate it")), qPrintable(manager.message()));
        QCOMPARE(fx.store->hotlistEntry(id)->status, HotlistStatus::Pending);

        // A second supervisor can; the entry goes live and the past read is hit.
        const User sue = user(QStringLiteral("sue"), Role::Supervisor);
        HotlistManager second(*fx.store, sue, &plugins, nullptr);
        second.show();
        QVERIFY(second.selectEntry(id));
        QTest::mouseClick(second.findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
        QVERIFY2(second.message().contains(QStringLiteral("is live; 1 retrospective hit(s)")), qPrintable(second.message()));
        QCOMPARE(fx.store->hotlistEntry(id)->status, HotlistStatus::Live);
        QCOMPARE(fx.store->hotlistEntry(id)->validatedBy, QStringLiteral("sue"));
        row = rowOf(second, QStringLiteral("AB12CDE"));
        QCOMPARE(second.table()->item(row, HotlistManager::StatusColumn)->text(), QStringLiteral("Live"));
        QCOMPARE(second.table()->item(row, HotlistManager::ValidatedByColumn)->text(), QStringLiteral("sue"));
        bool retrospective = false;
        for (const Hit &h : fx.store->recentHits(10))
            retrospective = retrospective || (h.entry.id == id && h.retrospective);
        QVERIFY(retrospective);
        // The validator sees the past sighting as a list beside the manager, with its images.
        PastSightingsDialog *past = second.pastSightings();
        QVERIFY(past);
        QVERIFY(past->isVisible());
        QVERIFY(!past->isModal());
        QCOMPARE(past->panel()->model()->rowCount(), 1);
        QVERIFY(!past->panel()->findChild<QLabel *>(QStringLiteral("hitPatch"))->pixmap().isNull());
        QVERIFY(!past->panel()->findChild<QLabel *>(QStringLiteral("hitOverview"))->pixmap().isNull());
    }

    void searchFilterWithdrawAndWeed()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const QString csv = writeCsv(fx.dir);
        const User admin = user(QStringLiteral("ada"), Role::Administrator);
        HotlistManager manager(*fx.store, admin, nullptr, nullptr);
        QVERIFY(manager.importFile(csv)); // CSV without plugins: core's reader
        QCOMPARE(manager.shown().size(), size_t(4)); // two from the fixture, two imported

        manager.setSearch(QStringLiteral("ab12"));
        QCOMPARE(manager.shown().size(), size_t(1));
        manager.setSearch(QStringLiteral("?K*"));
        QCOMPARE(manager.shown().size(), size_t(1)); // SK25BNL
        QCOMPARE(manager.shown()[0].vrm, QStringLiteral("SK25BNL"));
        manager.setSearch(QString());
        manager.setStatusFilter(int(HotlistStatus::Pending));
        QCOMPARE(manager.shown().size(), size_t(2));
        manager.setStatusFilter(-1);

        // Withdrawal needs a reason.
        QVERIFY(!manager.withdraw(fx.medium.id, QString()));
        QVERIFY(manager.message().contains(QStringLiteral("reason")));
        QVERIFY(manager.withdraw(fx.medium.id, QStringLiteral("Recovered by owner")));
        QCOMPARE(fx.store->hotlistEntry(fx.medium.id)->status, HotlistStatus::Withdrawn);
        // The withdrawal, then the listing that shows the result (listings are audited too).
        QCOMPARE(AuditLog(*fx.store).recent(2).at(1).action, QStringLiteral("hotlist-withdraw"));
        QCOMPARE(AuditLog(*fx.store).recent(2).at(0).action, QStringLiteral("hotlist-list"));

        // LN51AAA expired in 2020 (imported pending); weeding stops it matching.
        std::vector<HotlistEntry> old(1);
        old[0].vrm = QStringLiteral("OLD1234");
        old[0].list = QStringLiteral("Local");
        old[0].expires = QDate(2020, 1, 1);
        QVERIFY(fx.store->addHotlistEntries(old));
        manager.reload();
        QVERIFY(manager.weedExpired());
        QVERIFY2(manager.message().contains(QStringLiteral("stopped matching")), qPrintable(manager.message()));
        QVERIFY(!fx.store->hotlistEntry(old[0].id) || fx.store->hotlistEntry(old[0].id)->status == HotlistStatus::Expired);
    }

    void operatorSeesNoImportAndNoCovert()
    {
        Fixture fx;
        QVERIFY(fx.open());
        std::vector<HotlistEntry> covert(1);
        covert[0].vrm = QStringLiteral("UM67GTO");
        covert[0].list = QStringLiteral("Special");
        covert[0].covert = true;
        covert.push_back(fx.high);
        covert[1].id = 0;
        covert[1].vrm = QStringLiteral("PN11ABC");
        covert[1].status = HotlistStatus::Pending;
        covert[1].addedBy = QStringLiteral("sam");
        QVERIFY(fx.store->addHotlistEntries(covert));
        HotlistManager manager(*fx.store, user(QStringLiteral("olive"), Role::Operator), nullptr, nullptr);
        manager.show();
        QVERIFY(!manager.findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());
        QVERIFY(!manager.findChild<QPushButton *>(QStringLiteral("validateButton"))->isVisible());
        QCOMPARE(rowOf(manager, QStringLiteral("UM67GTO")), -1);
        QVERIFY(rowOf(manager, QStringLiteral("GM17KFZ")) >= 0);
        // Core refuses even when asked directly.
        QVERIFY(!manager.validate(covert[1].id));
        QVERIFY2(manager.message().contains(QStringLiteral("validate-hotlist-entry")), qPrintable(manager.message()));
    }

    void validationReachesTheEngine()
    {
        QTemporaryDir dir;
        PluginLoader plugins;
        Engine::Options options;
        options.dbPath = dir.filePath(QStringLiteral("kestrel.db"));
        options.createStore = true;
        auto created = Engine::create(options, &plugins);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        std::unique_ptr<Engine> engine = std::move(created).value();
        Store &store = engine->store();
        Camera camera;
        camera.id = QStringLiteral("CAM-1");
        camera.name = QStringLiteral("Camera 1");
        camera.sourceKind = QStringLiteral("file");
        camera.sourceUrl = QStringLiteral("/nonexistent.mp4");
        auto saved = store.upsertCamera(camera);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        Read r;
        r.uid = QUuid::createUuid();
        r.vrm = QStringLiteral("AB12CDE");
        r.cameraId = QStringLiteral("CAM-1");
        r.capturedAtMs = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        std::vector<Read> reads{r};
        QVERIFY(store.insertReads(reads));

        HotlistManager adder(store, user(QStringLiteral("sam"), Role::Supervisor), &plugins, engine.get());
        QVERIFY(adder.importFile(writeCsv(dir)));
        qint64 id = 0;
        for (const HotlistEntry &e : store.hotlistEntries(HotlistStatus::Pending))
            if (e.vrm == QStringLiteral("AB12CDE"))
                id = e.id;
        QVERIFY(id);
        QSignalSpy hits(engine.get(), &Engine::hitRaised);
        HotlistManager validator(store, user(QStringLiteral("sue"), Role::Supervisor), &plugins, engine.get());
        QVERIFY2(validator.validate(id), qPrintable(validator.message()));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.at(0).at(0).value<Hit>().retrospective);
        QVERIFY(!engine->check(r).empty()); // the matcher was reloaded
    }
};

QTEST_MAIN(TestHotlistManager)
#include "tst_hotlistmanager.moc"
