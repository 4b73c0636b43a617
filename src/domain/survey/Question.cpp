#include "Question.h"

namespace parcours {

bool shouldShow(const Question& question, const QHash<QString, QStringList>& answers)
{
    const DisplayCondition& condition = question.condition;
    if (!condition.isSet())
        return true;
    // An unanswered (or skipped) earlier question hides what depends on it.
    const QStringList given = answers.value(condition.questionCode);
    for (const QString& value : given)
        if (condition.expectedValues.contains(value))
            return true;
    return false;
}

} // namespace parcours
