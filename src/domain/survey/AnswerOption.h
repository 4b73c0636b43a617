#pragma once

#include <QString>

namespace parcours {

// One option of a choice question. The code is what responses store (and what
// LimeSurvey exports use), so a label can be reworded without losing answers.
struct AnswerOption
{
    QString code;
    QString label;
    // "I plan to stop within N years" options: the summary turns them into
    // places at risk. 0 for every other option.
    int stopWithinYears = 0;

    friend bool operator==(const AnswerOption& a, const AnswerOption& b)
    {
        return a.code == b.code && a.label == b.label && a.stopWithinYears == b.stopWithinYears;
    }
};

} // namespace parcours
