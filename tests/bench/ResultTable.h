#pragma once

#include "ResultRow.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace parcours::bench {

// The one table parcours-bench prints: every row, then the growth exponents,
// the machine and the command line, then the misses. Plain text aligned in
// columns, or Markdown for docs/performance.md.
class ResultTable
{
  public:
    void add(const ResultRow& row) { m_rows.append(row); }
    void addNote(const QString& note) { m_notes.append(note); }
    // Measures fitted for growth (their "ours" figure over the sizes).
    void addGrowthMeasure(const QString& measure) { m_growth.append(measure); }
    const QList<ResultRow>& rows() const { return m_rows; }

    // The whole report; `commandLine` and `machine` are printed as given.
    QString render(bool markdown, const QStringList& machine, const QString& commandLine) const;
    // Lines of the misses ("measure at N: 1.8x, goal 1.5x"), empty when none.
    QStringList misses() const;

  private:
    // (N, figure) of a measure for the growth fit.
    QList<QPointF> growthPoints(const QString& measure) const;
    static QString ratioText(const ResultRow& row);
    static QString goalText(const ResultRow& row);
    QList<ResultRow> m_rows;
    QStringList m_notes;
    QStringList m_growth;
};

} // namespace parcours::bench
