#pragma once

#include "ApprovalRepository.h"

namespace parcours {

class Database;

class SqlApprovalRepository final : public ApprovalRepository
{
  public:
    explicit SqlApprovalRepository(Database& db) : m_db(db) {}
    QList<Approval> forChildminder(qint64 childminderId) const override;
    void save(Approval& approval) override;

  private:
    Database& m_db;
};

} // namespace parcours
