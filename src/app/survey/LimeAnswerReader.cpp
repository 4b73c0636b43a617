#include "LimeAnswerReader.h"

#include <QRegularExpression>
#include <QSet>

namespace parcours {

namespace {

QString yesNo(const QString& value)
{
    static const QSet<QString> yes = {QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("oui"),
                                      QStringLiteral("o"), QStringLiteral("1"),   QStringLiteral("true")};
    static const QSet<QString> no = {QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("non"),
                                     QStringLiteral("0"), QStringLiteral("false")};
    const QString lower = value.toLower();
    if (yes.contains(lower))
        return QStringLiteral("Y");
    if (no.contains(lower))
        return QStringLiteral("N");
    return value;
}

QString number(const QString& value)
{
    // LimeSurvey stores numbers as decimal(30,10): "3.0000000000". A French
    // spreadsheet writes "2,5" and may group thousands with a space.
    QString text = value;
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double n = text.toDouble(&ok);
    if (!ok)
        return value;
    return QString::number(n, 'g', 15);
}

QString isoDate(const QString& value)
{
    const QDateTime moment = LimeAnswerReader::parseDateTime(value);
    return moment.isValid() ? moment.date().toString(Qt::ISODate) : value;
}

} // namespace

QDateTime LimeAnswerReader::parseDateTime(const QString& text)
{
    static const QStringList formats = {
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
        QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("dd/MM/yyyy HH:mm:ss"),
        QStringLiteral("dd/MM/yyyy HH:mm"),
        QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("d/M/yyyy H:mm"),
        QStringLiteral("d/M/yyyy"),
    };
    const QString trimmed = text.trimmed();
    for (const QString& format : formats) {
        QDateTime moment = QDateTime::fromString(trimmed, format);
        if (!moment.isValid()) {
            const QDate day = QDate::fromString(trimmed, format);
            if (day.isValid())
                moment = day.startOfDay();
        }
        if (moment.isValid())
            return moment;
    }
    return {};
}

std::optional<bool> LimeAnswerReader::parseTick(const QString& text)
{
    static const QSet<QString> ticked = {QStringLiteral("y"),   QStringLiteral("yes"), QStringLiteral("oui"),
                                         QStringLiteral("o"),   QStringLiteral("1"),   QStringLiteral("x"),
                                         QStringLiteral("true")};
    static const QSet<QString> unticked = {
        QString(),           QStringLiteral("n"),    QStringLiteral("no"), QStringLiteral("non"),
        QStringLiteral("0"), QStringLiteral("false")};
    const QString lower = text.trimmed().toLower();
    if (ticked.contains(lower))
        return true;
    if (unticked.contains(lower))
        return false;
    return std::nullopt;
}

QString LimeAnswerReader::normalised(const Question& question, const QString& value) const
{
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        if (value == otherAnswerCode())
            return value;
        for (const AnswerOption& option : question.options)
            if (option.code.compare(value, Qt::CaseInsensitive) == 0)
                return option.code;
        // Exports made with "full answers" write the labels.
        for (const AnswerOption& option : question.options)
            if (option.label.compare(value, Qt::CaseInsensitive) == 0)
                return option.code;
        return value;
    case QuestionType::YesNo:
        return yesNo(value);
    case QuestionType::Scale1To5:
    case QuestionType::Number:
        return number(value);
    case QuestionType::Date:
        return isoDate(value);
    case QuestionType::ShortText:
    case QuestionType::LongText:
        return value;
    }
    return value;
}

QHash<QString, QString> LimeAnswerReader::read(const CsvRecord& record, SurveyResponse& response) const
{
    QHash<QString, QString> problems;
    for (int i = 0; i < m_columns.columnCount() && i < record.fields.size(); ++i) {
        const LimeColumn& column = m_columns.column(i);
        if (column.kind == LimeColumnKind::Ignored)
            continue;
        const Question* question = m_questionnaire.find(column.questionCode);
        const QString value = record.fields.at(i).trimmed();
        QStringList& values = response.answers[column.questionCode];
        switch (column.kind) {
        case LimeColumnKind::Answer:
            if (value.isEmpty())
                break;
            if (question->type == QuestionType::MultipleChoice) {
                // Not a LimeSurvey layout, but what a hand-made file does.
                static const QRegularExpression separators(QStringLiteral("[;|]"));
                for (const QString& part : value.split(separators, Qt::SkipEmptyParts))
                    values << normalised(*question, part.trimmed());
            } else {
                values << normalised(*question, value);
            }
            break;
        case LimeColumnKind::Option: {
            const std::optional<bool> ticked = parseTick(value);
            if (!ticked)
                problems.insert(column.questionCode,
                                tr("\"%1\" in the column of option %2 is neither Y nor empty.")
                                    .arg(value, column.optionCode));
            else if (*ticked)
                values << column.optionCode;
            break;
        }
        case LimeColumnKind::OtherText:
            if (value.isEmpty())
                break;
            response.otherTexts.insert(column.questionCode, value);
            // A multiple choice has no "-oth-" tick of its own: the text is it.
            if (question->type == QuestionType::MultipleChoice)
                values << otherAnswerCode();
            break;
        case LimeColumnKind::Ignored:
            break;
        }
        if (values.isEmpty())
            response.answers.remove(column.questionCode);
    }
    return problems;
}

} // namespace parcours
