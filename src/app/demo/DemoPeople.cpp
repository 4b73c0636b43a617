#include "DemoPeople.h"

#include "DemoContacts.h"
#include "DemoRandom.h"
#include "DemoTerritory.h"

namespace parcours::demo {

namespace {
struct AgeBand
{
    int from; // years, included
    int to;   // years, excluded
    int weight;
};

// Weights in per cent. Mean ~48.7, 20 % aged 60 or more: the leaflet's "one
// in five over 60" and DREES's national average of 48.5.
const AgeBand kAgeBands[] = {
    {21, 30, 6}, {30, 40, 19}, {40, 50, 26}, {50, 60, 29}, {60, 65, 14}, {65, 72, 6},
};
} // namespace

QDate DemoPeople::drawBirthDate(QRandomGenerator& rng) const
{
    const int band = weighted(rng, {kAgeBands[0].weight, kAgeBands[1].weight, kAgeBands[2].weight,
                                    kAgeBands[3].weight, kAgeBands[4].weight, kAgeBands[5].weight});
    const AgeBand& b = kAgeBands[band];
    // Walk back whole years with addYears() so the band edges are exact
    // birthdays (she is 60 on her 60th birthday), then a random part of a year.
    const QDate youngest = m_today.addYears(-b.from);
    const QDate oldest = m_today.addYears(-b.to).addDays(1);
    return youngest.addDays(-between(rng, 0, int(oldest.daysTo(youngest))));
}

ChildminderStatus DemoPeople::drawStatus(QRandomGenerator& rng, QDate birthDate) const
{
    const bool over60 = birthDate.addYears(60) <= m_today;
    if (over60 && chance(rng, 300))
        return ChildminderStatus::Retired;
    switch (weighted(rng, {870, over60 ? 0 : 30, 15, 85})) {
    case 0:
        return ChildminderStatus::Active;
    case 1:
        return ChildminderStatus::ApprovalPending;
    case 2:
        return ChildminderStatus::Suspended;
    default:
        return ChildminderStatus::Stopped;
    }
}

Childminder DemoPeople::make(QRandomGenerator& rng, const DemoCommune& commune) const
{
    Childminder p;
    // Men are about 3 % of licensed childminders.
    const bool woman = chance(rng, 970);
    p.firstName = pick(rng, woman ? m_names.femaleFirstNames : m_names.maleFirstNames);
    const QString surname = pick(rng, m_names.surnames);
    p.birthName = surname;
    // Many married women use their spouse's name; PMI lists carry both.
    if (woman && chance(rng, 450)) {
        const QString birthName = pick(rng, m_names.surnames);
        if (birthName != surname) {
            p.usageName = surname;
            p.birthName = birthName;
        }
    }
    p.birthDate = drawBirthDate(rng);
    p.status = drawStatus(rng, p.birthDate);
    p.inseeCode = commune.code;
    p.communeName = commune.name;
    p.postalCode =
        commune.postalCodes.size() == 1 ? commune.postalCodes.front() : pick(rng, commune.postalCodes);
    p.address = streetAddress(rng, m_names.streets, commune.population);
    p.phone = phoneNumber(rng, commune.departement, chance(rng, 650));
    if (chance(rng, 700))
        p.email = personalEmail(rng, p.firstName, surname);
    return p;
}

} // namespace parcours::demo
