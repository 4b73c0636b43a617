#pragma once

#include <QString>

namespace parcours {
class Clock;
}

namespace parcours::bench {

class BenchDataset;
class ResultTable;

// The survey summary of the campaign with the most responses, whole scope:
// SurveySummaryService::summarize against SummaryBaseline (the same
// aggregates as bare SQL through the C API), and the summary PDF
// (summarize + SummaryPdfWriter::write) against the summary alone.
class SummaryBench
{
  public:
    SummaryBench(const BenchDataset& dataset, const Clock& clock, int repeat)
        : m_dataset(dataset), m_clock(clock), m_repeat(repeat)
    {
    }
    void run(int size, const QString& database, ResultTable& table) const;

    static constexpr double kSummaryGoal = 1.3;
    static constexpr double kPdfGoal = 2.0;

  private:
    const BenchDataset& m_dataset;
    const Clock& m_clock;
    int m_repeat;
};

} // namespace parcours::bench
