#pragma once

#include <QString>

namespace parcours {

// One option of a choice question. The code is what responses store (and what
// LimeSurvey exports use), so a label can be reworded without losing answers.
struct AnswerOption
{
    QString code;
    QString label;

    friend bool operator==(const AnswerOption& a, const AnswerOption& b)
    {
        return a.code == b.code && a.label == b.label;
    }
};

} // namespace parcours
