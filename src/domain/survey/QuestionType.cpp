#include "QuestionType.h"

#include <QCoreApplication>

namespace parcours {

QString questionTypeKey(QuestionType type)
{
    switch (type) {
    case QuestionType::SingleChoice:
        return QStringLiteral("single_choice");
    case QuestionType::MultipleChoice:
        return QStringLiteral("multiple_choice");
    case QuestionType::YesNo:
        return QStringLiteral("yes_no");
    case QuestionType::Scale1To5:
        return QStringLiteral("scale_1_5");
    case QuestionType::Number:
        return QStringLiteral("number");
    case QuestionType::Date:
        return QStringLiteral("date");
    case QuestionType::ShortText:
        return QStringLiteral("short_text");
    case QuestionType::LongText:
        return QStringLiteral("long_text");
    }
    return {};
}

std::optional<QuestionType> questionTypeFromKey(const QString& key)
{
    for (QuestionType t : allQuestionTypes())
        if (questionTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QString questionTypeLabel(QuestionType type)
{
    switch (type) {
    case QuestionType::SingleChoice:
        return QCoreApplication::translate("QuestionType", "Single choice");
    case QuestionType::MultipleChoice:
        return QCoreApplication::translate("QuestionType", "Multiple choice");
    case QuestionType::YesNo:
        return QCoreApplication::translate("QuestionType", "Yes / no");
    case QuestionType::Scale1To5:
        return QCoreApplication::translate("QuestionType", "Scale from 1 to 5");
    case QuestionType::Number:
        return QCoreApplication::translate("QuestionType", "Number");
    case QuestionType::Date:
        return QCoreApplication::translate("QuestionType", "Date");
    case QuestionType::ShortText:
        return QCoreApplication::translate("QuestionType", "Short text");
    case QuestionType::LongText:
        return QCoreApplication::translate("QuestionType", "Long text");
    }
    return {};
}

QList<QuestionType> allQuestionTypes()
{
    return {QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::YesNo,
            QuestionType::Scale1To5,    QuestionType::Number,         QuestionType::Date,
            QuestionType::ShortText,    QuestionType::LongText};
}

bool isChoiceType(QuestionType type)
{
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice;
}

} // namespace parcours
