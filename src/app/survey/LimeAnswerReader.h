#pragma once

#include "CsvTable.h"
#include "LimeColumnMap.h"
#include "SurveyResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <optional>

namespace parcours {

// Turns one line of a LimeSurvey response export into answers in our form:
// option codes (matched without case, or by their label for exports written
// with full answer texts), "Y"/"N", plain numbers ("3.0000000000" -> "3") and
// ISO dates. Values it cannot read are passed on as written so that the
// response rules say what is wrong with them, except option ticks, which it
// judges itself.
class LimeAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(LimeAnswerReader)

  public:
    LimeAnswerReader(const QuestionnaireTemplate& questionnaire, const LimeColumnMap& columns)
        : m_questionnaire(questionnaire), m_columns(columns)
    {
    }

    // Fills response.answers and response.otherTexts. Returns question code ->
    // problem for what cannot be read at all.
    QHash<QString, QString> read(const CsvRecord& record, SurveyResponse& response) const;

    // LimeSurvey writes "yyyy-MM-dd HH:mm:ss"; a spreadsheet that went through
    // French Excel writes "dd/MM/yyyy HH:mm". Invalid when it is neither.
    static QDateTime parseDateTime(const QString& text);
    // Whether an option column's value means "ticked" (Y, Oui, Yes, 1, X),
    // "not ticked" (empty, N, Non, No, 0), or neither.
    static std::optional<bool> parseTick(const QString& text);

  private:
    QString normalised(const Question& question, const QString& value) const;

    const QuestionnaireTemplate& m_questionnaire;
    const LimeColumnMap& m_columns;
};

} // namespace parcours
