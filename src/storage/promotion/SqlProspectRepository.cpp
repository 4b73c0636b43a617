#include "SqlProspectRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace parcours {

namespace {
const QString kColumns = QStringLiteral(
    "id, last_name, first_name, phone, email, address, postal_code, commune_name, channel, action_id, "
    "referrer_partner_id, stage, stage_date, dropped_reason, first_contact, childminder_id, notes, version");

// CASE expression turning a stage key into its rank on the way (-1: dropped
// or unknown), so the furthest stage is a MAX in SQL.
QString rankExpression(const QString& column)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (const auto stage : funnelStages())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(prospectStageKey(stage)).arg(stageRank(stage));
    return sql + QStringLiteral(" ELSE -1 END");
}

QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}

} // namespace

void SqlProspectRepository::save(Prospect& p)
{
    const bool insert = p.id == 0;
    const QString now = m_db.dialect().nowUtcSeconds();
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral(
                  "INSERT INTO prospects(last_name, first_name, phone, email, address, postal_code, "
                  "commune_name, channel, action_id, referrer_partner_id, stage, stage_date, dropped_reason, "
                  "first_contact, childminder_id, notes, sort_name, created_at, updated_at, version) VALUES "
                  "(:last_name, :first_name, :phone, :email, :address, :postal_code, :commune_name, "
                  ":channel, :action_id, :referrer_partner_id, :stage, :stage_date, :dropped_reason, "
                  ":first_contact, :childminder_id, :notes, :sort_name, ") +
                  now + QStringLiteral(", ") + now + QStringLiteral(", 1) RETURNING id")
            : QStringLiteral(
                  "UPDATE prospects SET last_name = :last_name, first_name = :first_name, phone = :phone, "
                  "email = :email, address = :address, postal_code = :postal_code, commune_name = "
                  ":commune_name, channel = :channel, action_id = :action_id, referrer_partner_id = "
                  ":referrer_partner_id, stage = :stage, stage_date = :stage_date, dropped_reason = "
                  ":dropped_reason, first_contact = :first_contact, childminder_id = :childminder_id, "
                  "notes = :notes, sort_name = :sort_name, updated_at = ") +
                  now + QStringLiteral(", version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":last_name"), textToDb(p.lastName));
    q.bindValue(QStringLiteral(":first_name"), textToDb(p.firstName));
    q.bindValue(QStringLiteral(":phone"), textToDb(p.phone));
    q.bindValue(QStringLiteral(":email"), textToDb(p.email));
    q.bindValue(QStringLiteral(":address"), textToDb(p.address));
    q.bindValue(QStringLiteral(":postal_code"), textToDb(p.postalCode));
    q.bindValue(QStringLiteral(":commune_name"), textToDb(p.communeName));
    q.bindValue(QStringLiteral(":channel"), prospectChannelKey(p.channel));
    q.bindValue(QStringLiteral(":action_id"), idToDb(p.actionId));
    q.bindValue(QStringLiteral(":referrer_partner_id"), idToDb(p.referrerPartnerId));
    q.bindValue(QStringLiteral(":stage"), prospectStageKey(p.stage));
    q.bindValue(QStringLiteral(":stage_date"),
                dateToDb(p.stageDate.isValid() ? p.stageDate : p.firstContact));
    q.bindValue(QStringLiteral(":dropped_reason"), textToDb(p.droppedReason));
    q.bindValue(QStringLiteral(":first_contact"), dateToDb(p.firstContact));
    q.bindValue(QStringLiteral(":childminder_id"), idToDb(p.childminderId));
    q.bindValue(QStringLiteral(":notes"), textToDb(p.notes));
    q.bindValue(QStringLiteral(":sort_name"), sortKey(p.lastName, p.firstName));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":version"), p.version);
    }
    Database::run(q);
    if (insert) {
        p.id = Database::insertedId(q);
        p.version = 1;
    } else {
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlProspectRepository",
                "Someone else changed this prospect meanwhile. Reopen her and try again."));
        ++p.version;
    }
    saveHistory(p);
}

