#include "SqlTrainingRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"
#include "TextFolding.h"
#include "TrainingRowReader.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace parcours {

using namespace trainingrows;

namespace {
// The status keys a predicate holds for, as an SQL list: the rules stay in
// EnrolmentStatus.cpp and the counting in SQL.
QString statusList(bool (*predicate)(EnrolmentStatus))
{
    QStringList keys;
    for (auto s : allEnrolmentStatuses())
        if (predicate(s))
            keys << QLatin1Char('\'') + enrolmentStatusKey(s) + QLatin1Char('\'');
    return QLatin1Char('(') + keys.join(QLatin1Char(',')) + QLatin1Char(')');
}

const QString& placeStatuses()
{
    static const QString list = statusList(&takesPlace);
    return list;
}

const QString& hourStatuses()
{
    static const QString list = statusList(&countsHours);
    return list;
}

// The partner kinds that give or prescribe training.
const QString kOrganisationKinds =
    QStringLiteral("('training_body', 'iperia_body', 'departement', 'france_travail')");

QString personName(const QString& surname, const QString& first)
{
    return (surname.toUpper() + QLatin1Char(' ') + first).trimmed();
}

const QString kCourseColumns = QStringLiteral(
    "SELECT c.id, c.title, c.kind, c.organisation_id, c.hours, c.description, c.active, c.version, "
    "COALESCE(p.name, '') FROM training_courses c LEFT JOIN partners p ON p.id = c.organisation_id ");

QString sessionColumns()
{
    return QStringLiteral("SELECT s.id, s.course_id, s.start_date, s.end_date, s.hours, s.place, s.capacity, "
                          "s.relay_id, s.notes, s.version, c.title, c.kind, COALESCE(p.name, ''), "
                          "COALESCE(r.name, ''), (SELECT count(*) FROM enrolments e WHERE e.session_id = "
                          "s.id AND e.status IN ") +
           placeStatuses() +
           QStringLiteral("), (SELECT count(*) FROM enrolments e WHERE e.session_id = s.id AND e.status = "
                          "'wish') FROM training_sessions s JOIN training_courses c ON c.id = s.course_id "
                          "LEFT JOIN partners p ON p.id = c.organisation_id "
                          "LEFT JOIN relays r ON r.id = s.relay_id ");
}

const QString kFilterWhere =
    QStringLiteral("WHERE (CAST(:from AS TEXT) IS NULL OR s.end_date >= :from) "
                   "AND (CAST(:to AS TEXT) IS NULL OR s.start_date <= :to) "
                   "AND (:kind = '' OR c.kind = :kind) AND (:relay = 0 OR s.relay_id = :relay) "
                   "AND (:course = 0 OR s.course_id = :course) ");

const QString kEnrolmentColumns = QStringLiteral(
    "SELECT id, session_id, childminder_id, prospect_id, status, reason, hours_done, certificate_date, "
    "status_date, version FROM enrolments ");

[[noreturn]] void conflict(const char* what)
{
    throw ConcurrencyConflict(QCoreApplication::translate("SqlTrainingRepository", what));
}
} // namespace

// ---- courses

void SqlTrainingRepository::saveCourse(TrainingCourse& course)
{
    const bool insert = course.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral("INSERT INTO training_courses(title, kind, organisation_id, hours, description, "
                             "active, version) VALUES (:title, :kind, :organisation_id, :hours, "
                             ":description, :active, 1) RETURNING id")
            : QStringLiteral("UPDATE training_courses SET title = :title, kind = :kind, organisation_id = "
                             ":organisation_id, hours = :hours, description = :description, active = "
                             ":active, version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":title"), textToDb(course.title));
    q.bindValue(QStringLiteral(":kind"), trainingKindKey(course.kind));
    q.bindValue(QStringLiteral(":organisation_id"), idToDb(course.organisationId));
    q.bindValue(QStringLiteral(":hours"), course.hours);
    q.bindValue(QStringLiteral(":description"), textToDb(course.description));
    q.bindValue(QStringLiteral(":active"), course.active ? 1 : 0);
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), course.id);
        q.bindValue(QStringLiteral(":version"), course.version);
    }
    Database::run(q);
    if (insert) {
        course.id = Database::insertedId(q);
        course.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        conflict(QT_TRANSLATE_NOOP("SqlTrainingRepository",
                                   "Someone else changed or removed this course meanwhile. Reopen it and try "
                                   "again."));
    ++course.version;
}

