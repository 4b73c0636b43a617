#pragma once

#include "Prospect.h"

#include <QDate>
#include <QList>
#include <optional>

namespace parcours {

// What the store counts for the funnel: how many prospects of a channel got
// at most as far as `furthest` (from their stage history), and whether they
// dropped out since. Never one row per prospect.
struct FunnelCount
{
    ProspectChannel channel = ProspectChannel::Other;
    ProspectStage furthest = ProspectStage::Interested;
    bool dropped = false;
    int count = 0;
};

// One line of the funnel: how many reached the stage, and which share of
// those who reached the previous stage that is.
struct FunnelStageRow
{
    ProspectStage stage = ProspectStage::Interested;
    int reached = 0;
    // reached / previous stage's reached; 1 for the first stage; 0 when the
    // previous stage has nobody.
    double conversion = 0.0;
    // reached / prospects in the funnel (the first stage's count).
    double shareOfTotal = 0.0;
};

struct FunnelSeries
{
    std::optional<ProspectChannel> channel; // nullopt: every channel
    int total = 0;                          // prospects counted
    int dropped = 0;                        // of whom dropped out
    QList<FunnelStageRow> stages;           // funnelStages() order
};

struct FunnelReport
{
    QDate from; // first contact within [from, to]; null bounds are open
    QDate to;
    FunnelSeries overall;
    QList<FunnelSeries> byChannel; // channels with at least one prospect, allProspectChannels() order
};

} // namespace parcours
