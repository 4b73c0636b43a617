#include "SqlDialect.h"

#include <QRegularExpression>

namespace parcours {

QString SqlDialect::nowUtcMilliseconds() const
{
    return isPostgres() ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
}

QString SqlDialect::nowUtcSeconds() const
{
    return isPostgres() ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ','now')");
}

QString SqlDialect::like() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::jsonTextArray() const
{
    return isPostgres() ? QStringLiteral("SELECT value FROM json_array_elements_text(CAST(? AS json)) value")
                        : QStringLiteral("SELECT j.value FROM json_each(?) j");
}

QString SqlDialect::csvContains(const QString& list, const QString& item) const
{
    const QString needle = QStringLiteral("',' || %1 || ','").arg(item);
    const QString haystack = QStringLiteral("',' || %1 || ','").arg(list);
    return isPostgres() ? QStringLiteral("strpos(%1, %2) > 0").arg(haystack, needle)
                        : QStringLiteral("instr(%1, %2) > 0").arg(haystack, needle);
}

QString SqlDialect::fullTextMatch(const QString& table) const
{
    // The bound text is the words separated by spaces: folded like the
    // document, then each made a prefix term. A word that folds to nothing
    // ("²") drops out instead of leaving a bare ":*", a tsquery syntax error;
    // with no word left the query is empty and matches no row.
    return isPostgres()
               ? QStringLiteral("document @@ to_tsquery('simple', regexp_replace(regexp_replace("
                                "trim(parcours_fold(?)), '(\\S+)', '\\1:*', 'g'), ' +', ' & ', 'g'))")
               : table + QStringLiteral(" MATCH ?");
}

QString SqlDialect::fullTextPrefixQuery(const QStringList& words) const
{
    QStringList terms;
    // Words hold letters and digits only (ChildminderListSql::splitSearch),
    // so neither syntax can be injected; SQLite's quotes make FTS5 keywords
    // ("AND", "NEAR") plain words.
    for (const auto& w : words)
        terms << (isPostgres() ? w : QLatin1Char('"') + w + QStringLiteral("\"*"));
    return terms.join(isPostgres() ? QStringLiteral(" ") : QStringLiteral(" AND "));
}

QString SqlDialect::tableExistsQuery() const
{
    return isPostgres() ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                                         "current_schema() AND table_name = ?")
                        : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqlDialect::greatest(const QStringList& values) const
{
    return (isPostgres() ? QStringLiteral("greatest(") : QStringLiteral("max(")) +
           values.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString SqlDialect::upperHex(const QString& expression, int digits) const
{
    const QString width = QString::number(digits);
    return isPostgres() ? QStringLiteral("upper(lpad(to_hex(") + expression + QStringLiteral("), ") + width +
                              QStringLiteral(", '0'))")
                        : QStringLiteral("printf('%0") + width + QStringLiteral("X', ") + expression +
                              QLatin1Char(')');
}

namespace {

// "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize=..., prefix=...)":
// on PostgreSQL the same columns in a plain table keyed by rowid, so the
// repositories write it with the same statements, plus a generated
// tsvector of the accent-folded text and its GIN index.
QStringList fullTextTable(const QString& name, const QString& arguments)
{
    QStringList columns;
    for (QString part : arguments.split(QLatin1Char(','))) {
        part = part.trimmed();
        if (!part.isEmpty() && !part.contains(QLatin1Char('=')) && !part.contains(QLatin1Char('\'')))
            columns << part;
    }
    QStringList definitions{QStringLiteral("rowid BIGINT PRIMARY KEY")};
    QStringList folded;
    for (const auto& c : columns) {
        definitions << c + QStringLiteral(" TEXT");
        folded << QStringLiteral("coalesce(%1, '')").arg(c);
    }
    definitions << QStringLiteral("document tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
                                  "parcours_fold(%1))) STORED")
                       .arg(folded.join(QStringLiteral(" || ' ' || ")));
    return {QStringLiteral("CREATE TABLE %1(%2)").arg(name, definitions.join(QStringLiteral(", "))),
            QStringLiteral("CREATE INDEX %1_document ON %1 USING GIN(document)").arg(name)};
}

} // namespace

QStringList SqlDialect::schemaStatements(const QString& sqliteDdl) const
{
    if (!isPostgres())
        return {sqliteDdl};
    static const QRegularExpression virtualTable(
        QStringLiteral(R"(^CREATE VIRTUAL TABLE (\w+) USING fts5\((.*)\)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto fts = virtualTable.match(sqliteDdl.trimmed());
    if (fts.hasMatch())
        return fullTextTable(fts.captured(1), fts.captured(2));
    QString sql = sqliteDdl;
    static const QRegularExpression rowidKey(QStringLiteral(R"(\bINTEGER PRIMARY KEY\b(?!\s*\())"));
    static const QRegularExpression integer(QStringLiteral(R"(\bINTEGER\b)"));
    static const QRegularExpression real(QStringLiteral(R"(\bREAL\b)"));
    static const QRegularExpression blob(QStringLiteral(R"(\bBLOB\b)"));
    static const QRegularExpression withoutRowid(QStringLiteral(R"(\)\s*WITHOUT ROWID\s*$)"));
    // SQLite's INTEGER PRIMARY KEY is the row id, numbered by the engine.
    sql.replace(rowidKey, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    sql.replace(withoutRowid, QStringLiteral(")"));
    return {sql};
}

QStringList SqlDialect::postgresPrelude()
{
    return {
        // Search ignores accents and punctuation like SQLite's unicode61
        // tokenizer with remove_diacritics; unaccent() is only STABLE, and a
        // generated column needs IMMUTABLE, hence the named dictionary.
        QStringLiteral("CREATE OR REPLACE FUNCTION parcours_fold(t text) RETURNS text LANGUAGE sql "
                       "IMMUTABLE PARALLEL SAFE AS $$ SELECT regexp_replace(lower(public.unaccent("
                       "'public.unaccent'::regdictionary, t)), '[^[:alnum:]]+', ' ', 'g') $$"),
        // Names sort and compare without regard to case, like SQLite's NOCASE.
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'nocase' "
                       "AND collnamespace = current_schema()::regnamespace) THEN CREATE COLLATION nocase "
                       "(provider = icu, locale = 'und-u-ks-level2', deterministic = false); END IF; END $$"),
    };
}

} // namespace parcours
