#include "QuestionnaireTemplate.h"

#include <QCoreApplication>
#include <QSet>

namespace parcours {

QList<Question> QuestionnaireTemplate::allQuestions() const
{
    QList<Question> all;
    for (const QuestionnaireSection& section : sections)
        all += section.questions;
    return all;
}

const Question* QuestionnaireTemplate::find(const QString& code) const
{
    for (const QuestionnaireSection& section : sections)
        for (const Question& question : section.questions)
            if (question.code == code)
                return &question;
    return nullptr;
}

QStringList QuestionnaireTemplate::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("QuestionnaireTemplate", "The questionnaire has no name.");

    const QList<Question> questions = allQuestions();
    QSet<QString> allCodes;
    for (const Question& q : questions)
        allCodes.insert(q.code);

    // Codes met so far: a condition may only look back, so that the form can be
    // filled from top to bottom.
    QSet<QString> earlier;
    QSet<QString> reportedDuplicates;
    int position = 0;
    for (const Question& q : questions) {
        ++position;
        if (q.code.trimmed().isEmpty())
            problems << QCoreApplication::translate("QuestionnaireTemplate", "Question %1 has no code.")
                            .arg(position);
        else if (earlier.contains(q.code) && !reportedDuplicates.contains(q.code)) {
            problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                    "The code %1 is used by more than one question.")
                            .arg(q.code);
            reportedDuplicates.insert(q.code);
        }

        if (isChoiceType(q.type) && q.options.isEmpty())
            problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                    "Question %1 is a choice question without any option.")
                            .arg(q.code);
        if (!isChoiceType(q.type) && q.allowOther)
            problems << QCoreApplication::translate(
                            "QuestionnaireTemplate",
                            "Question %1 offers \"other\" but is not a choice question.")
                            .arg(q.code);
        QSet<QString> optionCodes;
        for (const AnswerOption& option : q.options) {
            if (optionCodes.contains(option.code))
                problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                        "Question %1 has the option code %2 twice.")
                                .arg(q.code, option.code);
            optionCodes.insert(option.code);
        }

        for (const QString& value : q.followUpValues) {
            const bool known = q.type == QuestionType::YesNo
                                   ? (value == QLatin1String("Y") || value == QLatin1String("N"))
                                   : optionCodes.contains(value);
            if (!known)
                problems << QCoreApplication::translate(
                                "QuestionnaireTemplate",
                                "Question %1 asks for a follow-up on the answer %2, which it does not offer.")
                                .arg(q.code, value);
        }

        if (q.condition.isSet()) {
            const QString& target = q.condition.questionCode;
            if (target == q.code)
                problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                        "Question %1 depends on its own answer.")
                                .arg(q.code);
            else if (!allCodes.contains(target))
                problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                        "Question %1 depends on %2, which does not exist.")
                                .arg(q.code, target);
            else if (!earlier.contains(target))
                problems << QCoreApplication::translate("QuestionnaireTemplate",
                                                        "Question %1 depends on %2, which comes after it.")
                                .arg(q.code, target);
            if (q.condition.expectedValues.isEmpty())
                problems << QCoreApplication::translate(
                                "QuestionnaireTemplate",
                                "The condition of question %1 gives no expected answer.")
                                .arg(q.code);
        }
        earlier.insert(q.code);
    }
    return problems;
}

QStringList QuestionnaireTemplate::visibleQuestionCodes(const QHash<QString, QStringList>& answers) const
{
    QStringList visible;
    QSet<QString> shown;
    for (const Question& q : allQuestions()) {
        const bool controllerShown = !q.condition.isSet() || shown.contains(q.condition.questionCode);
        if (controllerShown && shouldShow(q, answers)) {
            visible << q.code;
            shown.insert(q.code);
        }
    }
    return visible;
}

} // namespace parcours
