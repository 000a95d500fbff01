// The audit viewer over a real store: filters, core's chain verification before and after a row
// is altered by SQL, the CSV export (and its own audit entry), and refusal for other roles.
#include "uifixture.h"

#include "auditviewer.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "audit/auditlog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

#include "typing.h"

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

User auditor()
{
    User u;
    u.name = QStringLiteral("audrey");
    u.roles = Role::Auditor;
    return u;
}

// False when the trail did not take an entry: the test cannot mean anything then.
bool seed(Store &store)
{
    AuditLog log(store);
    bool ok = true;
    ok = ok && log.append(QStringLiteral("ivan"), QStringLiteral("login"), {{QStringLiteral("client"), QStringLiteral("gui")}}).ok();
    ok = ok && log.append(QStringLiteral("ivan"), QStringLiteral("search"),
                     {{QStringLiteral("plate"), QStringLiteral("AB12*")}, {QStringLiteral("reference"), QStringLiteral("CASE/1")}}).ok();
    ok = ok && log.append(QStringLiteral("ivan"), QStringLiteral("view-images"),
                     {{QStringLiteral("read"), 7}, {QStringLiteral("reference"), QStringLiteral("CASE/1")}}).ok();
    ok = ok && log.append(QStringLiteral("sam"), QStringLiteral("search"),
                     {{QStringLiteral("plate"), QStringLiteral("XY65ZZT")}, {QStringLiteral("reference"), QStringLiteral("OP, \"Heron\"")}}).ok();
    ok = ok && log.append(QStringLiteral("sam"), QStringLiteral("access-approve"), {{QStringLiteral("request"), 3}}).ok();
    return ok;
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersVerifyAndTamper()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const int before = int(AuditLog(*fx.store).recent(1000).size());
        QVERIFY(seed(*fx.store));
        AuditViewer viewer(*fx.store, auditor());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.table()->rowCount(), before + 5);
        QCOMPARE(viewer.table()->item(0, AuditViewer::ActionColumn)->text(), QStringLiteral("Access approved")); // newest first
        QCOMPARE(viewer.table()->item(0, AuditViewer::DetailsColumn)->text(), QStringLiteral("Request no.: 3"));

        // By action, through the combo as a user picks it.
        auto *action = viewer.findChild<QComboBox *>(QStringLiteral("actionFilter"));
        action->setCurrentIndex(action->findData(QStringLiteral("search")));
        QCOMPARE(viewer.table()->rowCount(), 2);
        for (const AuditEvent &e : viewer.shown())
            QCOMPARE(e.action, QStringLiteral("search"));
        viewer.setFilters(QStringLiteral("ivan"), QStringLiteral("search"), QString());
        QCOMPARE(viewer.table()->rowCount(), 1);
        viewer.setFilters(QString(), QString(), QStringLiteral("case/1"));
        QCOMPARE(viewer.table()->rowCount(), 2); // text in the details, any case
        viewer.setFilters(QString(), QString(), QString());
        viewer.setDateRange(QDate::currentDate().addDays(1), QDate());
        QCOMPARE(viewer.table()->rowCount(), 0);
        viewer.setDateRange(QDate::currentDate(), QDate::currentDate());
        QCOMPARE(viewer.table()->rowCount(), before + 5);
        viewer.setDateRange(QDate(), QDate());

        QTest::mouseClick(viewer.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY2(viewer.verifyText().contains(QStringLiteral("intact")), qPrintable(viewer.verifyText()));

        // Someone edits an entry in the database directly.
        const qint64 victim = viewer.shown().at(2).id; // the ivan view-images entry
        QSqlQuery q(fx.store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = '{\"read\":8,\"reference\":\"CASE/1\"}' WHERE id = %1").arg(victim)));
        QVERIFY(!viewer.verifyChain());
        QVERIFY2(viewer.verifyText().contains(QStringLiteral("Chain broken")), qPrintable(viewer.verifyText()));
        QVERIFY2(viewer.verifyText().contains(QStringLiteral("audit entry %1 was altered").arg(victim)),
                 qPrintable(viewer.verifyText()));
    }

    void exportNeverOverTheStore()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(seed(*fx.store));
        AuditViewer viewer(*fx.store, auditor());
        const qint64 entries = AuditLog(*fx.store).recent(1000).size();
        for (const QString &target : QStringList{fx.store->path(), fx.store->path() + QStringLiteral("-wal"),
                                      fx.dir.filePath(QStringLiteral("images/x.csv"))}) {
            QVERIFY2(!viewer.exportCsv(target), qPrintable(target));
            QVERIFY2(viewer.message().contains(QStringLiteral("never written over")), qPrintable(viewer.message()));
        }
        QCOMPARE(fx.store->integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(qint64(AuditLog(*fx.store).recent(1000).size()), entries); // no export claimed
        QVERIFY(AuditLog(*fx.store).verify());
    }

    void exportCsv()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(seed(*fx.store));
        AuditViewer viewer(*fx.store, auditor());
        viewer.setFilters(QString(), QStringLiteral("search"), QString());
        QCOMPARE(viewer.shown().size(), 2);
        const QString path = fx.dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY2(viewer.exportCsv(path), qPrintable(viewer.message()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("id,time,user,action,details,prev_hash,hash"));
        QCOMPARE(lines.size(), 4); // header, two rows, final newline
        QVERIFY(lines.at(1).contains(",ivan,search,"));
        QVERIFY(lines.at(1).contains("\"{\"\"plate\"\":\"\"AB12*\"\",\"\"reference\"\":\"\"CASE/1\"\"}\""));
        QVERIFY(lines.at(2).contains(",sam,search,")); // oldest first
        QVERIFY(lines.at(2).contains("OP, \\\"\"Heron\\\"\""));
        QVERIFY(lines.at(3).isEmpty());

        const AuditEvent last = AuditLog(*fx.store).recent(1).at(0);
        QCOMPARE(last.action, QStringLiteral("export"));
        QCOMPARE(last.user, QStringLiteral("audrey"));
        QCOMPARE(last.details.value(QStringLiteral("entries")).toInt(), 2);
        QCOMPARE(last.details.value(QStringLiteral("file")).toString(), path);
        QVERIFY(AuditLog(*fx.store).verify()); // the export extends the chain properly
    }

    // The export is in the trail before the file exists: without the trail, no file.
    void exportNeedsTheAuditTrail()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(seed(*fx.store));
        AuditViewer viewer(*fx.store, auditor());
        QVERIFY(viewer.table()->rowCount() > 0);
        QVERIFY(breakAuditTrail(fx.store->path()));
        const QString path = fx.dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(!viewer.exportCsv(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(viewer.message().startsWith(QStringLiteral("Not exported: the audit trail could not be written")),
                 qPrintable(viewer.message()));
        QVERIFY(restoreAuditTrail(fx.store->path()));
        QVERIFY(viewer.exportCsv(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(AuditLog(*fx.store).recent(1).at(0).action, QStringLiteral("export"));
    }

    void formulasAreNotRunBySpreadsheets()
    {
        // A failed login records the name typed at the login screen: exported, a name like
        // this must stay text in a spreadsheet, not become a formula.
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(AuditLog(*fx.store).append(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("login-failed")));
        QVERIFY(AuditLog(*fx.store).append(QStringLiteral("@SUM(A1)"), QStringLiteral("login-failed")));
        AuditViewer viewer(*fx.store, auditor());
        viewer.setFilters(QString(), QStringLiteral("login-failed"), QString());
        QCOMPARE(viewer.shown().size(), 2);
        const QString path = fx.dir.filePath(QStringLiteral("failed.csv"));
        QVERIFY2(viewer.exportCsv(path), qPrintable(viewer.message()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",login-failed,"), text.constData());
        QVERIFY2(text.contains(",'@SUM(A1),login-failed,"), text.constData());
    }

    // An approval decided through core, found by its case reference typed in the filter, chosen
    // among the actions by its words, and read as labelled fields with local and UTC times.
    void anApprovalIsFoundByItsCaseAndReadAsFields()
    {
        Fixture fx;
        QVERIFY(fx.open());
        AuditLog audit(*fx.store);
        AccessRequests requests(*fx.store, audit, AccessPolicy(ForceSettings::load(*fx.store)));
        User ivan;
        ivan.name = QStringLiteral("ivan");
        ivan.roles = Role::Investigator;
        User sam;
        sam.name = QStringLiteral("sam");
        sam.roles = Role::Supervisor;
        AccessRequest r;
        r.purpose = AccessPurpose::Serious;
        r.caseReference = QStringLiteral("OP/HERON/7");
        r.justification = QStringLiteral("Earlier movements");
        r.scopeVrms = {QStringLiteral("AB12CDE")};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto created = requests.create(ivan, r, now);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(requests.decide(sam, created->id, true, QStringLiteral("Proportionate"), now));
        QVERIFY(seed(*fx.store)); // other entries around it

        AuditViewer viewer(*fx.store, auditor());
        viewer.show();
        QVERIFY(Kestrel::Typing::activate(&viewer));
        // The case reference, typed in the filter as a person does.
        QVERIFY(Kestrel::Typing::typeInto(viewer.findChild<QLineEdit *>(QStringLiteral("textFilter")),
                                          QStringLiteral("op/heron/7")));
        QCOMPARE(viewer.table()->rowCount(), 2); // the request and its approval
        // Then the action by its words: typed into the action box, which finds the item (a space
        // would open its list, so the first word).
        auto *action = viewer.findChild<QComboBox *>(QStringLiteral("actionFilter"));
        QVERIFY(action->findText(QStringLiteral("Access approved")) > 0);
        QCOMPARE(action->findText(QStringLiteral("access-approve")), -1); // words, not ids
        action->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), action);
        for (const char c : QByteArray("Access"))
            QTest::keyClick(viewer.windowHandle(), c);
        QCOMPARE(action->currentData().toString(), QStringLiteral("access-approve"));
        QCOMPARE(viewer.table()->rowCount(), 1);
        QCOMPARE(viewer.shown().at(0).action, QStringLiteral("access-approve"));
        QCOMPARE(viewer.shown().at(0).details.value(QStringLiteral("reference")).toString(), r.caseReference);

        Kestrel::Typing::clickRow(viewer.table(), 0, AuditViewer::UserColumn);
        QHash<QString, QString> fields;
        auto *form = qobject_cast<QFormLayout *>(viewer.detailsPane()->layout());
        QVERIFY(form);
        QTRY_VERIFY(form->rowCount() > 5 && form->itemAt(0, QFormLayout::FieldRole)->widget()->isVisible()); // on screen
        for (int i = 0; i < form->rowCount(); ++i) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)
                                                     ? form->itemAt(i, QFormLayout::LabelRole)->widget() : nullptr);
            auto *value = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::FieldRole)
                                                     ? form->itemAt(i, QFormLayout::FieldRole)->widget() : nullptr);
            QVERIFY(label && value && value->isVisible());
            QVERIFY2(!value->text().contains(QLatin1Char('{')) && !value->text().contains(QLatin1Char('"')),
                     qPrintable(value->text()));
            fields.insert(label->text(), value->text());
        }
        QCOMPARE(fields.value(QStringLiteral("Case reference:")), r.caseReference);
        QCOMPARE(fields.value(QStringLiteral("Action:")), QStringLiteral("Access approved"));
        QCOMPARE(fields.value(QStringLiteral("User:")), QStringLiteral("sam"));
        QCOMPARE(fields.value(QStringLiteral("Reason:")), QStringLiteral("Proportionate"));
        QCOMPARE(fields.value(QStringLiteral("Requested by:")), QStringLiteral("ivan"));
        // The approval's expiry, an epoch in the JSON, both local and UTC.
        const QString expires = fields.value(QStringLiteral("Expires:"));
        const qint64 expiresMs = viewer.shown().at(0).details.value(QStringLiteral("expires")).toInteger();
        QVERIFY(expiresMs > now);
        QVERIFY2(expires.contains(QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                  QStringLiteral(" UTC")),
                 qPrintable(expires));
        QVERIFY2(expires.contains(QDateTime::fromMSecsSinceEpoch(expiresMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(expires));
        QVERIFY(fields.value(QStringLiteral("Time (UTC):")).startsWith(
            QDateTime::fromMSecsSinceEpoch(viewer.shown().at(0).atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        QVERIFY(!fields.value(QStringLiteral("Time (local):")).isEmpty());
    }

    void otherRolesRefused()
    {
        Fixture fx;
        QVERIFY(fx.open());
        QVERIFY(seed(*fx.store));
        User op;
        op.name = QStringLiteral("olive");
        op.roles = Role::Operator;
        AuditViewer viewer(*fx.store, op);
        QCOMPARE(viewer.table()->rowCount(), 0);
        QVERIFY(viewer.message().contains(QStringLiteral("auditors and administrators")));
        QVERIFY(!viewer.exportCsv(fx.dir.filePath(QStringLiteral("x.csv"))));
        QVERIFY(!QFile::exists(fx.dir.filePath(QStringLiteral("x.csv"))));
        User admin;
        admin.name = QStringLiteral("admin");
        admin.roles = Role::Administrator;
        AuditViewer adminViewer(*fx.store, admin);
        QVERIFY(adminViewer.table()->rowCount() > 0);
    }
};

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
