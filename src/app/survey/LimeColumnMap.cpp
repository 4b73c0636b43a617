#include "LimeColumnMap.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace parcours {

namespace {

// LimeSurvey's own columns, in code form and in its English and French "full
// text" heading styles. Participant attributes (name, email...) are personal
// data we already hold: they are dropped without comment.
const QSet<QString>& bookkeepingColumns()
{
    static const QSet<QString> names = {
        QStringLiteral("id"),
        QStringLiteral("submitdate"),
        QStringLiteral("lastpage"),
        QStringLiteral("startlanguage"),
        QStringLiteral("seed"),
        QStringLiteral("token"),
        QStringLiteral("startdate"),
        QStringLiteral("datestamp"),
        QStringLiteral("ipaddr"),
        QStringLiteral("refurl"),
        QStringLiteral("interviewtime"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("email"),
        QStringLiteral("emailstatus"),
        QStringLiteral("language"),
        QStringLiteral("sent"),
        QStringLiteral("remindersent"),
        QStringLiteral("remindercount"),
        QStringLiteral("completed"),
        QStringLiteral("usesleft"),
        QStringLiteral("validfrom"),
        QStringLiteral("validuntil"),
        QStringLiteral("tid"),
        QStringLiteral("participant_id"),
        QStringLiteral("response id"),
        QStringLiteral("last page"),
        QStringLiteral("start language"),
        QStringLiteral("date started"),
        QStringLiteral("date last action"),
        QStringLiteral("ip address"),
        QStringLiteral("referrer url"),
        QStringLiteral("total time"),
        QStringLiteral("id de la réponse"),
        QStringLiteral("dernière page"),
        QStringLiteral("langue de départ"),
        QStringLiteral("date de début"),
        QStringLiteral("date de la dernière action"),
        QStringLiteral("adresse ip"),
        QStringLiteral("url de provenance"),
        QStringLiteral("temps total"),
    };
    return names;
}

const QSet<QString>& tokenColumnNames()
{
    static const QSet<QString> names = {QStringLiteral("token"), QStringLiteral("access code"),
                                        QStringLiteral("code d'accès"), QStringLiteral("code d’accès"),
                                        QStringLiteral("jeton")};
    return names;
}

const QSet<QString>& submitColumnNames()
{
    static const QSet<QString> names = {QStringLiteral("submitdate"), QStringLiteral("date submitted"),
                                        QStringLiteral("date de soumission"), QStringLiteral("date d'envoi"),
                                        QStringLiteral("date d’envoi")};
    return names;
}

bool isBookkeeping(const QString& lowerCode)
{
    if (bookkeepingColumns().contains(lowerCode) || tokenColumnNames().contains(lowerCode) ||
        submitColumnNames().contains(lowerCode))
        return true;
    // Timings ("interviewtime", "123X4time", "Q1Time") and participant
    // attributes ("attribute_1").
    return lowerCode.endsWith(QLatin1String("time")) || lowerCode.startsWith(QLatin1String("attribute_"));
}

} // namespace

QString LimeColumnMap::headerCode(const QString& header)
{
    QString text = header.trimmed();
    // A BOM the reader did not strip (a file concatenated from two exports).
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1String(". "));
    return (dot > 0 ? text.left(dot) : text).trimmed();
}

LimeColumnMap::LimeColumnMap(const QStringList& header, const QuestionnaireTemplate& questionnaire,
                             const QString& tokenColumn)
{
    const QString wantedToken = tokenColumn.trimmed().toLower();
    for (int i = 0; i < header.size(); ++i) {
        const QString code = headerCode(header.at(i));
        const QString lower = code.toLower();
        if (m_tokenColumn < 0 &&
            (wantedToken.isEmpty() ? tokenColumnNames().contains(lower)
                                   : lower == wantedToken || header.at(i).trimmed().toLower() == wantedToken))
            m_tokenColumn = i;
        if (m_submitColumn < 0 && submitColumnNames().contains(lower))
            m_submitColumn = i;

        QString why;
        const LimeColumn column = classify(code, questionnaire, &why);
        m_columns << column;
        if (column.kind != LimeColumnKind::Ignored)
            ++m_answerColumns;
        else if (i != m_tokenColumn && !why.isEmpty())
            m_ignored << tr("%1: %2").arg(header.at(i).trimmed(), why);
    }
}

LimeColumn LimeColumnMap::classify(const QString& code, const QuestionnaireTemplate& questionnaire,
                                   QString* why) const
{
    static const QRegularExpression subquestion(QStringLiteral("^([^\\[\\]]+)\\[([^\\[\\]]*)\\]$"));
    const QRegularExpressionMatch match = subquestion.match(code);
    const QString questionPart = match.hasMatch() ? match.captured(1).trimmed() : code;

    const Question* question = nullptr;
    for (const Question& q : questionnaire.allQuestions())
        if (q.code.compare(questionPart, Qt::CaseInsensitive) == 0) {
            question = questionnaire.find(q.code);
            break;
        }
    if (!question) {
        if (code.isEmpty())
            *why = tr("the column has no name");
        else if (!isBookkeeping(code.toLower()))
            *why = tr("no question of the campaign's questionnaire has this code");
        return {};
    }
    if (!match.hasMatch())
        return {LimeColumnKind::Answer, question->code, {}};

    const QString sub = match.captured(2).trimmed();
    if (sub.compare(QLatin1String("other"), Qt::CaseInsensitive) == 0) {
        if (isChoiceType(question->type) && question->allowOther)
            return {LimeColumnKind::OtherText, question->code, {}};
        *why = tr("question %1 offers no \"other\" answer in the questionnaire").arg(question->code);
        return {};
    }
    if (sub.endsWith(QLatin1String("comment"), Qt::CaseInsensitive)) {
        *why = tr("comments on answers are not imported");
        return {};
    }
    if (question->type == QuestionType::MultipleChoice)
        for (const AnswerOption& option : question->options)
            if (option.code.compare(sub, Qt::CaseInsensitive) == 0)
                return {LimeColumnKind::Option, question->code, option.code};
    *why = tr("\"%1\" is not an option of question %2").arg(sub, question->code);
    return {};
}

} // namespace parcours
