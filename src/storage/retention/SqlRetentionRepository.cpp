#include "SqlRetentionRepository.h"

#include "Childminder.h"
#include "Database.h"
#include "DomainError.h"
#include "EnrolmentStatus.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {

// ---- collective activities ----

const QString kActivityColumns = QStringLiteral(
    "a.id, a.kind, a.title, a.date, a.hours, a.place, a.relay_id, a.partner_id, a.notes, a.version");

CollectiveActivity activityFrom(const QSqlQuery& q, int first = 0)
{
    CollectiveActivity a;
    a.id = q.value(first).toLongLong();
    a.kind = activityKindFromKey(q.value(first + 1).toString()).value_or(ActivityKind::Other);
    a.title = q.value(first + 2).toString();
    a.date = dateFromDb(q.value(first + 3));
    a.hours = q.value(first + 4).toDouble();
    a.place = q.value(first + 5).toString();
    a.relayId = q.value(first + 6).toLongLong();
    a.partnerId = q.value(first + 7).toLongLong();
    a.notes = q.value(first + 8).toString();
    a.version = q.value(first + 9).toInt();
    return a;
}

// The filter of the activity list; the bindings follow the text's order.
QString activityWhere(const ActivityQuery& query, QVariantList& bindings)
{
    QStringList parts;
    if (query.from.isValid()) {
        parts << QStringLiteral("a.date >= ?");
        bindings << dateToDb(query.from);
    }
    if (query.to.isValid()) {
        parts << QStringLiteral("a.date <= ?");
        bindings << dateToDb(query.to);
    }
    if (query.relayId > 0) {
        parts << QStringLiteral("a.relay_id = ?");
        bindings << query.relayId;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString displayName(const QSqlQuery& q, int first)
{
    Childminder p;
    p.usageName = q.value(first).toString();
    p.birthName = q.value(first + 1).toString();
    p.firstName = q.value(first + 2).toString();
    return p.displayName();
}

// ---- isolation watch ----

// Enrolment statuses that mean she came (present, finished, certificate).
QString attendedStatuses()
{
    QStringList keys;
    for (auto s : {EnrolmentStatus::Attended, EnrolmentStatus::Completed, EnrolmentStatus::Certified})
        keys << QStringLiteral("'") + enrolmentStatusKey(s) + QStringLiteral("'");
    return keys.join(QStringLiteral(", "));
}

// Working: status active and her current agrément in force today (the copy on
// the childminders row keeps this to one row read). Bindings: today.
const QString kWorking =
    QStringLiteral("c.status = 'active' AND c.cur_approval_status IN ('active', 'suspended') "
                   "AND c.cur_approval_end >= :today");
// SQLite's unary + on a column keeps the planner off that column's index;
// PostgreSQL has no unary + on text (and a planner that needs no such hint).
QString unindexed(const SqlDialect& dialect)
{
    return dialect.isPostgres() ? QString() : QStringLiteral("+");
}

// The same for one RPE: the unary + keeps SQLite on childminders_by_relay
// (a few thousand rows) rather than childminders_by_status (the register).
QString workingInRelay(const SqlDialect& dialect)
{
    return unindexed(dialect) + QStringLiteral("c.status = 'active' AND c.cur_approval_status IN ('active', "
                                               "'suspended') AND c.cur_approval_end >= :today");
}

// Isolated among the working: nothing in [since, today]. Each NOT EXISTS is a
// lookup in a per-person index (activity_attendance_by_person,
// enrolments_by_person, contacts_by_person), so the cost grows with the
// register, not with its square. The unary + on contacts.outcome keeps SQLite
// off contacts_completed_by_date, which would scan a whole year of contacts
// per person. Contacts hold a date-time, hence the text bounds sinceT/endT.
QString isolatedCondition(const SqlDialect& dialect)
{
    return QStringLiteral(
               " AND NOT EXISTS (SELECT 1 FROM activity_attendance aa JOIN collective_activities ca "
               "ON ca.id = aa.activity_id WHERE aa.childminder_id = c.id AND ca.date >= :since "
               "AND ca.date <= :today) "
               "AND NOT EXISTS (SELECT 1 FROM enrolments e JOIN training_sessions s ON s.id = e.session_id "
               "WHERE e.childminder_id = c.id AND e.status IN (") +
           attendedStatuses() +
           QStringLiteral(
               ") AND s.relay_id IS NOT NULL AND s.start_date >= :since AND s.start_date <= :today) "
               "AND NOT EXISTS (SELECT 1 FROM contacts k WHERE k.childminder_id = c.id AND ") +
           unindexed(dialect) +
           QStringLiteral("k.outcome = 'completed' AND k.at >= :sinceT AND k.at < :endT)");
}

void bindWindow(QSqlQuery& q, QDate today, QDate since)
{
    q.bindValue(QStringLiteral(":today"), dateToDb(today));
    q.bindValue(QStringLiteral(":since"), dateToDb(since));
    q.bindValue(QStringLiteral(":sinceT"),
                since.startOfDay().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    q.bindValue(QStringLiteral(":endT"),
                today.addDays(1).startOfDay().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

// One RPE's people (relay_id = ?, so its index is used) or those with none.
QString relayClause(qint64 relayId)
{
    return relayId > 0 ? QStringLiteral("c.relay_id = :relay AND ")
                       : QStringLiteral("c.relay_id IS NULL AND ");
}

int singleInt(QSqlQuery& q)
{
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace

void SqlRetentionRepository::saveActivity(CollectiveActivity& a)
{
    const bool insert = a.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral("INSERT INTO collective_activities(kind, title, date, hours, place, relay_id, "
                             "partner_id, notes, version) VALUES (:kind, :title, :date, :hours, :place, "
                             ":relay_id, :partner_id, :notes, 1) RETURNING id")
            : QStringLiteral(
                  "UPDATE collective_activities SET kind = :kind, title = :title, date = :date, "
                  "hours = :hours, place = :place, relay_id = :relay_id, partner_id = :partner_id, "
                  "notes = :notes, version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":kind"), activityKindKey(a.kind));
    q.bindValue(QStringLiteral(":title"), textToDb(a.title));
    q.bindValue(QStringLiteral(":date"), dateToDb(a.date));
    q.bindValue(QStringLiteral(":hours"), a.hours);
    q.bindValue(QStringLiteral(":place"), textToDb(a.place));
    q.bindValue(QStringLiteral(":relay_id"), idToDb(a.relayId));
    q.bindValue(QStringLiteral(":partner_id"), idToDb(a.partnerId));
    q.bindValue(QStringLiteral(":notes"), textToDb(a.notes));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), a.id);
        q.bindValue(QStringLiteral(":version"), a.version);
    }
    Database::run(q);
    if (insert) {
        a.id = Database::insertedId(q);
        a.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throw ConcurrencyConflict(QCoreApplication::translate("SqlRetentionRepository",
                                                              "Someone else changed or deleted this activity "
                                                              "meanwhile. Reopen it and try again."));
    ++a.version;
}

std::optional<CollectiveActivity> SqlRetentionRepository::activity(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kActivityColumns +
                                 QStringLiteral(" FROM collective_activities a WHERE a.id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<CollectiveActivity> found;
    if (q.next())
        found = activityFrom(q);
    q.finish();
    return found;
}

void SqlRetentionRepository::removeActivity(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM collective_activities WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

QList<ActivityRow> SqlRetentionRepository::activities(const ActivityQuery& query) const
{
    QVariantList bindings;
    const QString where = activityWhere(query, bindings);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kActivityColumns +
        QStringLiteral(", r.name, (SELECT count(*) FROM activity_attendance aa WHERE aa.activity_id = a.id) "
                       "FROM collective_activities a LEFT JOIN relays r ON r.id = a.relay_id") +
        where + QStringLiteral(" ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?"));
    bindings << query.limit << query.offset;
    bindAll(q, bindings);
    Database::run(q);
    QList<ActivityRow> rows;
    while (q.next())
        rows.append(ActivityRow{activityFrom(q), q.value(10).toString(), q.value(11).toInt()});
    q.finish();
    return rows;
}

int SqlRetentionRepository::countActivities(const ActivityQuery& query) const
{
    QVariantList bindings;
    const QString where = activityWhere(query, bindings);
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM collective_activities a") + where);
    bindAll(q, bindings);
    return singleInt(q);
}

bool SqlRetentionRepository::addAttendance(qint64 activityId, qint64 childminderId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO activity_attendance(activity_id, childminder_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.bindValue(0, activityId);
    q.bindValue(1, childminderId);
    Database::run(q);
    return q.numRowsAffected() == 1;
}

void SqlRetentionRepository::removeAttendance(qint64 activityId, qint64 childminderId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("DELETE FROM activity_attendance WHERE activity_id = ? AND childminder_id = ?"));
    q.bindValue(0, activityId);
    q.bindValue(1, childminderId);
    Database::run(q);
}

QList<AttendeeRow> SqlRetentionRepository::attendees(qint64 activityId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.commune_name FROM activity_attendance aa "
        "JOIN childminders c ON c.id = aa.childminder_id WHERE aa.activity_id = ? ORDER BY c.sort_name, "
        "c.id"));
    q.bindValue(0, activityId);
    Database::run(q);
    QList<AttendeeRow> rows;
    while (q.next())
        rows.append(AttendeeRow{q.value(0).toLongLong(), displayName(q, 1), q.value(4).toString()});
    q.finish();
    return rows;
}

void SqlRetentionRepository::saveSupportAction(MamSupportAction& a)
{
    const bool insert = a.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral(
                  "INSERT INTO mam_support_actions(mam_id, kind, title, status, start_date, "
                  "due_date, done_date, documents, notes, version) VALUES (:mam_id, :kind, :title, "
                  ":status, :start_date, :due_date, :done_date, :documents, :notes, 1) RETURNING id")
            : QStringLiteral("UPDATE mam_support_actions SET mam_id = :mam_id, kind = :kind, title = :title, "
                             "status = :status, start_date = :start_date, due_date = :due_date, done_date = "
                             ":done_date, documents = :documents, notes = :notes, version = version + 1 "
                             "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":mam_id"), a.mamId);
    q.bindValue(QStringLiteral(":kind"), supportKindKey(a.kind));
    q.bindValue(QStringLiteral(":title"), textToDb(a.title));
    q.bindValue(QStringLiteral(":status"), supportStatusKey(a.status));
    q.bindValue(QStringLiteral(":start_date"), dateToDb(a.startDate));
    q.bindValue(QStringLiteral(":due_date"), dateToDb(a.dueDate));
    q.bindValue(QStringLiteral(":done_date"), dateToDb(a.doneDate));
    q.bindValue(QStringLiteral(":documents"), textToDb(a.documents.join(QLatin1Char('\n'))));
    q.bindValue(QStringLiteral(":notes"), textToDb(a.notes));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), a.id);
        q.bindValue(QStringLiteral(":version"), a.version);
    }
    Database::run(q);
    if (insert) {
        a.id = Database::insertedId(q);
        a.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throw ConcurrencyConflict(QCoreApplication::translate(
            "SqlRetentionRepository",
            "Someone else changed or deleted this support action meanwhile. Reopen it and try again."));
    ++a.version;
}

QList<MamSupportAction> SqlRetentionRepository::supportWhere(const QString& where,
                                                             const QVariantList& bindings) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, mam_id, kind, title, status, start_date, due_date, done_date, documents, "
                       "notes, version FROM mam_support_actions ") +
        where);
    bindAll(q, bindings);
    Database::run(q);
    QList<MamSupportAction> out;
    while (q.next()) {
        MamSupportAction a;
        a.id = q.value(0).toLongLong();
        a.mamId = q.value(1).toLongLong();
        a.kind = supportKindFromKey(q.value(2).toString()).value_or(SupportKind::Other);
        a.title = q.value(3).toString();
        a.status = supportStatusFromKey(q.value(4).toString()).value_or(SupportStatus::ToDo);
        a.startDate = dateFromDb(q.value(5));
        a.dueDate = dateFromDb(q.value(6));
        a.doneDate = dateFromDb(q.value(7));
        a.documents = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.notes = q.value(9).toString();
        a.version = q.value(10).toInt();
        out.append(a);
    }
    q.finish();
    return out;
}

