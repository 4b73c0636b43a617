#include "RuleSettingsStore.h"

namespace parcours {

namespace {
struct IntSetting
{
    const char* key;
    int RuleSettings::*field;
};
constexpr IntSetting kIntSettings[] = {
    {"rules/first_approval_years", &RuleSettings::firstApprovalYears},
    {"rules/renewal_long_years", &RuleSettings::renewalLongYears},
    {"rules/renewal_short_years", &RuleSettings::renewalShortYears},
    {"rules/max_children_under_11", &RuleSettings::maxChildrenUnder11},
    {"rules/max_children_under_3", &RuleSettings::maxChildrenUnder3},
    {"rules/temporary_extra_places", &RuleSettings::temporaryExtraPlaces},
    {"rules/mam_max_members", &RuleSettings::mamMaxMembers},
    {"rules/mam_max_children", &RuleSettings::mamMaxChildren},
    {"rules/alert_ending_within_months", &RuleSettings::alertEndingWithinMonths},
    {"rules/renewal_file_months_before", &RuleSettings::renewalFileMonthsBefore},
    {"rules/suspension_max_months", &RuleSettings::suspensionMaxMonths},
    {"rules/campaign_max_reminders", &RuleSettings::campaignMaxReminders},
    {"rules/campaign_min_days_between_reminders", &RuleSettings::campaignMinDaysBetweenReminders},
    {"rules/initial_first_part_hours", &RuleSettings::initialFirstPartHours},
    {"rules/initial_first_part_months", &RuleSettings::initialFirstPartMonths},
    {"rules/initial_second_part_hours", &RuleSettings::initialSecondPartHours},
    {"rules/initial_second_part_years", &RuleSettings::initialSecondPartYears},
    {"rules/training_reform_year", &RuleSettings::trainingReformYear},
    {"rules/legacy_first_part_hours", &RuleSettings::legacyFirstPartHours},
    {"rules/legacy_second_part_hours", &RuleSettings::legacySecondPartHours},
    {"rules/legacy_second_part_years", &RuleSettings::legacySecondPartYears},
    {"rules/continuing_training_hours_per_year", &RuleSettings::continuingTrainingHoursPerYear},
    {"rules/professional_review_years", &RuleSettings::professionalReviewYears},
    {"rules/vae_min_experience_hours", &RuleSettings::vaeMinExperienceHours},
    {"rules/immersion_max_months", &RuleSettings::immersionMaxMonths},
    {"rules/immersion_max_renewals", &RuleSettings::immersionMaxRenewals},
    {"rules/immersion_max_months_per_host", &RuleSettings::immersionMaxMonthsPerHost},
    {"rules/deadline_alert_months", &RuleSettings::deadlineAlertMonths},
    {"rules/isolation_months", &RuleSettings::isolationMonths},
    {"privacy/anonymise_after_approval_end_years", &RuleSettings::anonymiseAfterApprovalEndYears},
    {"privacy/prospect_inactive_years", &RuleSettings::prospectInactiveYears},
    {"privacy/contact_notes_years", &RuleSettings::contactNotesYears},
    {"audit/retention_months", &RuleSettings::auditRetentionMonths},
};
const QString kDepartementKey = QStringLiteral("rules/default_departement");
} // namespace

RuleSettings loadRuleSettings(const SettingsRepository& settings)
{
    RuleSettings rules;
    for (const auto& s : kIntSettings) {
        bool ok = false;
        const int v = settings.value(QString::fromLatin1(s.key)).value_or(QString()).toInt(&ok);
        if (ok && v >= 0)
            rules.*s.field = v;
    }
    if (const auto dep = settings.value(kDepartementKey); dep && !dep->isEmpty())
        rules.defaultDepartement = *dep;
    return rules;
}

void saveRuleSettings(SettingsRepository& settings, const RuleSettings& rules)
{
    for (const auto& s : kIntSettings)
        settings.setValue(QString::fromLatin1(s.key), QString::number(rules.*s.field));
    settings.setValue(kDepartementKey, rules.defaultDepartement);
}

} // namespace parcours
