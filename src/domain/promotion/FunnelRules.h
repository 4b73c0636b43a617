#pragma once

#include "FunnelReport.h"

namespace parcours {

// The funnel's arithmetic, apart from the store so it is tested on hand-made
// counts. A prospect counts for every stage up to the furthest she reached:
// one who skipped the immersion still went through it as far as the funnel is
// concerned, and one who dropped out after training counts for training.
class FunnelRules
{
  public:
    // `channel` set: only that channel's counts go into the report.
    static FunnelReport build(const QList<FunnelCount>& counts, QDate from = {}, QDate to = {},
                              std::optional<ProspectChannel> channel = std::nullopt);
    static FunnelSeries series(const QList<FunnelCount>& counts, std::optional<ProspectChannel> channel);
    // The stages a history reached, in order, with the skipped ones filled in.
    static QList<ProspectStage> reachedStages(const QList<ProspectStageEntry>& history);
};

} // namespace parcours
