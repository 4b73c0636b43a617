#pragma once

#include "SurveySummary.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace parcours {

class AppContext;
struct FreeTextRow;

// What summary to compute: a campaign (by year), optionally one relay only.
struct SurveySummaryRequest
{
    int year = 0;
    qint64 relayId = 0; // 0: every relay
    bool includeFreeTexts = false;
    // Copied into the summary for the renderers: the service keeps exact figures.
    bool suppressSmallCells = true;
};

// The summary of a survey campaign (issue 3, point 7): reach, per-question
// counts and means, places at risk and training wishes per relay. Every
// figure comes from SQL aggregates (SurveyStatisticsRepository), so a
// campaign of 250,000 responses is summarised without loading them.
class SurveySummaryService
{
    Q_DECLARE_TR_FUNCTIONS(SurveySummaryService)

  public:
    explicit SurveySummaryService(AppContext& context) : m_context(context) {}

    // Throws nothing; returns std::nullopt and sets *error (French) when there
    // is no campaign for that year, no such relay, or the database fails.
    std::optional<SurveySummary> summarize(const SurveySummaryRequest& request,
                                           QString* error = nullptr) const;

    // The text with her own names (first, usage, birth) and any "Mme X",
    // "M. X", "Madame X", "Monsieur X" replaced by « [nom] ».
    static QString withoutNames(const QString& text, const FreeTextRow& author);

    // At most this many free texts per question are kept in a summary.
    static constexpr int kMaxFreeTexts = 1000;

  private:
    SurveySummary compute(const SurveySummaryRequest& request, qint64 campaignId, const QString& relayName,
                          qint64 questionnaireId) const;
    AppContext& m_context;
};

} // namespace parcours
