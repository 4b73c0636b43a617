#include "FunnelRules.h"

#include <algorithm>

namespace parcours {

FunnelSeries FunnelRules::series(const QList<FunnelCount>& counts, std::optional<ProspectChannel> channel)
{
    const QList<ProspectStage> stages = funnelStages();
    FunnelSeries out;
    out.channel = channel;
    QList<int> reached(stages.size(), 0);
    for (const auto& c : counts) {
        if (channel && c.channel != *channel)
            continue;
        out.total += c.count;
        if (c.dropped)
            out.dropped += c.count;
        // Reaching a stage means reaching every one before it.
        const int furthest = std::max(stageRank(c.furthest), 0);
        for (int r = 0; r <= furthest; ++r)
            reached[r] += c.count;
    }
    for (int r = 0; r < stages.size(); ++r) {
        FunnelStageRow row;
        row.stage = stages.at(r);
        row.reached = reached.at(r);
        if (r == 0)
            row.conversion = reached.at(0) > 0 ? 1.0 : 0.0;
        else
            row.conversion = reached.at(r - 1) > 0 ? double(reached.at(r)) / reached.at(r - 1) : 0.0;
        row.shareOfTotal = reached.at(0) > 0 ? double(reached.at(r)) / reached.at(0) : 0.0;
        out.stages.append(row);
    }
    return out;
}

FunnelReport FunnelRules::build(const QList<FunnelCount>& counts, QDate from, QDate to,
                                std::optional<ProspectChannel> channel)
{
    FunnelReport report;
    report.from = from;
    report.to = to;
    report.overall = series(counts, channel);
    for (const auto c : allProspectChannels()) {
        if (channel && c != *channel)
            continue;
        FunnelSeries s = series(counts, c);
        if (s.total > 0)
            report.byChannel.append(s);
    }
    return report;
}

QList<ProspectStage> FunnelRules::reachedStages(const QList<ProspectStageEntry>& history)
{
    int furthest = -1;
    for (const auto& entry : history)
        furthest = std::max(furthest, stageRank(entry.stage));
    if (furthest < 0 && !history.isEmpty())
        furthest = 0; // dropped straight away: she was at least interested
    return funnelStages().mid(0, furthest + 1);
}

} // namespace parcours
