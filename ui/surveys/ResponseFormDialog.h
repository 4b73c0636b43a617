#pragma once

#include "FieldErrorLabels.h"
#include "QuestionnaireTemplate.h"
#include "SurveyResponse.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace parcours {

class AppContext;
class DateLineEdit;
class QuestionnaireForm;

// Typing one childminder's answers to a campaign (during a call, from a paper
// form), with the keyboard only: Tab from question to question, digits choose
// an option, Space ticks, Ctrl+Enter saves, Escape cancels. Opens filled with
// her response when she already answered this campaign (saving replaces it).
class ResponseFormDialog : public QDialog
{
    Q_OBJECT
  public:
    ResponseFormDialog(AppContext& context, qint64 campaignId, qint64 childminderId,
                       const QString& personName, QWidget* parent = nullptr);

    // Checks, then submits through ResponseService; true when stored.
    bool save();
    bool isDirty() const { return m_dirty; }
    bool isEditing() const { return m_response.version > 0; }
    QuestionnaireForm* form() const { return m_form; }
    QScrollArea* scrollArea() const { return m_scroll; }
    // Why the dialog cannot be used (campaign or questionnaire missing), or empty.
    QString loadProblem() const { return m_loadProblem; }

    // The OS user name: who types the response, unless told otherwise.
    static QString defaultEnteredBy();

  public slots:
    void reject() override;

  signals:
    // `followUp` is the follow-up action created for a coordinator, or empty.
    void saved(qint64 childminderId, const QString& followUp);

  private:
    QWidget* buildHeader();
    QWidget* buildButtons();
    QString createdFollowUp(bool hadFollowUp) const;

    AppContext& m_context;
    SurveyResponse m_response;
    std::optional<QuestionnaireTemplate> m_questionnaire;
    QString m_loadProblem;
    FieldErrorLabels m_errors;
    QComboBox* m_channel = nullptr;
    DateLineEdit* m_date = nullptr;
    QLineEdit* m_enteredBy = nullptr;
    QScrollArea* m_scroll = nullptr;
    QuestionnaireForm* m_form = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_saveButton = nullptr;
    bool m_dirty = false;
};

} // namespace parcours
