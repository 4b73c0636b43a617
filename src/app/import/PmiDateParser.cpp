#include "PmiDateParser.h"

#include "TextFolding.h"

#include <QRegularExpression>

namespace parcours {

namespace {

int fullYear(int twoDigits, int month, int day, bool mustBePast, QDate today)
{
    const int recent = 2000 + twoDigits;
    if (mustBePast) {
        const bool notAfterToday =
            recent < today.year() ||
            (recent == today.year() &&
             (month < today.month() || (month == today.month() && day <= today.day())));
        return notAfterToday ? recent : recent - 100;
    }
    return recent <= today.year() + 20 ? recent : recent - 100;
}

// Month names as Excel writes them with a "dd-mmm-yy" or "d mmmm yyyy"
// format, in French and (for an English Excel) English, folded.
int monthFromName(const QString& name)
{
    static const char* const kNames[12][5] = {
        {"janv", "janvier", "jan", "january", nullptr},     {"fevr", "fevrier", "fev", "feb", "february"},
        {"mars", "mar", "march", nullptr, nullptr},         {"avr", "avril", "apr", "april", nullptr},
        {"mai", "may", nullptr, nullptr, nullptr},          {"juin", "jun", "june", nullptr, nullptr},
        {"juil", "juillet", "jul", "july", nullptr},        {"aout", "aou", "aug", "august", nullptr},
        {"sept", "septembre", "sep", "september", nullptr}, {"oct", "octobre", "october", nullptr, nullptr},
        {"nov", "novembre", "november", nullptr, nullptr},  {"dec", "decembre", "december", nullptr, nullptr},
    };
    const QString folded = foldForMatching(name);
    for (int m = 0; m < 12; ++m)
        for (const char* n : kNames[m])
            if (n && folded == QLatin1String(n))
                return m + 1;
    return 0;
}

} // namespace

PmiDateParser::Result PmiDateParser::parse(const QString& text, bool mustBePast, QDate today)
{
    static const QRegularExpression timeSuffix(QStringLiteral(R"([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$)"));
    static const QRegularExpression yearFirst(QStringLiteral(R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$)"));
    // "1er mars 2020", "01-mars-20", "1 janv. 2020".
    static const QRegularExpression monthName(
        QStringLiteral(R"(^(\d{1,2})(?:er)?[\s./-]*(\p{L}+)\.?[\s./-]*(\d{4}|\d{2})$)"));
    // Excel's serial day number, written when a date column was formatted as
    // a number: 45292 is 1 January 2024, a fraction is the time of day. Five
    // digits only: a four-digit number is more likely a year.
    static const QRegularExpression serial(QStringLiteral(R"(^(\d{5})(?:[.,]\d+)?$)"));

    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    s.remove(timeSuffix);
    s = s.trimmed();

    int day = 0;
    int month = 0;
    int year = 0;
    bool twoDigitYear = false;
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
        twoDigitYear = m.captured(3).size() == 2;
    } else if (const auto iso = yearFirst.match(s); iso.hasMatch()) {
        year = iso.captured(1).toInt();
        month = iso.captured(2).toInt();
        day = iso.captured(3).toInt();
    } else if (const auto named = monthName.match(s); named.hasMatch()) {
        month = monthFromName(named.captured(2));
        if (month == 0)
            return {Outcome::NotADate, {}};
        day = named.captured(1).toInt();
        year = named.captured(3).toInt();
        twoDigitYear = named.captured(3).size() == 2;
    } else if (const auto number = serial.match(s); number.hasMatch()) {
        // Day 1 is 1 January 1900 and Excel counts a 29 February 1900 that
        // never was, so from March 1900 on day 0 is 30 December 1899.
        const QDate date = QDate(1899, 12, 30).addDays(number.captured(1).toLongLong());
        if (date.year() > 2199)
            return {Outcome::Impossible, {}};
        return {Outcome::Valid, date};
    } else {
        return {Outcome::NotADate, {}};
    }
    if (twoDigitYear)
        year = fullYear(year, month, day, mustBePast, today);
    // QDate accepts year 24 AD; nobody in a PMI list was born then.
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2199)
        return {Outcome::Impossible, {}};
    return {Outcome::Valid, date};
}

} // namespace parcours
