#pragma once

#include "CampaignAddressRow.h"

#include <QString>
#include <QStringList>

namespace parcours {

// One invitation letter's addressee, as the letters PDF prints it.
struct LetterRecipient
{
    qint64 childminderId = 0;
    QString name;
    QStringList addressLines;
    QString postalCode;
    QString commune;
    QString referenceCode;
};

inline LetterRecipient letterRecipient(const CampaignAddressRow& row)
{
    return {row.childminderId, row.name,        row.addressLines,
            row.postalCode,    row.communeName, row.referenceCode};
}

} // namespace parcours
