#include "ServerCopy.h"

#include "AuditTriggers.h"
#include "Database.h"
#include "DomainError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace parcours {

namespace {

// Rows per INSERT: one round trip for many rows; well under PostgreSQL's
// 65,535 parameters for the widest table.
constexpr int kBatchRows = 200;

QString ident(const QString& name)
{
    QString t = name;
    return QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool isFullText(const QString& table)
{
    return table.endsWith(QLatin1String("_fts"));
}

// The source's tables, parents before children (foreign keys), without
// SQLite's own tables, the full-text index's shadow tables and the migration
// log (the server has its own, checked to be at the same version).
QStringList tablesInCopyOrder(Database& source)
{
    QStringList names;
    QSqlQuery list(source.connection());
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (list.next()) {
        const QString name = list.value(0).toString();
        if (name.startsWith(QLatin1String("sqlite_")) || name.contains(QLatin1String("_fts_")) ||
            name == QLatin1String("schema_migrations"))
            continue;
        names << name;
    }
    QHash<QString, QSet<QString>> parents;
    for (const auto& name : names) {
        QSqlQuery fks(source.connection());
        fks.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
        fks.addBindValue(name);
        fks.exec();
        while (fks.next())
            if (fks.value(0).toString() != name)
                parents[name].insert(fks.value(0).toString());
    }
    QStringList ordered;
    QSet<QString> done;
    while (ordered.size() < names.size()) {
        bool progressed = false;
        for (const auto& name : names) {
            if (done.contains(name))
                continue;
            bool ready = true;
            for (const auto& parent : parents.value(name))
                ready = ready && (done.contains(parent) || !names.contains(parent));
            if (ready) {
                ordered << name;
                done.insert(name);
                progressed = true;
            }
        }
        if (!progressed) // a cycle: the rest in name order, the server reports what it refuses
            for (const auto& name : names)
                if (!done.contains(name)) {
                    ordered << name;
                    done.insert(name);
                }
    }
    return ordered;
}

QStringList sourceColumns(Database& source, const QString& table)
{
    QStringList columns;
    if (isFullText(table))
        columns << QStringLiteral("rowid");
    QSqlQuery info(source.connection());
    info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    info.addBindValue(table);
    info.exec();
    while (info.next())
        columns << info.value(0).toString();
    return columns;
}

QSet<QString> targetColumns(Database& target, const QString& table)
{
    QSet<QString> columns;
    QSqlQuery info(target.connection());
    info.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                "current_schema() AND table_name = ?"));
    info.addBindValue(table);
    Database::run(info);
    while (info.next())
        columns.insert(info.value(0).toString());
    return columns;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    QStringList quoted;
    for (const auto& c : columns)
        quoted << ident(c);
    const QString marks = QLatin1Char('(') +
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                          QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
        .arg(ident(table), quoted.join(QStringLiteral(", ")),
             QStringList(rows, marks).join(QStringLiteral(", ")));
}

qint64 copyTable(Database& source, Database& target, const QString& table, const QStringList& columns,
                 const ServerCopy::Progress& progress)
{
    QStringList quoted;
    for (const auto& c : columns)
        quoted << ident(c);
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), ident(table))))
        throw StorageError(
            QCoreApplication::translate("ServerCopy", "Cannot read the table %1 of the local database.")
                .arg(table));
    QSqlQuery& full = target.prepared(insertStatement(table, columns, kBatchRows));
    QVariantList pending;
    qint64 copied = 0;
    auto flush = [&](QSqlQuery& insert) {
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending.at(i));
        Database::run(insert);
        copied += pending.size() / columns.size();
        pending.clear();
        if (progress)
            progress(table, copied);
    };
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c)
            pending << read.value(c);
        if (pending.size() == kBatchRows * columns.size())
            flush(full);
    }
    if (!pending.isEmpty()) {
        QSqlQuery rest(target.connection());
        rest.prepare(insertStatement(table, columns, int(pending.size() / columns.size())));
        flush(rest);
    }
    return copied;
}

// Identity columns count on from the largest copied id, so the next record
// created on the server does not collide with a copied one.
void restartIdentity(Database& target, const QString& table)
{
    QSqlQuery q(target.connection());
    q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
    q.addBindValue(table);
    Database::run(q);
    if (!q.next() || q.value(0).isNull())
        return;
    const QString sequence = q.value(0).toString();
    q.finish();
    target.execute(QStringLiteral("SELECT setval('%1', (SELECT coalesce(max(id), 0) + 1 FROM %2), false)")
                       .arg(sequence, ident(table)));
}

