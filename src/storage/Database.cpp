#include "Database.h"

#include "AuditChain.h"
#include "DatabaseFileCheck.h"
#include "DomainError.h"
#include "Migrations.h"
#include "SearchIndexQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <sqlite3.h>

namespace parcours {

namespace {

QString newConnectionName()
{
    return QStringLiteral("parcours-") + QUuid::createUuid().toString(QUuid::Id128);
}

// SQLite reports a locked database with "database is locked" (SQLITE_BUSY);
// PostgreSQL a lock wait that timed out, a deadlock or a serialization
// failure with their SQLSTATE.
bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("55P03") || code == QLatin1String("40P01") ||
           code == QLatin1String("40001") ||
           error.databaseText().contains(QLatin1String("database is locked"));
}

// Class 08: the connection to the server is gone (network, server restart).
bool isConnectionLost(const QSqlError& error)
{
    return error.type() == QSqlError::ConnectionError ||
           error.nativeErrorCode().startsWith(QLatin1String("08"));
}

[[noreturn]] void fail(const QString& what, const QSqlError& error)
{
    if (isConnectionLost(error))
        throw StorageError(QCoreApplication::translate(
                               "Database", "The connection to the database server was lost (%1). Nothing "
                                           "was saved by this operation: check the network, then reopen the "
                                           "database (File > Open a shared server).")
                               .arg(error.text()));
    if (isBusy(error))
        throw StorageError(QCoreApplication::translate(
            "Database", "The database is busy: another program or workstation is writing to it. "
                        "Wait a moment and try again."));
    // PostgreSQL reports a five-character SQLSTATE, SQLite a number.
    static const QRegularExpression sqlState(QStringLiteral("^[0-9A-Z]{5}$"));
    if (sqlState.match(error.nativeErrorCode()).hasMatch())
        throw StorageError(QCoreApplication::translate(
                               "Database", "%1 failed on the database server: %2. Nothing was saved by this "
                                           "operation; if the problem persists, give this message to the "
                                           "person who runs the server.")
                               .arg(what, error.text()));
    throw StorageError(QCoreApplication::translate(
                           "Database",
                           "%1 failed: %2. Check that the disk is not full and that the file is not damaged; "
                           "if the problem persists, restore a backup.")
                           .arg(what, error.text()));
}
} // namespace

Database::Database(QString connectionName, QString path, SqlBackend backend)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_dialect(backend),
      m_searchIndex(std::make_unique<SearchIndexQueue>(*this))
{
}

Database::~Database()
{
    m_statements.clear(); // statements must die before their connection
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw StorageError(
            QCoreApplication::translate(
                "Database", "Cannot create the folder %1. Choose another location for the database.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    // Issue 5: an empty, truncated, corrupt or foreign file, or one on a
    // network drive, is refused before SQLite writes anything to it.
    DatabaseFileCheck::require(info.absoluteFilePath());
    std::unique_ptr<Database> database(
        new Database(newConnectionName(), info.absoluteFilePath(), SqlBackend::Sqlite));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    // Wait up to 10 s for another writer instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw StorageError(
            QCoreApplication::translate(
                "Database", "Cannot open the database %1: %2. Check the file and its permissions.")
                .arg(QDir::toNativeSeparators(database->m_path), db.lastError().text()));
    database->configure(false);
    return database;
}

std::unique_ptr<Database> Database::openInMemory()
{
    std::unique_ptr<Database> database(
        new Database(newConnectionName(), QStringLiteral(":memory:"), SqlBackend::Sqlite));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        throw StorageError(QCoreApplication::translate("Database", "Cannot create an in-memory database: %1.")
                               .arg(db.lastError().text()));
    database->configure(true);
    return database;
}

void Database::configure(bool inMemory)
{
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("PRAGMA schema_version")))
        throw StorageError(QCoreApplication::translate(
                               "Database", "The file %1 is not a Parcours Pro database (or it is damaged). "
                                           "Choose another file or restore a backup.")
                               .arg(QDir::toNativeSeparators(m_path)));
    probe.finish();
    if (!inMemory)
        execute(QStringLiteral("PRAGMA journal_mode=WAL"));
    execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    execute(QStringLiteral("PRAGMA synchronous=NORMAL"));
    execute(QStringLiteral("PRAGMA busy_timeout=10000"));
    // 32 MB of page cache instead of SQLite's 2 MB: an import or a demo of
    // 250,000 people updates eight indexes per row and thrashed the default.
    // Pages are only cached once read, so a small register stays small.
    execute(QStringLiteral("PRAGMA cache_size=-32768"));
    // Every statement that fires a trigger (the audit capture, the search
    // index) opens a statement journal; on disk that is a temporary file
    // written at each row of an import. In memory it costs what one
    // statement touches.
    execute(QStringLiteral("PRAGMA temp_store=MEMORY"));
    finishOpening();
    m_searchIndex->prepareConnection();
}

