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
    void writeSearchIndex(const Approval& approval, bool replace);
    // Copies her current agrément onto her row, where lists filter and sort on it.
    void refreshCurrentApproval(qint64 childminderId);
    Database& m_db;
};

} // namespace parcours
