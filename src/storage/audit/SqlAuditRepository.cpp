#include "SqlAuditRepository.h"

#include "AuditChain.h"
#include "AuditTriggers.h"
#include "Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

namespace parcours {

namespace {

const QString kColumns =
    QStringLiteral("id, at_utc, user_login, action, entity, entity_id, entity_key, person_id, "
                   "field, old_value, new_value, salt");

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.atUtc.setTimeSpec(Qt::UTC);
    e.userLogin = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.entityKey = q.value(6).toString();
    e.personId = q.value(7).toLongLong();
    e.field = q.value(8).toString();
    e.oldValue = q.value(9).toString();
    e.newValue = q.value(10).toString();
    // A sealed row without salt was redacted (an unsealed one has no salt yet).
    e.redacted = q.value(11).isNull() && !q.value(12).isNull();
    return e;
}

// WHERE clause and its values for a query (LIKE with '\' as escape,
// case-insensitive on both backends).
QString whereOf(const AuditQuery& query, const SqlDialect& dialect, QVariantList& values)
{
    QStringList terms;
    if (!query.userLogin.isEmpty()) {
        terms << QStringLiteral("user_login = ? COLLATE NOCASE");
        values << query.userLogin;
    }
    if (!query.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        values << query.action;
    }
    if (!query.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        values << query.entity;
    }
    if (query.entityId != 0) {
        terms << QStringLiteral("entity_id = ?");
        values << query.entityId;
    }
    if (query.personId != 0) {
        terms << QStringLiteral("person_id = ?");
        values << query.personId;
    }
    if (query.fromUtc.isValid()) {
        terms << QStringLiteral("at_utc >= ?");
        values << isoUtc(query.fromUtc);
    }
    if (query.toUtc.isValid()) {
        terms << QStringLiteral("at_utc < ?");
        values << isoUtc(query.toUtc);
    }
    if (!query.text.trimmed().isEmpty()) {
        QString pattern = query.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        const QString like = QLatin1Char(' ') + dialect.like() + QStringLiteral(" ? ESCAPE '\\'");
        terms << QStringLiteral("(field%1 OR old_value%1 OR new_value%1 OR entity_key%1)").arg(like);
        values << pattern << pattern << pattern << pattern;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QList<AuditEntry> readEntries(QSqlQuery& q)
{
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    q.finish();
    return entries;
}

} // namespace

void SqlAuditRepository::record(const AuditEntry& entry)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "INSERT INTO audit_log(at_utc, user_login, action, entity, entity_id, entity_key, person_id, "
            "field, old_value, new_value) VALUES (coalesce(CAST(? AS TEXT), %1), ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)")
            .arg(m_db.dialect().nowUtcMilliseconds()));
    q.bindValue(0, entry.atUtc.isValid() ? QVariant(isoUtc(entry.atUtc))
                                         : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(1, textOrNull(entry.userLogin));
    q.bindValue(2, entry.action);
    q.bindValue(3, entry.entity);
    q.bindValue(4, idOrNull(entry.entityId));
    q.bindValue(5, textOrNull(entry.entityKey));
    q.bindValue(6, idOrNull(entry.personId));
    q.bindValue(7, textOrNull(entry.field));
    q.bindValue(8, textOrNull(entry.oldValue));
    q.bindValue(9, textOrNull(entry.newValue));
    Database::run(q);
}

QList<AuditEntry> SqlAuditRepository::page(const AuditQuery& query) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT %1, values_digest FROM audit_log%2 ORDER BY id %3 LIMIT %4 OFFSET %5")
            .arg(kColumns, whereOf(query, m_db.dialect(), values),
                 query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"))
            .arg(qMax(0, query.limit))
            .arg(qMax(0, query.offset));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto& v : values)
        q.addBindValue(v);
    Database::run(q);
    return readEntries(q);
}

qint64 SqlAuditRepository::count(const AuditQuery& query) const
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + whereOf(query, m_db.dialect(), values));
    for (const auto& v : values)
        q.addBindValue(v);
    Database::run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<AuditEntry> SqlAuditRepository::historyOf(qint64 personId, int limit) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1, values_digest FROM audit_log WHERE person_id = ? "
                                                "ORDER BY id LIMIT ?")
                                     .arg(kColumns));
    q.bindValue(0, personId);
    q.bindValue(1, limit);
    Database::run(q);
    return readEntries(q);
}

