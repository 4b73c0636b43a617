#pragma once

#include "CampaignAddressRow.h"
#include "SurveyCampaign.h"

#include <QHash>
#include <QList>
#include <optional>

namespace parcours {

// Survey campaigns, the people each one concerns and what was sent to them.
// Counts and call lists are computed in the store.
class CampaignRepository
{
  public:
    virtual ~CampaignRepository() = default;
    // Inserts the campaign (sets id, version, createdAt when unset) and adds
    // every working childminder in its scope as "to contact", each with her
    // reference code. Returns how many people were added.
    virtual int create(SurveyCampaign& campaign) = 0;
    virtual std::optional<SurveyCampaign> find(int year) const = 0;
    virtual std::optional<SurveyCampaign> findById(qint64 id) const = 0;
    // Every campaign, the latest year first.
    virtual QList<SurveyCampaign> all() const = 0;
    // Who holds this reference code in the campaign (codes are compared
    // without case or surrounding spaces), or nothing.
    virtual std::optional<qint64> childminderByReference(qint64 campaignId, const QString& code) const = 0;
    // Her status in the campaign, or nothing when she is not part of it.
    virtual std::optional<CampaignStatus> status(qint64 campaignId, qint64 childminderId) const = 0;
    // False when she is not part of the campaign.
    virtual bool setStatus(qint64 campaignId, qint64 childminderId, CampaignStatus status) = 0;
    virtual void addInvitation(qint64 campaignId, qint64 childminderId, CampaignInvitation& invitation) = 0;
    // Records `invitation` for every person the filter selects whose status is
    // "to contact" and makes them "invited", in two set-based statements (a
    // campaign of 250,000 people in one go). Returns how many. Run it inside a
    // write transaction.
    virtual int inviteAll(qint64 campaignId, const CampaignPeopleFilter& filter,
                          const CampaignInvitation& invitation) = 0;
    // What was sent to her, oldest first.
    virtual QList<CampaignInvitation> invitations(qint64 campaignId, qint64 childminderId) const = 0;
    // People per status, for the whole campaign or one relay (0).
    virtual QHash<CampaignStatus, int> statusCounts(qint64 campaignId, qint64 relayId = 0) const = 0;
    // The call list, by name.
    virtual QList<CampaignPersonRow> people(qint64 campaignId, const CampaignPeopleFilter& filter, int offset,
                                            int limit) const = 0;
    virtual int countPeople(qint64 campaignId, const CampaignPeopleFilter& filter) const = 0;
    // The same people as people(), same order, with their postal address and
    // email: for the invitation letters and the mailing list.
    virtual QList<CampaignAddressRow> addresses(qint64 campaignId, const CampaignPeopleFilter& filter,
                                                int offset, int limit) const = 0;
};

} // namespace parcours
