#pragma once

#include <QString>
#include <QStringList>

namespace parcours {
class Clock;
}

namespace parcours::bench {

class ResultTable;

// Search as you type: what the register list model asks when a user has
// typed three letters without accents (ChildminderService::count, then the
// first page of PageCache::kPageSize rows), against the bare FTS5 query and
// count through the C API. Several prefixes that match accented names
// ("hel" finds Hélène); both sides must return the same ids and count.
class SearchBench
{
  public:
    SearchBench(const Clock& clock, int repeat) : m_clock(clock), m_repeat(repeat) {}
    void run(int size, const QString& database, ResultTable& table) const;

    static constexpr double kGoal = 1.5;
    // ChildminderListModel's page: PageCache<ChildminderSummary>::kPageSize.
    static constexpr int kGuiPageSize = 200;
    static QStringList prefixes();

  private:
    const Clock& m_clock;
    int m_repeat;
};

} // namespace parcours::bench
