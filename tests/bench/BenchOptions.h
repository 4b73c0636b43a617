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
    QStringList commandLine;

    // Throws BenchError on a malformed option (after printing the help).
    static BenchOptions parse(const QStringList& arguments);
};

} // namespace parcours::bench
