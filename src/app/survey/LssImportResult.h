#pragma once

#include "QuestionnaireTemplate.h"

#include <QString>
#include <QStringList>

namespace parcours {

// What a LimeSurvey structure import produced. The questionnaire holds what
// could be mapped; notMapped says, one translated line each, which question or
// feature was left out and why (shown to the user, and in the CLI's JSON).
struct LssImportResult
{
    QuestionnaireTemplate questionnaire;
    QStringList notMapped;
    QString surveyTitle;
    QString language; // the language whose texts were taken ("fr" when the survey has it)
    int dbVersion = 0;
};

} // namespace parcours
