#pragma once

#include "ChildminderRepository.h"

#include <map>
#include <memory>

namespace parcours {

class Database;
class SqliteStatement;

class SqlChildminderRepository final : public ChildminderRepository
{
  public:
    explicit SqlChildminderRepository(Database& db);
    ~SqlChildminderRepository() override;

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
    // The statement for a page through SQLite's C API (null on a server).
    SqliteStatement* pageStatement(const QString& sql) const;
    Database& m_db;
    // Pages by SQL text, as Database::prepared() keeps QtSql's (a few sorts and filters).
    mutable std::map<QString, std::unique_ptr<SqliteStatement>> m_pageStatements;
};

} // namespace parcours
