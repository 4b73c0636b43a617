#pragma once

#include <QString>

namespace parcours {
class Clock;
}

namespace parcours::bench {

class BenchDataset;
class ResultTable;

// Import of an N-row PMI list (PmiCsvWriter) into a fresh register, through
// what `parcours-cli import pmi` runs (AppContext::openFile, CsvReader,
// PmiHeaderMatcher, PmiImporter, audit triggers on), in this process,
// against the `sqlite3` command-line shell importing the same file into a
// bare table (`.mode csv`, `.separator ;`, `.import`), a child process timed
// whole. Peak memory: one run of `parcours-cli import pmi` (its VmHWM), beside
// the same command importing a list with no row.
class ImportBench
{
  public:
    ImportBench(const BenchDataset& dataset, const Clock& clock, int repeat)
        : m_dataset(dataset), m_clock(clock), m_repeat(repeat)
    {
    }
    void run(int size, ResultTable& table) const;

    static constexpr double kGoal = 1.5;

  private:
    QString csvFile(int size) const;
    // An empty register with the bench's coordinator, copied for each run.
    QString templateDatabase() const;
    // One import in this process, timed without the sign-in; returns ms.
    double importOnce(const QString& csv, int size) const;
    // The schema's own floor: the rows our import wrote, copied by the sqlite3
    // shell with bare INSERT ... SELECT into a fresh register (same indexes,
    // full-text tables, foreign keys and audit capture; no parsing, matching
    // or sealing); a child process timed whole, as the .import baseline.
    double floorOnce(const QString& shell, int size) const;
    // Peak resident memory of `parcours-cli import pmi csv` on a fresh copy.
    long cliImportPeakKb(const QString& csv) const;
    const BenchDataset& m_dataset;
    const Clock& m_clock;
    int m_repeat;
};

} // namespace parcours::bench
