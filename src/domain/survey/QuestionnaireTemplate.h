#pragma once

#include "Question.h"
#include "QuestionnaireSection.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// A versioned questionnaire. A template used by a campaign is never changed in
// place: editing it makes a new version, so past responses keep their meaning.
struct QuestionnaireTemplate
{
    qint64 id = 0;
    QString name;
    int version = 1;
    QList<QuestionnaireSection> sections;
    QDateTime createdAt;

    // Every question, in display order (section by section).
    QList<Question> allQuestions() const;
    // The question with this code, or nullptr. The pointer is valid while the
    // template is not modified.
    const Question* find(const QString& code) const;
    // What makes the template unusable, one translated sentence per problem;
    // empty when it is fine. Checks: empty or duplicate codes, conditions on an
    // unknown, later or same question or with no value, choice questions without
    // options, duplicate option codes, "autre" on a non-choice question.
    QStringList validate() const;
    // Codes of the questions shown for these answers, in order. Unlike
    // shouldShow() alone, a question whose controlling question is itself
    // hidden is hidden too (its stale answer does not count).
    QStringList visibleQuestionCodes(const QHash<QString, QStringList>& answers) const;
};

} // namespace parcours
