#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// Plausible, deterministic promotion data on top of a demo register: the
// Meuse partners with their contact people, about twenty promotion actions
// over the last two years, and about 120 prospects at every stage (a few
// already converted into childminders of the register).
class DemoPromotion
{
  public:
    explicit DemoPromotion(AppContext& context) : m_context(context) {}

    // Returns the number of records added (partners, actions, prospects).
    int generate(quint32 seed);

  private:
    AppContext& m_context;
};

} // namespace parcours
