#pragma once

#include "SurveyResponse.h"

#include <optional>

namespace parcours {

// Survey responses, one per childminder and campaign, answers kept one row
// per value so that the summary is computed in the store.
class ResponseRepository
{
  public:
    virtual ~ResponseRepository() = default;
    // Inserts, or replaces her earlier response to the same campaign (sets id,
    // version). Throws ConcurrencyConflict when `response.version` is not the
    // stored one (0 = "I believe there is none").
    virtual void save(SurveyResponse& response) = 0;
    virtual std::optional<SurveyResponse> find(qint64 campaignId, qint64 childminderId) const = 0;
    // Her latest response to a campaign of a year before `year`.
    virtual std::optional<SurveyResponse> previous(qint64 childminderId, int year) const = 0;
    virtual int count(qint64 campaignId) const = 0;
};

} // namespace parcours
