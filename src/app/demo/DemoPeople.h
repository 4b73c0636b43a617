#pragma once

#include "Childminder.h"
#include "DemoNames.h"

#include <QDate>

class QRandomGenerator;

namespace parcours::demo {

struct DemoCommune;

// Draws who a demo childminder is: name, age, address and contact details,
// and where she stands (active, retired...). Her agréments come from DemoCareer.
class DemoPeople
{
  public:
    DemoPeople(const DemoNames& names, QDate today) : m_names(names), m_today(today) {}

    // A person living in that commune, with one of its real postal codes.
    // Her status is drawn too; the caller may override it (MAM members work).
    Childminder make(QRandomGenerator& rng, const DemoCommune& commune) const;

    // Ages as the leaflet and DREES describe the profession: one in five over
    // 60, about 48.5 on average, few under 30.
    QDate drawBirthDate(QRandomGenerator& rng) const;
    // Mostly active; retirement only from 60; no first application after 60.
    ChildminderStatus drawStatus(QRandomGenerator& rng, QDate birthDate) const;

  private:
    const DemoNames& m_names;
    QDate m_today;
};

} // namespace parcours::demo
