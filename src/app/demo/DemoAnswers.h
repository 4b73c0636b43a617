#pragma once

#include "QuestionnaireTemplate.h"
#include "SurveyResponse.h"

#include <QDate>
#include <QRandomGenerator>

namespace parcours {

// What the demo knows of the person answering, so that answers hang together
// (children within her agrément, older people more likely to plan to stop).
struct DemoRespondent
{
    int approvedPlaces = 0;
    int age = 45;
    int relayIndex = 0; // shifts the training themes wanted from one relay to another
};

// Draws plausible answers to any questionnaire: the questions of the shipped
// annual survey get realistic distributions, others uniform ones. Answers only
// shown questions, in order, so conditions hold.
class DemoAnswers
{
  public:
    DemoAnswers(const QuestionnaireTemplate& questionnaire, int year)
        : m_questionnaire(questionnaire), m_year(year)
    {
    }
    void fill(QRandomGenerator& rng, const DemoRespondent& who, SurveyResponse& response) const;

  private:
    QStringList draw(QRandomGenerator& rng, const DemoRespondent& who, const Question& question,
                     const SurveyResponse& sofar, QString* otherText) const;
    const QuestionnaireTemplate& m_questionnaire;
    int m_year;
};

} // namespace parcours
