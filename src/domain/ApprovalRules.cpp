#include "ApprovalRules.h"

#include <QCoreApplication>

namespace parcours {

int ApprovalRules::termYears(bool isRenewal, const TrainingState& training) const
{
    if (!isRenewal)
        return m_settings.firstApprovalYears;
    const bool qualifies = training.initialTrainingComplete && training.ep1Passed && training.ep3Passed;
    return qualifies ? m_settings.renewalLongYears : m_settings.renewalShortYears;
}

QDate ApprovalRules::validityEnd(QDate start, bool isRenewal, const TrainingState& training) const
{
    if (!start.isValid())
        return {};
    // addYears() maps 29 February to 28 February in a common year; the day
    // before the anniversary is then 27 February, which is what the PMI writes.
    return start.addYears(termYears(isRenewal, training)).addDays(-1);
}

int ApprovalRules::maxPlaces(bool temporaryException) const
{
    return m_settings.maxChildrenUnder11 + (temporaryException ? m_settings.temporaryExtraPlaces : 0);
}

QStringList ApprovalRules::capacityProblems(int places, int placesUnder3, bool temporaryException) const
{
    QStringList problems;
    if (places < 1)
        problems << QCoreApplication::translate("ApprovalRules", "An agrément allows at least one place.");
    if (places > maxPlaces(temporaryException))
        problems << QCoreApplication::translate("ApprovalRules",
                                                "%1 places exceed the legal maximum of %2 children under 11.")
                        .arg(places)
                        .arg(maxPlaces(temporaryException));
    if (placesUnder3 > m_settings.maxChildrenUnder3)
        problems << QCoreApplication::translate("ApprovalRules",
                                                "%1 places under 3 exceed the legal maximum of %2.")
                        .arg(placesUnder3)
                        .arg(m_settings.maxChildrenUnder3);
    if (placesUnder3 > places && places >= 1)
        problems << QCoreApplication::translate("ApprovalRules",
                                                "There cannot be more places under 3 than places in all.");
    return problems;
}

} // namespace parcours
