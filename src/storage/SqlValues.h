#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace parcours {

// Dates are stored as ISO text (yyyy-MM-dd) so they sort and compare in SQL;
// a missing date is NULL, never an empty string.
// QDate::toString(Qt::ISODate) goes through a printf and showed up at 10 %
// of a bulk import's time; dates are written and parsed by hand instead.
inline QVariant dateToDb(QDate d)
{
    if (!d.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    int year = d.year();
    const int month = d.month();
    const int day = d.day();
    if (year < 0 || year > 9999)
        return d.toString(Qt::ISODate);
    QChar text[10];
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = QChar(u'0' + year % 10);
    text[4] = text[7] = QChar(u'-');
    text[5] = QChar(u'0' + month / 10);
    text[6] = QChar(u'0' + month % 10);
    text[8] = QChar(u'0' + day / 10);
    text[9] = QChar(u'0' + day % 10);
    return QString(text, 10);
}

inline QDate dateFromDb(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return QDate::fromString(s, Qt::ISODate);
    auto number = [&](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i)
            n = n * 10 + (s.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL with ''
// as "nothing", so strings coming from default-constructed fields go through this.
inline QString textToDb(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant idToDb(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Binds positional values in order: for statements whose WHERE clause is
// assembled from optional filters, so the values come as a list too.
inline void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
}

} // namespace parcours
