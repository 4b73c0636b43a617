#pragma once

#include "Clock.h"

namespace parcours {

class SystemClock final : public Clock
{
  public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace parcours
