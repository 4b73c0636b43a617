#include "SqliteStatement.h"

#include "Database.h"
#include "DomainError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace parcours {

namespace {

sqlite3* sqliteHandle(Database& db)
{
    if (db.isServer())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

} // namespace

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(Database& db, const QString& sql)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return nullptr;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        throw StorageError(QCoreApplication::translate(
                               "Database",
                               "%1 failed: %2. Check that the disk is not full and that the file is not "
                               "damaged; if the problem persists, restore a backup.")
                               .arg(QCoreApplication::translate("Database", "Preparing a query"), message));
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(connection, statement));
}

SqliteStatement::SqliteStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection), m_statement(statement)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::belongsTo(Database& db) const
{
    return sqliteHandle(db) == m_connection;
}

void SqliteStatement::start(const QVariantList& values)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc = SQLITE_OK;
        // As QtSql: a null QString is SQL NULL (Qt 6 does not call that QVariant null).
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble());
                break;
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            fail(rc);
    }
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    fail(rc);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QDate SqliteStatement::date(int column) const
{
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = s ? sqlite3_column_bytes(m_statement, column) : 0;
    if (size != 10 || s[4] != '-' || s[7] != '-')
        return s ? QDate::fromString(QString::fromUtf8(s, size), Qt::ISODate) : QDate();
    auto number = [&](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i)
            n = n * 10 + (s[i] - '0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

void SqliteStatement::fail(int code)
{
    // The error message belongs to the connection: read it before the reset.
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        throw StorageError(QCoreApplication::translate(
            "Database", "The database is busy: another program or workstation is writing to it. "
                        "Wait a moment and try again."));
    throw StorageError(QCoreApplication::translate(
                           "Database",
                           "%1 failed: %2. Check that the disk is not full and that the file is not damaged; "
                           "if the problem persists, restore a backup.")
                           .arg(QCoreApplication::translate("Database", "A database operation"), message));
}

} // namespace parcours
