#include "Migrations.h"

#include "AuditSchema.h"
#include "AuditTriggers.h"
#include "CareerPathsSchema.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DomainError.h"
#include "PersonalDataSchema.h"
#include "UsersSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace parcours {

namespace {

// v1: the register — relays, MAMs, childminders, agréments and their events,
// settings, and the accent-insensitive full-text indexes over names, commune
// and approval numbers. The childminders table carries a copy of her current
// agrément (number, end, status, places), kept by SqlApprovalRepository, so
// lists filter and sort on it with an index instead of joining at 250,000 rows.
void upgradeToV1(Database& db)
{
    if (db.isServer()) {
        // unaccent ships with PostgreSQL and is a trusted extension: the
        // database's owner may create it. Once per database, whichever
        // schema asks first (the lock keeps two first starts apart).
        db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('parcours-extensions'))"));
        db.execute(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"));
        for (const auto& sql : SqlDialect::postgresPrelude())
            db.execute(sql);
    }
    const QStringList statements = {
        QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE relays(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "managing_body TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE relay_communes(relay_id INTEGER NOT NULL REFERENCES relays(id) ON DELETE "
            "CASCADE, insee_code TEXT NOT NULL, PRIMARY KEY(relay_id, insee_code))"),
        QStringLiteral("CREATE INDEX relay_communes_by_code ON relay_communes(insee_code)"),
        QStringLiteral("CREATE TABLE relay_epcis(relay_id INTEGER NOT NULL REFERENCES relays(id) ON DELETE "
                       "CASCADE, epci_code TEXT NOT NULL, PRIMARY KEY(relay_id, epci_code))"),
        QStringLiteral("CREATE INDEX relay_epcis_by_code ON relay_epcis(epci_code)"),
        QStringLiteral(
            "CREATE TABLE relay_staff(id INTEGER PRIMARY KEY, relay_id INTEGER NOT NULL REFERENCES "
            "relays(id) ON DELETE CASCADE, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', "
            "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX relay_staff_by_relay ON relay_staff(relay_id)"),
        QStringLiteral(
            "CREATE TABLE mams(id INTEGER PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL "
            "DEFAULT '', insee_code TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', "
            "commune_name TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE childminders(id INTEGER PRIMARY KEY, usage_name TEXT NOT NULL DEFAULT '', "
            "birth_name TEXT NOT NULL DEFAULT '', first_name TEXT NOT NULL DEFAULT '', birth_date TEXT, "
            "address TEXT NOT NULL DEFAULT '', insee_code TEXT NOT NULL DEFAULT '', "
            "postal_code TEXT NOT NULL DEFAULT '', commune_name TEXT NOT NULL DEFAULT '', "
            "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
            "relay_id INTEGER REFERENCES relays(id) ON DELETE SET NULL, "
            "relay_overridden INTEGER NOT NULL DEFAULT 0, "
            "mam_id INTEGER REFERENCES mams(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '', "
            "sort_name TEXT NOT NULL DEFAULT '', identity_key TEXT NOT NULL DEFAULT '', "
            "birth_identity_key TEXT NOT NULL DEFAULT '', "
            "cur_approval_number TEXT, cur_approval_end TEXT, cur_approval_status TEXT, "
            "cur_places INTEGER NOT NULL DEFAULT 0, "
            "version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX childminders_by_name ON childminders(sort_name, id)"),
        QStringLiteral("CREATE INDEX childminders_by_relay ON childminders(relay_id, sort_name)"),
        QStringLiteral("CREATE INDEX childminders_by_status ON childminders(status, sort_name)"),
        QStringLiteral("CREATE INDEX childminders_by_commune ON childminders(insee_code)"),
        QStringLiteral("CREATE INDEX childminders_by_approval_end ON childminders(cur_approval_end)"),
        // One index per sortable column, so the first page of a list sorted on
        // it reads 100 rows instead of sorting the whole register.
        QStringLiteral("CREATE INDEX childminders_by_first_name ON childminders(first_name COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE INDEX childminders_by_commune_name ON childminders(commune_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX childminders_by_approval_number ON childminders(cur_approval_number)"),
        QStringLiteral("CREATE INDEX childminders_by_places ON childminders(cur_places)"),
        QStringLiteral("CREATE INDEX childminders_by_birth_date ON childminders(birth_date)"),
        QStringLiteral("CREATE INDEX childminders_by_identity ON childminders(identity_key)"),
        QStringLiteral("CREATE INDEX childminders_by_birth_identity ON childminders(birth_identity_key)"),
        QStringLiteral("CREATE INDEX childminders_by_mam ON childminders(mam_id)"),
        QStringLiteral("CREATE TABLE mam_members(id INTEGER PRIMARY KEY, mam_id INTEGER NOT NULL REFERENCES "
                       "mams(id) ON DELETE CASCADE, childminder_id INTEGER NOT NULL REFERENCES "
                       "childminders(id) ON DELETE CASCADE, joined TEXT, left_on TEXT)"),
        QStringLiteral("CREATE INDEX mam_members_by_mam ON mam_members(mam_id)"),
        QStringLiteral("CREATE INDEX mam_members_by_person ON mam_members(childminder_id)"),
        QStringLiteral(
            "CREATE TABLE approvals(id INTEGER PRIMARY KEY, childminder_id INTEGER NOT NULL REFERENCES "
            "childminders(id) ON DELETE CASCADE, number TEXT NOT NULL DEFAULT '', "
            "number_key TEXT NOT NULL DEFAULT '', decision_date TEXT, "
            "start_date TEXT, end_date TEXT, is_renewal INTEGER NOT NULL DEFAULT 0, "
            "places INTEGER NOT NULL DEFAULT 0, places_under3 INTEGER NOT NULL DEFAULT 0, "
            "min_age_months INTEGER NOT NULL DEFAULT 0, max_age_months INTEGER NOT NULL DEFAULT 0, "
            "place_of_practice TEXT NOT NULL DEFAULT 'home', status TEXT NOT NULL DEFAULT 'active', "
            "derogation TEXT NOT NULL DEFAULT '', temporary_reduction INTEGER NOT NULL DEFAULT 0, "
            "reduction_end TEXT, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX approvals_by_person ON approvals(childminder_id, start_date)"),
        QStringLiteral("CREATE INDEX approvals_by_number ON approvals(number_key)"),
        QStringLiteral("CREATE TABLE approval_events(id INTEGER PRIMARY KEY, approval_id INTEGER NOT NULL "
                       "REFERENCES approvals(id) ON DELETE CASCADE, kind TEXT NOT NULL, date TEXT, "
                       "end_date TEXT, places INTEGER NOT NULL DEFAULT 0, details TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX approval_events_by_approval ON approval_events(approval_id)"),
        QStringLiteral("CREATE INDEX approval_events_by_kind ON approval_events(kind, end_date)"),
        // remove_diacritics 2 folds every accent ("Hélène" matches "helene");
        // the prefix indexes make search-as-you-type on 2 and 3 letters cheap.
        // The index is written by the repositories, not by triggers: a trigger
        // makes every statement open a savepoint, and FTS5 flushes its pending
        // terms at each savepoint, which made bulk writes ten times slower.
        QStringLiteral("CREATE VIRTUAL TABLE childminders_fts USING fts5(usage_name, birth_name, first_name, "
                       "commune_name, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        // Approval numbers get their own index so a new agrément adds a row
        // instead of rewriting the person's row.
        QStringLiteral(
            "CREATE VIRTUAL TABLE approvals_fts USING fts5(number, tokenize='unicode61', prefix='2 3')"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

// v2: the contact log (issue 3). Follow-up actions live on the contact that
// raised them; a partial index keeps the open ones cheap to list.
void upgradeToV2(Database& db)
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE contacts(id INTEGER PRIMARY KEY, childminder_id INTEGER NOT NULL REFERENCES "
            "childminders(id) ON DELETE CASCADE, at TEXT NOT NULL, channel TEXT NOT NULL, direction TEXT NOT "
            "NULL, "
            "staff_member TEXT NOT NULL DEFAULT '', duration_minutes INTEGER NOT NULL DEFAULT 0, "
            "topics TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', "
            "follow_up_action TEXT NOT NULL DEFAULT '', follow_up_due TEXT, "
            "follow_up_assignee TEXT NOT NULL DEFAULT '', follow_up_done_on TEXT, "
            "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX contacts_by_person ON contacts(childminder_id, at)"),
        QStringLiteral("CREATE INDEX contacts_completed_by_date ON contacts(outcome, at, childminder_id)"),
        QStringLiteral("CREATE INDEX contacts_by_staff ON contacts(staff_member, at)"),
        QStringLiteral("CREATE INDEX contacts_open_follow_ups ON contacts(follow_up_due) "
                       "WHERE follow_up_action <> '' AND follow_up_done_on IS NULL"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

// v3: questionnaire templates (issue 3). Each row is one immutable version;
// the body is the template's JSON (QuestionnaireJson) because sections,
// questions, options and conditions are always read and written whole, and
// responses refer to question codes inside it, not to rows.
void upgradeToV3(Database& db)
{
    db.executeSchema(QStringLiteral("CREATE TABLE questionnaires(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                    "version INTEGER NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL, "
                                    "UNIQUE(name, version))"));
}

// v4: survey campaigns (issue 3). One campaign per year; its people are a
// snapshot of the scope taken when it is created, each with a status and a
// reference code printed on her letter and typed in the online form.
void upgradeToV4(Database& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE campaigns(id INTEGER PRIMARY KEY, year INTEGER NOT NULL UNIQUE, "
                       "questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id), "
                       "scope_relays TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE campaign_people(campaign_id INTEGER NOT NULL REFERENCES campaigns(id) "
                       "ON DELETE CASCADE, childminder_id INTEGER NOT NULL REFERENCES childminders(id) "
                       "ON DELETE CASCADE, status TEXT NOT NULL, reference_code TEXT NOT NULL UNIQUE, "
                       "PRIMARY KEY(campaign_id, childminder_id))"),
        QStringLiteral("CREATE INDEX campaign_people_by_status ON campaign_people(campaign_id, status)"),
        QStringLiteral("CREATE TABLE campaign_invitations(id INTEGER PRIMARY KEY, campaign_id INTEGER NOT "
                       "NULL, childminder_id INTEGER NOT NULL, date TEXT NOT NULL, channel TEXT NOT NULL, "
                       "kind TEXT NOT NULL, FOREIGN KEY(campaign_id, childminder_id) REFERENCES "
                       "campaign_people(campaign_id, childminder_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX campaign_invitations_by_person ON "
                       "campaign_invitations(campaign_id, childminder_id, date)"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

// v5: survey responses (issue 3). One response per person and campaign; its
// answers one row per value (a multiple choice gives several rows), so counts
// and means are plain GROUP BY queries at any size.
void upgradeToV5(Database& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE survey_responses(id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL, "
                       "childminder_id INTEGER NOT NULL, questionnaire_id INTEGER NOT NULL REFERENCES "
                       "questionnaires(id), submitted_at TEXT NOT NULL, source TEXT NOT NULL, channel TEXT "
                       "NOT NULL, entered_by TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1, "
                       "UNIQUE(campaign_id, childminder_id), FOREIGN KEY(campaign_id, childminder_id) "
                       "REFERENCES campaign_people(campaign_id, childminder_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX survey_responses_by_person ON survey_responses(childminder_id)"),
        QStringLiteral(
            "CREATE TABLE survey_answers(response_id INTEGER NOT NULL REFERENCES "
            "survey_responses(id) ON DELETE CASCADE, question_code TEXT NOT NULL, value TEXT NOT "
            "NULL, other_text TEXT, PRIMARY KEY(response_id, question_code, value)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX survey_answers_by_question ON survey_answers(question_code, value)"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

// v10 (issue 6, national scale): "was she reached this year?" is asked per
// person (coverage, not reached, the dashboard). With the outcome inside the
// person's index it is one index probe; before, the planner could pick the
// by-date index and scan a whole year of exchanges for each person.
void upgradeToV10(Database& db)
{
    db.executeSchema(QStringLiteral("DROP INDEX IF EXISTS contacts_by_person"));
    db.executeSchema(
        QStringLiteral("CREATE INDEX contacts_by_person ON contacts(childminder_id, outcome, at)"));
}

// v11 (issue 6, national scale): the survey summary counts a campaign's
// answers. Through survey_responses it walked the (question_code, value)
// index over the answers of every campaign and looked up each one's response
// to test its campaign: time grew with the history, not with the campaign.
// Each answer now carries its response's campaign (a response never changes
// campaign), and the campaign's aggregates read one covering range of
// (campaign_id, question_code, value), already in GROUP BY order, no join.
// The column stays nullable: SQLite adds a NOT NULL column only with a
// default, and none is right; every writer sets it (SqlResponseRepository).
// survey_answers_by_question served only those aggregates: dropped, one
// index less to write per answer. Every other read goes by response
// (the primary key's prefix).
// The back-fill writes no audit row: the capture triggers built for v10 fire
// on UPDATE OF the columns they knew, which campaign_id is not (SQLite and
// PostgreSQL alike fire UPDATE OF only when a listed column is SET); the
// rebuild at the end of migrateToLatest then captures the new column too.
void upgradeToV11(Database& db)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE survey_answers ADD COLUMN campaign_id INTEGER"),
        QStringLiteral("UPDATE survey_answers SET campaign_id = r.campaign_id FROM survey_responses r "
                       "WHERE r.id = survey_answers.response_id"),
        QStringLiteral(
            "CREATE INDEX survey_answers_by_campaign ON survey_answers(campaign_id, question_code, "
            "value)"),
        QStringLiteral("DROP INDEX IF EXISTS survey_answers_by_question"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

struct Migration
{
    int version;
    const char* name;
    void (*apply)(Database&);
};

const Migration kMigrations[] = {
    {1, "register", &upgradeToV1},
    {2, "contact log", &upgradeToV2},
    {3, "questionnaires", &upgradeToV3},
    {4, "survey campaigns", &upgradeToV4},
    {5, "survey responses", &upgradeToV5},
    {6, "career paths", &createCareerPathsSchema},
    {7, "users and roles", &createUsersSchema},
    {8, "audit trail", &createAuditSchema},
    {9, "personal data", &createPersonalDataSchema},
    {10, "indexes for national scale", &upgradeToV10},
    {11, "answers by campaign", &upgradeToV11},
};

} // namespace

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

void migrateToLatest(Database& db)
{
    db.executeSchema(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    const int current = db.schemaVersion();
    if (current > latestSchemaVersion())
        throw StorageError(QCoreApplication::translate(
                               "Database", "This database was made by a newer version of Parcours Pro "
                                           "(schema %1, this version knows %2). Install the newer version.")
                               .arg(current)
                               .arg(latestSchemaVersion()));
    // Issue 5: an existing file is copied (and the copy checked) before its
    // schema changes, so a failed or unwanted upgrade can be undone.
    if (current > 0 && current < latestSchemaVersion() && db.path() != QLatin1String(":memory:") &&
        !db.isServer())
        DatabaseBackup::beforeMigration(db, current);
    for (const auto& m : kMigrations) {
        if (m.version <= current)
            continue;
        db.inWriteTransaction([&] {
            m.apply(db);
            QSqlQuery record(db.connection());
            record.prepare(QStringLiteral("INSERT INTO schema_migrations(version, name, applied_at) "
                                          "VALUES (?, ?, ?)"));
            record.addBindValue(m.version);
            record.addBindValue(QString::fromLatin1(m.name));
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            Database::run(record);
        });
    }
    // Issue 5: capture triggers for every audited table, columns of the
    // migrations above included (writes only when the schema changed).
    if (db.schemaVersion() >= 8)
        AuditTriggers::rebuild(db);
}

} // namespace parcours
