#include "LssTypeMapping.h"

#include <QCoreApplication>

namespace parcours {

namespace {

LssTypeMapping mapped(QuestionType type, bool optionsFromSubquestions = false)
{
    LssTypeMapping m;
    m.type = type;
    m.optionsFromSubquestions = optionsFromSubquestions;
    return m;
}

LssTypeMapping notMapped(const QString& reason)
{
    LssTypeMapping m;
    m.reason = reason;
    return m;
}

} // namespace

LssTypeMapping mapLimeSurveyType(const QString& t)
{
    if (t == QLatin1String("L") || t == QLatin1String("!") || t == QLatin1String("O"))
        return mapped(QuestionType::SingleChoice);
    if (t == QLatin1String("M") || t == QLatin1String("P"))
        return mapped(QuestionType::MultipleChoice, true);
    if (t == QLatin1String("Y"))
        return mapped(QuestionType::YesNo);
    if (t == QLatin1String("5"))
        return mapped(QuestionType::Scale1To5);
    if (t == QLatin1String("N"))
        return mapped(QuestionType::Number);
    if (t == QLatin1String("D"))
        return mapped(QuestionType::Date);
    if (t == QLatin1String("S"))
        return mapped(QuestionType::ShortText);
    if (t == QLatin1String("T") || t == QLatin1String("U"))
        return mapped(QuestionType::LongText);

    if (t == QLatin1String("X")) {
        LssTypeMapping m = notMapped(QCoreApplication::translate(
            "LssImporter", "display text shown between questions, not a question"));
        m.displayText = true;
        return m;
    }
    static const QString arrays = QStringLiteral("FABCEH;:1");
    if (t.size() == 1 && arrays.contains(t))
        return notMapped(QCoreApplication::translate(
            "LssImporter", "array question (one answer per row): no matching question type"));
    if (t == QLatin1String("R"))
        return notMapped(
            QCoreApplication::translate("LssImporter", "ranking question: no matching question type"));
    if (t == QLatin1String("G"))
        return notMapped(QCoreApplication::translate(
            "LssImporter", "gender question: no matching question type (recreate it as a single choice)"));
    if (t == QLatin1String("Q"))
        return notMapped(QCoreApplication::translate(
            "LssImporter", "multiple short texts: no matching question type (recreate one short-text "
                           "question per line)"));
    if (t == QLatin1String("K"))
        return notMapped(QCoreApplication::translate(
            "LssImporter", "multiple numerical inputs: no matching question type (recreate one number "
                           "question per line)"));
    if (t == QLatin1String("|"))
        return notMapped(
            QCoreApplication::translate("LssImporter", "file upload: not supported (no files are kept)"));
    if (t == QLatin1String("*"))
        return notMapped(
            QCoreApplication::translate("LssImporter", "equation computed by LimeSurvey, not a question"));
    if (t == QLatin1String("I"))
        return notMapped(QCoreApplication::translate("LssImporter", "language switch, not a question"));
    return notMapped(QCoreApplication::translate("LssImporter", "unknown LimeSurvey question type"));
}

} // namespace parcours
