#pragma once

#include "TimelineRepository.h"

namespace parcours {

class Database;

// TimelineRepository on SQLite.
class SqlTimelineRepository final : public TimelineRepository
{
  public:
    explicit SqlTimelineRepository(Database& db) : m_db(db) {}

  private:
    Database& m_db;
};

} // namespace parcours
