#pragma once

#include "CampaignAddressRow.h"
#include "FieldError.h"
#include "SurveyCampaign.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace parcours {

class AppContext;

// Yearly survey campaigns: creating one over a scope, then inviting, reminding
// (within the reminder settings) and recording where each person stands.
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

  public:
    explicit CampaignService(AppContext& context) : m_context(context) {}

    // Nothing is written when there are problems. `created` receives the campaign.
    FieldErrors createCampaign(int year, qint64 questionnaireId, const QList<qint64>& relayIds,
                               SurveyCampaign* created = nullptr);
    std::optional<SurveyCampaign> campaign(int year) const;
    QList<SurveyCampaign> campaigns() const;

    // Her status becomes "invited".
    FieldErrors invite(qint64 campaignId, qint64 childminderId, QDate date, ContactChannel channel);
    // The invitation of every person the filter selects who is still "to
    // contact" (a mailing of letters): one invitation each and status
    // "invited", in one transaction. Returns how many were invited. Throws
    // DomainError (French) for an unknown campaign or an invalid or future date.
    int inviteAll(qint64 campaignId, const CampaignPeopleFilter& filter, QDate date, ContactChannel channel);
    // Checked against her status and the reminder settings; status "reminded".
    FieldErrors remind(qint64 campaignId, qint64 childminderId, QDate date, ContactChannel channel);
    FieldErrors markResponded(qint64 campaignId, qint64 childminderId);
    FieldErrors markRefused(qint64 campaignId, qint64 childminderId);
    FieldErrors markUnreachable(qint64 campaignId, qint64 childminderId);
    FieldErrors markOutOfScope(qint64 campaignId, qint64 childminderId);

    QList<CampaignInvitation> invitations(qint64 campaignId, qint64 childminderId) const;
    QHash<CampaignStatus, int> statusCounts(qint64 campaignId, qint64 relayId = 0) const;
    QList<CampaignPersonRow> people(qint64 campaignId, const CampaignPeopleFilter& filter = {},
                                    int offset = 0, int limit = 100) const;
    int countPeople(qint64 campaignId, const CampaignPeopleFilter& filter = {}) const;
    // The same people with their postal address and email, a page at a time
    // (letters, mailing list): callers page through, never load a campaign.
    QList<CampaignAddressRow> addresses(qint64 campaignId, const CampaignPeopleFilter& filter = {},
                                        int offset = 0, int limit = 200) const;

  private:
    FieldErrors send(qint64 campaignId, qint64 childminderId, QDate date, ContactChannel channel,
                     InvitationKind kind);
    FieldErrors mark(qint64 campaignId, qint64 childminderId, CampaignStatus status);
    AppContext& m_context;
};

} // namespace parcours
