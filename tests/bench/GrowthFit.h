#pragma once

#include <QList>
#include <QPointF>
#include <optional>

namespace parcours::bench {

// How a figure grows with the register size: the exponent k of
// figure ≈ a·N^k, fitted by least squares on log(figure) = log(a) + k·log(N).
// k = 1 is linear; below 1, better than linear.
class GrowthFit
{
  public:
    // Points are (N, figure). Nothing when fewer than two distinct sizes or a
    // figure is not positive (no logarithm).
    static std::optional<double> exponent(const QList<QPointF>& points);
};

} // namespace parcours::bench
