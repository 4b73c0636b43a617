#include "RuleSettingsForm.h"

#include "FieldErrorLabels.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

namespace {

enum class Unit { None, Years, Months, Days, Hours, Places, People };

struct FieldSpec
{
    int RuleSettings::*member;
    const char* objectName;
    const char* label;
    Unit unit;
    int minimum;
    int maximum;
};

struct GroupSpec
{
    const char* title;
    QList<FieldSpec> fields;
};

QString suffix(Unit unit)
{
    switch (unit) {
    case Unit::Years:
        return RuleSettingsForm::tr(" years");
    case Unit::Months:
        return RuleSettingsForm::tr(" months");
    case Unit::Days:
        return RuleSettingsForm::tr(" days");
    case Unit::Hours:
        return RuleSettingsForm::tr(" h");
    case Unit::Places:
        return RuleSettingsForm::tr(" places");
    case Unit::People:
        return RuleSettingsForm::tr(" people");
    case Unit::None:
        break;
    }
    return {};
}

// Labels are marked for lupdate here and translated when the form is built.
const QList<GroupSpec>& groups()
{
    static const QList<GroupSpec> all = {
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Agrément"),
         {
             {&RuleSettings::firstApprovalYears, "firstApprovalYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "First agrément valid for:"), Unit::Years, 1, 20},
             {&RuleSettings::renewalLongYears, "renewalLongYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Renewal with training done and EP1 + EP3 passed:"),
              Unit::Years, 1, 20},
             {&RuleSettings::renewalShortYears, "renewalShortYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Other renewals:"), Unit::Years, 1, 20},
             {&RuleSettings::renewalFileMonthsBefore, "renewalFileMonthsBefore",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Renewal file due before the end:"), Unit::Months, 0, 24},
             {&RuleSettings::alertEndingWithinMonths, "alertEndingWithinMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Warn about agréments ending within:"), Unit::Months, 1,
              36},
             {&RuleSettings::suspensionMaxMonths, "suspensionMaxMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Emergency suspension at most:"), Unit::Months, 1, 24},
         }},
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Capacity"),
         {
             {&RuleSettings::maxChildrenUnder11, "maxChildrenUnder11",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Children under 11 at once, at most:"), Unit::Places, 1,
              10},
             {&RuleSettings::maxChildrenUnder3, "maxChildrenUnder3",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Of whom under 3, at most:"), Unit::Places, 1, 10},
             {&RuleSettings::temporaryExtraPlaces, "temporaryExtraPlaces",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Temporary exception, extra places:"), Unit::Places, 0,
              6},
             {&RuleSettings::mamMaxMembers, "mamMaxMembers",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Childminders per MAM, at most:"), Unit::People, 1, 20},
             {&RuleSettings::mamMaxChildren, "mamMaxChildren",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Children in a MAM at once, at most:"), Unit::Places, 1,
              60},
         }},
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Training"),
         {
             {&RuleSettings::initialFirstPartHours, "initialFirstPartHours",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Initial training before the first child:"), Unit::Hours,
              0, 500},
             {&RuleSettings::initialFirstPartMonths, "initialFirstPartMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "…due after the first agrément within:"), Unit::Months, 1,
              36},
             {&RuleSettings::initialSecondPartHours, "initialSecondPartHours",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Second part of the initial training:"), Unit::Hours, 0,
              500},
             {&RuleSettings::initialSecondPartYears, "initialSecondPartYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "…due after the first agrément within:"), Unit::Years, 1,
              10},
             {&RuleSettings::trainingReformYear, "trainingReformYear",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Agréments granted before 1 January of this year "
                                                    "follow the former rule:"),
              Unit::None, 1990, 2100},
             {&RuleSettings::legacyFirstPartHours, "legacyFirstPartHours",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Former rule, hours before the first child:"),
              Unit::Hours, 0, 500},
             {&RuleSettings::legacySecondPartHours, "legacySecondPartHours",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Former rule, second part:"), Unit::Hours, 0, 500},
             {&RuleSettings::legacySecondPartYears, "legacySecondPartYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Former rule, second part due within:"), Unit::Years, 1,
              10},
             {&RuleSettings::continuingTrainingHoursPerYear, "continuingTrainingHoursPerYear",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Continuing-training right per year:"), Unit::Hours, 0,
              500},
             {&RuleSettings::deadlineAlertMonths, "deadlineAlertMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Show a deadline as due within:"), Unit::Months, 0, 24},
         }},
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Career"),
         {
             {&RuleSettings::professionalReviewYears, "professionalReviewYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Professional review every:"), Unit::Years, 1, 10},
             {&RuleSettings::vaeMinExperienceHours, "vaeMinExperienceHours",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Experience required for a VAE:"), Unit::Hours, 0, 20000},
             {&RuleSettings::immersionMaxMonths, "immersionMaxMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Immersion (PMSMP) at most:"), Unit::Months, 1, 12},
             {&RuleSettings::immersionMaxRenewals, "immersionMaxRenewals",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Immersion renewals allowed:"), Unit::None, 0, 10},
             {&RuleSettings::immersionMaxMonthsPerHost, "immersionMaxMonthsPerHost",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Immersions with one host over 12 months, at most:"),
              Unit::Months, 1, 12},
             {&RuleSettings::isolationMonths, "isolationMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm",
                                "Isolation watch: nothing collective and no contact for:"),
              Unit::Months, 1, 60},
         }},
        // Issue 5: retention of personal data (0: the rule is off), applied by
        // Outils > Conservation des données.
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Personal data retention"),
         {
             {&RuleSettings::anonymiseAfterApprovalEndYears, "anonymiseAfterApprovalEndYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm",
                                "Anonymise a childminder after her agrément ended (0: never):"),
              Unit::Years, 0, 30},
             {&RuleSettings::prospectInactiveYears, "prospectInactiveYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Delete a prospect with no activity for (0: never):"),
              Unit::Years, 0, 30},
             {&RuleSettings::contactNotesYears, "contactNotesYears",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Empty the notes of contacts older than (0: never):"),
              Unit::Years, 0, 30},
         }},
        // Issue 5: how long the audit trail is kept (0: for ever).
        {QT_TRANSLATE_NOOP("RuleSettingsForm", "Audit trail"),
         {
             {&RuleSettings::auditRetentionMonths, "auditRetentionMonths",
              QT_TRANSLATE_NOOP("RuleSettingsForm", "Keep the audit trail for (0: for ever):"), Unit::Months,
              0, 120},
         }},
    };
    return all;
}

} // namespace

