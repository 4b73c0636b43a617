#pragma once

#include <QDate>
#include <QDateTime>

namespace parcours {

// Every rule asks a Clock for "today" instead of QDate::currentDate(), so tests
// can pin the date (leap days, year ends) and the rules stay reproducible.
class Clock
{
  public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

} // namespace parcours
