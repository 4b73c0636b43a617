#pragma once

#include "TimelineRepository.h"

namespace parcours {

class Database;

// TimelineRepository on SQLite: one UNION ALL over the tables that date her
// career, each part reading its per-person index.
class SqlTimelineRepository final : public TimelineRepository
{
  public:
    explicit SqlTimelineRepository(Database& db) : m_db(db) {}

    QList<TimelineEntry> entries(const TimelineQuery& query) const override;

  private:
    Database& m_db;
};

} // namespace parcours
