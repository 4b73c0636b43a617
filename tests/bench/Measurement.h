#pragma once

#include <QElapsedTimer>
#include <QList>
#include <functional>

namespace parcours::bench {

// Samples of one figure (milliseconds or megabytes) and their median.
class Measurement
{
  public:
    void add(double value) { m_samples.append(value); }
    void add(const Measurement& other) { m_samples.append(other.m_samples); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    int size() const { return int(m_samples.size()); }
    double median() const;
    double total() const;
    // True once the samples add up to more than kBudgetMs: a figure that
    // takes minutes per run (a 250,000-row import, a PDF of hundreds of
    // pages) is then reported from the runs made so far.
    bool overBudget() const { return total() > kBudgetMs; }
    static constexpr double kBudgetMs = 180000;

    // Runs `work` `times` times and keeps each wall time in milliseconds.
    static Measurement time(int times, const std::function<void()>& work);

  private:
    QList<double> m_samples;
};

// A wall-clock stopwatch in milliseconds (monotonic, nanosecond resolution).
class BenchTimer
{
  public:
    BenchTimer() { m_clock.start(); }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

  private:
    QElapsedTimer m_clock;
};

} // namespace parcours::bench
