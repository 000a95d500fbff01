// Which hits the panel shows: the hit history filtered by priority, state (waiting or
// acknowledged), camera and shift (since this user logged in, or the last 12 hours).
#pragma once

#include "domain/hotlistentry.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Kestrel {

class HitsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { Any, Waiting, Acknowledged };
    enum class Period { Any, ThisShift, Last12Hours };
    static constexpr qint64 kLast12HoursMs = 12LL * 3600 * 1000;

    explicit HitsFilter(QObject *parent = nullptr);

    void setPriority(std::optional<Priority> priority);
    void setState(State state);
    void setCameraId(const QString &cameraId); // empty: every camera
    void setPeriod(Period period);
    // The start of this user's shift: when they logged in.
    void setShiftStartMs(qint64 ms);
    qint64 shiftStartMs() const { return m_shiftStartMs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Priority> m_priority;
    State m_state = State::Any;
    QString m_cameraId;
    Period m_period = Period::Any;
    qint64 m_shiftStartMs = 0;
};

} // namespace Kestrel