std::optional<MamSupportAction> SqlRetentionRepository::supportAction(qint64 id) const
{
    const auto found = supportWhere(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

void SqlRetentionRepository::removeSupportAction(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM mam_support_actions WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

QList<MamSupportAction> SqlRetentionRepository::supportActions(qint64 mamId) const
{
    return supportWhere(
        QStringLiteral("WHERE mam_id = ? ORDER BY status = 'done', due_date IS NULL, due_date, "
                       "id"),
        {mamId});
}

QList<RelayIsolationRow> SqlRetentionRepository::isolationByRelay(QDate today, QDate since) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT c.relay_id, r.name, count(*), coalesce(sum(CASE WHEN 1 = 1") +
        isolatedCondition(m_db.dialect()) +
        QStringLiteral(" THEN 1 ELSE 0 END), 0) FROM childminders c LEFT JOIN relays r ON r.id = c.relay_id "
                       "WHERE ") +
        kWorking +
        QStringLiteral(" GROUP BY c.relay_id, r.name ORDER BY r.name IS NULL, r.name COLLATE NOCASE"));
    bindWindow(q, today, since);
    Database::run(q);
    QList<RelayIsolationRow> rows;
    while (q.next())
        rows.append(RelayIsolationRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                      q.value(3).toInt()});
    q.finish();
    return rows;
}

QList<IsolatedPersonRow> SqlRetentionRepository::isolated(qint64 relayId, QDate today, QDate since,
                                                          int offset, int limit) const
{
    // The sort on la and lc sits outside: PostgreSQL orders by a result
    // column's name only when it stands alone (SQLite flattens the sub-select).
    const SqlDialect& dialect = m_db.dialect();
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, usage_name, birth_name, first_name, commune_name, phone, la, lc FROM "
                       "(SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.commune_name, c.phone, "
                       "c.sort_name, (SELECT max(ca.date) FROM activity_attendance aa JOIN "
                       "collective_activities ca ON ca.id = aa.activity_id WHERE aa.childminder_id = c.id "
                       "AND ca.date <= :today) AS la, (SELECT max(k.at) FROM contacts k WHERE "
                       "k.childminder_id = c.id AND ") +
        unindexed(dialect) + QStringLiteral("k.outcome = 'completed') AS lc FROM childminders c WHERE ") +
        relayClause(relayId) + workingInRelay(dialect) + isolatedCondition(dialect) +
        QStringLiteral(") x ORDER BY ") +
        dialect.greatest(
            {QStringLiteral("coalesce(la, '')"), QStringLiteral("substr(coalesce(lc, ''), 1, 10)")}) +
        QStringLiteral(", sort_name, id LIMIT :limit OFFSET :offset"));
    bindWindow(q, today, since);
    if (relayId > 0)
        q.bindValue(QStringLiteral(":relay"), relayId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    Database::run(q);
    QList<IsolatedPersonRow> rows;
    while (q.next())
        rows.append(
            IsolatedPersonRow{q.value(0).toLongLong(), displayName(q, 1), q.value(4).toString(),
                              q.value(5).toString(), dateFromDb(q.value(6)),
                              q.value(7).isNull() ? QDate() : dateFromDb(q.value(7).toString().left(10))});
    q.finish();
    return rows;
}

int SqlRetentionRepository::countIsolated(qint64 relayId, QDate today, QDate since) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM childminders c WHERE ") + relayClause(relayId) +
                      workingInRelay(m_db.dialect()) + isolatedCondition(m_db.dialect()));
    bindWindow(q, today, since);
    if (relayId > 0)
        q.bindValue(QStringLiteral(":relay"), relayId);
    return singleInt(q);
}

int SqlRetentionRepository::countIsolatedAll(QDate today, QDate since) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM childminders c WHERE ") + kWorking +
                                 isolatedCondition(m_db.dialect()));
    bindWindow(q, today, since);
    return singleInt(q);
}

} // namespace parcours
