#pragma once

#include "RetentionRepository.h"

namespace parcours {

class Database;

// RetentionRepository on SQLite.
class SqlRetentionRepository final : public RetentionRepository
{
  public:
    explicit SqlRetentionRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
