#include "SqliteConnection.h"

#include "BenchError.h"

#include <sqlite3.h>

namespace parcours::bench {

SqliteConnection::SqliteConnection(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        throw BenchError(QStringLiteral("%1 cannot be opened with the C API: %2").arg(path, message));
    }
    sqlite3_busy_timeout(m_db, 5000);
}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt* s : m_statements)
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

sqlite3_stmt* SqliteConnection::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        throw BenchError(QStringLiteral("The baseline SQL was refused: %1\n%2")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sql)));
    m_statements.push_back(statement);
    return statement;
}

void SqliteConnection::bind(sqlite3_stmt* statement, const QVariantList& values)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            sqlite3_bind_int64(statement, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, i + 1, v.toDouble());
            break;
        default: {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }
}

bool SqliteConnection::step(sqlite3_stmt* statement)
{
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw BenchError(QStringLiteral("A baseline query failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)))));
}

qint64 SqliteConnection::scalar(sqlite3_stmt* statement, const QVariantList& values)
{
    bind(statement, values);
    const qint64 value = step(statement) ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_reset(statement);
    return value;
}

} // namespace parcours::bench