AuditVerification SqlAuditRepository::verify() const
{
    return AuditChain::verify(m_db);
}

qint64 SqlAuditRepository::countOlderThan(const QDateTime& cutOffUtc) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NOT NULL AND "
                                                "id < coalesce((SELECT min(id) FROM audit_log "
                                                "WHERE at_utc >= ? OR hash IS NULL), 9223372036854775807)"));
    q.bindValue(0, isoUtc(cutOffUtc));
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

AuditPurgeResult SqlAuditRepository::purgeOlderThan(const QDateTime& cutOffUtc)
{
    AuditPurgeResult result;
    result.cutOffUtc = cutOffUtc.toUTC();
    m_db.inWriteTransaction([&] {
        // Rows up to the first one at or after the cut-off (or unsealed): the
        // chain is cut at one point, never with holes.
        QSqlQuery last(m_db.connection());
        last.prepare(QStringLiteral(
            "SELECT id, hash, (SELECT count(*) FROM audit_log a WHERE a.id <= b.id) FROM audit_log b WHERE "
            "hash IS "
            "NOT NULL AND id < coalesce((SELECT min(id) FROM audit_log WHERE at_utc >= ? OR hash IS NULL), "
            "9223372036854775807) ORDER BY id DESC LIMIT 1"));
        last.addBindValue(isoUtc(cutOffUtc));
        Database::run(last);
        if (last.next()) {
            const qint64 lastId = last.value(0).toLongLong();
            const QString hash = last.value(1).toString();
            result.purgedRows = last.value(2).toLongLong();
            last.finish();
            AuditTriggers::dropGuards(m_db);
            QSqlQuery purge(m_db.connection());
            purge.prepare(QStringLiteral("DELETE FROM audit_log WHERE id <= ?"));
            purge.addBindValue(lastId);
            Database::run(purge);
            QSqlQuery anchor(m_db.connection());
            anchor.prepare(
                QStringLiteral("INSERT INTO audit_anchor(id, last_id, hash, purged_at) VALUES (1, ?, ?, "
                               "%1) ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, hash = "
                               "excluded.hash, purged_at = excluded.purged_at")
                    .arg(m_db.dialect().nowUtcMilliseconds()));
            anchor.addBindValue(lastId);
            anchor.addBindValue(hash);
            Database::run(anchor);
            AuditTriggers::createGuards(m_db);
        }
        // The purge itself is in the trail, even when nothing was old enough.
        AuditEntry event;
        event.action = QStringLiteral("purge");
        event.entity = QStringLiteral("audit_log");
        QJsonObject details{{QStringLiteral("rows"), result.purgedRows},
                            {QStringLiteral("cutOff"), isoUtc(cutOffUtc)}};
        event.newValue = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        record(event);
    });
    return result;
}

qint64 SqlAuditRepository::redact(const QString& entity, const QList<qint64>& ids)
{
    qint64 n = 0;
    m_db.inWriteTransaction([&] {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE audit_log SET old_value = NULL, new_value = NULL, salt = NULL WHERE entity = ? "
            "AND entity_id = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL)"));
        for (qint64 id : ids) {
            q.bindValue(0, entity);
            q.bindValue(1, id);
            Database::run(q);
            n += q.numRowsAffected();
        }
    });
    return n;
}

void SqlAuditRepository::setRowCapture(bool on)
{
    if (on)
        AuditTriggers::resume(m_db);
    else
        AuditTriggers::suspend(m_db);
}

qint64 SqlAuditRepository::redactPerson(qint64 personId)
{
    qint64 n = 0;
    m_db.inWriteTransaction([&] {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE audit_log SET old_value = NULL, new_value = NULL, salt = NULL WHERE person_id = ? "
            "AND (old_value IS NOT NULL OR new_value IS NOT NULL)"));
        q.bindValue(0, personId);
        Database::run(q);
        n = q.numRowsAffected();
    });
    return n;
}

} // namespace parcours
