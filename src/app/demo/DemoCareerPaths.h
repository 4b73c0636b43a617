#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// What DemoCareerPaths::generate() wrote, area by area.
struct DemoCareerPathsSummary
{
    int partnersAndProspects = 0; // partners, promotion actions and prospects
    int trainings = 0;            // courses, sessions and enrolments
    int careerRecords = 0;        // qualifications, career events and immersions
    int retention = 0;            // collective activities, attendance and MAM support actions
};

// The career-path layer of a demo register (issue 4), written after the
// register and the survey campaigns: partners first (training bodies, France
// Travail...), then the training catalogue and enrolments, then each person's
// qualifications and career events, then collective activities, so that each
// area finds what it links to. Deterministic for a given seed and clock date.
class DemoCareerPaths
{
  public:
    explicit DemoCareerPaths(AppContext& context) : m_context(context) {}
    DemoCareerPathsSummary generate(quint32 seed);

  private:
    AppContext& m_context;
};

} // namespace parcours
