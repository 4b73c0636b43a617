#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// The answer kinds a questionnaire offers. Keys are stored with templates and
// responses, so they never change; labels are French through the translation.
enum class QuestionType {
    SingleChoice,
    MultipleChoice, // may offer an "autre" free-text entry (Question::allowOther)
    YesNo,
    Scale1To5,
    Number,
    Date,
    ShortText,
    LongText,
};

QString questionTypeKey(QuestionType type);
std::optional<QuestionType> questionTypeFromKey(const QString& key);
QString questionTypeLabel(QuestionType type);
QList<QuestionType> allQuestionTypes();

// Choice questions need a list of options; the others carry their own values.
bool isChoiceType(QuestionType type);

} // namespace parcours
