#include "PhoneNumber.h"

namespace parcours {

std::optional<QString> normalisePhone(const QString& text)
{
    QString digits;
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed)
        if (c.isDigit())
            digits += c;
        else if (!(c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/') ||
                   c == QLatin1Char('+') || c == QLatin1Char('(') || c == QLatin1Char(')')))
            return std::nullopt;
    if (digits.startsWith(QLatin1String("0033")))
        digits = QLatin1Char('0') + digits.mid(4);
    else if (trimmed.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("33")))
        digits = QLatin1Char('0') + digits.mid(2);
    // "(0)" written after the country code: +33 (0)3 29 ...
    if (digits.size() == 11 && digits.startsWith(QLatin1String("00")))
        digits = digits.mid(1);
    if (digits.size() == 9 && digits.front() != QLatin1Char('0'))
        digits.prepend(QLatin1Char('0'));
    if (digits.size() != 10 || digits.front() != QLatin1Char('0') || digits.at(1) == QLatin1Char('0'))
        return std::nullopt;
    QString out;
    for (int i = 0; i < 10; i += 2) {
        if (i)
            out += QLatin1Char(' ');
        out += digits.mid(i, 2);
    }
    return out;
}

} // namespace parcours
