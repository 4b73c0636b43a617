#pragma once

#include "../StorageFixtures.h"
#include "Database.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlRelayRepository.h"
#include "SqlRetentionRepository.h"
#include "SqlTimelineRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

namespace parcours::testing {

// A register with the raw rows the isolation watch and the timeline read.
// Rows of tables other helpers' repositories own (sessions, enrolments,
// career events...) are written with plain SQL, which is the schema contract.
struct RetentionStore
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};
    SqlRelayRepository relays{*db};
    SqlRetentionRepository retention{*db};
    SqlTimelineRepository timeline{*db};

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        relays.save(r);
        return r.id;
    }

    // An active childminder with an agrément in force until `approvalEnd`.
    qint64 person(const QString& name, qint64 relayId, QDate approvalEnd = QDate(2029, 8, 31),
                  ChildminderStatus status = ChildminderStatus::Active)
    {
        Childminder p = makePerson(name, QStringLiteral("Anne"));
        p.relayId = relayId;
        p.status = status;
        people.insert(p);
        Approval a =
            makeApproval(p.id, QStringLiteral("55-%1").arg(p.id), approvalEnd.addYears(-5), approvalEnd);
        approvals.save(a);
        return p.id;
    }

    qint64 activity(const QString& title, QDate date, qint64 relayId)
    {
        CollectiveActivity a;
        a.title = title;
        a.date = date;
        a.hours = 2;
        a.relayId = relayId;
        retention.saveActivity(a);
        return a.id;
    }

    // Runs one statement with positional values.
    void execute(const QString& sql, const QVariantList& values)
    {
        QSqlQuery& q = db->prepared(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        Database::run(q);
        q.finish();
    }

    // Runs one INSERT into a table with an id column; returns the new row id
    // (through RETURNING: PostgreSQL has no last insert id of its own).
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        QSqlQuery& q = db->prepared(sql + QStringLiteral(" RETURNING id"));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        Database::run(q);
        return Database::insertedId(q);
    }

    qint64 session(const QString& courseTitle, QDate start, qint64 relayId,
                   const QString& kind = QStringLiteral("continuing"))
    {
        const qint64 course =
            insert(QStringLiteral("INSERT INTO training_courses(title, kind, hours) VALUES (?, ?, 7)"),
                   {courseTitle, kind});
        return insert(
            QStringLiteral("INSERT INTO training_sessions(course_id, start_date, end_date, hours, relay_id) "
                           "VALUES (?, ?, ?, 7, ?)"),
            {course, start.toString(Qt::ISODate), start.toString(Qt::ISODate),
             relayId > 0 ? QVariant(relayId) : QVariant(QMetaType(QMetaType::LongLong))});
    }

    qint64 enrol(qint64 sessionId, qint64 personId, const QString& status, double hours = 7)
    {
        return insert(
            QStringLiteral("INSERT INTO enrolments(session_id, childminder_id, status, hours_done, "
                           "status_date, created_at) VALUES (?, ?, ?, ?, '2020-01-01', '2020-01-01')"),
            {sessionId, personId, status, hours});
    }

    qint64 contact(qint64 personId, const QString& at, const QString& outcome)
    {
        return insert(QStringLiteral("INSERT INTO contacts(childminder_id, at, channel, direction, outcome, "
                                     "staff_member) VALUES (?, ?, 'phone', 'out', ?, 'Marie')"),
                      {personId, at, outcome});
    }
};

} // namespace parcours::testing
