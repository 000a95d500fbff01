// The force settings dialog over a real store: an administrator's changes are stored through
// core's checks and audited, in an order that lets them pass; refusals leave the store as it
// was; other roles see the figures and cannot change them.
#include "longtext.h"
#include "uifixture.h"

#include "forcesettingsdialog.h"

#include "access/forcesettings.h"
#include "audit/auditlog.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include "testusers.h"

using namespace Kestrel;
using namespace Kestrel::TestFixture;

namespace {

int configChanges(Store &store)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(store).recent(1000))
        n += e.action == QLatin1String("config-change") && !e.details.contains(QLatin1String("refused"));
    return n;
}

} // namespace

class TestForceSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aForceThatKeepsOneYear()
    {
        // Retention 730 -> 200 days needs the extended tier (365) and the image period (365)
        // shortened first: typed in any order, Save finds the order that passes.
        Fixture fx;
        QVERIFY(fx.open());
        ForceSettingsDialog dialog(*fx.store, user("ada", Role::Administrator));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *retention = dialog.findChild<QSpinBox *>(QStringLiteral("retention.days"));
        auto *extended = dialog.findChild<QSpinBox *>(QStringLiteral("access.extended_days"));
        auto *images = dialog.findChild<QSpinBox *>(QStringLiteral("retention.image_days"));
        QVERIFY(retention && extended && images);
        QCOMPARE(retention->value(), 730);
        retention->setValue(200);
        extended->setValue(180);
        images->setValue(150);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QString());
        const RetentionSettings s = ForceSettings::load(*fx.store);
        QCOMPARE(s.retentionDays, 200);
        QCOMPARE(s.extendedDays, 180);
        QCOMPARE(s.imageRetentionDays, 150);
        QCOMPARE(configChanges(*fx.store), 3);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("savedLabel"))->text().contains(QStringLiteral("3")));
        QVERIFY(AuditLog(*fx.store).verify().ok());
    }

    void contradictoryFiguresAreRefused()
    {
        Fixture fx;
        QVERIFY(fx.open());
        ForceSettingsDialog dialog(*fx.store, user("ada", Role::Administrator));
        dialog.findChild<QSpinBox *>(QStringLiteral("access.standard_days"))->setValue(500); // past the 365-day tier
        QVERIFY(!dialog.save());
        // Named in the words of the form, not the keys kestrel-cli uses.
        QVERIFY2(dialog.errorText().contains(QStringLiteral("“Reads any role that needs them may see (days)” (500) "
                                                            "must be less than “Serious cases with approval, up to (days)” (365)")),
                 qPrintable(dialog.errorText()));
        QVERIFY2(!dialog.errorText().contains(QStringLiteral("access.")), qPrintable(dialog.errorText()));
        QCOMPARE(ForceSettings::load(*fx.store).standardDays, 90);
        QCOMPARE(configChanges(*fx.store), 0);
        // The field shows what is stored again, not the refused figure.
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("access.standard_days"))->value(), 90);
    }

    // The form gives each field its room and shows the whole error, wrapped, also in text as
    // long as the Welsh; the error comes from typing into the dialog and clicking Save.
    void roomForFieldsAndTheWholeError_data()
    {
        QTest::addColumn<bool>("longText");
        QTest::newRow("English") << false;
        QTest::newRow("long text") << true;
    }
    void roomForFieldsAndTheWholeError()
    {
        QFETCH(bool, longText);
        std::unique_ptr<LongText> translator;
        if (longText)
            translator = std::make_unique<LongText>(QSet<QByteArray>{"Kestrel::ForceSettingsDialog"});
        Fixture fx;
        QVERIFY(fx.open());
        ForceSettingsDialog dialog(*fx.store, user("ada", Role::Administrator));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *standard = dialog.findChild<QSpinBox *>(QStringLiteral("access.standard_days"));
        standard->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.windowHandle(), Qt::Key_A, Qt::ControlModifier);
        TestFixture::typeText(dialog.windowHandle(), QStringLiteral("500"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(!dialog.errorText().isEmpty());
        // The fields are named as the form names them, never by the keys kestrel-cli uses.
        QVERIFY2(!dialog.errorText().contains(QStringLiteral("access.")), qPrintable(dialog.errorText()));
        QCoreApplication::processEvents();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->wordWrap());
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
        QVERIFY(error->geometry().right() <= dialog.width() && error->geometry().bottom() <= dialog.height());
        for (QSpinBox *spin : dialog.findChildren<QSpinBox *>()) {
            QVERIFY2(spin->width() >= spin->sizeHint().width(), qPrintable(spin->objectName()));
            auto *form = dialog.findChild<QFormLayout *>();
            auto *label = qobject_cast<QLabel *>(form->labelForField(spin));
            QVERIFY(label);
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            QVERIFY(!label->geometry().intersects(spin->geometry()));
        }
        if (longText)
            grabIfAsked(&dialog, QStringLiteral("forcesettings-long"));
        else
            grabIfAsked(&dialog, QStringLiteral("forcesettings"));
    }

    // The outcomes offered for a hit: ticked with the space bar, ordered with Move up, saved as
    // the force setting (audited); misread cannot be taken off.
    void theOutcomesOfferedAreChosenHere()
    {
        Fixture fx;
        QVERIFY(fx.open());
        ForceSettingsDialog dialog(*fx.store, user("ada", Role::Administrator));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QListWidget *list = dialog.outcomesList();
        QCOMPARE(dialog.chosenOutcomes(), ForceSettings::defaultOutcomes());
        auto rowOf = [list](HitOutcome o) {
            for (int row = 0; row < list->count(); ++row)
                if (list->item(row)->data(Qt::UserRole).toInt() == int(o))
                    return row;
            return -1;
        };
        auto type = [&dialog](int key) { QTest::keyClick(dialog.windowHandle(), Qt::Key(key)); };
        list->setFocus(Qt::TabFocusReason);
        list->setCurrentRow(rowOf(HitOutcome::Duplicate));
        type(Qt::Key_Space); // not offered any more
        list->setCurrentRow(rowOf(HitOutcome::Misread));
        type(Qt::Key_Space); // stays: the recogniser's errors come from it
        list->setCurrentRow(rowOf(HitOutcome::Arrested));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("outcomeUpButton")), Qt::LeftButton);
        QList<HitOutcome> expected = ForceSettings::defaultOutcomes();
        expected.removeAll(HitOutcome::Duplicate);
        expected.move(expected.indexOf(HitOutcome::Arrested), expected.indexOf(HitOutcome::Arrested) - 1);
        QCOMPARE(dialog.chosenOutcomes(), expected);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(ForceSettings::offeredOutcomes(*fx.store), expected);
        QCOMPARE(configChanges(*fx.store), 1);
        QVERIFY(AuditLog(*fx.store).verify().ok());
        // Saved again unchanged: nothing more recorded.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(configChanges(*fx.store), 1);
    }

    void otherRolesSeeButCannotChange()
    {
        Fixture fx;
        QVERIFY(fx.open());
        const User supervisor = user("sam", Role::Supervisor);
        ForceSettingsDialog dialog(*fx.store, supervisor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *standard = dialog.findChild<QSpinBox *>(QStringLiteral("access.standard_days"));
        QVERIFY(!standard->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isVisible());
        // Even driven directly, core refuses, and says so.
        standard->setValue(60);
        QVERIFY(!dialog.save());
        QVERIFY(dialog.errorText().contains(QStringLiteral("change-settings is for the administrator")));
        QCOMPARE(ForceSettings::load(*fx.store).standardDays, 90);
    }
};

QTEST_MAIN(TestForceSettingsDialog)
#include "tst_forcesettingsdialog.moc"
