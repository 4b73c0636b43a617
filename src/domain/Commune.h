#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

struct Commune
{
    QString code; // INSEE code of the current commune
    QString name;
    QString departement;
    QStringList postalCodes;
    QString epciCode; // SIREN of its intercommunality; empty for a few islands
    int population = 0;
};

struct Epci
{
    QString code; // SIREN
    QString name;
    QStringList departements; // of its member communes
};

} // namespace parcours
