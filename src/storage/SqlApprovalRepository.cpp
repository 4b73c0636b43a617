#include "SqlApprovalRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SearchIndexQueue.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {
void bindApproval(QSqlQuery& q, const Approval& a)
{
    q.bindValue(QStringLiteral(":childminder_id"), a.childminderId);
    q.bindValue(QStringLiteral(":number"), textToDb(a.number.trimmed()));
    q.bindValue(QStringLiteral(":number_key"), textToDb(approvalNumberKey(a.number)));
    q.bindValue(QStringLiteral(":decision_date"), dateToDb(a.decisionDate));
    q.bindValue(QStringLiteral(":start_date"), dateToDb(a.startDate));
    q.bindValue(QStringLiteral(":end_date"), dateToDb(a.endDate));
    q.bindValue(QStringLiteral(":is_renewal"), a.isRenewal ? 1 : 0);
    q.bindValue(QStringLiteral(":places"), a.places);
    q.bindValue(QStringLiteral(":places_under3"), a.placesUnder3);
    q.bindValue(QStringLiteral(":min_age_months"), a.minAgeMonths);
    q.bindValue(QStringLiteral(":max_age_months"), a.maxAgeMonths);
    q.bindValue(QStringLiteral(":place_of_practice"), placeKey(a.placeOfPractice));
    q.bindValue(QStringLiteral(":status"), approvalStatusKey(a.status));
    q.bindValue(QStringLiteral(":derogation"), textToDb(a.derogation));
    q.bindValue(QStringLiteral(":temporary_reduction"), a.temporaryReduction);
    q.bindValue(QStringLiteral(":reduction_end"), dateToDb(a.reductionEnd));
}
} // namespace

QList<Approval> SqlApprovalRepository::forChildminder(qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, childminder_id, number, decision_date, start_date, end_date, is_renewal, places, "
        "places_under3, min_age_months, max_age_months, place_of_practice, status, derogation, "
        "temporary_reduction, reduction_end, version FROM approvals WHERE childminder_id = ? "
        "ORDER BY start_date NULLS FIRST, id"));
    q.bindValue(0, childminderId);
    Database::run(q);
    QList<Approval> approvals;
    while (q.next()) {
        Approval a;
        a.id = q.value(0).toLongLong();
        a.childminderId = q.value(1).toLongLong();
        a.number = q.value(2).toString();
        a.decisionDate = dateFromDb(q.value(3));
        a.startDate = dateFromDb(q.value(4));
        a.endDate = dateFromDb(q.value(5));
        a.isRenewal = q.value(6).toBool();
        a.places = q.value(7).toInt();
        a.placesUnder3 = q.value(8).toInt();
        a.minAgeMonths = q.value(9).toInt();
        a.maxAgeMonths = q.value(10).toInt();
        a.placeOfPractice = placeFromKey(q.value(11).toString()).value_or(PlaceOfPractice::Home);
        a.status = approvalStatusFromKey(q.value(12).toString()).value_or(ApprovalStatus::Active);
        a.derogation = q.value(13).toString();
        a.temporaryReduction = q.value(14).toInt();
        a.reductionEnd = dateFromDb(q.value(15));
        a.version = q.value(16).toInt();
        approvals.append(a);
    }
    q.finish();

    QSqlQuery& e = m_db.prepared(QStringLiteral(
        "SELECT e.id, e.approval_id, e.kind, e.date, e.end_date, e.places, e.details FROM approval_events e "
        "JOIN approvals a ON a.id = e.approval_id WHERE a.childminder_id = ? ORDER BY e.date NULLS FIRST, "
        "e.id"));
    e.bindValue(0, childminderId);
    Database::run(e);
    while (e.next()) {
        ApprovalEvent ev;
        ev.id = e.value(0).toLongLong();
        ev.approvalId = e.value(1).toLongLong();
        ev.kind = eventKindFromKey(e.value(2).toString()).value_or(ApprovalEventKind::Modification);
        ev.date = dateFromDb(e.value(3));
        ev.endDate = dateFromDb(e.value(4));
        ev.places = e.value(5).toInt();
        ev.details = e.value(6).toString();
        for (auto& a : approvals)
            if (a.id == ev.approvalId)
                a.events.append(ev);
    }
    e.finish();
    return approvals;
}

