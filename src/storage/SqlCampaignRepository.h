#pragma once

#include "CampaignRepository.h"

class QSqlQuery;

namespace parcours {

class Database;

class SqlCampaignRepository final : public CampaignRepository
{
  public:
    explicit SqlCampaignRepository(Database& db) : m_db(db) {}

    int create(SurveyCampaign& campaign) override;
    std::optional<SurveyCampaign> find(int year) const override;
    std::optional<SurveyCampaign> findById(qint64 id) const override;
    QList<SurveyCampaign> all() const override;
    std::optional<qint64> childminderByReference(qint64 campaignId, const QString& code) const override;
    std::optional<CampaignStatus> status(qint64 campaignId, qint64 childminderId) const override;
    bool setStatus(qint64 campaignId, qint64 childminderId, CampaignStatus status) override;
    void addInvitation(qint64 campaignId, qint64 childminderId, CampaignInvitation& invitation) override;
    int inviteAll(qint64 campaignId, const CampaignPeopleFilter& filter,
                  const CampaignInvitation& invitation) override;
    QList<CampaignInvitation> invitations(qint64 campaignId, qint64 childminderId) const override;
    QHash<CampaignStatus, int> statusCounts(qint64 campaignId, qint64 relayId) const override;
    QList<CampaignPersonRow> people(qint64 campaignId, const CampaignPeopleFilter& filter, int offset,
                                    int limit) const override;
    int countPeople(qint64 campaignId, const CampaignPeopleFilter& filter) const override;
    QList<CampaignAddressRow> addresses(qint64 campaignId, const CampaignPeopleFilter& filter, int offset,
                                        int limit) const override;

  private:
    std::optional<SurveyCampaign> findWhere(const QString& where, const QVariant& value) const;
    static SurveyCampaign campaignFrom(const QSqlQuery& q);
    Database& m_db;
};

} // namespace parcours
