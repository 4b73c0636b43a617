#include "SqlContactRepository.h"

#include "Childminder.h"
#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {
// Contacts are stored in local time as ISO text, so a year is a text range.
QString yearStart(int year)
{
    return QStringLiteral("%1-01-01T00:00:00").arg(year, 4, 10, QLatin1Char('0'));
}

QVariant timeToDb(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString topicsToDb(const QList<ContactTopic>& topics)
{
    QStringList keys;
    for (auto t : topics)
        keys << contactTopicKey(t);
    return keys.join(QLatin1Char(','));
}

QList<ContactTopic> topicsFromDb(const QString& text)
{
    QList<ContactTopic> topics;
    for (const auto& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto t = contactTopicFromKey(key))
            topics.append(*t);
    return topics;
}

// Working childminders are the scope of the annual contact.
const QString kWorking = QStringLiteral("c.status IN ('active', 'suspended')");
// Whether the person `c` had a completed exchange in [?, ?): one probe of
// contacts_by_person per person. (A LEFT JOIN on the year's distinct people
// instead was scanned once per person: quadratic at national size.)
const QString kReachedInYear = QStringLiteral(
    "EXISTS (SELECT 1 FROM contacts k WHERE k.childminder_id = c.id AND k.outcome = 'completed' "
    "AND k.at >= ? AND k.at < ?)");
} // namespace

void SqlContactRepository::save(ContactEntry& e)
{
    const bool insert = e.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert ? QStringLiteral(
                     "INSERT INTO contacts(childminder_id, at, channel, direction, staff_member, "
                     "duration_minutes, topics, outcome, notes, follow_up_action, follow_up_due, "
                     "follow_up_assignee, follow_up_done_on, version) VALUES (:childminder_id, :at, "
                     ":channel, :direction, :staff_member, :duration_minutes, :topics, :outcome, :notes, "
                     ":follow_up_action, :follow_up_due, :follow_up_assignee, :follow_up_done_on, 1) "
                     "RETURNING id")
               : QStringLiteral(
                     "UPDATE contacts SET childminder_id = :childminder_id, at = :at, channel = :channel, "
                     "direction = :direction, staff_member = :staff_member, duration_minutes = "
                     ":duration_minutes, topics = :topics, outcome = :outcome, notes = :notes, "
                     "follow_up_action = :follow_up_action, follow_up_due = :follow_up_due, "
                     "follow_up_assignee = :follow_up_assignee, follow_up_done_on = :follow_up_done_on, "
                     "version = version + 1 WHERE id = :id AND version = :version"));
    const FollowUp follow = e.followUp.value_or(FollowUp{});
    q.bindValue(QStringLiteral(":childminder_id"), e.childminderId);
    q.bindValue(QStringLiteral(":at"), timeToDb(e.at));
    q.bindValue(QStringLiteral(":channel"), contactChannelKey(e.channel));
    q.bindValue(QStringLiteral(":direction"),
                e.direction == ContactDirection::Incoming ? QStringLiteral("in") : QStringLiteral("out"));
    q.bindValue(QStringLiteral(":staff_member"), textToDb(e.staffMember));
    q.bindValue(QStringLiteral(":duration_minutes"), e.durationMinutes);
    q.bindValue(QStringLiteral(":topics"), textToDb(topicsToDb(e.topics)));
    q.bindValue(QStringLiteral(":outcome"), contactOutcomeKey(e.outcome));
    q.bindValue(QStringLiteral(":notes"), textToDb(e.notes));
    q.bindValue(QStringLiteral(":follow_up_action"), textToDb(follow.action));
    q.bindValue(QStringLiteral(":follow_up_due"), dateToDb(follow.due));
    q.bindValue(QStringLiteral(":follow_up_assignee"), textToDb(follow.assignee));
    q.bindValue(QStringLiteral(":follow_up_done_on"), dateToDb(follow.doneOn));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), e.id);
        q.bindValue(QStringLiteral(":version"), e.version);
    }
    Database::run(q);
    if (insert) {
        e.id = Database::insertedId(q);
        e.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throw ConcurrencyConflict(QCoreApplication::translate(
            "SqlContactRepository", "Someone else changed this contact meanwhile. Reopen it and try again."));
    ++e.version;
}

QList<ContactEntry> SqlContactRepository::entries(const QString& whereAndOrder,
                                                  const QVariantList& bindings) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT id, childminder_id, at, channel, direction, staff_member, duration_minutes, topics, "
            "outcome, notes, follow_up_action, follow_up_due, follow_up_assignee, follow_up_done_on, "
            "version FROM contacts ") +
        whereAndOrder);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    QList<ContactEntry> out;
    while (q.next()) {
        ContactEntry e;
        e.id = q.value(0).toLongLong();
        e.childminderId = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        e.channel = contactChannelFromKey(q.value(3).toString()).value_or(ContactChannel::Phone);
        e.direction = q.value(4).toString() == QLatin1String("in") ? ContactDirection::Incoming
                                                                   : ContactDirection::Outgoing;
        e.staffMember = q.value(5).toString();
        e.durationMinutes = q.value(6).toInt();
        e.topics = topicsFromDb(q.value(7).toString());
        e.outcome = contactOutcomeFromKey(q.value(8).toString()).value_or(ContactOutcome::Completed);
        e.notes = q.value(9).toString();
        if (!q.value(10).toString().isEmpty())
            e.followUp = FollowUp{q.value(10).toString(), dateFromDb(q.value(11)), q.value(12).toString(),
                                  dateFromDb(q.value(13))};
        e.version = q.value(14).toInt();
        out.append(e);
    }
    q.finish();
    return out;
}

