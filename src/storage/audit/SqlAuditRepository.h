#pragma once

#include "AuditRepository.h"

namespace parcours {

class Database;

class SqlAuditRepository final : public AuditRepository
{
  public:
    explicit SqlAuditRepository(Database& db) : m_db(db) {}

    void record(const AuditEntry& entry) override;
    QList<AuditEntry> page(const AuditQuery& query) const override;
    qint64 count(const AuditQuery& query) const override;
    QList<AuditEntry> historyOf(qint64 personId, int limit = 5000) const override;
    AuditVerification verify() const override;
    AuditPurgeResult purgeOlderThan(const QDateTime& cutOffUtc) override;
    qint64 countOlderThan(const QDateTime& cutOffUtc) const override;
    qint64 redact(const QString& entity, const QList<qint64>& ids) override;
    qint64 redactPerson(qint64 personId) override;
    void setRowCapture(bool on) override;

  private:
    Database& m_db;
};

} // namespace parcours
