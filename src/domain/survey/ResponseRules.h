#pragma once

#include "QuestionnaireTemplate.h"
#include "SurveyResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace parcours {

// What a response must look like for its questionnaire: the answers given only
// to shown questions, each of the right kind, every shown required question
// answered. Pure rules, shared by the form, the service and the importers.
class ResponseRules
{
  public:
    explicit ResponseRules(const QuestionnaireTemplate& questionnaire) : m_questionnaire(questionnaire) {}

    // Question code -> what is wrong with its answer (one translated sentence).
    // Empty when the response can be stored. Answers to hidden questions are
    // not errors: clean() drops them.
    QHash<QString, QString> problems(const SurveyResponse& response) const;
    // The same answers without those to hidden or unknown questions, without
    // empty values, and without "autre" texts whose "autre" was not chosen.
    void clean(SurveyResponse& response) const;
    // Codes of the questions whose answer asks for a coordinator follow-up
    // (Question::followUpValues), in questionnaire order.
    QStringList followUpQuestions(const SurveyResponse& response) const;
    // The problem with one value for one question, or an empty string.
    QString valueProblem(const Question& question, const QString& value) const;

  private:
    const QuestionnaireTemplate& m_questionnaire;
};

} // namespace parcours
