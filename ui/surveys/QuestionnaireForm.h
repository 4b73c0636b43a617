#pragma once

#include "FieldError.h"
#include "QuestionnaireTemplate.h"
#include "SurveyResponse.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;

namespace parcours {

class QuestionEditor;

// The questions of a questionnaire version as one form, built from the
// template: section titles, then per question its text (plain text: imported
// texts may hold HTML that must stay inert), a star when required, its help,
// last year's answer, the editor and a red error line. Questions with a
// condition appear and disappear as the answers change.
class QuestionnaireForm : public QWidget
{
    Q_OBJECT
  public:
    QuestionnaireForm(const QuestionnaireTemplate& questionnaire,
                      const std::optional<SurveyResponse>& lastYear, QWidget* parent = nullptr);

    // Fills answers and otherTexts of `response` from the editors (hidden
    // questions included; the service drops them).
    void readInto(SurveyResponse& response) const;
    void load(const SurveyResponse& response);
    // Problems the service cannot see, such as an unreadable date.
    FieldErrors inputProblems() const;
    // Shows each error beside its question; returns the errors about no
    // question. The first question in error is returned through `first`.
    FieldErrors showErrors(const FieldErrors& errors, QuestionEditor** first = nullptr);
    void clearErrors();

    QuestionEditor* editor(const QString& code) const { return m_blocks.value(code).editor; }
    bool isShown(const QString& code) const;
    // "Last year: …" for a question, in labels; empty without last year's response.
    static QString previousAnswerText(const Question& question, const SurveyResponse& lastYear);

  signals:
    void changed();

  private:
    struct Block
    {
        QWidget* widget = nullptr;
        QuestionEditor* editor = nullptr;
        QLabel* error = nullptr;
    };
    QWidget* buildBlock(const Question& question, const std::optional<SurveyResponse>& lastYear);
    void updateVisibility();
    QHash<QString, QStringList> currentAnswers() const;

    QuestionnaireTemplate m_questionnaire;
    QHash<QString, Block> m_blocks;
    QStringList m_shownLastYear; // questions last year's answers showed
};

} // namespace parcours
