#include "Measurement.h"

#include <algorithm>

namespace parcours::bench {

double Measurement::median() const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const int n = int(sorted.size());
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Measurement::total() const
{
    double sum = 0;
    for (const double s : m_samples)
        sum += s;
    return sum;
}

Measurement Measurement::time(int times, const std::function<void()>& work)
{
    Measurement m;
    for (int i = 0; i < times; ++i) {
        const BenchTimer timer;
        work();
        m.add(timer.elapsedMs());
    }
    return m;
}

} // namespace parcours::bench
