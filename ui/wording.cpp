#include "wording.h"

#include "access/userdirectory.h"

#include <QComboBox>
#include <QDateTime>
#include <QLocale>

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

QString Wording::personName(const User &user)
{
    for (const UserDirectory::DemoAccount &demo : UserDirectory::demoAccounts()) {
        if (user.name != QLatin1String(demo.name) || user.displayName != QLatin1String(demo.displayName))
            continue;
        const QString name = user.name;
        if (name == QLatin1String("operator"))
            return tr("Demo Operator");
        if (name == QLatin1String("investigator"))
            return tr("Demo Investigator");
        if (name == QLatin1String("supervisor"))
            return tr("Demo Supervisor");
        if (name == QLatin1String("admin"))
            return tr("Demo Administrator");
        if (name == QLatin1String("auditor"))
            return tr("Demo Auditor");
    }
    return user.displayName.isEmpty() ? user.name : user.displayName;
}

QString Wording::demoLogInHint()
{
    QStringList names;
    for (const UserDirectory::DemoAccount &demo : UserDirectory::demoAccounts())
        names << QLatin1String(demo.name);
    return tr("Demo: log in as %1, each with the password %2.")
        .arg(QLocale().createSeparatedList(names), QLatin1String(UserDirectory::kDemoPassword));
}

} // namespace Kestrel
