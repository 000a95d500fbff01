#include "addcameradialog.h"

#include "exclusionzones.h"

#include "pipeline/engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel {

AddCameraDialog::AddCameraDialog(Engine *engine, const QStringList &kinds, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    setWindowTitle(tr("Add camera"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setPlaceholderText(tr("e.g. CAM-A64-NB"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Shown to operators"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("Restricted: not disclosed outside the force"));
    m_direction = new QLineEdit(this);
    m_direction->setPlaceholderText(tr("e.g. NB, towards city"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    // Words for people, the plugin's id as the data the camera is stored with.
    for (const QString &kind : kinds)
        m_kind->addItem(kindName(kind), kind);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("addressEdit"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_browse);
    m_realtime = new QCheckBox(tr("Play files at real-time speed"), this);
    m_realtime->setObjectName(QStringLiteral("realtimeCheck"));
    m_realtime->setChecked(true);
    m_loop = new QCheckBox(tr("Loop files"), this);
    m_loop->setObjectName(QStringLiteral("loopCheck"));
    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("excludeEdit"));
    m_exclude->setPlaceholderText(tr("x,y,w,h; x,y,w,h — fractions of the frame, e.g. 0,0,0.45,0.06"));
    m_exclude->setToolTip(tr("Areas where nothing is read: burnt-in captions, timestamps, signs in view. "
                             "Each zone is x,y,width,height as fractions (0 to 1) of the picture."));
    form->addRow(tr("&Identifier:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Source &kind:"), m_kind);
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(QString(), m_realtime);
    form->addRow(QString(), m_loop);
    form->addRow(tr("&Exclusion zones:"), m_exclude);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problemLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start camera"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCameraDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddCameraDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &AddCameraDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddCameraDialog::kindChanged);
    // A problem named with the last kind or address is stale once either changes.
    connect(m_url, &QLineEdit::textEdited, this, &AddCameraDialog::clearProblem);
    kindChanged();
    if (kinds.isEmpty()) {
        m_message->setText(tr("No camera source plugin is loaded: see Help → Plugins."));
        m_message->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setMinimumWidth(520);
}

QString AddCameraDialog::kindName(const QString &kind)
{
    if (kind == QLatin1String("file"))
        return tr("Video file or folder of images");
    if (kind == QLatin1String("usb"))
        return tr("USB camera");
    if (kind == QLatin1String("stream"))
        return tr("Network stream (RTSP, HTTP) or video device");
    return kind;
}

void AddCameraDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool file = kind == QLatin1String("file");
    // Playing speed, looping and the file chooser mean something for files only.
    m_realtime->setVisible(file);
    m_loop->setVisible(file);
    m_browse->setVisible(file);
    if (file)
        m_url->setPlaceholderText(tr("Path of a video file or of a folder of images"));
    else if (kind == QLatin1String("usb"))
        m_url->setPlaceholderText(tr("Device id or name; empty for the default camera"));
    else if (kind == QLatin1String("stream"))
        m_url->setPlaceholderText(tr("rtsp://…, http://… or /dev/video0"));
    else
        m_url->setPlaceholderText(tr("Address of the source"));
    clearProblem();
    adjustSize(); // no gap where the file options were
}

void AddCameraDialog::clearProblem()
{
    // "No source plugin" stays: it does not depend on what was typed.
    if (m_kind->count() > 0) {
        m_message->clear();
        m_message->hide();
    }
}

void AddCameraDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a video file"), m_url->text(),
                                                      tr("Video files (*.mp4 *.mkv *.avi *.mov);;All files (*)"));
    if (!file.isEmpty())
        m_url->setText(file);
}

Camera AddCameraDialog::camera() const
{
    Camera c;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed().isEmpty() ? c.id : m_name->text().trimmed();
    c.location = m_location->text().trimmed();
    c.direction = m_direction->text().trimmed();
    c.sourceKind = m_kind->currentData().toString();
    c.sourceUrl = m_url->text().trimmed();
    if (c.sourceKind == QLatin1String("file")) { // the options of a file only, never hidden ones
        c.options.insert(QStringLiteral("realtime"), m_realtime->isChecked());
        c.options.insert(QStringLiteral("loop"), m_loop->isChecked());
    }
    auto zones = ExclusionZones::parse(m_exclude->text(), QString());
    if (zones && !zones->isEmpty())
        c.options.insert(QStringLiteral("exclude"), ExclusionZones::toOption(*zones));
    return c;
}

void AddCameraDialog::accept()
{
    const Camera c = camera();
    QString problem;
    QWidget *field = nullptr;
    if (c.id.isEmpty()) {
        problem = tr("Enter an identifier for the camera.");
        field = m_id;
    } else if (c.sourceUrl.isEmpty()) {
        problem = tr("Enter the address of the source.");
        field = m_url;
    } else if (c.sourceKind == QLatin1String("file") && !QFileInfo::exists(c.sourceUrl)) {
        problem = tr("%1: no such file or folder.").arg(c.sourceUrl);
        field = m_url;
    } else if (auto zones = ExclusionZones::parse(m_exclude->text(), QString()); !zones) {
        problem = tr("Exclusion zones: %1").arg(zones.error().message);
        field = m_exclude;
    }
    if (problem.isEmpty()) {
        auto started = m_engine->startCamera(c);
        if (started) {
            QDialog::accept();
            return;
        }
        problem = tr("The camera could not be started: %1").arg(started.error().toString());
    }
    m_message->setText(problem);
    m_message->show();
    if (field)
        field->setFocus();
}

QString AddCameraDialog::problem() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace Kestrel
