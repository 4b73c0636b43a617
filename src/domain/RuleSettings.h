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
    // Career paths (issue 4). Initial training: 80 h before the first child,
    // due within 6 months of the first agrément, then 40 h within 3 years.
    // Agréments granted before 1 January of trainingReformYear follow the
    // former rule (60 h before the first child, 60 h within 2 years).
    int initialFirstPartHours = 80;
    int initialFirstPartMonths = 6;
    int initialSecondPartHours = 40;
    int initialSecondPartYears = 3;
    int trainingReformYear = 2019;
    int legacyFirstPartHours = 60;
    int legacySecondPartHours = 60;
    int legacySecondPartYears = 2;
    int continuingTrainingHoursPerYear = 58;
    int professionalReviewYears = 2;
    int vaeMinExperienceHours = 1607;
    int immersionMaxMonths = 1;        // PMSMP: at most 1 month...
    int immersionMaxRenewals = 1;      // ...renewable once...
    int immersionMaxMonthsPerHost = 2; // ...and 2 months per 12 months in one host
    int deadlineAlertMonths = 3;       // a training deadline shows as due this long before
    int isolationMonths = 12;          // isolation watch: nothing collective and no contact for this long
    // Retention of personal data (issue 5, docs/protection-des-donnees.md);
    // 0 turns a rule off. A childminder is anonymised this many years after
    // her last agrément ended (the agrément file's own archiving term)...
    int anonymiseAfterApprovalEndYears = 5;
    // ...a prospect who never became a childminder is deleted after this many
    // years without any activity (CNIL: 3 years after the last contact)...
    int prospectInactiveYears = 3;
    // ...and the free text of a contact (notes, follow-up) is emptied this
    // long after it; date, channel, topics and outcome stay for the figures.
    int contactNotesYears = 5;
    // The audit trail keeps this many months; older rows are purged (issue 5).
    int auditRetentionMonths = 12;
    QString defaultDepartement = QStringLiteral("55");
};

} // namespace parcours
