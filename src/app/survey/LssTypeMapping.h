#pragma once

#include "QuestionType.h"

#include <QString>
#include <optional>

namespace parcours {

// How a LimeSurvey question type (the one-character code of the "type" field)
// becomes one of ours.
struct LssTypeMapping
{
    std::optional<QuestionType> type;     // empty: not mapped
    QString reason;                       // why not (translated), when not mapped
    bool displayText = false;             // type X: a text shown between questions, not a question
    bool optionsFromSubquestions = false; // M, P: the options are the subquestions
};

LssTypeMapping mapLimeSurveyType(const QString& limeSurveyType);

} // namespace parcours