RuleSettingsForm::RuleSettingsForm(const RuleSettings& rules, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ruleSettingsForm"));
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    auto* hint = new QLabel(tr("The figures the rules use, with the defaults of the law as known in November "
                               "2026. Change them only when the law or your département's practice changes."),
                            content);
    hint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(hint);
    contentLayout->addWidget(hint);
    for (const GroupSpec& group : groups()) {
        auto* box = new QGroupBox(QCoreApplication::translate("RuleSettingsForm", group.title), content);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        for (const FieldSpec& spec : group.fields) {
            auto* spin = new QSpinBox(box);
            spin->setObjectName(QString::fromLatin1(spec.objectName));
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSuffix(suffix(spec.unit));
            spin->setMinimumWidth(110);
            auto* label = new QLabel(QCoreApplication::translate("RuleSettingsForm", spec.label), box);
            label->setWordWrap(true);
            label->setBuddy(spin);
            form->addRow(label, spin);
            m_fields.append(Field{spec.member, spin});
        }
        contentLayout->addWidget(box);
    }
    auto* defaults = new QPushButton(tr("Restore the defaults"), content);
    defaults->setObjectName(QStringLiteral("restoreRuleDefaults"));
    connect(defaults, &QPushButton::clicked, this, &RuleSettingsForm::restoreDefaults);
    contentLayout->addWidget(defaults, 0, Qt::AlignLeft);
    contentLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    load(rules);
}

void RuleSettingsForm::load(const RuleSettings& rules)
{
    for (const Field& field : m_fields)
        field.box->setValue(rules.*field.member);
}

void RuleSettingsForm::apply(RuleSettings& rules) const
{
    for (const Field& field : m_fields)
        rules.*field.member = field.box->value();
}

void RuleSettingsForm::restoreDefaults()
{
    load(RuleSettings{});
}

} // namespace parcours
