#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace parcours {

class AppContext;

// Outils > « Conservation des données… »: shows what the retention rules make
// due today (the dry run: counts and record numbers), then « Appliquer »
// anonymises, deletes and empties it in one transaction after a confirmation
// (MessageBox, answerable in tests). Coordinator only: others see why not.
class RetentionJobDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit RetentionJobDialog(AppContext& context, QWidget* parent = nullptr);

    // Computes the plan again and shows it.
    void refresh();
    // Asks, then applies. True when the job ran.
    bool applyPlan();

    QPlainTextEdit* planView() const { return m_plan; }
    QPushButton* applyButton() const { return m_apply; }

  signals:
    // The register changed: lists and figures should refresh.
    void applied();

  private:
    AppContext& m_context;
    QLabel* m_summary;
    QPlainTextEdit* m_plan;
    QPushButton* m_apply;
};

} // namespace parcours
