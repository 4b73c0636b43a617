#include "SurveyPrivacyNotice.h"

#include <QCoreApplication>

namespace parcours {

QString surveyPrivacyNotice(const ServiceIdentity& identity, int retentionYears)
{
    const QString contact =
        identity.email.trimmed().isEmpty()
            ? QString()
            : QCoreApplication::translate("SurveyPrivacyNotice", " (%1)").arg(identity.email.trimmed());
    const QString kept =
        retentionYears > 0
            ? QCoreApplication::translate("SurveyPrivacyNotice",
                                          "Your file is kept while you hold an agrément and for %n year(s) "
                                          "after it ends, then anonymised.",
                                          nullptr, retentionYears)
            : QCoreApplication::translate("SurveyPrivacyNotice",
                                          "Your file is kept while you hold an agrément, then anonymised.");
    return QCoreApplication::translate(
               "SurveyPrivacyNotice",
               "Data protection: the %1 (%2) processes your answers to organise childcare and support "
               "childminders in their career, as part of its public-service mission (GDPR art. 6-1-e). Only "
               "its staff and your relay (RPE) see them; results are published only as statistics, with no "
               "figure about fewer than 5 people. Please give no health information in your comments. %3 "
               "You may access and correct your data, or object to its processing, by writing to the "
               "service%4; you may also lodge a complaint with the CNIL (www.cnil.fr).")
        .arg(identity.serviceName, identity.departement, kept, contact);
}

} // namespace parcours
