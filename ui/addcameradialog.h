// Asks for a new camera (id, name, location, direction, source kind and address) and starts it.
#pragma once

#include "domain/camera.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kestrel {

class Engine;

class AddCameraDialog : public QDialog
{
    Q_OBJECT
public:
    AddCameraDialog(Engine *engine, const QStringList &kinds, QWidget *parent = nullptr);

    Camera camera() const;
    void accept() override; // starts the camera; stays open and says why when it cannot
    QString problem() const; // what stopped the last accept(), empty when none
    // The words shown for a source kind ("file", "usb", "stream"; a plugin's own id as it is).
    static QString kindName(const QString &kind);

private:
    void browse();
    void kindChanged(); // shows the options that kind has, and forgets a problem with the last one
    void clearProblem();

    Engine *m_engine;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_location;
    QLineEdit *m_direction;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QPushButton *m_browse;
    QCheckBox *m_realtime;
    QCheckBox *m_loop;
    QLineEdit *m_exclude;
    QLabel *m_message;
};

} // namespace Kestrel
