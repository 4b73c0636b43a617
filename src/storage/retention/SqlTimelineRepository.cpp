#include "SqlTimelineRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "TimelineText.h"

#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {

// Every part returns the same eight columns: date, category, kind, a, b, c, d,
// source id (TimelineRawRow says what a..d mean per category) and binds her id
// once per `?`. Numbers in a..d are cast to text: PostgreSQL's UNION wants one
// type per column (the timeline reads them back with toInt/toDouble).
struct Part
{
    TimelineCategory category;
    const char* sql;
    int idBindings;
};

// Agrément decisions, then the events on them (first grants and renewals are
// already the decisions themselves, so those events are not repeated).
constexpr Part kParts[] = {
    {TimelineCategory::Approval,
     "SELECT coalesce(start_date, decision_date), 'approval', CASE is_renewal WHEN 1 THEN 'renewal_grant' "
     "ELSE 'grant' END, number, end_date, CAST(places AS TEXT), NULL, id FROM approvals WHERE childminder_id "
     "= ? "
     "AND coalesce(start_date, decision_date) IS NOT NULL",
     1},
    {TimelineCategory::Approval,
     "SELECT e.date, 'approval', e.kind, e.details, e.end_date, CAST(e.places AS TEXT), NULL, e.id FROM "
     "approval_events e "
     "JOIN approvals a ON a.id = e.approval_id WHERE a.childminder_id = ? AND e.date IS NOT NULL "
     "AND e.kind NOT IN ('first_grant', 'renewal')",
     1},
    {TimelineCategory::Training,
     "SELECT s.start_date, 'training', e.status, c.title, c.kind, CAST(e.hours_done AS TEXT), s.end_date, "
     "e.id "
     "FROM enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN training_courses c "
     "ON c.id = s.course_id WHERE e.childminder_id = ?",
     1},
    {TimelineCategory::Contact,
     "SELECT substr(at, 1, 10), 'contact', outcome, channel, staff_member, notes, NULL, id FROM contacts "
     "WHERE childminder_id = ?",
     1},
    {TimelineCategory::Survey,
     "SELECT substr(r.submitted_at, 1, 10), 'survey', r.source, CAST(k.year AS TEXT), r.channel, NULL, NULL, "
     "r.id "
     "FROM survey_responses r JOIN campaigns k ON k.id = r.campaign_id WHERE r.childminder_id = ?",
     1},
    {TimelineCategory::Career,
     "SELECT date, 'career', kind, detail, note, NULL, NULL, id FROM career_events WHERE childminder_id = ?",
     1},
    {TimelineCategory::Career,
     "SELECT date, 'career', 'qualification_result', kind, result, label, NULL, id FROM qualifications "
     "WHERE childminder_id = ?",
     1},
    {TimelineCategory::Immersion,
     "SELECT i.start_date, 'immersion', 'immersion', coalesce(nullif(i.host_name, ''), p.name, ''), "
     "i.end_date, i.note, NULL, i.id FROM immersions i LEFT JOIN partners p ON p.id = i.host_partner_id "
     "WHERE i.childminder_id = ?",
     1},
    {TimelineCategory::Activity,
     "SELECT a.date, 'activity', a.kind, a.title, a.place, CAST(a.hours AS TEXT), NULL, a.id FROM "
     "activity_attendance aa "
     "JOIN collective_activities a ON a.id = aa.activity_id WHERE aa.childminder_id = ?",
     1},
    {TimelineCategory::Prospect,
     "SELECT ps.date, 'prospect', ps.stage, ps.note, p.channel, NULL, NULL, ps.id FROM prospect_stages ps "
     "JOIN prospects p ON p.id = ps.prospect_id WHERE p.childminder_id = ?",
     1},
};

} // namespace

QList<TimelineEntry> SqlTimelineRepository::entries(const TimelineQuery& query) const
{
    QStringList parts;
    int bindings = 0;
    for (const auto& part : kParts) {
        if (!query.categories.isEmpty() && !query.categories.contains(part.category))
            continue;
        parts << QString::fromLatin1(part.sql);
        bindings += part.idBindings;
    }
    if (parts.isEmpty())
        return {};
    // Newest first; on the same day, the most recently recorded row first.
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT * FROM (") + parts.join(QStringLiteral(" UNION ALL ")) +
                      QStringLiteral(") x ORDER BY 1 DESC NULLS LAST, 8 DESC LIMIT ?"));
    for (int i = 0; i < bindings; ++i)
        q.bindValue(i, query.childminderId);
    q.bindValue(bindings, query.limit);
    Database::run(q);
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineRawRow row;
        row.date = dateFromDb(q.value(0));
        row.category = q.value(1).toString();
        row.kind = q.value(2).toString();
        row.a = q.value(3);
        row.b = q.value(4);
        row.c = q.value(5);
        row.d = q.value(6);
        row.sourceId = q.value(7).toLongLong();
        out.append(timelineEntryFromRaw(row));
    }
    q.finish();
    return out;
}

} // namespace parcours
