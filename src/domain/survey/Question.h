#pragma once

#include "AnswerOption.h"
#include "DisplayCondition.h"
#include "QuestionType.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// One question of a questionnaire template. Texts are plain text: the UI shows
// them as text, never as HTML.
struct Question
{
    QString code; // unique in its template; responses and conditions refer to it
    QString text;
    QString help;
    QuestionType type = QuestionType::ShortText;
    bool required = false;
    QList<AnswerOption> options; // choice questions only
    bool allowOther = false;     // choice questions: an extra "autre" free-text entry
    DisplayCondition condition;
    // Answers that call for a coordinator (wants to stop, to change career, to
    // be recontacted): a response giving one creates a follow-up.
    QStringList followUpValues;
    // What the summary does with it beyond counting; empty for most questions.
    // "training_themes": ranked per relay for the training bodies.
    QString role;

    friend bool operator==(const Question& a, const Question& b)
    {
        return a.code == b.code && a.text == b.text && a.help == b.help && a.type == b.type &&
               a.required == b.required && a.options == b.options && a.allowOther == b.allowOther &&
               a.condition == b.condition && a.followUpValues == b.followUpValues && a.role == b.role;
    }
};

// Whether a question is shown given the answers so far (question code -> the
// values given; one value for a single choice, several for a multiple choice).
// A question without a condition is always shown.
bool shouldShow(const Question& question, const QHash<QString, QStringList>& answers);

inline QString trainingThemesRole()
{
    return QStringLiteral("training_themes");
}

} // namespace parcours
