#include "RuleSettingsForm.h"
#include "SettingsDialog.h"
#include "UiTestSupport.h"

#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("The rules tab of the settings stores the career-path figures and restores the defaults")
{
    auto context = emptyContext();
    {
        SettingsDialog dialog(*context);
        child<QLineEdit>(&dialog, QStringLiteral("serviceName"))->setText(QStringLiteral("Parcours Pro"));
        auto* isolation = child<QSpinBox>(&dialog, QStringLiteral("isolationMonths"));
        CHECK(isolation->value() == 12);
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("initialFirstPartHours"))->value() == 80);
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("continuingTrainingHoursPerYear"))->value() == 58);
        isolation->setValue(18);
        child<QSpinBox>(&dialog, QStringLiteral("initialSecondPartYears"))->setValue(4);
        child<QSpinBox>(&dialog, QStringLiteral("renewalLongYears"))->setValue(9);
        REQUIRE(dialog.save());
    }
    CHECK(context->rules().isolationMonths == 18);
    CHECK(context->rules().initialSecondPartYears == 4);
    CHECK(context->rules().renewalLongYears == 9);
    // Untouched figures keep their defaults.
    CHECK(context->rules().professionalReviewYears == 2);

    SettingsDialog again(*context);
    CHECK(child<QSpinBox>(&again, QStringLiteral("isolationMonths"))->value() == 18);
    child<QPushButton>(&again, QStringLiteral("restoreRuleDefaults"))->click();
    CHECK(child<QSpinBox>(&again, QStringLiteral("isolationMonths"))->value() == 12);
    CHECK(child<QSpinBox>(&again, QStringLiteral("renewalLongYears"))->value() == 10);
    // Nothing is stored until the dialog is saved.
    CHECK(context->rules().isolationMonths == 18);
    REQUIRE(again.save());
    CHECK(context->rules().isolationMonths == 12);
    CHECK(context->rules().initialSecondPartYears == 3);
}