std::unique_ptr<Database> Database::openServer(const ServerSettings& settings)
{
    std::unique_ptr<Database> database(
        new Database(newConnectionName(), settings.describe(), SqlBackend::PostgreSql));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        throw StorageError(QCoreApplication::translate(
            "Database", "The PostgreSQL driver of Qt is not installed. Install the package libqt6sql6-psql "
                        "(or ask your IT department), then try again."));
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    // Empty: libpq looks the password up in ~/.pgpass (or PGPASSFILE).
    if (!settings.password.isEmpty())
        db.setPassword(settings.password);
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=parcours-pro")
                             .arg(settings.sslMode.isEmpty() ? QStringLiteral("prefer") : settings.sslMode));
    if (!db.open())
        throw StorageError(QCoreApplication::translate(
                               "Database", "Cannot connect to the database server %1: %2. Check the "
                                           "server name, port, database, user and password, and that the "
                                           "server accepts connections from this computer.")
                               .arg(settings.describe(), db.lastError().text().trimmed()));
    database->configureServer(settings);
    return database;
}

void Database::configureServer(const ServerSettings& settings)
{
    m_server = settings;
    execute(QStringLiteral("SET client_min_messages = warning"));
    execute(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Like SQLite's busy timeout: wait for another writer's row, then say so.
    execute(QStringLiteral("SET lock_timeout = '10s'"));
    if (!settings.schema.isEmpty()) {
        QString schema = settings.schema;
        schema.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString quoted = QLatin1Char('"') + schema + QLatin1Char('"');
        execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted);
        execute(QStringLiteral("SET search_path TO %1, public").arg(quoted));
    }
    // Two workstations opening a new server at once: one migrates, the
    // other waits and finds the schema up to date.
    execute(QStringLiteral("SELECT pg_advisory_lock(hashtext('parcours-migrate:' || current_schema()))"));
    try {
        finishOpening();
    } catch (...) {
        QSqlQuery(connection()).exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
        throw;
    }
    execute(QStringLiteral("SELECT pg_advisory_unlock_all()"));
}

void Database::finishOpening()
{
    migrateToLatest(*this);
    m_auditReady = tableExists(QStringLiteral("audit_log"));
}

bool Database::tableExists(const QString& table) const
{
    QSqlQuery q(connection());
    q.prepare(m_dialect.tableExistsQuery());
    q.addBindValue(table);
    return q.exec() && q.next();
}

void Database::executeSchema(const QString& sqliteDdl)
{
    for (const auto& sql : m_dialect.schemaStatements(sqliteDdl))
        execute(sql);
}

void Database::setAuditActor(const QString& login)
{
    if (login == m_auditActor)
        return;
    // Rows written outside a transaction wait for the next commit to be
    // sealed: seal them now, under the actor who wrote them. Only when there
    // are some (no write lock at every sign-in), and a busy database only
    // delays the sealing to the next commit.
    if (m_auditReady && m_transactionDepth == 0) {
        QSqlQuery pending(connection());
        if (pending.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE hash IS NULL LIMIT 1")) &&
            pending.next()) {
            pending.finish();
            try {
                inWriteTransaction([] {});
            } catch (const StorageError&) {
                // Busy or read-only: the next commit seals them.
            }
        }
    }
    m_auditActor = login;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        // Rows are read once, in order: a forward-only result keeps one row,
        // not a growing copy of all the rows read so far.
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(QCoreApplication::translate("Database", "Preparing a query"), query.lastError());
        it = m_statements.insert(sql, query);
    }
    return *it;
}

