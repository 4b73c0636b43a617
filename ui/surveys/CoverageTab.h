#pragma once

#include "CoverageLoader.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace parcours {

class AppContext;

// The "Coverage" tab of a campaign: per RPE, the people in the campaign, how
// many were reached this year (annual contact), how many answered and how
// many are still to contact. Computed off the GUI thread.
class CoverageTab : public QWidget
{
    Q_OBJECT
  public:
    enum Column { Relay, InScope, Reached, Responded, ToContact, ColumnCount };

    CoverageTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent = nullptr);

    // Computes (again, after a response or an exchange); shown when done.
    void refresh();
    QTableWidget* table() const { return m_table; }

  private:
    void display(const CoverageLoader::Result& result);

    CoverageLoader* m_loader;
    QLabel* m_note;
    QTableWidget* m_table;
};

} // namespace parcours
