#pragma once

#include "TrainingRepository.h"

namespace parcours {

class Database;

// TrainingRepository on SQLite.
class SqlTrainingRepository final : public TrainingRepository
{
  public:
    explicit SqlTrainingRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
