#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace parcours {

class ImportWizard;

// Step 2: the first rows of the file under one chooser per column, filled in
// by the header matcher. Headers it did not recognise are highlighted; the
// user says what they hold or leaves them ignored.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
  public:
    static constexpr int kPreviewRows = 8;

    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    QComboBox* columnChooser(int column) const;

  private:
    void updateMapping();

    ImportWizard* m_wizard;
    QLabel* m_detected;
    QLabel* m_unknown;
    QLabel* m_problems;
    QTableWidget* m_preview;
    QList<QComboBox*> m_choosers;
    bool m_usable = false;
};

} // namespace parcours