void SqlApprovalRepository::save(Approval& approval)
{
    if (approval.id == 0) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO approvals(childminder_id, number, number_key, decision_date, start_date, end_date, "
            "is_renewal, "
            "places, "
            "places_under3, min_age_months, max_age_months, place_of_practice, status, derogation, "
            "temporary_reduction, reduction_end, version) VALUES (:childminder_id, :number, :number_key, "
            ":decision_date, "
            ":start_date, :end_date, :is_renewal, :places, :places_under3, :min_age_months, :max_age_months, "
            ":place_of_practice, :status, :derogation, :temporary_reduction, :reduction_end, 1) RETURNING "
            "id"));
        bindApproval(q, approval);
        Database::run(q);
        approval.id = Database::insertedId(q);
        approval.version = 1;
        writeSearchIndex(approval, false);
    } else {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "UPDATE approvals SET childminder_id = :childminder_id, number = :number, number_key = "
            ":number_key, "
            "decision_date = "
            ":decision_date, start_date = :start_date, end_date = :end_date, is_renewal = :is_renewal, "
            "places = "
            ":places, places_under3 = :places_under3, min_age_months = :min_age_months, max_age_months = "
            ":max_age_months, place_of_practice = :place_of_practice, status = :status, derogation = "
            ":derogation, "
            "temporary_reduction = :temporary_reduction, reduction_end = :reduction_end, version = version + "
            "1 "
            "WHERE id = :id AND version = :version"));
        bindApproval(q, approval);
        q.bindValue(QStringLiteral(":id"), approval.id);
        q.bindValue(QStringLiteral(":version"), approval.version);
        Database::run(q);
        if (q.numRowsAffected() != 1)
            throw ConcurrencyConflict(QCoreApplication::translate(
                "SqlApprovalRepository", "Someone else changed this agrément meanwhile. Reopen the file and "
                                         "record the change again."));
        ++approval.version;
        QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM approval_events WHERE approval_id = ?"));
        del.bindValue(0, approval.id);
        Database::run(del);
        writeSearchIndex(approval, true);
    }
    refreshCurrentApproval(approval.childminderId);
    QSqlQuery& ins =
        m_db.prepared(QStringLiteral("INSERT INTO approval_events(approval_id, kind, date, "
                                     "end_date, places, details) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (auto& ev : approval.events) {
        ev.approvalId = approval.id;
        ins.bindValue(0, approval.id);
        ins.bindValue(1, eventKindKey(ev.kind));
        ins.bindValue(2, dateToDb(ev.date));
        ins.bindValue(3, dateToDb(ev.endDate));
        ins.bindValue(4, ev.places);
        ins.bindValue(5, textToDb(ev.details));
        Database::run(ins);
        ev.id = Database::insertedId(ins);
    }
}

void SqlApprovalRepository::writeSearchIndex(const Approval& approval, bool replace)
{
    m_db.searchIndex().refresh(SearchIndexQueue::Index::Approvals, approval.id, replace);
}

void SqlApprovalRepository::refreshCurrentApproval(qint64 childminderId)
{
    // Her current agrément is the one that started last (one without a
    // start date never is, on PostgreSQL too: its NULLs sort first going down).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE childminders SET (cur_approval_number, cur_approval_end, cur_approval_status) = "
        "(SELECT number, end_date, status FROM approvals WHERE childminder_id = ? "
        "ORDER BY start_date DESC NULLS LAST, id DESC LIMIT 1), "
        "cur_places = coalesce((SELECT places FROM approvals WHERE childminder_id = ? "
        "ORDER BY start_date DESC NULLS LAST, id DESC LIMIT 1), 0) WHERE id = ?"));
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, childminderId);
    Database::run(q);
}

} // namespace parcours
