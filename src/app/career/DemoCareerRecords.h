#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// Plausible, deterministic career records on top of a demo register: CAP
// AEPE EP1/EP3 results, VAE steps, professional reviews, first-child and
// mon-enfant.fr events, a few PMSMP immersions and stops with their reasons.
// People are read 1,000 at a time by id, each page written in one transaction.
class DemoCareerRecords
{
  public:
    explicit DemoCareerRecords(AppContext& context) : m_context(context) {}
    // Returns the number of records added.
    int generate(quint32 seed);

  private:
    AppContext& m_context;
};

} // namespace parcours
