#pragma once

#include <QRandomGenerator>
#include <QStringList>

#include <initializer_list>

namespace parcours::demo {

// Small draws on an explicitly seeded generator. Everything the demo data
// generator does goes through these (never the global generator, never
// std:: distributions, whose results differ between standard libraries), so
// one seed gives the same register on every machine.

// True with a probability of perMille / 1000.
inline bool chance(QRandomGenerator& rng, int perMille)
{
    return int(rng.bounded(1000)) < perMille;
}

// A whole number in [low, high] (both included).
inline int between(QRandomGenerator& rng, int low, int high)
{
    return high <= low ? low : low + int(rng.bounded(quint32(high - low + 1)));
}

inline const QString& pick(QRandomGenerator& rng, const QStringList& list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// The index of the weight drawn, weights being relative (they need not sum to 100).
inline int weighted(QRandomGenerator& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int draw = int(rng.bounded(quint32(total)));
    int index = 0;
    for (int w : weights) {
        if (draw < w)
            return index;
        draw -= w;
        ++index;
    }
    return index - 1;
}

} // namespace parcours::demo
