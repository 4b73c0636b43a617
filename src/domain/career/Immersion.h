#pragma once

#include <QDate>
#include <QString>

namespace parcours {

// A PMSMP (période de mise en situation en milieu professionnel): a short
// work-discovery placement with a host, for a childminder or a prospect.
struct Immersion
{
    qint64 id = 0;
    qint64 childminderId = 0; // one of childminderId / prospectId is set
    qint64 prospectId = 0;
    qint64 hostPartnerId = 0; // the host, when it is in the partners directory
    QString hostName;         // otherwise its name
    qint64 prescriberPartnerId = 0;
    QDate startDate;
    QDate endDate;        // inclusive
    qint64 renewalOf = 0; // the immersion this one renews
    QString note;
    int version = 0;

    int days() const
    {
        return startDate.isValid() && endDate.isValid() ? int(startDate.daysTo(endDate)) + 1 : 0;
    }
    // Same host: the same partner, or the same name when no partner is linked.
    bool sameHostAs(const Immersion& other) const;
};

} // namespace parcours
