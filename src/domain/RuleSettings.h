#pragma once

#include <QString>

namespace parcours {

// Every regulatory figure the rules use. The law leaves room in places and it
// changes, so each is a setting (stored in the database) whose default is the
// value given in docs/domain.md.
struct RuleSettings
{
    int firstApprovalYears = 5;
    int renewalLongYears = 10;  // initial training complete and EP1 + EP3 passed
    int renewalShortYears = 5;  // otherwise
    int maxChildrenUnder11 = 6; // L421-4
    int maxChildrenUnder3 = 4;
    int temporaryExtraPlaces = 2;
    int mamMaxMembers = 6;
    int mamMaxChildren = 20;
    int alertEndingWithinMonths = 6;
    int renewalFileMonthsBefore = 3;
    int suspensionMaxMonths = 4;
    int campaignMaxReminders = 2; // survey campaigns (issue 3)
    int campaignMinDaysBetweenReminders = 14;
    QString defaultDepartement = QStringLiteral("55");
};

} // namespace parcours
