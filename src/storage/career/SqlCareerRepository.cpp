#include "SqlCareerRepository.h"

#include "CareerDeadlineSql.h"
#include "Childminder.h"
#include "Database.h"
#include "DomainError.h"
#include "EnrolmentStatus.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {
qint64 idFrom(const QVariant& v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

void throwConflict(const char* text)
{
    throw ConcurrencyConflict(QCoreApplication::translate("SqlCareerRepository", text));
}

const QString kQualificationColumns =
    QStringLiteral("SELECT id, childminder_id, kind, result, date, label, version FROM qualifications ");
const QString kEventColumns = QStringLiteral("SELECT id, childminder_id, date, kind, detail, note, "
                                             "partner_id, mam_id, created_at, version FROM career_events ");
const QString kImmersionColumns = QStringLiteral(
    "SELECT id, childminder_id, prospect_id, host_partner_id, host_name, prescriber_partner_id, "
    "start_date, end_date, renewal_of, note, version FROM immersions ");
} // namespace

// --- Qualifications --------------------------------------------------------

QList<Qualification> SqlCareerRepository::qualificationsWhere(const QString& where, qint64 key) const
{
    QSqlQuery& q = m_db.prepared(kQualificationColumns + where);
    q.bindValue(0, key);
    Database::run(q);
    QList<Qualification> out;
    while (q.next()) {
        Qualification r;
        r.id = q.value(0).toLongLong();
        r.childminderId = q.value(1).toLongLong();
        r.kind = qualificationKindFromKey(q.value(2).toString()).value_or(QualificationKind::Other);
        r.result = qualificationResultFromKey(q.value(3).toString()).value_or(QualificationResult::Sat);
        r.date = dateFromDb(q.value(4));
        r.label = q.value(5).toString();
        r.version = q.value(6).toInt();
        out.append(r);
    }
    q.finish();
    return out;
}

QList<Qualification> SqlCareerRepository::qualifications(qint64 personId) const
{
    return qualificationsWhere(QStringLiteral("WHERE childminder_id = ? ORDER BY date DESC, id DESC"),
                               personId);
}

std::optional<Qualification> SqlCareerRepository::findQualification(qint64 id) const
{
    const auto found = qualificationsWhere(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Qualification>(found.first());
}

void SqlCareerRepository::save(Qualification& r)
{
    const bool insert = r.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral("INSERT INTO qualifications(childminder_id, kind, result, date, label, version) "
                             "VALUES (?, ?, ?, ?, ?, 1) RETURNING id")
            : QStringLiteral("UPDATE qualifications SET childminder_id = ?, kind = ?, result = ?, date = ?, "
                             "label = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bindValue(0, r.childminderId);
    q.bindValue(1, qualificationKindKey(r.kind));
    q.bindValue(2, qualificationResultKey(r.result));
    q.bindValue(3, dateToDb(r.date));
    q.bindValue(4, textToDb(r.label));
    if (!insert) {
        q.bindValue(5, r.id);
        q.bindValue(6, r.version);
    }
    Database::run(q);
    if (insert) {
        r.id = Database::insertedId(q);
        r.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throwConflict(
            QT_TRANSLATE_NOOP("SqlCareerRepository",
                              "Someone else changed this qualification meanwhile. Reopen it and try again."));
    ++r.version;
}

void SqlCareerRepository::remove(const QString& table, qint64 id, int version, const QString& conflictMessage)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table));
    q.bindValue(0, id);
    q.bindValue(1, version);
    Database::run(q);
    if (q.numRowsAffected() != 1)
        throw ConcurrencyConflict(conflictMessage);
}

void SqlCareerRepository::removeQualification(qint64 id, int version)
{
    remove(QStringLiteral("qualifications"), id, version,
           QCoreApplication::translate("SqlCareerRepository",
                                       "This record was changed or deleted by someone else meanwhile. "
                                       "Reopen her file and try again."));
}

// --- Career events ---------------------------------------------------------

QList<CareerEvent> SqlCareerRepository::eventsWhere(const QString& where, qint64 key) const
{
    QSqlQuery& q = m_db.prepared(kEventColumns + where);
    q.bindValue(0, key);
    Database::run(q);
    QList<CareerEvent> out;
    while (q.next()) {
        CareerEvent e;
        e.id = q.value(0).toLongLong();
        e.childminderId = q.value(1).toLongLong();
        e.date = dateFromDb(q.value(2));
        e.kind = careerEventKindFromKey(q.value(3).toString()).value_or(CareerEventKind::Other);
        e.detail = q.value(4).toString();
        e.note = q.value(5).toString();
        e.partnerId = idFrom(q.value(6));
        e.mamId = idFrom(q.value(7));
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        e.version = q.value(9).toInt();
        out.append(e);
    }
    q.finish();
    return out;
}

QList<CareerEvent> SqlCareerRepository::events(qint64 personId) const
{
    return eventsWhere(QStringLiteral("WHERE childminder_id = ? ORDER BY date DESC, id DESC"), personId);
}

