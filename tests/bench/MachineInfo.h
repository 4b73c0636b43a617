#pragma once

#include <QStringList>

namespace parcours::bench {

// What the figures were measured on: CPU model and cores (/proc/cpuinfo),
// RAM (/proc/meminfo), the SQLite library and Qt versions.
class MachineInfo
{
  public:
    static QStringList describe();
};

} // namespace parcours::bench
