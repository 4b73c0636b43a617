#pragma once

#include "FunnelReport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace parcours {

class AppContext;
class DateLineEdit;

// « Entonnoir »: how many prospects reached each stage, with the conversion
// from the previous stage, for a period of first contacts and a channel; the
// table and the chart (optionally one colour per channel).
class FunnelTab : public QWidget
{
    Q_OBJECT
  public:
    explicit FunnelTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    const FunnelReport& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }

  private:
    AppContext& m_context;
    FunnelReport m_report;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_channel;
    QCheckBox* m_perChannel;
    QLabel* m_totals;
    QTableWidget* m_table;
    QChartView* m_chart;
};

} // namespace parcours
