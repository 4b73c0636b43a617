#include "SqlPromotionActionRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace parcours {

void SqlPromotionActionRepository::save(PromotionAction& a)
{
    const bool insert = a.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert ? QStringLiteral("INSERT INTO promotion_actions(kind, title, date, place, audience, relay_id, "
                                "notes, version) VALUES (:kind, :title, :date, :place, :audience, :relay_id, "
                                ":notes, 1) RETURNING id")
               : QStringLiteral("UPDATE promotion_actions SET kind = :kind, title = :title, date = :date, "
                                "place = :place, audience = :audience, relay_id = :relay_id, notes = :notes, "
                                "version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":kind"), promotionActionKindKey(a.kind));
    q.bindValue(QStringLiteral(":title"), textToDb(a.title));
    q.bindValue(QStringLiteral(":date"), dateToDb(a.date));
    q.bindValue(QStringLiteral(":place"), textToDb(a.place));
    q.bindValue(QStringLiteral(":audience"), a.audience);
    q.bindValue(QStringLiteral(":relay_id"), idToDb(a.relayId));
    q.bindValue(QStringLiteral(":notes"), textToDb(a.notes));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), a.id);
        q.bindValue(QStringLiteral(":version"), a.version);
    }
    Database::run(q);
    if (insert) {
        a.id = Database::insertedId(q);
        a.version = 1;
    } else {
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlPromotionActionRepository",
                "Someone else changed this promotion action meanwhile. Reopen it and try again."));
        ++a.version;
    }
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM promotion_action_partners WHERE action_id = ?"));
    del.bindValue(0, a.id);
    Database::run(del);
    QSqlQuery& add = m_db.prepared(QStringLiteral(
        "INSERT INTO promotion_action_partners(action_id, partner_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const qint64 partnerId : a.partnerIds) {
        add.bindValue(0, a.id);
        add.bindValue(1, partnerId);
        Database::run(add);
    }
}

QList<PromotionAction> SqlPromotionActionRepository::select(const QString& tail,
                                                            const QVariantList& bindings) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id, kind, title, date, place, audience, relay_id, notes, "
                                     "version FROM promotion_actions ") +
                      tail);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    QList<PromotionAction> out;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        PromotionAction a;
        a.id = q.value(0).toLongLong();
        a.kind = promotionActionKindFromKey(q.value(1).toString()).value_or(PromotionActionKind::Other);
        a.title = q.value(2).toString();
        a.date = dateFromDb(q.value(3));
        a.place = q.value(4).toString();
        a.audience = q.value(5).toInt();
        a.relayId = q.value(6).toLongLong();
        a.notes = q.value(7).toString();
        a.version = q.value(8).toInt();
        rowOf.insert(a.id, int(out.size()));
        out.append(a);
    }
    q.finish();
    // The partners of the page's actions only (a page is at most a few hundred rows).
    if (!out.isEmpty()) {
        QStringList ids;
        for (const auto& a : out)
            ids << QString::number(a.id);
        QSqlQuery partners(m_db.connection());
        partners.setForwardOnly(true);
        if (!partners.exec(QStringLiteral("SELECT action_id, partner_id FROM promotion_action_partners "
                                          "WHERE action_id IN (") +
                           ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY action_id, partner_id")))
            throw StorageError(QCoreApplication::translate(
                "SqlPromotionActionRepository", "Could not read the partners of the promotion actions."));
        while (partners.next())
            out[rowOf.value(partners.value(0).toLongLong())].partnerIds.append(
                partners.value(1).toLongLong());
    }
    return out;
}

std::optional<PromotionAction> SqlPromotionActionRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString SqlPromotionActionRepository::where(const PromotionActionQuery& query, QVariantList& bindings) const
{
    QStringList clauses;
    if (query.from.isValid()) {
        clauses << QStringLiteral("date >= ?");
        bindings << dateToDb(query.from);
    }
    if (query.to.isValid()) {
        clauses << QStringLiteral("date <= ?");
        bindings << dateToDb(query.to);
    }
    if (query.kind) {
        clauses << QStringLiteral("kind = ?");
        bindings << promotionActionKindKey(*query.kind);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QList<PromotionAction> SqlPromotionActionRepository::list(const PromotionActionQuery& query) const
{
    QVariantList bindings;
    const QString filter = where(query, bindings);
    bindings << query.limit << query.offset;
    return select(filter + QStringLiteral(" ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"), bindings);
}

int SqlPromotionActionRepository::count(const PromotionActionQuery& query) const
{
    QVariantList bindings;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM promotion_actions ") + where(query, bindings));
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void SqlPromotionActionRepository::remove(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM promotion_actions WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

int SqlPromotionActionRepository::prospectCount(qint64 actionId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM prospects WHERE action_id = ?"));
    q.bindValue(0, actionId);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace parcours
