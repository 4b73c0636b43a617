#include "GrowthFit.h"

#include <QSet>
#include <cmath>

namespace parcours::bench {

std::optional<double> GrowthFit::exponent(const QList<QPointF>& points)
{
    QSet<qint64> sizes;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const QPointF& p : points) {
        if (p.x() <= 0 || p.y() <= 0)
            return std::nullopt;
        sizes.insert(qint64(p.x()));
        const double x = std::log(p.x());
        const double y = std::log(p.y());
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    if (sizes.size() < 2)
        return std::nullopt;
    const double n = double(points.size());
    const double denominator = n * sxx - sx * sx;
    if (denominator == 0)
        return std::nullopt;
    return (n * sxy - sx * sy) / denominator;
}

} // namespace parcours::bench
