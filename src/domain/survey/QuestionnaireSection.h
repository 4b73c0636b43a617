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
};

} // namespace parcours