std::optional<CareerEvent> SqlCareerRepository::findEvent(qint64 id) const
{
    const auto found = eventsWhere(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<CareerEvent>(found.first());
}

void SqlCareerRepository::save(CareerEvent& e)
{
    const bool insert = e.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert
            ? QStringLiteral(
                  "INSERT INTO career_events(childminder_id, date, kind, detail, note, partner_id, "
                  "mam_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id")
            : QStringLiteral("UPDATE career_events SET childminder_id = ?, date = ?, kind = ?, detail = ?, "
                             "note = ?, partner_id = ?, mam_id = ?, created_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTime();
    q.bindValue(0, e.childminderId);
    q.bindValue(1, dateToDb(e.date));
    q.bindValue(2, careerEventKindKey(e.kind));
    q.bindValue(3, textToDb(e.detail));
    q.bindValue(4, textToDb(e.note));
    q.bindValue(5, idToDb(e.partnerId));
    q.bindValue(6, idToDb(e.mamId));
    q.bindValue(7, e.createdAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (!insert) {
        q.bindValue(8, e.id);
        q.bindValue(9, e.version);
    }
    Database::run(q);
    if (insert) {
        e.id = Database::insertedId(q);
        e.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throwConflict(
            QT_TRANSLATE_NOOP("SqlCareerRepository",
                              "Someone else changed this career event meanwhile. Reopen it and try again."));
    ++e.version;
}

void SqlCareerRepository::removeEvent(qint64 id, int version)
{
    remove(QStringLiteral("career_events"), id, version,
           QCoreApplication::translate("SqlCareerRepository",
                                       "This record was changed or deleted by someone else meanwhile. "
                                       "Reopen her file and try again."));
}

// --- Immersions ------------------------------------------------------------

QList<Immersion> SqlCareerRepository::immersionsWhere(const QString& where, qint64 key) const
{
    QSqlQuery& q = m_db.prepared(kImmersionColumns + where);
    q.bindValue(0, key);
    Database::run(q);
    QList<Immersion> out;
    while (q.next()) {
        Immersion i;
        i.id = q.value(0).toLongLong();
        i.childminderId = idFrom(q.value(1));
        i.prospectId = idFrom(q.value(2));
        i.hostPartnerId = idFrom(q.value(3));
        i.hostName = q.value(4).toString();
        i.prescriberPartnerId = idFrom(q.value(5));
        i.startDate = dateFromDb(q.value(6));
        i.endDate = dateFromDb(q.value(7));
        i.renewalOf = idFrom(q.value(8));
        i.note = q.value(9).toString();
        i.version = q.value(10).toInt();
        out.append(i);
    }
    q.finish();
    return out;
}

QList<Immersion> SqlCareerRepository::immersionsOfPerson(qint64 personId) const
{
    return immersionsWhere(QStringLiteral("WHERE childminder_id = ? ORDER BY start_date DESC, id DESC"),
                           personId);
}

QList<Immersion> SqlCareerRepository::immersionsOfProspect(qint64 prospectId) const
{
    return immersionsWhere(QStringLiteral("WHERE prospect_id = ? ORDER BY start_date DESC, id DESC"),
                           prospectId);
}

std::optional<Immersion> SqlCareerRepository::findImmersion(qint64 id) const
{
    const auto found = immersionsWhere(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Immersion>(found.first());
}

void SqlCareerRepository::save(Immersion& i)
{
    const bool insert = i.id == 0;
    QSqlQuery& q = m_db.prepared(
        insert ? QStringLiteral(
                     "INSERT INTO immersions(childminder_id, prospect_id, host_partner_id, host_name, "
                     "prescriber_partner_id, start_date, end_date, renewal_of, note, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id")
               : QStringLiteral(
                     "UPDATE immersions SET childminder_id = ?, prospect_id = ?, host_partner_id = ?, "
                     "host_name = ?, prescriber_partner_id = ?, start_date = ?, end_date = ?, "
                     "renewal_of = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bindValue(0, idToDb(i.childminderId));
    q.bindValue(1, idToDb(i.prospectId));
    q.bindValue(2, idToDb(i.hostPartnerId));
    q.bindValue(3, textToDb(i.hostName));
    q.bindValue(4, idToDb(i.prescriberPartnerId));
    q.bindValue(5, dateToDb(i.startDate));
    q.bindValue(6, dateToDb(i.endDate));
    q.bindValue(7, idToDb(i.renewalOf));
    q.bindValue(8, textToDb(i.note));
    if (!insert) {
        q.bindValue(9, i.id);
        q.bindValue(10, i.version);
    }
    Database::run(q);
    if (insert) {
        i.id = Database::insertedId(q);
        i.version = 1;
        return;
    }
    if (q.numRowsAffected() != 1)
        throwConflict(
            QT_TRANSLATE_NOOP("SqlCareerRepository",
                              "Someone else changed this immersion meanwhile. Reopen it and try again."));
    ++i.version;
}

void SqlCareerRepository::removeImmersion(qint64 id, int version)
{
    remove(QStringLiteral("immersions"), id, version,
           QCoreApplication::translate("SqlCareerRepository",
                                       "This record was changed or deleted by someone else meanwhile. "
                                       "Reopen her file and try again."));
}

// --- Obligations -----------------------------------------------------------

ObligationFacts SqlCareerRepository::obligationFacts(qint64 personId) const
{
    ObligationFacts facts;
    // Her first agrément and the current one (the one that started last,
    // as SqlApprovalRepository::refreshCurrentApproval picks it).
    QSqlQuery& a = m_db.prepared(QStringLiteral(
        "SELECT (SELECT min(start_date) FROM approvals WHERE childminder_id = ?), start_date, end_date, "
        "is_renewal FROM approvals WHERE childminder_id = ? ORDER BY start_date DESC, id DESC LIMIT 1"));
    a.bindValue(0, personId);
    a.bindValue(1, personId);
    Database::run(a);
    if (a.next()) {
        facts.firstApprovalStart = dateFromDb(a.value(0));
        facts.currentApprovalStart = dateFromDb(a.value(1));
        facts.currentApprovalEnd = dateFromDb(a.value(2));
        facts.currentIsRenewal = a.value(3).toInt() != 0;
    }
    a.finish();

    QSqlQuery& h = m_db.prepared(QStringLiteral("SELECT s.end_date, e.hours_done, k.kind FROM enrolments e "
                                                "JOIN training_sessions s ON s.id = e.session_id "
                                                "JOIN training_courses k ON k.id = s.course_id "
                                                "WHERE e.childminder_id = ? AND e.status IN (") +
                                 career_sql::countingStatusList() + QStringLiteral(")"));
    h.bindValue(0, personId);
    Database::run(h);
    while (h.next()) {
        const auto kind = trainingKindFromKey(h.value(2).toString());
        const TrainingHoursCategory category = kind ? hoursCategory(*kind) : TrainingHoursCategory::None;
        if (category != TrainingHoursCategory::None)
            facts.hours.append(TrainingHoursRecord{dateFromDb(h.value(0)), h.value(1).toDouble(), category});
    }
    h.finish();

    facts.qualifications = qualifications(personId);
    facts.events = events(personId);
    return facts;
}

QList<DueDeadlineRow> SqlCareerRepository::dueDeadlines(const DueDeadlineQuery& query, int offset,
                                                        int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            career_sql::dueDeadlinesSql(m_db.dialect(), query) +
            QStringLiteral(" SELECT d.cid, d.kind, d.deadline, b.usage_name, b.birth_name, b.first_name, "
                           "b.commune_name FROM due d JOIN base b ON b.cid = d.cid "
                           "ORDER BY d.deadline, b.sort_name, d.cid, d.kind LIMIT ? OFFSET ?")))
        Database::run(q); // reports the preparation error
    q.bindValue(0, limit);
    q.bindValue(1, offset);
    Database::run(q);
    QList<DueDeadlineRow> rows;
    while (q.next()) {
        DueDeadlineRow row;
        row.childminderId = q.value(0).toLongLong();
        row.kind = obligationKindFromKey(q.value(1).toString()).value_or(ObligationKind::InitialFirstPart);
        row.deadline = dateFromDb(q.value(2));
        Childminder person;
        person.usageName = q.value(3).toString();
        person.birthName = q.value(4).toString();
        person.firstName = q.value(5).toString();
        row.name = person.displayName();
        row.communeName = q.value(6).toString();
        rows.append(row);
    }
    return rows;
}

int SqlCareerRepository::countDueDeadlines(const DueDeadlineQuery& query) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(career_sql::dueDeadlinesSql(m_db.dialect(), query) +
                   QStringLiteral(" SELECT count(*) FROM due")))
        Database::run(q);
    Database::run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<PersonApprovalDates> SqlCareerRepository::approvalDatesPage(qint64 afterId, int limit) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT c.id, c.status, (SELECT min(a.start_date) FROM approvals a WHERE a.childminder_id = c.id), "
        "(SELECT a.start_date FROM approvals a WHERE a.childminder_id = c.id ORDER BY a.start_date DESC, "
        "a.id DESC LIMIT 1), c.cur_approval_end, c.mam_id FROM childminders c WHERE c.id > ? AND EXISTS "
        "(SELECT 1 FROM approvals a WHERE a.childminder_id = c.id) ORDER BY c.id LIMIT ?"));
    q.bindValue(0, afterId);
    q.bindValue(1, limit);
    Database::run(q);
    QList<PersonApprovalDates> out;
    while (q.next())
        out.append(PersonApprovalDates{q.value(0).toLongLong(), q.value(1).toString(), dateFromDb(q.value(2)),
                                       dateFromDb(q.value(3)), dateFromDb(q.value(4)), idFrom(q.value(5))});
    q.finish();
    return out;
}

} // namespace parcours
