// One camera's live picture with the plates found in it, its name and its state. Paints frames
// itself (QVideoWidget paints nothing offscreen and cannot draw plate boxes).
#pragma once

#include "domain/camera.h"
#include "pipeline/previewframe.h"

#include <QImage>
#include <QWidget>

namespace Kestrel {

class CameraTile : public QWidget
{
    Q_OBJECT
public:
    CameraTile(const QString &cameraId, const QString &name, QWidget *parent = nullptr);

    QString cameraId() const { return m_id; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    CameraState state() const { return m_state; }
    QString message() const { return m_message; }
    QImage image() const { return m_image; }
    int framesShown() const { return m_frames; }

    void setFrame(const PreviewFrame &frame);
    void setState(CameraState state, const QString &message);
    // Where the pipeline reads nothing (fractions of the frame): drawn hatched over the picture.
    void setExclusionZones(const QList<QRectF> &zones);
    QList<QRectF> exclusionZones() const { return m_zones; }

    static QImage toImage(const cv::Mat &bgr); // a deep copy
    static QString stateWord(CameraState state);
    static QColor stateColour(CameraState state);

    QSize sizeHint() const override { return {480, 310}; }
    QSize minimumSizeHint() const override { return {240, 170}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_id;
    QString m_name;
    CameraState m_state = CameraState::Connecting;
    QString m_message;
    QImage m_image;
    QList<QRect> m_boxes;
    QList<QRectF> m_zones;
    QStringList m_labels;
    qint64 m_frameTimeMs = 0;
    int m_frames = 0;
};

} // namespace Kestrel
