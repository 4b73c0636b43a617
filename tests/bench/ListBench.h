#pragma once

#include <QString>

namespace parcours {
class Clock;
}

namespace parcours::bench {

class ResultTable;

// The first page of the register for one RPE (the one with the most people):
// 100 rows sorted by name and the count, through ChildminderService and the
// repository, against the same query and count as bare SQL through the C API
// (same ids checked).
class ListBench
{
  public:
    ListBench(const Clock& clock, int repeat) : m_clock(clock), m_repeat(repeat) {}
    void run(int size, const QString& database, ResultTable& table) const;

    static constexpr double kGoal = 1.5;
    static constexpr int kRows = 100;

  private:
    const Clock& m_clock;
    int m_repeat;
};

} // namespace parcours::bench
