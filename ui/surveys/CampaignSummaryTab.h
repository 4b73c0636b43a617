#pragma once

#include "CampaignSummaryLoader.h"
#include "SurveyCampaign.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace parcours {

class AppContext;
class StatTile;

// The « Synthèse » tab of a campaign (issue 3, point 8): key figures, reach
// per RPE, every question's chart and counts, places at risk and training
// wishes per RPE, for the whole campaign or one RPE. Computed off the GUI
// thread (CampaignSummaryLoader). On screen the whole campaign shows exact
// figures; one RPE, like every export, shows « < 5 » for 1 to 4 people.
class CampaignSummaryTab : public QWidget
{
    Q_OBJECT
  public:
    CampaignSummaryTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent = nullptr);

    // The RPE shown (0: whole campaign); starts a computation.
    void setRelay(qint64 relayId);
    qint64 relayId() const;
    bool isLoading() const { return m_loader->isBusy(); }
    // What is on screen (empty before the first computation ends).
    const SurveySummary& summary() const { return m_summary; }
    QComboBox* relayFilter() const { return m_relay; }
    QTableWidget* reachTable() const { return m_reachTable; }

    // The default file name: synthese-enquete-2026.pdf, synthese-enquete-2026-rpe-de-verdun.pdf.
    QString defaultFileName(const QString& extension) const;

  public slots:
    // Computes (again) what the filters ask for.
    void refresh();
    // Ask for a file, recompute with small groups hidden, write (progress, cancel).
    void exportPdf();
    void exportJson();

  signals:
    // After each displayed computation (tests, the page's status bar).
    void summaryShown();

  private:
    void display(const CampaignSummaryLoader::Result& result);
    void fillRelays(const SurveySummary& summary);
    void clearContent();
    void addKeyFigures(const SurveySummary& summary);
    void addReach(const SurveySummary& summary);
    void addQuestions(const SurveySummary& summary);
    void addPlacesAtRisk(const SurveySummary& summary);
    void addTrainingWishes(const SurveySummary& summary);
    void addHeading(const QString& text, int level);
    void addNote(const QString& text);
    SurveySummaryRequest request(bool forExport) const;

    AppContext& m_context;
    SurveyCampaign m_campaign;
    CampaignSummaryLoader* m_loader;
    QComboBox* m_relay;
    QCheckBox* m_freeTexts;
    QPushButton* m_pdfButton;
    QPushButton* m_jsonButton;
    QLabel* m_status;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QTableWidget* m_reachTable = nullptr;
    SurveySummary m_summary;
    bool m_relaysFilled = false;
};

} // namespace parcours
