#pragma once

#include <QtGlobal>

namespace parcours {

class AppContext;

// What DemoSurveyCampaigns::generate() wrote.
struct DemoCampaignSummary
{
    int campaigns = 0;
    int invitations = 0;
    int responses = 0;
};

// Last year's and this year's annual survey campaigns for a demo register:
// letters, reminders, refusals, unreachable people and answers (some planning
// to stop, training wishes that differ between RPEs), stored through the same
// use case as typed responses so statuses, contacts and follow-ups follow.
// This year's campaign is in progress at the clock's date. Deterministic for a
// given seed and clock date; people are paged, one transaction per page.
class DemoSurveyCampaigns
{
  public:
    explicit DemoSurveyCampaigns(AppContext& context) : m_context(context) {}
    DemoCampaignSummary generate(quint32 seed);

  private:
    void runCampaign(int year, quint32 seed, DemoCampaignSummary& summary);
    AppContext& m_context;
};

} // namespace parcours
