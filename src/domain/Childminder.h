#pragma once

#include "ChildminderStatus.h"

#include <QDate>
#include <QString>

namespace parcours {

// One licensed (or would-be) home childminder. Deliberately holds no
// social-security number and no health field (see docs/protection-des-donnees).
struct Childminder
{
    qint64 id = 0; // 0 until stored
    QString usageName;
    QString birthName;
    QString firstName;
    QDate birthDate;
    QString address;
    QString inseeCode; // commune (code officiel géographique)
    QString postalCode;
    QString communeName; // denormalised from the reference data for search and lists
    QString phone;
    QString email;
    ChildminderStatus status = ChildminderStatus::Active;
    qint64 relayId = 0;           // 0: none
    bool relayOverridden = false; // false: relay follows the commune
    qint64 mamId = 0;             // 0: not a MAM member
    QString notes;
    int version = 0; // optimistic concurrency: bumped by every stored update

    QString displayName() const;
};

} // namespace parcours
