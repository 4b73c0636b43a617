#pragma once

#include "Measurement.h"

#include <QString>
#include <optional>
#include <utility>

namespace parcours::bench {

class BenchDataset;
class ResultTable;

// GUI cold start: `parcours-pro --db FILE --quit-after-first-paint` run as a
// child process (offscreen, signed in through PARCOURS_USER and
// PARCOURS_PASSWORD), timed from spawn to the "first-paint-ms=" line it
// prints once the register list is painted; peak memory: the VmHWM it prints
// then. The
// baseline is the same start on an empty register (`init --user`), measured
// once per run. The daily automatic backup is off (the bench's settings).
class GuiStartBench
{
  public:
    GuiStartBench(const BenchDataset& dataset, QString guiPath, int repeat)
        : m_dataset(dataset), m_guiPath(std::move(guiPath)), m_repeat(repeat)
    {
    }
    void run(int size, const QString& database, ResultTable& table);

    static constexpr double kTimeGoal = 1.2;
    static constexpr double kExtraMemoryGoalMb = 50;

  private:
    struct Start
    {
        Measurement ms;
        Measurement peakMb;
    };
    // `expectRows`: true when the list must show people, false when empty.
    Start measure(const QString& database, bool expectRows) const;
    const BenchDataset& m_dataset;
    QString m_guiPath;
    int m_repeat;
    std::optional<Start> m_empty;
};

} // namespace parcours::bench
