#include "wording.h"

#include <QComboBox>
#include <QDateTime>

namespace Kestrel {

QString Wording::purpose(AccessPurpose p)
{
    switch (p) {
    case AccessPurpose::Routine: return tr("Routine");
    case AccessPurpose::Serious: return tr("Serious crime");
    case AccessPurpose::Major: return tr("Major crime");
    case AccessPurpose::CounterTerrorism: return tr("Counter-terrorism");
    }
    return {};
}

QString Wording::tier(AccessTier t)
{
    switch (t) {
    case AccessTier::Standard: return tr("90 days");
    case AccessTier::Extended12Months: return tr("12 months");
    case AccessTier::Extended24Months: return tr("24 months");
    }
    return {};
}

QString Wording::requestState(RequestState s)
{
    switch (s) {
    case RequestState::Pending: return tr("Pending");
    case RequestState::Approved: return tr("Approved");
    case RequestState::Declined: return tr("Declined");
    case RequestState::Expired: return tr("Expired");
    }
    return {};
}

QString Wording::hotlistStatus(HotlistStatus s)
{
    switch (s) {
    case HotlistStatus::Pending: return tr("Pending validation");
    case HotlistStatus::Live: return tr("Live");
    case HotlistStatus::Expired: return tr("Expired");
    case HotlistStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString Wording::localDateTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void Wording::fillPurposes(QComboBox *combo, AccessPurpose selected)
{
    combo->clear();
    for (AccessPurpose p : {AccessPurpose::Routine, AccessPurpose::Serious, AccessPurpose::Major,
                            AccessPurpose::CounterTerrorism}) {
        combo->addItem(purpose(p), int(p));
        if (p == selected)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

} // namespace Kestrel
