#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours::bench {

// The command line of parcours-bench.
struct BenchOptions
{
    QList<int> sizes{1000, 10000, 100000, 250000};
    QString workDir; // datasets and scratch files, kept between runs
    int repeat = 5;  // each figure is the median of this many runs
    QString guiPath; // parcours-pro
    QString cliPath; // parcours-cli (datasets, import memory)
    bool gui = true;
    bool markdown = false;
    QStringList only; // measures to run (kMeasures names); empty: all of them
    QStringList commandLine;

    // The names --only accepts, in the order the table prints them.
    static const QStringList& measureNames();
    bool wants(const QString& measure) const { return only.isEmpty() || only.contains(measure); }

    // Throws BenchError on a malformed option (after printing the help).
    static BenchOptions parse(const QStringList& arguments);
};

} // namespace parcours::bench
