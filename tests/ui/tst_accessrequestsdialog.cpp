// Access requests through the real widgets over a real store: an investigator asks, another
// supervisor approves from the queue, the investigator sees the decision; a supervisor's own
// request is refused by core with its reason shown.
#include "uifixture.h"

#include "accessrequestsdialog.h"

#include "access/accessrequests.h"
#include "audit/auditlog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include "testusers.h"
#include "typing.h"

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

// Fills and sends the form as a user would; returns the request id (0 when refused).
qint64 sendRequest(AccessRequestsDialog &dialog, const QString &reference, const QString &vrms, QString *message = nullptr)
{
    AccessRequestForm *form = dialog.newRequest();
    if (!form)
        return 0;
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("referenceEdit")), reference);
    QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("justificationEdit")),
                     QStringLiteral("Suspect vehicle in a series of burglaries; earlier movements needed"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("vrmsEdit")), vrms);
    const qint64 before = dialog.lastCreatedId();
    QPointer<AccessRequestForm> guard(form);
    QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (message && guard)
        *message = guard->message();
    return dialog.lastCreatedId() != before ? dialog.lastCreatedId() : 0;
}

int rowOf(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            return row;
    return -1;
}

} // namespace

class TestAccessRequestsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestThenApprovalByAnotherSupervisor()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const User ivan = user(QStringLiteral("ivan"), Role::Investigator);
        AccessRequestsDialog mine(*fx.store, ivan);
        mine.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine));
        QCOMPARE(mine.tabs()->count(), 1); // no approvals queue for an investigator
        QVERIFY(mine.myRequests());
        QVERIFY(!mine.queue());

        const qint64 id = sendRequest(mine, QStringLiteral("CASE/2025/88"), QStringLiteral("ab12 cde"));
        QVERIFY2(id > 0, qPrintable(mine.message()));
        QVERIFY(mine.message().contains(QStringLiteral("pending")));
        QTableWidget *table = mine.myRequests();
        int row = rowOf(table, id);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, AccessRequestsDialog::MineState)->text(), QStringLiteral("Pending"));
        QCOMPARE(table->item(row, AccessRequestsDialog::MineReference)->text(), QStringLiteral("CASE/2025/88"));
        QCOMPARE(table->item(row, AccessRequestsDialog::MineScope)->text(), QStringLiteral("AB12 CDE"));
        QCOMPARE(table->item(row, AccessRequestsDialog::MineTier)->text(), QStringLiteral("12 months"));

        // A supervisor decides from the queue.
        const User sam = user(QStringLiteral("sam"), Role::Supervisor);
        AccessRequestsDialog queue(*fx.store, sam);
        queue.show();
        QCOMPARE(queue.tabs()->count(), 3); // their own requests, the queue and the decided ones
        QTableWidget *pending = queue.queue();
        row = rowOf(pending, id);
        QVERIFY(row >= 0);
        QCOMPARE(pending->item(row, AccessRequestsDialog::QueueRequester)->text(), QStringLiteral("ivan"));
        pending->selectRow(row);
        // No reason: core refuses, nothing decided.
        QTest::mouseClick(queue.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QVERIFY2(queue.message().contains(QStringLiteral("a decision needs a reason")), qPrintable(queue.message()));
        pending->selectRow(rowOf(pending, id));
        QTest::keyClicks(queue.findChild<QLineEdit *>(QStringLiteral("decisionReasonEdit")),
                         QStringLiteral("Proportionate for a serious series"));
        QTest::mouseClick(queue.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QVERIFY2(queue.message().contains(QStringLiteral("approved until")), qPrintable(queue.message()));
        QCOMPARE(rowOf(pending, id), -1); // gone from the queue

        AuditLog audit(*fx.store);
        const auto stored = AccessRequests(*fx.store, audit, AccessPolicy()).find(id, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(stored);
        QCOMPARE(stored->state, RequestState::Approved);
        QCOMPARE(stored->decidedBy, QStringLiteral("sam"));

        mine.refresh();
        row = rowOf(table, id);
        QCOMPARE(table->item(row, AccessRequestsDialog::MineState)->text(), QStringLiteral("Approved"));
        QCOMPARE(table->item(row, AccessRequestsDialog::MineDecidedBy)->text(), QStringLiteral("sam"));
        QCOMPARE(table->item(row, AccessRequestsDialog::MineReason)->text(), QStringLiteral("Proportionate for a serious series"));
        QVERIFY(!table->item(row, AccessRequestsDialog::MineExpires)->text().isEmpty());
    }

    // A supervisor opens on the waiting queue with a lone request chosen; what they decide stays
    // in sight on "Decided" with who decided, when, the decision and its reason.
    void theQueueOpensFirstAndDecisionsStayAsHistory()
    {
        Fixture fx;
        QVERIFY(fx.open());
        AccessRequestsDialog mine(*fx.store, user(QStringLiteral("ivan"), Role::Investigator));
        const qint64 first = sendRequest(mine, QStringLiteral("CASE/2025/91"), QStringLiteral("AB12CDE"));
        QVERIFY2(first > 0, qPrintable(mine.message()));
        QCOMPARE(AccessRequestsDialog::waitingCount(*fx.store), 1);

        // A supervisor may make requests too, so "My requests" is the first tab: the queue opens.
        const User sam = user(QStringLiteral("sam"), Role::Supervisor);
        AccessRequestsDialog dialog(*fx.store, sam);
        dialog.show();
        QVERIFY(Kestrel::Typing::activate(&dialog));
        QCOMPARE(dialog.tabs()->count(), 3);
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.queuePage());
        QVERIFY(dialog.tabs()->tabText(dialog.tabs()->currentIndex()).contains(QStringLiteral("(1)")));
        QCOMPARE(dialog.queue()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(dialog.queue()->selectionModel()->selectedRows().first().row(), rowOf(dialog.queue(), first));

        // Nothing to click in the table: the reason, then Approve.
        QVERIFY(Kestrel::Typing::typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("decisionReasonEdit")),
                                          QStringLiteral("Proportionate")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QStringLiteral("approved until")), qPrintable(dialog.message()));
        QCOMPARE(dialog.queue()->rowCount(), 0);
        QCOMPARE(AccessRequestsDialog::waitingCount(*fx.store), 0);

        const qint64 second = sendRequest(mine, QStringLiteral("CASE/2025/92"), QStringLiteral("XY65ZZT"));
        QVERIFY(second > 0);
        dialog.refresh();
        QCOMPARE(rowOf(dialog.queue(), second), 0);
        QVERIFY(dialog.queue()->item(0, 0)->isSelected());
        QVERIFY(Kestrel::Typing::typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("decisionReasonEdit")),
                                          QStringLiteral("Not proportionate")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("declineButton")), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QStringLiteral("declined")), qPrintable(dialog.message()));

        QTableWidget *decided = dialog.decided();
        QVERIFY(decided);
        QCOMPARE(decided->rowCount(), 2);
        const int approved = rowOf(decided, first);
        const int declined = rowOf(decided, second);
        QVERIFY(approved >= 0 && declined >= 0);
        QCOMPARE(decided->item(approved, AccessRequestsDialog::DecidedDecision)->text(), QStringLiteral("Approved"));
        QCOMPARE(decided->item(declined, AccessRequestsDialog::DecidedDecision)->text(), QStringLiteral("Declined"));
        QCOMPARE(decided->item(approved, AccessRequestsDialog::DecidedBy)->text(), QStringLiteral("sam"));
        QCOMPARE(decided->item(approved, AccessRequestsDialog::DecidedReference)->text(), QStringLiteral("CASE/2025/91"));
        QCOMPARE(decided->item(declined, AccessRequestsDialog::DecidedReason)->text(), QStringLiteral("Not proportionate"));
        QVERIFY(!decided->item(approved, AccessRequestsDialog::DecidedAt)->text().isEmpty());
        QVERIFY(!decided->item(approved, AccessRequestsDialog::DecidedExpires)->text().isEmpty());
    }

    void selfApprovalRefused()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const User sam = user(QStringLiteral("sam"), Role::Supervisor);
        AccessRequestsDialog dialog(*fx.store, sam);
        dialog.show();
        const qint64 id = sendRequest(dialog, QStringLiteral("CASE/SELF"), QStringLiteral("XY65ZZT"));
        QVERIFY2(id > 0, qPrintable(dialog.message()));
        dialog.refresh();
        const int row = rowOf(dialog.queue(), id);
        QVERIFY(row >= 0);
        dialog.queue()->selectRow(row);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("decisionReasonEdit")), QStringLiteral("Mine"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QStringLiteral("a supervisor cannot decide their own request")),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("requestsMessage"))->isVisible());
        QVERIFY(rowOf(dialog.queue(), id) >= 0); // still pending
        const AuditEvent last = AuditLog(*fx.store).recent(1).at(0);
        QVERIFY(last.details.contains(QStringLiteral("refused"))); // refusals are audited by core
    }

    void formShowsCoreRefusal()
    {
        Fixture fx;
        QVERIFY(fx.open());
        AccessRequestsDialog dialog(*fx.store, user(QStringLiteral("ivan"), Role::Investigator));
        AccessRequestForm *form = dialog.newRequest();
        // Routine purpose for 12 months: the policy refuses; the form stays open with its reason.
        auto *purpose = form->findChild<QComboBox *>(QStringLiteral("purposeCombo"));
        purpose->setCurrentIndex(purpose->findData(int(AccessPurpose::Routine)));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("referenceEdit")), QStringLiteral("C/1"));
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("justificationEdit")), QStringLiteral("x"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("vrmsEdit")), QStringLiteral("AB12CDE"));
        form->accept();
        QVERIFY(form->isVisible());
        QCOMPARE(form->created().id, qint64(0));
        QVERIFY2(form->message().startsWith(QStringLiteral("Refused: ")), qPrintable(form->message()));

        // A VRM that is not one is caught before core is asked.
        auto *vrms = form->findChild<QLineEdit *>(QStringLiteral("vrmsEdit"));
        vrms->setText(QStringLiteral("AB12CDE, A!"));
        form->accept();
        QVERIFY2(form->message().contains(QStringLiteral("\"A!\"")), qPrintable(form->message()));
        form->reject();
    }

    void operatorHasNoTabs()
    {
        Fixture fx;
        QVERIFY(fx.open());
        AccessRequestsDialog dialog(*fx.store, user(QStringLiteral("olive"), Role::Operator));
        QCOMPARE(dialog.tabs()->count(), 0);
        QVERIFY(dialog.message().contains(QStringLiteral("investigators and supervisors")));
    }
};

QTEST_MAIN(TestAccessRequestsDialog)
#include "tst_accessrequestsdialog.moc"
