#include "Mam.h"

namespace parcours {

int Mam::memberCountOn(QDate day) const
{
    int n = 0;
    for (const auto& m : members)
        if (m.isMemberOn(day))
            ++n;
    return n;
}

int Mam::childCapacityOn(QDate day) const
{
    int n = 0;
    for (const auto& m : members)
        if (m.isMemberOn(day))
            n += m.places;
    return n;
}

} // namespace parcours
