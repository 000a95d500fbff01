// File -> Add camera as a person fills it: source kinds in words, a stream without the options
// of a file, and a problem that goes away once the kind or the address changes.
#include "uifixture.h"

#include "addcameradialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Kestrel;

namespace {

const QStringList kKinds{QStringLiteral("file"), QStringLiteral("usb"), QStringLiteral("stream")};

} // namespace

class TestAddCameraDialog : public QObject
{
    Q_OBJECT
private:
    static void type(QWidget *window, int key)
    {
        QTest::keyClick(window->windowHandle(), Qt::Key(key));
        QCoreApplication::processEvents();
    }
    // Picks the kind as a person does from the keyboard: focus on the list, Home, Down.
    static void chooseKind(AddCameraDialog &dialog, int index)
    {
        dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"))->setFocus(Qt::TabFocusReason);
        type(&dialog, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            type(&dialog, Qt::Key_Down);
    }

private Q_SLOTS:
    void kindsAreNamedInWords()
    {
        AddCameraDialog dialog(nullptr, kKinds);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QCOMPARE(kind->count(), 3);
        for (int i = 0; i < kind->count(); ++i) {
            QCOMPARE(kind->itemData(i).toString(), kKinds.at(i));
            QVERIFY2(!kKinds.contains(kind->itemText(i)), qPrintable(kind->itemText(i)));
            QCOMPARE(kind->itemText(i), AddCameraDialog::kindName(kKinds.at(i)));
        }
        // A plugin's own kind, unknown here, keeps its id.
        QCOMPARE(AddCameraDialog::kindName(QStringLiteral("onvif")), QStringLiteral("onvif"));
    }

    void aStreamHasNoFileOptionsAndIsStoredByItsId()
    {
        AddCameraDialog dialog(nullptr, kKinds);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *loop = dialog.findChild<QCheckBox *>(QStringLiteral("loopCheck"));
        auto *realtime = dialog.findChild<QCheckBox *>(QStringLiteral("realtimeCheck"));
        auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("browseButton"));
        QVERIFY(loop->isVisible() && realtime->isVisible() && browse->isVisible());
        chooseKind(dialog, 2);
        QCOMPARE(dialog.camera().sourceKind, QStringLiteral("stream"));
        QVERIFY(!loop->isVisible());
        QVERIFY(!realtime->isVisible());
        QVERIFY(!browse->isVisible());
        QVERIFY(!dialog.camera().options.contains(QStringLiteral("loop")));
        TestFixture::grabIfAsked(&dialog, QStringLiteral("addcamera-stream"));
        chooseKind(dialog, 0);
        QCOMPARE(dialog.camera().sourceKind, QStringLiteral("file"));
        QVERIFY(loop->isVisible() && realtime->isVisible());
    }

    void aStaleProblemGoesWhenTheKindOrAddressChanges()
    {
        AddCameraDialog dialog(nullptr, kKinds);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *id = dialog.findChildren<QLineEdit *>().first();
        id->setFocus(Qt::TabFocusReason);
        TestFixture::typeText(dialog.windowHandle(), QStringLiteral("CAM-1"));
        // No address: Start says so.
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.problem().isEmpty());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        chooseKind(dialog, 2);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!problem->isVisible());

        // A file that does not exist, then the address corrected by typing.
        chooseKind(dialog, 0);
        dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setFocus(Qt::TabFocusReason);
        TestFixture::typeText(dialog.windowHandle(), QStringLiteral("/nonexistent/video.mp4"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.problem().contains(QStringLiteral("no such file")));
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Backspace);
        QVERIFY(dialog.problem().isEmpty());
    }
};

QTEST_MAIN(TestAddCameraDialog)
#include "tst_addcameradialog.moc"
