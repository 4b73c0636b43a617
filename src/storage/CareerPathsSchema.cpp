#include "CareerPathsSchema.h"

#include "Database.h"

#include <QStringList>

namespace parcours {

namespace {

// Partners directory: PSMI, CAF, France Travail, RPE managing bodies,
// training bodies, integration employers... with their contact people.
QStringList partnerTables()
{
    return {
        QStringLiteral(
            "CREATE TABLE partners(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, "
            "address TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', "
            "commune_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "email TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '', "
            "relay_id INTEGER REFERENCES relays(id) ON DELETE SET NULL, "
            "notes TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
            "sort_name TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX partners_by_kind ON partners(kind, sort_name)"),
        QStringLiteral("CREATE INDEX partners_by_name ON partners(sort_name)"),
        QStringLiteral("CREATE TABLE partner_contacts(id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL "
                       "REFERENCES partners(id) ON DELETE CASCADE, name TEXT NOT NULL, "
                       "role TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX partner_contacts_by_partner ON partner_contacts(partner_id)"),
    };
}

// Promotion (objective 1): actions that bring new people into the profession,
// and the prospects met there, with every stage they reached (the funnel is
// counted from the stage history, so a prospect who dropped out still counts
// for the stages she reached).
QStringList promotionTables()
{
    return {
        QStringLiteral("CREATE TABLE promotion_actions(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                       "title TEXT NOT NULL, date TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', "
                       "audience INTEGER NOT NULL DEFAULT 0, "
                       "relay_id INTEGER REFERENCES relays(id) ON DELETE SET NULL, "
                       "notes TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX promotion_actions_by_date ON promotion_actions(date)"),
        QStringLiteral("CREATE TABLE promotion_action_partners(action_id INTEGER NOT NULL REFERENCES "
                       "promotion_actions(id) ON DELETE CASCADE, partner_id INTEGER NOT NULL REFERENCES "
                       "partners(id) ON DELETE CASCADE, PRIMARY KEY(action_id, partner_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX promotion_action_partners_by_partner ON "
                       "promotion_action_partners(partner_id)"),
        QStringLiteral("CREATE TABLE prospects(id INTEGER PRIMARY KEY, last_name TEXT NOT NULL DEFAULT '', "
                       "first_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
                       "insee_code TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', "
                       "commune_name TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL, "
                       "action_id INTEGER REFERENCES promotion_actions(id) ON DELETE SET NULL, "
                       "referrer_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "stage TEXT NOT NULL, stage_date TEXT NOT NULL, "
                       "dropped_reason TEXT NOT NULL DEFAULT '', first_contact TEXT NOT NULL, "
                       "childminder_id INTEGER REFERENCES childminders(id) ON DELETE SET NULL, "
                       "notes TEXT NOT NULL DEFAULT '', sort_name TEXT NOT NULL DEFAULT '', "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX prospects_by_stage ON prospects(stage, sort_name)"),
        QStringLiteral("CREATE INDEX prospects_by_name ON prospects(sort_name)"),
        QStringLiteral("CREATE INDEX prospects_by_first_contact ON prospects(first_contact)"),
        QStringLiteral("CREATE INDEX prospects_by_channel ON prospects(channel, first_contact)"),
        QStringLiteral("CREATE INDEX prospects_by_childminder ON prospects(childminder_id)"),
        QStringLiteral("CREATE TABLE prospect_stages(id INTEGER PRIMARY KEY, prospect_id INTEGER NOT NULL "
                       "REFERENCES prospects(id) ON DELETE CASCADE, stage TEXT NOT NULL, date TEXT NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX prospect_stages_by_prospect ON prospect_stages(prospect_id, date)"),
        QStringLiteral("CREATE INDEX prospect_stages_by_stage ON prospect_stages(stage, prospect_id)"),
    };
}

// Training catalogue: courses (by kind, from an organisation), their sessions
// and the enrolments of childminders or prospects, with the hours done.
QStringList trainingTables()
{
    return {
        QStringLiteral("CREATE TABLE training_courses(id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "kind TEXT NOT NULL, "
                       "organisation_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "hours REAL NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '', "
                       "active INTEGER NOT NULL DEFAULT 1, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX training_courses_by_kind ON training_courses(kind, title)"),
        QStringLiteral("CREATE TABLE training_sessions(id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL "
                       "REFERENCES training_courses(id) ON DELETE CASCADE, start_date TEXT NOT NULL, "
                       "end_date TEXT NOT NULL, hours REAL NOT NULL DEFAULT 0, "
                       "place TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 0, "
                       "relay_id INTEGER REFERENCES relays(id) ON DELETE SET NULL, "
                       "notes TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX training_sessions_by_date ON training_sessions(start_date)"),
        QStringLiteral(
            "CREATE INDEX training_sessions_by_course ON training_sessions(course_id, start_date)"),
        QStringLiteral("CREATE TABLE enrolments(id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL "
                       "REFERENCES training_sessions(id) ON DELETE CASCADE, "
                       "childminder_id INTEGER REFERENCES childminders(id) ON DELETE CASCADE, "
                       "prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE, "
                       "status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                       "hours_done REAL NOT NULL DEFAULT 0, certificate_date TEXT, "
                       "status_date TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1, "
                       "CHECK(childminder_id IS NOT NULL OR prospect_id IS NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX enrolments_one_per_person ON enrolments(session_id, "
                       "childminder_id) WHERE childminder_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX enrolments_by_session ON enrolments(session_id, status)"),
        QStringLiteral("CREATE INDEX enrolments_by_person ON enrolments(childminder_id, status)"),
        QStringLiteral("CREATE INDEX enrolments_by_prospect ON enrolments(prospect_id)"),
    };
}

// Career: CAP AEPE test results and other qualifications, career events (VAE
// steps, professional reviews, moves, stops...) and PMSMP immersions.
QStringList careerTables()
{
    return {
        QStringLiteral("CREATE TABLE qualifications(id INTEGER PRIMARY KEY, childminder_id INTEGER NOT NULL "
                       "REFERENCES childminders(id) ON DELETE CASCADE, kind TEXT NOT NULL, "
                       "result TEXT NOT NULL, date TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX qualifications_by_person ON qualifications(childminder_id, date)"),
        QStringLiteral("CREATE TABLE career_events(id INTEGER PRIMARY KEY, childminder_id INTEGER NOT NULL "
                       "REFERENCES childminders(id) ON DELETE CASCADE, date TEXT NOT NULL, "
                       "kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                       "partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "mam_id INTEGER REFERENCES mams(id) ON DELETE SET NULL, created_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX career_events_by_person ON career_events(childminder_id, date)"),
        QStringLiteral("CREATE INDEX career_events_by_kind ON career_events(kind, date)"),
        QStringLiteral("CREATE TABLE immersions(id INTEGER PRIMARY KEY, "
                       "childminder_id INTEGER REFERENCES childminders(id) ON DELETE CASCADE, "
                       "prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE, "
                       "host_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "host_name TEXT NOT NULL DEFAULT '', "
                       "prescriber_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "start_date TEXT NOT NULL, end_date TEXT NOT NULL, "
                       "renewal_of INTEGER REFERENCES immersions(id) ON DELETE SET NULL, "
                       "note TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1, "
                       "CHECK(childminder_id IS NOT NULL OR prospect_id IS NOT NULL))"),
        QStringLiteral("CREATE INDEX immersions_by_person ON immersions(childminder_id, start_date)"),
        QStringLiteral("CREATE INDEX immersions_by_prospect ON immersions(prospect_id, start_date)"),
        QStringLiteral("CREATE INDEX immersions_by_host ON immersions(host_partner_id, start_date)"),
    };
}

// Retention (objective 2): collective activities and pooled trainings with
// their attendance (the isolation watch reads it), and MAM support actions.
QStringList retentionTables()
{
    return {
        QStringLiteral("CREATE TABLE collective_activities(id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "kind TEXT NOT NULL, date TEXT NOT NULL, hours REAL NOT NULL DEFAULT 0, "
                       "place TEXT NOT NULL DEFAULT '', "
                       "relay_id INTEGER REFERENCES relays(id) ON DELETE SET NULL, "
                       "partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL, "
                       "notes TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX collective_activities_by_date ON collective_activities(date)"),
        QStringLiteral(
            "CREATE INDEX collective_activities_by_relay ON collective_activities(relay_id, date)"),
        QStringLiteral("CREATE TABLE activity_attendance(activity_id INTEGER NOT NULL REFERENCES "
                       "collective_activities(id) ON DELETE CASCADE, childminder_id INTEGER NOT NULL "
                       "REFERENCES childminders(id) ON DELETE CASCADE, "
                       "PRIMARY KEY(activity_id, childminder_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX activity_attendance_by_person ON activity_attendance(childminder_id)"),
        QStringLiteral("CREATE TABLE mam_support_actions(id INTEGER PRIMARY KEY, mam_id INTEGER NOT NULL "
                       "REFERENCES mams(id) ON DELETE CASCADE, kind TEXT NOT NULL, title TEXT NOT NULL, "
                       "status TEXT NOT NULL, start_date TEXT, due_date TEXT, done_date TEXT, "
                       "documents TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX mam_support_actions_by_mam ON mam_support_actions(mam_id, status)"),
    };
}

} // namespace

void createCareerPathsSchema(Database& db)
{
    for (const auto& group :
         {partnerTables(), promotionTables(), trainingTables(), careerTables(), retentionTables()})
        for (const auto& sql : group)
            db.executeSchema(sql);
}

} // namespace parcours
