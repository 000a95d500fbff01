// The force settings dialog over a real store: an administrator's changes are stored through
// core's checks and audited, in an order that lets them pass; refusals leave the store as it
// was; other roles see the figures and cannot change them.
#include "uifixture.h"

#include "forcesettingsdialog.h"

#include "access/forcesettings.h"
#include "audit/auditlog.h"

#include <QLabel>
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
        QVERIFY2(dialog.errorText().contains(QStringLiteral("must be less than access.extended_days")), qPrintable(dialog.errorText()));
        QCOMPARE(ForceSettings::load(*fx.store).standardDays, 90);
        QCOMPARE(configChanges(*fx.store), 0);
        // The field shows what is stored again, not the refused figure.
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("access.standard_days"))->value(), 90);
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
