#pragma once

#include "ImportReport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace parcours {

// What an import did or would do: counts of people created, updated,
// unchanged and absent from the list, then every rejected line (with its line
// number in the file, so the user can fix the cell) and every warning.
class ImportReportView : public QWidget
{
    Q_OBJECT
  public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void setReport(const ImportReport& report);
    QTableWidget* issueTable() const { return m_issues; }

  private:
    QLabel* m_summary;
    QTableWidget* m_issues;
};

} // namespace parcours
