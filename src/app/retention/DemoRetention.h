#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// Demo data for the retention area, on top of a demo register: collective
// activities per RPE over the last 18 months with their attendance, and MAM
// support actions. RPEs differ on purpose (some gather most of their
// childminders, some few), so the isolation watch shows contrasts.
// Deterministic for a given seed and register.
class DemoRetention
{
  public:
    explicit DemoRetention(AppContext& context) : m_context(context) {}

    // Returns how many rows were added (activities, attendances, actions).
    int generate(quint32 seed);

  private:
    AppContext& m_context;
};

} // namespace parcours
