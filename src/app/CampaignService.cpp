#include "CampaignService.h"

#include "AppContext.h"
#include "CampaignRepository.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "QuestionnaireRepository.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

namespace parcours {

FieldErrors CampaignService::createCampaign(int year, qint64 questionnaireId, const QList<qint64>& relayIds,
                                            SurveyCampaign* created)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors;
    if (year < 2000 || year > 2100)
        errors.append({QStringLiteral("year"), tr("Enter the campaign year (for example 2026).")});
    else if (m_context.campaigns().find(year))
        errors.append({QStringLiteral("year"), tr("There is already a campaign for %1.").arg(year)});
    if (!m_context.questionnaires().find(questionnaireId))
        errors.append({QStringLiteral("questionnaire"), tr("Choose a stored questionnaire version.")});
    for (auto relayId : relayIds)
        if (!m_context.relays().find(relayId)) {
            errors.append({QStringLiteral("relays"), tr("One of the chosen RPEs no longer exists.")});
            break;
        }
    if (!errors.isEmpty())
        return errors;
    SurveyCampaign campaign;
    campaign.year = year;
    campaign.questionnaireId = questionnaireId;
    campaign.scopeRelayIds = relayIds;
    campaign.createdAt = m_context.clock().now();
    int people = 0;
    m_context.transactions().inWriteTransaction([&] { people = m_context.campaigns().create(campaign); });
    logInfo(
        QStringLiteral("campaign %1 created for %2 with %3 people").arg(campaign.id).arg(year).arg(people));
    if (created)
        *created = campaign;
    return {};
}

std::optional<SurveyCampaign> CampaignService::campaign(int year) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().find(year);
}

FieldErrors CampaignService::invite(qint64 campaignId, qint64 childminderId, QDate date,
                                    ContactChannel channel)
{
    m_context.require(Permission::EditRecords);
    return send(campaignId, childminderId, date, channel, InvitationKind::Invitation);
}

int CampaignService::inviteAll(qint64 campaignId, const CampaignPeopleFilter& filter, QDate date,
                               ContactChannel channel)
{
    m_context.require(Permission::EditRecords);
    if (!m_context.campaigns().findById(campaignId))
        throw DomainError(tr("This campaign does not exist (any more): reopen the campaign list."));
    if (!date.isValid())
        throw DomainError(tr("Enter the date of the sending."));
    if (date > m_context.clock().today())
        throw DomainError(tr("The sending cannot be in the future: check the date."));
    CampaignInvitation invitation;
    invitation.date = date;
    invitation.channel = channel;
    invitation.kind = InvitationKind::Invitation;
    int invited = 0;
    m_context.transactions().inWriteTransaction(
        [&] { invited = m_context.campaigns().inviteAll(campaignId, filter, invitation); });
    return invited;
}

FieldErrors CampaignService::remind(qint64 campaignId, qint64 childminderId, QDate date,
                                    ContactChannel channel)
{
    m_context.require(Permission::EditRecords);
    return send(campaignId, childminderId, date, channel, InvitationKind::Reminder);
}

FieldErrors CampaignService::send(qint64 campaignId, qint64 childminderId, QDate date, ContactChannel channel,
                                  InvitationKind kind)
{
    const auto status = m_context.campaigns().status(campaignId, childminderId);
    if (!status)
        return {{QStringLiteral("childminder"), tr("This childminder is not part of the campaign.")}};
    if (!date.isValid())
        return {{QStringLiteral("date"), tr("Enter the date of the sending.")}};
    if (date > m_context.clock().today())
        return {{QStringLiteral("date"), tr("The sending cannot be in the future: check the date.")}};
    if (isClosedCampaignStatus(*status))
        return {{QStringLiteral("status"),
                 tr("Nothing more is sent to her: her status is \"%1\".").arg(campaignStatusLabel(*status))}};
    if (kind == InvitationKind::Invitation &&
        (*status == CampaignStatus::Invited || *status == CampaignStatus::Reminded))
        return {{QStringLiteral("status"), tr("She has already been invited: send a reminder instead.")}};
    if (kind == InvitationKind::Reminder) {
        const QString reason =
            CampaignRules(m_context.rules())
                .canRemind(m_context.campaigns().invitations(campaignId, childminderId), date);
        if (!reason.isEmpty())
            return {{QStringLiteral("reminder"), reason}};
    }
    CampaignInvitation invitation;
    invitation.date = date;
    invitation.channel = channel;
    invitation.kind = kind;
    m_context.transactions().inWriteTransaction([&] {
        m_context.campaigns().addInvitation(campaignId, childminderId, invitation);
        m_context.campaigns().setStatus(campaignId, childminderId,
                                        kind == InvitationKind::Reminder ? CampaignStatus::Reminded
                                                                         : CampaignStatus::Invited);
    });
    return {};
}

FieldErrors CampaignService::mark(qint64 campaignId, qint64 childminderId, CampaignStatus status)
{
    bool found = false;
    m_context.transactions().inWriteTransaction(
        [&] { found = m_context.campaigns().setStatus(campaignId, childminderId, status); });
    if (!found)
        return {{QStringLiteral("childminder"), tr("This childminder is not part of the campaign.")}};
    return {};
}

FieldErrors CampaignService::markResponded(qint64 campaignId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    return mark(campaignId, childminderId, CampaignStatus::Responded);
}
FieldErrors CampaignService::markRefused(qint64 campaignId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    return mark(campaignId, childminderId, CampaignStatus::Refused);
}
FieldErrors CampaignService::markUnreachable(qint64 campaignId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    return mark(campaignId, childminderId, CampaignStatus::Unreachable);
}
FieldErrors CampaignService::markOutOfScope(qint64 campaignId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    return mark(campaignId, childminderId, CampaignStatus::OutOfScope);
}

QList<CampaignInvitation> CampaignService::invitations(qint64 campaignId, qint64 childminderId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().invitations(campaignId, childminderId);
}

QHash<CampaignStatus, int> CampaignService::statusCounts(qint64 campaignId, qint64 relayId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().statusCounts(campaignId, relayId);
}

QList<CampaignPersonRow> CampaignService::people(qint64 campaignId, const CampaignPeopleFilter& filter,
                                                 int offset, int limit) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().people(campaignId, filter, offset, limit);
}

QList<CampaignAddressRow> CampaignService::addresses(qint64 campaignId, const CampaignPeopleFilter& filter,
                                                     int offset, int limit) const
{
    m_context.require(Permission::BulkExport);
    return m_context.campaigns().addresses(campaignId, filter, offset, limit);
}

int CampaignService::countPeople(qint64 campaignId, const CampaignPeopleFilter& filter) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().countPeople(campaignId, filter);
}

QList<SurveyCampaign> CampaignService::campaigns() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.campaigns().all();
}

} // namespace parcours
