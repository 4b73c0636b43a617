#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

// Who sends the documents: printed on the letters' sender block and in every
// PDF footer. Stored in the settings by the front ends; the renderers only
// take it as a parameter.
struct ServiceIdentity
{
    QString serviceName = QStringLiteral("Parcours Pro Petite Enfance");
    QString departement = QStringLiteral("Département de la Meuse");
    QStringList addressLines;
    QString postalCode;
    QString city; // also the place in « Verdun, le 29 novembre 2026 »; optional
    QString phone;
    QString email;
    QString onlineSurveyUrl;
    QString signatory;      // "Marie Dupont"
    QString signatoryTitle; // "Coordinatrice petite enfance"
};

} // namespace parcours
