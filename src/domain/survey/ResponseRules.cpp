#include "ResponseRules.h"

#include <QCoreApplication>
#include <QSet>

namespace parcours {

namespace {

bool isOptionCode(const Question& question, const QString& value)
{
    for (const AnswerOption& option : question.options)
        if (option.code == value)
            return true;
    return question.allowOther && value == otherAnswerCode();
}

QStringList nonEmpty(const QStringList& values)
{
    QStringList kept;
    for (const QString& v : values)
        if (!v.trimmed().isEmpty())
            kept << v.trimmed();
    return kept;
}

} // namespace

QString ResponseRules::valueProblem(const Question& question, const QString& value) const
{
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        if (!isOptionCode(question, value))
            return QCoreApplication::translate("ResponseRules", "\"%1\" is not one of the offered answers.")
                .arg(value);
        return {};
    case QuestionType::YesNo:
        if (value != QLatin1String("Y") && value != QLatin1String("N"))
            return QCoreApplication::translate("ResponseRules", "Answer yes or no.");
        return {};
    case QuestionType::Scale1To5: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 5)
            return QCoreApplication::translate("ResponseRules", "Give a whole number from 1 to 5.");
        return {};
    }
    case QuestionType::Number: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok || n < 0 || n > 1e6)
            return QCoreApplication::translate("ResponseRules", "Give a number (digits only, 0 or more).");
        return {};
    }
    case QuestionType::Date:
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return QCoreApplication::translate("ResponseRules", "Give a valid date.");
        return {};
    case QuestionType::ShortText:
    case QuestionType::LongText:
        return {};
    }
    return {};
}

QHash<QString, QString> ResponseRules::problems(const SurveyResponse& response) const
{
    QHash<QString, QString> found;
    const QStringList visible = m_questionnaire.visibleQuestionCodes(response.answers);
    for (const QString& code : visible) {
        const Question* question = m_questionnaire.find(code);
        const QStringList values = nonEmpty(response.answers.value(code));
        if (values.isEmpty()) {
            if (question->required)
                found.insert(code,
                             QCoreApplication::translate("ResponseRules", "This question must be answered."));
            continue;
        }
        if (values.size() > 1 && question->type != QuestionType::MultipleChoice) {
            found.insert(code, QCoreApplication::translate("ResponseRules", "Only one answer is expected."));
            continue;
        }
        for (const QString& value : values) {
            const QString problem = valueProblem(*question, value);
            if (!problem.isEmpty()) {
                found.insert(code, problem);
                break;
            }
        }
        if (!found.contains(code) && values.contains(otherAnswerCode()) &&
            response.otherTexts.value(code).trimmed().isEmpty())
            found.insert(code, QCoreApplication::translate("ResponseRules", "Say what \"other\" means."));
    }
    return found;
}

void ResponseRules::clean(SurveyResponse& response) const
{
    const QStringList visible = m_questionnaire.visibleQuestionCodes(response.answers);
    const QSet<QString> shown(visible.cbegin(), visible.cend());
    QHash<QString, QStringList> answers;
    QHash<QString, QString> others;
    for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
        if (!shown.contains(it.key()))
            continue;
        QStringList values = nonEmpty(it.value());
        values.removeDuplicates();
        if (values.isEmpty())
            continue;
        answers.insert(it.key(), values);
        if (values.contains(otherAnswerCode())) {
            const QString text = response.otherTexts.value(it.key()).trimmed();
            if (!text.isEmpty())
                others.insert(it.key(), text);
        }
    }
    response.answers = answers;
    response.otherTexts = others;
}

QStringList ResponseRules::followUpQuestions(const SurveyResponse& response) const
{
    QStringList codes;
    const QStringList visible = m_questionnaire.visibleQuestionCodes(response.answers);
    for (const QString& code : visible) {
        const Question* question = m_questionnaire.find(code);
        for (const QString& value : response.answers.value(code))
            if (question->followUpValues.contains(value)) {
                codes << code;
                break;
            }
    }
    return codes;
}

} // namespace parcours
