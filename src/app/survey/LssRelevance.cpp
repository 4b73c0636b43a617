#include "LssRelevance.h"

#include <QRegularExpression>
#include <QStringList>

namespace parcours {

namespace {

// Brackets only group here, so they can go, but not those inside quotes.
QString withoutBrackets(const QString& text)
{
    QString out;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            out += c;
        } else if (c != QLatin1Char('(') && c != QLatin1Char(')')) {
            out += c;
        }
    }
    return out;
}

} // namespace

bool isAlwaysRelevant(const QString& equation)
{
    const QString e = equation.trimmed();
    return e.isEmpty() || e == QLatin1String("1");
}

std::optional<DisplayCondition> parseSimpleRelevance(const QString& equation)
{
    static const QRegularExpression orSplit(QStringLiteral("\\s+or\\s+|\\|\\|"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression term(QStringLiteral(
        "^\\s*([A-Za-z][A-Za-z0-9_]*)(?:\\.NAOK)?\\s*(?:==|eq)\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*$"));
    const QString flat = withoutBrackets(equation);
    if (flat.trimmed().isEmpty())
        return std::nullopt;
    DisplayCondition condition;
    for (const QString& part : flat.split(orSplit)) {
        const QRegularExpressionMatch m = term.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        const QString code = m.captured(1);
        if (!condition.questionCode.isEmpty() && condition.questionCode != code)
            return std::nullopt; // an OR over two questions is not one condition
        condition.questionCode = code;
        const QString value = m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3);
        if (!condition.expectedValues.contains(value))
            condition.expectedValues << value;
    }
    return condition;
}

} // namespace parcours
