#pragma once

#include "PromotionActionRepository.h"

namespace parcours {

class Database;

// PromotionActionRepository on SQLite.
class SqlPromotionActionRepository final : public PromotionActionRepository
{
  public:
    explicit SqlPromotionActionRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
