#pragma once

#include "MamRepository.h"

namespace parcours {

class Database;

class SqlMamRepository final : public MamRepository
{
  public:
    explicit SqlMamRepository(Database& db) : m_db(db) {}
    QList<Mam> all() const override;
    std::optional<Mam> find(qint64 id) const override;
    void save(Mam& mam) override;

  private:
    void loadMembers(Mam& mam) const;
    Database& m_db;
};

} // namespace parcours