QList<ContactEntry> SqlContactRepository::forChildminder(qint64 childminderId, int limit) const
{
    return entries(QStringLiteral("WHERE childminder_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
                   {childminderId, limit});
}

QList<ContactEntry> SqlContactRepository::openFollowUps(int limit) const
{
    return entries(QStringLiteral("WHERE follow_up_action <> '' AND follow_up_done_on IS NULL "
                                  "ORDER BY follow_up_due IS NULL, follow_up_due, id LIMIT ?"),
                   {limit});
}

CoverageRow SqlContactRepository::coverage(int year, qint64 relayId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE ") + kReachedInYear +
                                 QStringLiteral(") FROM childminders c WHERE ") + kWorking +
                                 QStringLiteral(" AND (? = 0 OR c.relay_id = ?)"));
    q.bindValue(0, yearStart(year));
    q.bindValue(1, yearStart(year + 1));
    q.bindValue(2, relayId);
    q.bindValue(3, relayId);
    Database::run(q);
    CoverageRow row;
    row.groupId = relayId;
    if (q.next()) {
        row.active = q.value(0).toInt();
        row.reached = q.value(1).toInt();
    }
    q.finish();
    return row;
}

QList<CoverageRow> SqlContactRepository::coverageByRelay(int year) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT c.relay_id, rl.name, count(*), count(*) FILTER (WHERE ") + kReachedInYear +
        QStringLiteral(") FROM childminders c LEFT JOIN relays rl ON rl.id = c.relay_id WHERE ") + kWorking +
        QStringLiteral(" GROUP BY c.relay_id, rl.name ORDER BY rl.name IS NULL, rl.name COLLATE NOCASE"));
    q.bindValue(0, yearStart(year));
    q.bindValue(1, yearStart(year + 1));
    Database::run(q);
    QList<CoverageRow> rows;
    while (q.next())
        rows.append(CoverageRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toInt()});
    q.finish();
    return rows;
}

QList<CoverageRow> SqlContactRepository::coverageByStaff(int year) const
{
    const int scope = coverage(year, 0).active;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT k.staff_member, count(DISTINCT k.childminder_id) FROM contacts k JOIN childminders c "
        "ON c.id = k.childminder_id WHERE k.outcome = 'completed' AND k.at >= ? AND k.at < ? AND "
        "c.status IN ('active', 'suspended') GROUP BY k.staff_member ORDER BY k.staff_member COLLATE "
        "NOCASE"));
    q.bindValue(0, yearStart(year));
    q.bindValue(1, yearStart(year + 1));
    Database::run(q);
    QList<CoverageRow> rows;
    while (q.next())
        rows.append(CoverageRow{0, q.value(0).toString(), scope, q.value(1).toInt()});
    q.finish();
    return rows;
}

QList<NotReachedRow> SqlContactRepository::notReached(int year, qint64 relayId, int offset, int limit) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.commune_name, rl.name, c.phone, "
            "(SELECT max(at) FROM contacts k WHERE k.childminder_id = c.id AND k.outcome = 'completed') "
            "AS last FROM childminders c LEFT JOIN relays rl ON rl.id = c.relay_id WHERE ") +
        kWorking +
        QStringLiteral(
            " AND (? = 0 OR c.relay_id = ?) AND NOT EXISTS (SELECT 1 FROM contacts k "
            "WHERE k.childminder_id = c.id AND k.outcome = 'completed' AND k.at >= ? AND k.at < ?) "
            "ORDER BY last NULLS FIRST, c.sort_name, c.id LIMIT ? OFFSET ?"));
    q.bindValue(0, relayId);
    q.bindValue(1, relayId);
    q.bindValue(2, yearStart(year));
    q.bindValue(3, yearStart(year + 1));
    q.bindValue(4, limit);
    q.bindValue(5, offset);
    Database::run(q);
    QList<NotReachedRow> rows;
    while (q.next()) {
        Childminder p;
        p.usageName = q.value(1).toString();
        p.birthName = q.value(2).toString();
        p.firstName = q.value(3).toString();
        const QString last = q.value(7).toString();
        rows.append(NotReachedRow{q.value(0).toLongLong(), p.displayName(), q.value(4).toString(),
                                  q.value(5).toString(), q.value(6).toString(),
                                  last.isEmpty() ? QDate() : QDate::fromString(last.left(10), Qt::ISODate)});
    }
    q.finish();
    return rows;
}

int SqlContactRepository::countWithoutContactSince(QDate since) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM childminders c WHERE ") + kWorking +
                      QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM contacts k WHERE k.childminder_id = "
                                     "c.id AND k.outcome = 'completed' AND k.at >= ?)"));
    q.bindValue(0, since.startOfDay().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace parcours
