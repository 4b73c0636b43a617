#pragma once

#include "QuestionnaireTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// What one column of a LimeSurvey response export holds.
enum class LimeColumnKind {
    Ignored,  // LimeSurvey bookkeeping, or nothing we can use (then listed)
    Answer,   // CODE: the answer to a question
    Option,   // CODE[SQ001]: one option of a multiple choice, "Y" when ticked
    OtherText // CODE[other]: the "autre" text of a choice question
};

struct LimeColumn
{
    LimeColumnKind kind = LimeColumnKind::Ignored;
    QString questionCode; // as the questionnaire spells it
    QString optionCode;   // Option: as the questionnaire spells it
};

// Reads the header line of a LimeSurvey response export against a
// questionnaire. LimeSurvey names columns by question code ("Q1"), by code and
// subquestion ("Q2[SQ001]", "Q2[other]", "Q2[comment]"), and, with the "code and
// question text" heading style, "Q1. The question" or "Q2[SQ001]. [Sub] The
// question"; its own columns (id, submitdate, token...) come first. Codes are
// matched without case.
class LimeColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(LimeColumnMap)

  public:
    // `tokenColumn`: the column that carries the reference code, by header or
    // question code; empty means LimeSurvey's "token" column.
    LimeColumnMap(const QStringList& header, const QuestionnaireTemplate& questionnaire,
                  const QString& tokenColumn = QString());

    // The code part of a header: what comes before the first ". ", trimmed.
    static QString headerCode(const QString& header);

    const LimeColumn& column(int index) const { return m_columns.at(index); }
    int columnCount() const { return int(m_columns.size()); }
    int tokenColumn() const { return m_tokenColumn; }   // -1 when there is none
    int submitColumn() const { return m_submitColumn; } // -1 when there is none
    // How many columns carry answers (Answer, Option or OtherText).
    int answerColumns() const { return m_answerColumns; }
    // "header: why it is not imported", one per column that is neither
    // LimeSurvey bookkeeping nor used.
    const QStringList& ignored() const { return m_ignored; }

  private:
    LimeColumn classify(const QString& code, const QuestionnaireTemplate& questionnaire, QString* why) const;

    QList<LimeColumn> m_columns;
    QStringList m_ignored;
    int m_tokenColumn = -1;
    int m_submitColumn = -1;
    int m_answerColumns = 0;
};

} // namespace parcours
