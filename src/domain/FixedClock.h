#pragma once

#include "Clock.h"

namespace parcours {

// A clock stopped at a given moment: the test seam for every date rule.
class FixedClock final : public Clock
{
  public:
    explicit FixedClock(QDate day) : m_now(day.startOfDay()) {}
    explicit FixedClock(QDateTime moment) : m_now(std::move(moment)) {}
    QDateTime now() const override { return m_now; }
    void set(QDate day) { m_now = day.startOfDay(); }

  private:
    QDateTime m_now;
};

} // namespace parcours
