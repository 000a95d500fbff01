// Translated words for core's enums (purposes, tiers, request states, hotlist statuses) and the
// local date-time shown beside UTC values, shared by the investigation and audit screens.
#pragma once

#include "domain/accessrequest.h"
#include "domain/hotlistentry.h"
#include "domain/user.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace Kestrel {

class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Wording)
public:
    static QString purpose(AccessPurpose purpose);
    static QString tier(AccessTier tier);
    static QString requestState(RequestState state);
    static QString hotlistStatus(HotlistStatus status);
    // "2025-03-01 14:05:09" in the workstation's time zone; "" for 0.
    static QString localDateTime(qint64 utcMs);
    // Every purpose, the enum's int as item data, `selected` current.
    static void fillPurposes(QComboBox *combo, AccessPurpose selected = AccessPurpose::Routine);
    // The name a person is shown by: their display name (the demo accounts' in the screen's
    // language), else their user name.
    static QString personName(const User &user);
    // How to log in to the embedded demo: its user names and password.
    static QString demoLogInHint();
};

} // namespace Kestrel
