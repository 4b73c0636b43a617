#include "SqlSettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace parcours {

std::optional<QString> SqlSettingsRepository::value(const QString& key) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    Database::run(q);
    std::optional<QString> v;
    if (q.next())
        v = q.value(0).toString();
    q.finish();
    return v;
}

void SqlSettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON "
                                                "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, textToDb(value));
    Database::run(q);
}

} // namespace parcours
