#pragma once

#include "PartnerRepository.h"

namespace parcours {

class Database;

// PartnerRepository on SQLite.
class SqlPartnerRepository final : public PartnerRepository
{
  public:
    explicit SqlPartnerRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
