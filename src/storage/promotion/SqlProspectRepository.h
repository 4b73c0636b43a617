#pragma once

#include "ProspectRepository.h"

namespace parcours {

class Database;

// ProspectRepository on SQLite.
class SqlProspectRepository final : public ProspectRepository
{
  public:
    explicit SqlProspectRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
