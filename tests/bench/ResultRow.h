#pragma once

#include <QString>

namespace parcours::bench {

// One line of the table: a figure of ours beside its baseline, measured in
// the same run, and the goal it is held to.
struct ResultRow
{
    enum class Goal {
        Ratio,   // ours / baseline <= goal
        ExtraMb, // ours - baseline <= goal (megabytes)
        None,    // shown for information
    };

    QString measure; // also the key of the growth fit
    int size = 0;
    double ours = 0;
    double baseline = 0;
    QString unit = QStringLiteral("ms");
    Goal goal = Goal::Ratio;
    double goalValue = 0;
    // The growth fit takes ours - baseline (memory above a fixed start:
    // the password hash alone takes 64 MB), not ours.
    bool fitExtra = false;
    // Whether the growth table fits this measure (not for a reference figure).
    bool inGrowth = true;

    double growthFigure() const { return fitExtra ? ours - baseline : ours; }

    bool met() const
    {
        switch (goal) {
        case Goal::Ratio:
            return baseline > 0 && ours / baseline <= goalValue;
        case Goal::ExtraMb:
            return ours - baseline <= goalValue;
        case Goal::None:
            return true;
        }
        return true;
    }
};

} // namespace parcours::bench