void SqlProspectRepository::saveHistory(Prospect& p)
{
    QSet<qint64> kept;
    for (const auto& entry : p.history)
        if (entry.id > 0)
            kept.insert(entry.id);
    QSqlQuery& stored = m_db.prepared(QStringLiteral("SELECT id FROM prospect_stages WHERE prospect_id = ?"));
    stored.bindValue(0, p.id);
    Database::run(stored);
    QList<qint64> gone;
    while (stored.next())
        if (!kept.contains(stored.value(0).toLongLong()))
            gone.append(stored.value(0).toLongLong());
    stored.finish();
    QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM prospect_stages WHERE id = ?"));
    for (const qint64 id : gone) {
        del.bindValue(0, id);
        Database::run(del);
    }
    QSqlQuery& add = m_db.prepared(QStringLiteral(
        "INSERT INTO prospect_stages(prospect_id, stage, date, note) VALUES (?, ?, ?, ?) RETURNING id"));
    for (auto& entry : p.history) {
        if (entry.id > 0)
            continue;
        add.bindValue(0, p.id);
        add.bindValue(1, prospectStageKey(entry.stage));
        add.bindValue(2, dateToDb(entry.date));
        add.bindValue(3, textToDb(entry.note));
        Database::run(add);
        entry.id = Database::insertedId(add);
    }
}

void SqlProspectRepository::loadHistory(Prospect& p) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, stage, date, note FROM prospect_stages WHERE prospect_id = ? ORDER BY date, id"));
    q.bindValue(0, p.id);
    Database::run(q);
    p.history.clear();
    while (q.next())
        p.history.append({q.value(0).toLongLong(),
                          prospectStageFromKey(q.value(1).toString()).value_or(ProspectStage::Interested),
                          dateFromDb(q.value(2)), q.value(3).toString()});
    q.finish();
}

QList<Prospect> SqlProspectRepository::select(const QString& tail, const QVariantList& bindings) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM prospects ") + tail);
    bindAll(q, bindings);
    Database::run(q);
    QList<Prospect> out;
    while (q.next()) {
        Prospect p;
        p.id = q.value(0).toLongLong();
        p.lastName = q.value(1).toString();
        p.firstName = q.value(2).toString();
        p.phone = q.value(3).toString();
        p.email = q.value(4).toString();
        p.address = q.value(5).toString();
        p.postalCode = q.value(6).toString();
        p.communeName = q.value(7).toString();
        p.channel = prospectChannelFromKey(q.value(8).toString()).value_or(ProspectChannel::Other);
        p.actionId = q.value(9).toLongLong();
        p.referrerPartnerId = q.value(10).toLongLong();
        p.stage = prospectStageFromKey(q.value(11).toString()).value_or(ProspectStage::Interested);
        p.stageDate = dateFromDb(q.value(12));
        p.droppedReason = q.value(13).toString();
        p.firstContact = dateFromDb(q.value(14));
        p.childminderId = q.value(15).toLongLong();
        p.notes = q.value(16).toString();
        p.version = q.value(17).toInt();
        out.append(p);
    }
    q.finish();
    return out;
}

std::optional<Prospect> SqlProspectRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    loadHistory(found.first());
    return found.first();
}

std::optional<Prospect> SqlProspectRepository::findByChildminder(qint64 childminderId) const
{
    auto found = select(QStringLiteral("WHERE childminder_id = ? ORDER BY id LIMIT 1"), {childminderId});
    if (found.isEmpty())
        return std::nullopt;
    loadHistory(found.first());
    return found.first();
}

