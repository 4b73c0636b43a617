#pragma once

#include "MamMember.h"

#include <QList>
#include <QString>

namespace parcours {

// A Maison d'Assistants Maternels: shared premises for 1 to 6 childminders.
struct Mam
{
    qint64 id = 0;
    QString name;
    QString address;
    QString inseeCode;
    QString postalCode;
    QString communeName;
    QList<MamMember> members;
    int version = 0;

    int memberCountOn(QDate day) const;
    int childCapacityOn(QDate day) const; // sum of the members' places
};

} // namespace parcours
