#pragma once

#include "ChildminderRepository.h"

namespace parcours {

class Database;

class SqlChildminderRepository final : public ChildminderRepository
{
  public:
    explicit SqlChildminderRepository(Database& db) : m_db(db) {}

    std::optional<Childminder> find(qint64 id) const override;
    void insert(Childminder& person) override;
    void update(Childminder& person) override;
    QList<ChildminderSummary> list(const ChildminderQuery& query) const override;
    int count(const ChildminderQuery& query) const override;
    std::optional<qint64> findByApprovalNumber(const QString& number) const override;
    std::optional<qint64> findByIdentity(const QString& surname, const QString& firstName,
                                         QDate birthDate) const override;
    QList<qint64> alertCandidates(QDate today, QDate endingOnOrBefore) const override;
    RegisterStatistics statistics(QDate today) const override;
    int reassignRelay(const QString& inseeCode, qint64 relayId) override;
    QList<qint64> idsWithStatus(const QList<ChildminderStatus>& statuses) const override;

  private:
    // Keeps the full-text index in step with the row (see Migrations.cpp for why not a trigger).
    void writeSearchIndex(const Childminder& person, bool replace);
    Database& m_db;
};

} // namespace parcours
