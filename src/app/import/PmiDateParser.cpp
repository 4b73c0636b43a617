#include "PmiDateParser.h"

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

} // namespace

PmiDateParser::Result PmiDateParser::parse(const QString& text, bool mustBePast, QDate today)
{
    static const QRegularExpression timeSuffix(QStringLiteral(R"([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$)"));
    static const QRegularExpression yearFirst(QStringLiteral(R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$)"));

    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    s.remove(timeSuffix);
    s = s.trimmed();

    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year = fullYear(year, month, day, mustBePast, today);
    } else if (const auto iso = yearFirst.match(s); iso.hasMatch()) {
        year = iso.captured(1).toInt();
        month = iso.captured(2).toInt();
        day = iso.captured(3).toInt();
    } else {
        return {Outcome::NotADate, {}};
    }
    // QDate accepts year 24 AD; nobody in a PMI list was born then.
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2199)
        return {Outcome::Impossible, {}};
    return {Outcome::Valid, date};
}

} // namespace parcours
