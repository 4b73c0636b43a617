#pragma once

#include "ChildminderStatus.h"

#include <QDate>
#include <QString>

namespace parcours {

// One row of the register list: what the list shows, nothing more.
struct ChildminderSummary
{
    qint64 id = 0;
    QString surname; // usage name, or birth name when she has no other
    QString firstName;
    QDate birthDate;
    QString communeName;
    QString postalCode;
    QString relayName;
    ChildminderStatus status = ChildminderStatus::Active;
    QString approvalNumber;
    QDate approvalEnd;
    int places = 0;
    QString phone;
};

} // namespace parcours