std::optional<TrainingCourse> SqlTrainingRepository::findCourse(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(kCourseColumns + QStringLiteral("WHERE c.id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<TrainingCourse> result;
    if (q.next())
        result = courseFrom(q);
    q.finish();
    return result;
}

QList<TrainingCourse> SqlTrainingRepository::courses(bool activeOnly, int offset, int limit) const
{
    QSqlQuery& q =
        m_db.prepared(kCourseColumns + QStringLiteral("WHERE (? = 0 OR c.active = 1) ORDER BY c.title, c.id "
                                                      "LIMIT ? OFFSET ?"));
    q.bindValue(0, activeOnly ? 1 : 0);
    q.bindValue(1, limit);
    q.bindValue(2, offset);
    Database::run(q);
    QList<TrainingCourse> out;
    while (q.next())
        out << courseFrom(q);
    return out;
}

int SqlTrainingRepository::countCourses(bool activeOnly) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM training_courses WHERE (? = 0 OR active = 1)"));
    q.bindValue(0, activeOnly ? 1 : 0);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void SqlTrainingRepository::removeCourse(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM training_courses WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

// ---- sessions

void SqlTrainingRepository::saveSession(TrainingSession& s)
{
    const bool insert = s.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral("INSERT INTO training_sessions(course_id, start_date, end_date, hours, place, "
                             "capacity, relay_id, notes, version) VALUES (:course_id, :start_date, "
                             ":end_date, :hours, :place, :capacity, :relay_id, :notes, 1) RETURNING id")
            : QStringLiteral("UPDATE training_sessions SET course_id = :course_id, start_date = "
                             ":start_date, end_date = :end_date, hours = :hours, place = :place, capacity "
                             "= :capacity, relay_id = :relay_id, notes = :notes, version = version + 1 "
                             "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":course_id"), s.courseId);
    q.bindValue(QStringLiteral(":start_date"), dateToDb(s.startDate));
    q.bindValue(QStringLiteral(":end_date"), dateToDb(s.endDate));
    q.bindValue(QStringLiteral(":hours"), s.hours);
    q.bindValue(QStringLiteral(":place"), textToDb(s.place));
    q.bindValue(QStringLiteral(":capacity"), s.capacity);
    q.bindValue(QStringLiteral(":relay_id"), idToDb(s.relayId));
    q.bindValue(QStringLiteral(":notes"), textToDb(s.notes));
    if (!insert) {
        q.bindValue(QStringLiteral(":id"), s.id);
        q.bindValue(QStringLiteral(":version"), s.version);
    }
    Database::run(q);
    if (insert) {
        s.id = Database::insertedId(q);
        s.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        conflict(QT_TRANSLATE_NOOP("SqlTrainingRepository",
                                   "Someone else changed or removed this session meanwhile. Reopen it and "
                                   "try again."));
    ++s.version;
}

std::optional<TrainingSession> SqlTrainingRepository::findSession(qint64 id) const
{
    if (auto row = sessionRow(id))
        return row->session;
    return std::nullopt;
}

std::optional<TrainingSessionRow> SqlTrainingRepository::sessionRow(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(sessionColumns() + QStringLiteral("WHERE s.id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<TrainingSessionRow> result;
    if (q.next())
        result = sessionRowFrom(q);
    q.finish();
    return result;
}

void SqlTrainingRepository::bindFilter(QSqlQuery& q, const TrainingSessionFilter& f)
{
    q.bindValue(QStringLiteral(":from"), dateToDb(f.from));
    q.bindValue(QStringLiteral(":to"), dateToDb(f.to));
    q.bindValue(QStringLiteral(":kind"), f.kind ? trainingKindKey(*f.kind) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":relay"), f.relayId);
    q.bindValue(QStringLiteral(":course"), f.courseId);
}

QList<TrainingSessionRow> SqlTrainingRepository::sessions(const TrainingSessionFilter& filter) const
{
    // Sessions not over yet first, soonest first; then past ones, latest first.
    QSqlQuery& q = m_db.prepared(
        sessionColumns() + kFilterWhere +
        QStringLiteral(
            "ORDER BY CASE WHEN CAST(:today AS TEXT) IS NOT NULL AND s.end_date < :today THEN 1 "
            "ELSE 0 END, CASE WHEN CAST(:today AS TEXT) IS NOT NULL AND s.end_date < :today THEN '' "
            "ELSE s.start_date END, "
            "s.start_date DESC, s.id LIMIT :limit OFFSET :offset"));
    bindFilter(q, filter);
    q.bindValue(QStringLiteral(":today"), dateToDb(filter.today));
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    q.bindValue(QStringLiteral(":offset"), filter.offset);
    Database::run(q);
    QList<TrainingSessionRow> out;
    while (q.next())
        out << sessionRowFrom(q);
    return out;
}

int SqlTrainingRepository::countSessions(const TrainingSessionFilter& filter) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT count(*) FROM training_sessions s JOIN training_courses c ON c.id = s.course_id ") +
        kFilterWhere);
    bindFilter(q, filter);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void SqlTrainingRepository::removeSession(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM training_sessions WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
}

int SqlTrainingRepository::placesTaken(qint64 sessionId, qint64 exceptEnrolmentId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM enrolments WHERE session_id = ? AND id <> ? AND status IN ") +
        placeStatuses());
    q.bindValue(0, sessionId);
    q.bindValue(1, exceptEnrolmentId);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

// ---- enrolments

void SqlTrainingRepository::saveEnrolment(Enrolment& e)
{
    const bool insert = e.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert ? QStringLiteral(
                     "INSERT INTO enrolments(session_id, childminder_id, prospect_id, status, reason, "
                     "hours_done, certificate_date, status_date, created_at, version) VALUES "
                     "(:session_id, :childminder_id, :prospect_id, :status, :reason, :hours_done, "
                     ":certificate_date, :status_date, :status_date, 1) RETURNING id")
               : QStringLiteral("UPDATE enrolments SET session_id = :session_id, childminder_id = "
                                ":childminder_id, prospect_id = :prospect_id, status = :status, reason = "
                                ":reason, hours_done = :hours_done, certificate_date = :certificate_date, "
                                "status_date = :status_date, version = version + 1 WHERE id = :id AND "
                                "version = :version"));
    q.bindValue(QStringLiteral(":session_id"), e.sessionId);
    q.bindValue(QStringLiteral(":childminder_id"), idToDb(e.childminderId));
    q.bindValue(QStringLiteral(":prospect_id"), idToDb(e.prospectId));
    q.bindValue(QStringLiteral(":status"), enrolmentStatusKey(e.status));
    q.bindValue(QStringLiteral(":reason"), textToDb(e.reason));
    q.bindValue(QStringLiteral(":hours_done"), e.hoursDone);
    q.bindValue(QStringLiteral(":certificate_date"), dateToDb(e.certificateDate));
    q.bindValue(QStringLiteral(":status_date"), dateToDb(e.statusDate));
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
        conflict(
            QT_TRANSLATE_NOOP("SqlTrainingRepository",
                              "Someone else changed this enrolment meanwhile. Reload the session and try "
                              "again."));
    ++e.version;
}

std::optional<Enrolment> SqlTrainingRepository::oneEnrolment(const QString& where,
                                                             const QVariantList& bindings) const
{
    QSqlQuery& q = m_db.prepared(kEnrolmentColumns + where);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    std::optional<Enrolment> result;
    if (q.next())
        result = enrolmentFrom(q);
    q.finish();
    return result;
}

std::optional<Enrolment> SqlTrainingRepository::findEnrolment(qint64 id) const
{
    return oneEnrolment(QStringLiteral("WHERE id = ?"), {id});
}

std::optional<Enrolment> SqlTrainingRepository::enrolmentOf(qint64 sessionId, qint64 childminderId,
                                                            qint64 prospectId) const
{
    if (childminderId > 0)
        return oneEnrolment(QStringLiteral("WHERE session_id = ? AND childminder_id = ?"),
                            {sessionId, childminderId});
    return oneEnrolment(QStringLiteral("WHERE session_id = ? AND prospect_id = ? ORDER BY id LIMIT 1"),
                        {sessionId, prospectId});
}

QList<EnrolmentRow> SqlTrainingRepository::enrolmentRows(const QString& whereAndOrder, qint64 id) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT e.id, e.session_id, e.childminder_id, e.prospect_id, e.status, e.reason, "
            "e.hours_done, e.certificate_date, e.status_date, e.version, "
            "COALESCE(NULLIF(m.usage_name, ''), m.birth_name, pr.last_name, ''), "
            "COALESCE(m.first_name, pr.first_name, ''), c.id, c.title, c.kind, s.start_date, "
            "s.end_date, s.hours FROM enrolments e JOIN training_sessions s ON s.id = e.session_id "
            "JOIN training_courses c ON c.id = s.course_id "
            "LEFT JOIN childminders m ON m.id = e.childminder_id "
            "LEFT JOIN prospects pr ON pr.id = e.prospect_id ") +
        whereAndOrder);
    q.bindValue(0, id);
    Database::run(q);
    QList<EnrolmentRow> out;
    while (q.next()) {
        EnrolmentRow row;
        row.enrolment = enrolmentFrom(q);
        row.personName = personName(q.value(10).toString(), q.value(11).toString());
        row.courseId = q.value(12).toLongLong();
        row.courseTitle = q.value(13).toString();
        row.kind = trainingKindFromKey(q.value(14).toString()).value_or(TrainingKind::Continuing);
        row.sessionStart = dateFromDb(q.value(15));
        row.sessionEnd = dateFromDb(q.value(16));
        row.sessionHours = q.value(17).toDouble();
        out << row;
    }
    return out;
}

QList<EnrolmentRow> SqlTrainingRepository::enrolmentsForSession(qint64 sessionId) const
{
    // A session holds at most a few dozen people: sorted here on a folded key.
    QList<EnrolmentRow> rows = enrolmentRows(QStringLiteral("WHERE e.session_id = ?"), sessionId);
    std::stable_sort(rows.begin(), rows.end(), [](const EnrolmentRow& a, const EnrolmentRow& b) {
        return foldForMatching(a.personName) < foldForMatching(b.personName);
    });
    return rows;
}

QList<EnrolmentRow> SqlTrainingRepository::enrolmentsForChildminder(qint64 childminderId) const
{
    return enrolmentRows(QStringLiteral("WHERE e.childminder_id = ? ORDER BY s.start_date DESC, e.id DESC"),
                         childminderId);
}

QList<EnrolmentRow> SqlTrainingRepository::enrolmentsForProspect(qint64 prospectId) const
{
    return enrolmentRows(QStringLiteral("WHERE e.prospect_id = ? ORDER BY s.start_date DESC, e.id DESC"),
                         prospectId);
}

QList<KindHours> SqlTrainingRepository::hoursByKind(qint64 childminderId, QDate from, QDate to) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT c.kind, sum(CASE WHEN s.end_date >= :from AND s.end_date <= :to THEN "
                       "e.hours_done ELSE 0 END), sum(e.hours_done) FROM enrolments e "
                       "JOIN training_sessions s ON s.id = e.session_id "
                       "JOIN training_courses c ON c.id = s.course_id "
                       "WHERE e.childminder_id = :person AND e.status IN ") +
        hourStatuses() + QStringLiteral(" GROUP BY c.kind ORDER BY c.kind"));
    q.bindValue(QStringLiteral(":from"), dateToDb(from));
    q.bindValue(QStringLiteral(":to"), dateToDb(to));
    q.bindValue(QStringLiteral(":person"), childminderId);
    Database::run(q);
    QList<KindHours> out;
    while (q.next()) {
        const auto kind = trainingKindFromKey(q.value(0).toString());
        if (kind)
            out << KindHours{*kind, q.value(1).toDouble(), q.value(2).toDouble()};
    }
    return out;
}

// ---- organisations (rows of the partners directory)

QList<TrainingOrganisation> SqlTrainingRepository::organisations() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id, name, kind FROM partners WHERE kind IN ") +
                                 kOrganisationKinds + QStringLiteral(" ORDER BY sort_name, name, id"));
    Database::run(q);
    QList<TrainingOrganisation> out;
    while (q.next())
        out << TrainingOrganisation{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

void SqlTrainingRepository::addOrganisation(TrainingOrganisation& organisation)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO partners(name, kind, sort_name, version) VALUES (?, ?, ?, 1) RETURNING id"));
    q.bindValue(0, textToDb(organisation.name));
    q.bindValue(1, textToDb(organisation.kind));
    q.bindValue(2, foldForMatching(organisation.name));
    Database::run(q);
    organisation.id = Database::insertedId(q);
}

bool SqlTrainingRepository::prospectExists(qint64 prospectId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM prospects WHERE id = ?"));
    q.bindValue(0, prospectId);
    Database::run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace parcours