bool hasRecords(Database& target, const QStringList& tables)
{
    for (const auto& table : tables) {
        QSqlQuery q(target.connection());
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(ident(table))) && q.next())
            return true;
    }
    return false;
}

} // namespace

QString ServerCopy::checksum(Database& db, const QString& table, const QStringList& columns, qint64* rows)
{
    QStringList quoted;
    for (const auto& c : columns)
        quoted << ident(c);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), ident(table))))
        throw StorageError(
            QCoreApplication::translate("ServerCopy", "Cannot read the table %1 to verify it.").arg(table));
    // One digest per row, sorted: the sum does not depend on the order the
    // engines return rows in, and still sees a duplicated or missing row.
    QList<QByteArray> digests;
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant v = q.value(c);
            QByteArray text;
            if (v.isNull())
                text = QByteArrayLiteral("\\N");
            else if (v.typeId() == QMetaType::QByteArray)
                text = v.toByteArray().toHex();
            else if (v.typeId() == QMetaType::Double)
                text = QByteArray::number(v.toDouble(), 'g', 17);
            else
                text = v.toString().toUtf8();
            row.addData(text);
            row.addData(QByteArrayView("\x1f", 1));
        }
        digests << row.result();
    }
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const auto& d : digests)
        all.addData(d);
    *rows = digests.size();
    return QString::fromLatin1(all.result().toHex());
}

QList<TableCopyResult> ServerCopy::copy(Database& source, Database& target, const Progress& progress)
{
    if (source.isServer() || !target.isServer())
        throw StorageError(QCoreApplication::translate(
            "ServerCopy", "The copy goes from a local database file to a PostgreSQL server."));
    if (source.schemaVersion() != target.schemaVersion())
        throw StorageError(
            QCoreApplication::translate(
                "ServerCopy", "The local database (schema %1) and the server (schema %2) are not at the same "
                              "version. Update Parcours Pro on this computer, then try again.")
                .arg(source.schemaVersion())
                .arg(target.schemaVersion()));
    const QStringList tables = tablesInCopyOrder(source);
    if (hasRecords(target, tables))
        throw StorageError(QCoreApplication::translate(
            "ServerCopy", "The server's database already holds records: the copy only goes into a new, "
                          "empty database (or schema), so that nothing there is overwritten or mixed."));
    QHash<QString, QStringList> columnsOf;
    for (const auto& table : tables) {
        const QStringList columns = sourceColumns(source, table);
        const QSet<QString> present = targetColumns(target, table);
        for (const auto& c : columns)
            if (!present.contains(c))
                throw StorageError(QCoreApplication::translate(
                                       "ServerCopy",
                                       "The server's table %1 has no column %2: its schema differs from this "
                                       "version of Parcours Pro.")
                                       .arg(table, c));
        columnsOf.insert(table, columns);
    }

    QList<TableCopyResult> results;
    target.inWriteTransaction([&] {
        // The copied trail is the record; copying must not add to it, and the
        // anchor of a purged trail is written like a purge does.
        AuditTriggers::suspend(target);
        AuditTriggers::dropGuards(target);
        for (const auto& table : tables) {
            copyTable(source, target, table, columnsOf.value(table), progress);
            if (columnsOf.value(table).contains(QLatin1String("id")))
                restartIdentity(target, table);
        }
        for (const auto& table : tables) {
            TableCopyResult result;
            result.table = table;
            result.sourceChecksum = checksum(source, table, columnsOf.value(table), &result.sourceRows);
            result.targetChecksum = checksum(target, table, columnsOf.value(table), &result.targetRows);
            results << result;
        }
        for (const auto& r : results)
            if (!r.matches())
                throw StorageError(QCoreApplication::translate(
                                       "ServerCopy",
                                       "The copy of the table %1 differs from the local database (%2 rows "
                                       "here, %3 on the server): nothing was kept on the server. Report this "
                                       "to your IT department with the log.")
                                       .arg(r.table)
                                       .arg(r.sourceRows)
                                       .arg(r.targetRows));
        AuditTriggers::createGuards(target);
        AuditTriggers::rebuild(target);
    });
    return results;
}

} // namespace parcours
