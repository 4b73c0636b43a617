#include "RelayRowsCap.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace parcours {

namespace {
QString othersName(int count)
{
    return QCoreApplication::translate("SummaryPdfWriter", "%n other relay(s)", nullptr, count);
}

// Sorts `rows` by `size`, largest first, and folds those past `max` into one
// line made by `fold` (which starts from a default row).
template <typename Row, typename Size, typename Fold>
QList<Row> capped(QList<Row> rows, int max, Size size, Fold fold)
{
    if (rows.size() <= max)
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return size(a) > size(b); });
    Row others;
    others.relayId = -1;
    for (qsizetype i = max; i < rows.size(); ++i)
        fold(others, rows[i]);
    others.relayName = othersName(int(rows.size() - max));
    rows.resize(max);
    rows.append(others);
    return rows;
}
} // namespace

SurveySummary capRelayRows(const SurveySummary& summary, int maxRelays)
{
    SurveySummary out = summary;
    out.reachByRelay = capped(
        summary.reachByRelay, maxRelays, [](const CampaignReach& r) { return r.inScope; },
        [](CampaignReach& to, const CampaignReach& r) {
            to.inScope += r.inScope;
            to.contacted += r.contacted;
            to.responded += r.responded;
            to.refused += r.refused;
            to.unreachable += r.unreachable;
        });

    // The total line (last, relay 0) stays last and unchanged.
    QList<PlacesAtRisk> risk = summary.placesAtRisk;
    std::optional<PlacesAtRisk> total;
    if (!risk.isEmpty() && risk.back().relayId == 0) {
        total = risk.back();
        risk.removeLast();
    }
    out.placesAtRisk = capped(
        risk, maxRelays,
        [](const PlacesAtRisk& r) { return qint64(r.peopleWithin5) * 100000 + r.placesWithin5; },
        [](PlacesAtRisk& to, const PlacesAtRisk& r) {
            to.peopleWithin1 += r.peopleWithin1;
            to.placesWithin1 += r.placesWithin1;
            to.peopleWithin3 += r.peopleWithin3;
            to.placesWithin3 += r.placesWithin3;
            to.peopleWithin5 += r.peopleWithin5;
            to.placesWithin5 += r.placesWithin5;
        });
    if (total)
        out.placesAtRisk.append(*total);

    out.trainingWishes = capped(
        summary.trainingWishes, maxRelays, [](const RelayTrainingWishes& w) { return w.respondents; },
        [](RelayTrainingWishes& to, const RelayTrainingWishes& w) {
            to.respondents += w.respondents;
            for (const AnswerCount& theme : w.themes) {
                auto same = std::find_if(to.themes.begin(), to.themes.end(),
                                         [&](const AnswerCount& t) { return t.code == theme.code; });
                if (same == to.themes.end())
                    to.themes.append(theme);
                else
                    same->count += theme.count;
            }
            std::stable_sort(to.themes.begin(), to.themes.end(),
                             [](const AnswerCount& a, const AnswerCount& b) { return a.count > b.count; });
        });
    return out;
}

} // namespace parcours