QString SqlProspectRepository::where(const ProspectQuery& query, QVariantList& bindings) const
{
    QStringList clauses;
    if (query.stage) {
        clauses << QStringLiteral("stage = ?");
        bindings << prospectStageKey(*query.stage);
    }
    if (query.channel) {
        clauses << QStringLiteral("channel = ?");
        bindings << prospectChannelKey(*query.channel);
    }
    // Every word must match the name, the commune, the email or the phone.
    for (const auto& word : foldForMatching(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        clauses << QStringLiteral("(sort_name %1 ? ESCAPE '\\' OR commune_name %1 ? ESCAPE '\\' "
                                  "OR email %1 ? ESCAPE '\\' OR replace(phone, ' ', '') %1 ? ESCAPE '\\')")
                       .arg(m_db.dialect().like());
        const QString pattern = likePattern(word);
        bindings << pattern << pattern << pattern << pattern;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QList<Prospect> SqlProspectRepository::list(const ProspectQuery& query) const
{
    QVariantList bindings;
    const QString filter = where(query, bindings);
    bindings << query.limit << query.offset;
    return select(filter + QStringLiteral(" ORDER BY sort_name, id LIMIT ? OFFSET ?"), bindings);
}

int SqlProspectRepository::count(const ProspectQuery& query) const
{
    QVariantList bindings;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM prospects ") + where(query, bindings));
    bindAll(q, bindings);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<FunnelCount> SqlProspectRepository::funnelCounts(QDate from, QDate to,
                                                       std::optional<ProspectChannel> channel) const
{
    QStringList clauses;
    QVariantList bindings;
    if (from.isValid()) {
        clauses << QStringLiteral("p.first_contact >= ?");
        bindings << dateToDb(from);
    }
    if (to.isValid()) {
        clauses << QStringLiteral("p.first_contact <= ?");
        bindings << dateToDb(to);
    }
    if (channel) {
        clauses << QStringLiteral("p.channel = ?");
        bindings << prospectChannelKey(*channel);
    }
    // One row per prospect inside SQLite (furthest stage of her history or her
    // current stage), grouped again before anything reaches the application.
    const QString furthest =
        m_db.dialect().greatest({QStringLiteral("0"), rankExpression(QStringLiteral("p.stage")),
                                 QStringLiteral("coalesce(max(") + rankExpression(QStringLiteral("s.stage")) +
                                     QStringLiteral("), 0)")});
    // p.channel and p.stage depend on the grouped p.id (its primary key), which
    // PostgreSQL accepts; "dropped" is 0/1 on both.
    const QString sql =
        QStringLiteral("SELECT channel, furthest, dropped, count(*) FROM (SELECT p.channel AS channel, "
                       "CASE WHEN p.stage = 'dropped' THEN 1 ELSE 0 END AS dropped, ") +
        furthest +
        QStringLiteral(" AS furthest FROM prospects p LEFT JOIN prospect_stages s ON s.prospect_id = p.id ") +
        (clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "))) +
        QStringLiteral(" GROUP BY p.id) x GROUP BY channel, furthest, dropped "
                       "ORDER BY channel, furthest, dropped");
    QSqlQuery& q = m_db.prepared(sql);
    bindAll(q, bindings);
    Database::run(q);
    const QList<ProspectStage> stages = funnelStages();
    QList<FunnelCount> out;
    while (q.next()) {
        FunnelCount c;
        c.channel = prospectChannelFromKey(q.value(0).toString()).value_or(ProspectChannel::Other);
        c.furthest = stages.value(std::clamp(q.value(1).toInt(), 0, int(stages.size()) - 1));
        c.dropped = q.value(2).toInt() != 0;
        c.count = q.value(3).toInt();
        out.append(c);
    }
    q.finish();
    return out;
}

int SqlProspectRepository::attachRecordsToChildminder(qint64 prospectId, qint64 childminderId)
{
    int moved = 0;
    for (const QString& table : {QStringLiteral("enrolments"), QStringLiteral("immersions")}) {
        QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE ") + table +
                                     QStringLiteral(" SET childminder_id = ? WHERE prospect_id = ? AND "
                                                    "childminder_id IS NULL"));
        q.bindValue(0, childminderId);
        q.bindValue(1, prospectId);
        Database::run(q);
        moved += q.numRowsAffected();
    }
    return moved;
}

void SqlProspectRepository::remove(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM prospects WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

} // namespace parcours
