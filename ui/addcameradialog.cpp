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
    m_kind->addItems(kinds);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("File or folder path, rtsp://…, /dev/video0"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(browse);
    m_realtime = new QCheckBox(tr("Play files at real-time speed"), this);
    m_realtime->setChecked(true);
    m_loop = new QCheckBox(tr("Loop files"), this);
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
    connect(browse, &QPushButton::clicked, this, &AddCameraDialog::browse);
    if (kinds.isEmpty()) {
        m_message->setText(tr("No camera source plugin is loaded: see Help → Plugins."));
        m_message->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setMinimumWidth(520);
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
    c.sourceKind = m_kind->currentText();
    c.sourceUrl = m_url->text().trimmed();
    c.options.insert(QStringLiteral("realtime"), m_realtime->isChecked());
    c.options.insert(QStringLiteral("loop"), m_loop->isChecked());
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
