#pragma once

#include "Approval.h"
#include "Childminder.h"

namespace parcours::testing {

inline Childminder makePerson(const QString& usage, const QString& first, QDate birth = QDate(1975, 4, 12))
{
    Childminder p;
    p.usageName = usage;
    p.firstName = first;
    p.birthDate = birth;
    p.inseeCode = QStringLiteral("55029");
    p.postalCode = QStringLiteral("55000");
    p.communeName = QStringLiteral("Bar-le-Duc");
    p.status = ChildminderStatus::Active;
    return p;
}

inline Approval makeApproval(qint64 personId, const QString& number, QDate start, QDate end, int places = 4)
{
    Approval a;
    a.childminderId = personId;
    a.number = number;
    a.startDate = start;
    a.decisionDate = start;
    a.endDate = end;
    a.places = places;
    return a;
}

} // namespace parcours::testing
