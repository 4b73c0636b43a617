#pragma once

#include <QDate>
#include <QVariant>

namespace parcours {

// Dates are stored as ISO text (yyyy-MM-dd) so they sort and compare in SQL;
// a missing date is NULL, never an empty string.
inline QVariant dateToDb(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateFromDb(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
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

} // namespace parcours
