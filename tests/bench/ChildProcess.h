#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace parcours::bench {

// What a child process did: exit code, output, wall time, and its own peak
// resident memory (its VmHWM, read every 10 ms while it runs: a peak in its
// last 10 ms would be missed).
struct ChildResult
{
    int exitCode = -1; // -1: killed by a signal or timed out
    QByteArray out;
    QByteArray err;
    double wallMs = 0;    // spawn to exit
    double markerMs = -1; // spawn to the first stdout line holding the marker; -1: never seen
    long maxRssKb = 0;
};

// Runs a program to its end with posix_spawn, reading its output and its
// memory high-water mark until it exits. Standard input is
// /dev/null. `environment` entries are added to (or replace) this process's.
class ChildProcess
{
  public:
    static ChildResult run(const QString& program, const QStringList& arguments,
                           const QMap<QString, QString>& environment = {}, const QByteArray& marker = {},
                           int timeoutSeconds = 1800);

    // run(), then BenchError with its stderr when the exit code is not 0.
    static ChildResult runChecked(const QString& program, const QStringList& arguments,
                                  const QMap<QString, QString>& environment = {},
                                  const QByteArray& marker = {});
};

} // namespace parcours::bench
