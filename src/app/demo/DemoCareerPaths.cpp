#include "DemoCareerPaths.h"

#include "DemoCareerRecords.h"
#include "DemoPromotion.h"
#include "DemoRetention.h"
#include "DemoTrainings.h"

namespace parcours {

DemoCareerPathsSummary DemoCareerPaths::generate(quint32 seed)
{
    // Each area draws from its own seed so adding data to one area does not
    // reshuffle the others.
    DemoCareerPathsSummary summary;
    summary.partnersAndProspects = DemoPromotion(m_context).generate(seed);
    summary.trainings = DemoTrainings(m_context).generate(seed + 1);
    summary.careerRecords = DemoCareerRecords(m_context).generate(seed + 2);
    summary.retention = DemoRetention(m_context).generate(seed + 3);
    return summary;
}

} // namespace parcours
