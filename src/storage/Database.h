#pragma once

#include "ServerSettings.h"
#include "SqlDialect.h"
#include "TransactionRunner.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <atomic>
#include <memory>

namespace parcours {

class SearchIndexQueue;

// One connection with schema migrations and nested write transactions:
// either a SQLite file with the pragmas the application relies on (WAL,
// foreign keys, busy timeout; BEGIN IMMEDIATE so concurrent writers wait
// instead of failing), or a shared PostgreSQL server (issue 6).
class Database final : public TransactionRunner
{
  public:
    // Opens (creating when missing) the database file and migrates it to the
    // latest schema. Throws StorageError with a French message on failure.
    static std::unique_ptr<Database> open(const QString& path);
    // A private in-memory database, for tests and dry runs.
    static std::unique_ptr<Database> openInMemory();
    // Connects to a PostgreSQL server and migrates its schema (issue 6).
    static std::unique_ptr<Database> openServer(const ServerSettings& settings);
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file, ":memory:", or for a server its description (no password).
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect.isPostgres(); }
    // How this server connection was made (password included, in memory
    // only), to open another one; empty for SQLite.
    const ServerSettings& serverSettings() const { return m_server; }
    const SqlDialect& dialect() const { return m_dialect; }
    bool tableExists(const QString& table) const;
    int schemaVersion() const;

    // A prepared statement, cached by its text: repositories run the same few
    // statements thousands of times during an import.
    QSqlQuery& prepared(const QString& sql);
    // Runs a statement that has no parameters; throws StorageError on failure.
    void execute(const QString& sql);
    // Executes a prepared statement; throws StorageError on failure.
    static void run(QSqlQuery& query);
    // The id an executed INSERT ... RETURNING id gave back (QPSQL's
    // lastInsertId() needs OIDs, which PostgreSQL no longer has); leaves the
    // statement reset, as SQLite wants before the next COMMIT.
    static qint64 insertedId(QSqlQuery& query);
    // Runs a migration statement written in SQLite's DDL, rewritten for
    // PostgreSQL when connected to a server (SqlDialect::schemaStatements).
    void executeSchema(const QString& sqliteDdl);

    void inWriteTransaction(const std::function<void()>& work) override;
    bool inTransaction() const { return m_transactionDepth > 0; }
    // The full-text rows written at the outermost COMMIT (see SearchIndexQueue).
    SearchIndexQueue& searchIndex() const { return *m_searchIndex; }

    // Who the audit trail names for the rows sealed from now on (issue 5):
    // the signed-in login, empty when nobody is. Rows still unsealed are
    // sealed under the previous actor first.
    void setAuditActor(const QString& login);
    QString auditActor() const { return m_auditActor; }

    // While *flag is true, any statement on this connection stops within a
    // few thousand steps with a StorageError (SQLite's progress handler):
    // a window closing does not wait for a national dashboard. Call from the
    // thread that uses the connection; the flag must outlive it. Null removes it.
    // On PostgreSQL a statement runs to its end (the server has no progress
    // callback); the window still closes, the worker finishes in the background.
    void setCancelFlag(const std::atomic<bool>* flag);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

  private:
    Database(QString connectionName, QString path, SqlBackend backend);
    void configure(bool inMemory);
    void configureServer(const ServerSettings& settings);
    void finishOpening();

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
    ServerSettings m_server;
    QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<SearchIndexQueue> m_searchIndex;
    int m_transactionDepth = 0;
    QString m_auditActor;
    bool m_auditReady = false; // audit_log exists: seal at each outermost COMMIT
};

} // namespace parcours
