#include "SurveySummary.h"

#include <QLocale>

namespace parcours {

QString displayCount(int count, bool suppressSmallCells)
{
    if (suppressSmallCells && isSmallCell(count))
        return QStringLiteral("< %1").arg(kSmallCellThreshold);
    return QLocale().toString(count);
}

QString displayFigureAbout(int value, int people, bool suppressSmallCells)
{
    if (suppressSmallCells && isSmallCell(people))
        return QStringLiteral("< %1").arg(kSmallCellThreshold);
    return QLocale().toString(value);
}

QString displayPercent(int count, int total, bool suppressSmallCells)
{
    if (suppressSmallCells && isSmallCell(count))
        return QStringLiteral("< %1").arg(kSmallCellThreshold);
    if (total <= 0)
        return QStringLiteral("–");
    const double percent = 100.0 * count / total;
    const int decimals = percent > 0 && percent < 10 ? 1 : 0;
    // A non-breaking space before %, as French typography wants.
    return QLocale().toString(percent, 'f', decimals) + QStringLiteral("\u00a0%");
}

} // namespace parcours
