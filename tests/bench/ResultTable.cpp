#include "ResultTable.h"

#include "GrowthFit.h"

#include <QLocale>
#include <QPointF>
#include <algorithm>

namespace parcours::bench {

namespace {

constexpr double kGrowthGoal = 1.0;

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString table(const QList<QStringList>& lines, bool markdown)
{
    QList<int> widths;
    for (const QStringList& line : lines)
        for (int c = 0; c < line.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths[c], int(line.at(c).size()));
        }
    QString out;
    for (int l = 0; l < lines.size(); ++l) {
        QStringList cells;
        for (int c = 0; c < lines.at(l).size(); ++c) {
            // Text left, figures right.
            const bool left = c == 0 || l == 0;
            cells << (left ? lines.at(l).at(c).leftJustified(widths.at(c))
                           : lines.at(l).at(c).rightJustified(widths.at(c)));
        }
        out += markdown ? QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n")
                        : cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        if (l == 0) {
            QStringList rule;
            for (int c = 0; c < widths.size(); ++c)
                rule << (markdown ? (c == 0 ? QString(widths.at(c), QLatin1Char('-'))
                                            : QString(widths.at(c) - 1, QLatin1Char('-')) + QLatin1Char(':'))
                                  : QString(widths.at(c), QLatin1Char('-')));
            out += markdown ? QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n")
                            : rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

QString ResultTable::ratioText(const ResultRow& row)
{
    switch (row.goal) {
    case ResultRow::Goal::ExtraMb:
        return QStringLiteral("%1%2 MB").arg(row.ours >= row.baseline ? QStringLiteral("+") : QString(),
                                             number(row.ours - row.baseline));
    default:
        return row.baseline > 0 ? number(row.ours / row.baseline) + QLatin1Char('x') : QStringLiteral("n/a");
    }
}

QString ResultTable::goalText(const ResultRow& row)
{
    switch (row.goal) {
    case ResultRow::Goal::Ratio:
        return QStringLiteral("<= %1x").arg(row.goalValue);
    case ResultRow::Goal::ExtraMb:
        return QStringLiteral("<= +%1 MB").arg(row.goalValue);
    case ResultRow::Goal::None:
        return QStringLiteral("-");
    }
    return {};
}

QList<QPointF> ResultTable::growthPoints(const QString& measure) const
{
    QList<QPointF> points;
    for (const ResultRow& row : m_rows)
        // A memory difference within noise of zero (or below) has no
        // logarithm: that size is left out of the fit.
        if (row.measure == measure && (!row.fitExtra || row.growthFigure() > 0))
            points.append(QPointF(row.size, row.growthFigure()));
    return points;
}

QStringList ResultTable::misses() const
{
    QStringList out;
    for (const ResultRow& row : m_rows)
        if (!row.met())
            out << QStringLiteral("%1 at %2: %3, goal %4")
                       .arg(row.measure)
                       .arg(row.size)
                       .arg(ratioText(row), goalText(row));
    for (const QString& measure : m_growth) {
        const auto k = GrowthFit::exponent(growthPoints(measure));
        if (k && *k > kGrowthGoal)
            out << QStringLiteral("growth of %1: exponent %2, goal <= %3")
                       .arg(measure, QString::number(*k, 'f', 2))
                       .arg(kGrowthGoal);
    }
    return out;
}

QString ResultTable::render(bool markdown, const QStringList& machine, const QString& commandLine) const
{
    QList<QStringList> lines;
    lines << QStringList{QStringLiteral("measure"),  QStringLiteral("N"),     QStringLiteral("ours"),
                         QStringLiteral("baseline"), QStringLiteral("ratio"), QStringLiteral("goal"),
                         QStringLiteral("ok/MISS")};
    const QLocale english(QLocale::English);
    // One block per measure (in the order they were first measured), sizes rising.
    QStringList order;
    for (const ResultRow& row : m_rows)
        if (!order.contains(row.measure))
            order << row.measure;
    QList<ResultRow> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const ResultRow& a, const ResultRow& b) {
        const auto ia = order.indexOf(a.measure), ib = order.indexOf(b.measure);
        return ia != ib ? ia < ib : a.size < b.size;
    });
    for (const ResultRow& row : sorted)
        lines << QStringList{row.measure,
                             english.toString(row.size),
                             number(row.ours) + QLatin1Char(' ') + row.unit,
                             number(row.baseline) + QLatin1Char(' ') + row.unit,
                             ratioText(row),
                             goalText(row),
                             row.goal == ResultRow::Goal::None ? QStringLiteral("-")
                             : row.met()                       ? QStringLiteral("ok")
                                                               : QStringLiteral("MISS")};
    QString out = table(lines, markdown);

    out += QStringLiteral("\nGrowth from %1 to %2 (figure ~ N^k, least squares on logs; goal k <= %3):\n\n")
               .arg(m_rows.isEmpty() ? 0 : m_rows.first().size)
               .arg(m_rows.isEmpty() ? 0 : m_rows.last().size)
               .arg(kGrowthGoal);
    QList<QStringList> growth;
    growth << QStringList{QStringLiteral("measure"), QStringLiteral("sizes"), QStringLiteral("k"),
                          QStringLiteral("ok/MISS")};
    for (const QString& measure : m_growth) {
        const QList<QPointF> points = growthPoints(measure);
        const auto k = GrowthFit::exponent(points);
        growth << QStringList{measure, QString::number(points.size()),
                              k ? QString::number(*k, 'f', 2) : QStringLiteral("n/a"),
                              !k                  ? QStringLiteral("-")
                              : *k <= kGrowthGoal ? QStringLiteral("ok")
                                                  : QStringLiteral("MISS")};
    }
    out += table(growth, markdown);

    if (!m_notes.isEmpty()) {
        out += QStringLiteral("\nHow each figure is taken:\n");
        for (const QString& note : m_notes)
            out += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    out += QStringLiteral("\nMachine:\n");
    for (const QString& line : machine)
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    out += QStringLiteral("\nCommand: ") +
           (markdown ? QStringLiteral("`") + commandLine + QLatin1Char('`') : commandLine) +
           QLatin1Char('\n');
    const QStringList missed = misses();
    out += missed.isEmpty() ? QStringLiteral("\nEvery goal is met.\n")
                            : QStringLiteral("\n%1 goal(s) missed (MISS):\n").arg(missed.size());
    for (const QString& m : missed)
        out += QStringLiteral("- ") + m + QLatin1Char('\n');
    return out;
}

} // namespace parcours::bench
