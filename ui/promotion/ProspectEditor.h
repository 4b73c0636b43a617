#pragma once

#include "FieldErrorLabels.h"
#include "Prospect.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;

// One prospect: her details (saved with « Save »), and her way to the
// profession, recorded at once by the stage buttons: « Next stage », « Drop
// out… » (with the reason typed beside it), and, once she is approved,
// « Create the childminder record ».
class ProspectEditor : public QDialog
{
    Q_OBJECT
  public:
    ProspectEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    qint64 prospectId() const { return m_prospect.id; }
    bool save();
    bool advanceToNext();
    bool dropOut();
    // Creates her childminder record; emits openChildminderRequested and closes.
    bool convert();

  signals:
    void saved(qint64 id);
    void openChildminderRequested(qint64 childminderId);

  private:
    QWidget* buildDetails();
    QWidget* buildStages();
    void load(const Prospect& prospect);
    void loadStages(const Prospect& prospect);
    bool showErrors(const FieldErrors& errors);
    void reloadStages();
    Prospect edited() const;

    AppContext& m_context;
    Prospect m_prospect;
    FieldErrorLabels m_errors;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_commune = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_referrer = nullptr;
    DateLineEdit* m_firstContact = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_stage = nullptr;
    QTableWidget* m_history = nullptr;
    DateLineEdit* m_stageDate = nullptr;
    QLineEdit* m_dropReason = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_drop = nullptr;
    QPushButton* m_convert = nullptr;
};

} // namespace parcours
