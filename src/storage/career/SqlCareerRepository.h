#pragma once

#include "CareerRepository.h"

namespace parcours {

class Database;

// CareerRepository on SQLite.
class SqlCareerRepository final : public CareerRepository
{
  public:
    explicit SqlCareerRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