void Database::execute(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        fail(QCoreApplication::translate("Database", "A database operation"), query.lastError());
}

void Database::setCancelFlag(const std::atomic<bool>* flag)
{
    const QVariant handle = connection().driver()->handle();
    auto* sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                       ? *static_cast<sqlite3* const*>(handle.data())
                       : nullptr;
    if (!sqlite)
        return; // PostgreSQL: see the header
    // Asked every 1,000 virtual-machine steps: a few microseconds apart.
    int (*stopWhenSet)(void*) = [](void* cancel) {
        return static_cast<const std::atomic<bool>*>(cancel)->load() ? 1 : 0;
    };
    sqlite3_progress_handler(sqlite, flag ? 1000 : 0, flag ? stopWhenSet : nullptr,
                             const_cast<std::atomic<bool>*>(flag));
}

void Database::run(QSqlQuery& query)
{
    static const int slowMs = qEnvironmentVariableIntValue("PARCOURS_SLOW_SQL_MS");
    QElapsedTimer timer;
    timer.start();
    // QPSQL sends a bool as TRUE/FALSE, which PostgreSQL refuses in the
    // integer columns SQLite-style flags live in.
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        const QVariantList values = query.boundValues();
        for (int i = 0; i < values.size(); ++i)
            if (values.at(i).typeId() == QMetaType::Bool)
                query.bindValue(i, values.at(i).toBool() ? 1 : 0);
    }
    if (!query.exec())
        fail(QCoreApplication::translate("Database", "A database operation"), query.lastError());
    if (slowMs > 0 && timer.elapsed() >= slowMs)
        qWarning("slow SQL (%lld ms): %s", qint64(timer.elapsed()), qPrintable(query.lastQuery()));
}

qint64 Database::insertedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

void Database::inWriteTransaction(const std::function<void()>& work)
{
    // Nested calls become savepoints so a use case can call another one and
    // still roll back as a whole.
    const bool outer = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    // PostgreSQL has no BEGIN IMMEDIATE: a plain BEGIN, then the lock below.
    // Concurrent edits of one record are caught by its version column.
    const QString begin = isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    execute(outer ? begin : QStringLiteral("SAVEPOINT ") + savepoint);
    // Writers on one server schema still take turns, as SQLite's BEGIN
    // IMMEDIATE makes them: the audit rows of a transaction then get ids
    // after those of every transaction sealed before it, so the hash chain,
    // which follows the ids, stays one line. Readers never wait.
    if (outer && isServer())
        execute(
            QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('parcours-writer:' || current_schema()))"));
    ++m_transactionDepth;
    try {
        work();
    } catch (...) {
        --m_transactionDepth;
        QSqlQuery rollback(connection());
        rollback.exec(outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO ") + savepoint);
        if (!outer)
            rollback.exec(QStringLiteral("RELEASE ") + savepoint);
        else
            m_searchIndex->forget();
        throw;
    }
    --m_transactionDepth;
    try {
        if (outer)
            m_searchIndex->flush();
        // Issue 5: the audit rows of this transaction join the hash chain in
        // the same commit, so a committed change is always sealed.
        if (outer && m_auditReady)
            AuditChain::seal(*this, m_auditActor);
        execute(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
    } catch (...) {
        // A failed COMMIT leaves the transaction open: close it so the next
        // write does not fail on "cannot start a transaction within a transaction".
        QSqlQuery(connection())
            .exec(outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO ") + savepoint);
        if (outer)
            m_searchIndex->forget();
        throw;
    }
}

} // namespace parcours
