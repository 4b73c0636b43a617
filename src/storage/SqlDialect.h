#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

enum class SqlBackend { Sqlite, PostgreSql };

// The few places where SQLite and PostgreSQL spell the same thing
// differently (issue 6). Everything else is written once, in the SQL both
// accept: RETURNING, ON CONFLICT, FILTER, coalesce. Case-insensitive order
// is `COLLATE NOCASE` on both: the PostgreSQL schema creates an ICU
// collation of that name.
class SqlDialect
{
  public:
    explicit SqlDialect(SqlBackend backend) : m_backend(backend) {}

    SqlBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == SqlBackend::PostgreSql; }

    // UTC now as the text the audit trail stores (2026-11-29T10:00:00.123Z)
    // and, for seconds(), without the milliseconds.
    QString nowUtcMilliseconds() const;
    QString nowUtcSeconds() const;
    // Case-insensitive LIKE (SQLite's LIKE already is, for ASCII).
    QString like() const;
    // The rows of a JSON array of texts bound as one parameter, as a
    // sub-select of one column named "value".
    QString jsonTextArray() const;
    // Whether `list` (a comma-separated text parameter) contains `item`.
    QString csvContains(const QString& list, const QString& item) const;
    // The condition that a full-text index's row matches the bound query,
    // and that query for words that are each a prefix.
    QString fullTextMatch(const QString& table) const;
    QString fullTextPrefixQuery(const QStringList& words) const;
    // A table's existence, as a query returning one row when it exists.
    QString tableExistsQuery() const;

    // The largest of several values, none of them NULL: SQLite's scalar
    // max(a, b, ...), PostgreSQL's greatest() (they differ on NULLs only).
    QString greatest(const QStringList& values) const;

    // An integer expression as upper-case hexadecimal, zero-padded to
    // `digits` (the value must fit in them): SQLite's printf('%0NX'),
    // PostgreSQL's to_hex().
    QString upperHex(const QString& expression, int digits) const;

    // The migrations are written in SQLite's DDL; on PostgreSQL each
    // statement is rewritten (types, identity keys, full-text tables).
    QStringList schemaStatements(const QString& sqliteDdl) const;
    // What a PostgreSQL schema needs before the first migration: the
    // accent-folding function and the case-insensitive collation.
    static QStringList postgresPrelude();

  private:
    SqlBackend m_backend;
};

} // namespace parcours
