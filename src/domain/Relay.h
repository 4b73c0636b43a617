#pragma once

#include "RelayStaffContact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// A Relais Petite Enfance. Its territory is a set of communes (INSEE codes)
// and/or whole EPCIs (SIREN codes); a childminder's relay follows from her commune.
struct Relay
{
    qint64 id = 0;
    QString name;
    QString managingBody;
    QStringList communeCodes;
    QStringList epciCodes;
    QList<RelayStaffContact> staff;
    int version = 0;
};

} // namespace parcours
