#pragma once

#include "Question.h"

#include <QList>
#include <QString>

namespace parcours {

// A titled group of questions, shown together (a page of the response form).
struct QuestionnaireSection
{
    QString title;
    QList<Question> questions;

    friend bool operator==(const QuestionnaireSection& a, const QuestionnaireSection& b)
    {
        return a.title == b.title && a.questions == b.questions;
    }
};

} // namespace parcours
