#pragma once

#include "SurveyCampaign.h"

#include <QString>
#include <QStringList>

namespace parcours {

// A person of a campaign with what it takes to write to her: postal address
// for the invitation letters, email for the mailing. One page of them at a
// time (CampaignRepository::addresses), never the whole register.
struct CampaignAddressRow
{
    qint64 childminderId = 0;
    QString name;
    QStringList addressLines; // the stored address, one entry per line, blank lines dropped
    QString postalCode;
    QString communeName;
    QString email;
    QString referenceCode;
    qint64 relayId = 0;
    QString relayName;
    CampaignStatus status = CampaignStatus::ToContact;
};

} // namespace parcours
