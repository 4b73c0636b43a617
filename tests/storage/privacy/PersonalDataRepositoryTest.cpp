#include "Database.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlPersonalDataRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace parcours;
using namespace parcours::testing;

namespace {

// One person with a row in every table that can be about her, seeded with
// plain SQL so the test does not depend on the services.
struct PersonalData
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};
    SqlPersonalDataRepository data{*db};
    qint64 questionnaireId = 0;
    qint64 campaignId = 0;
    qint64 sessionId = 0;
    qint64 activityId = 0;
    qint64 mamId = 0;

    PersonalData()
    {
        questionnaireId = insert(
            QStringLiteral("INSERT INTO questionnaires(name, version, created_at, body) VALUES ('Q', 1, "
                           "'2024-01-01', '{\"sections\":[{\"questions\":[{\"code\":\"q1\",\"type\":"
                           "\"single_choice\"},{\"code\":\"comment\",\"type\":\"long_text\"}]}]}')"));
        campaignId = insert(
            QStringLiteral("INSERT INTO campaigns(year, questionnaire_id, created_at) VALUES (2024, %1, "
                           "'2024-01-01')")
                .arg(questionnaireId));
        const qint64 courseId = insert(QStringLiteral(
            "INSERT INTO training_courses(title, kind) VALUES ('Premiers secours', 'continuing')"));
        sessionId = insert(
            QStringLiteral("INSERT INTO training_sessions(course_id, start_date, end_date) VALUES (%1, "
                           "'2024-03-01', '2024-03-02')")
                .arg(courseId));
        activityId = insert(QStringLiteral(
            "INSERT INTO collective_activities(title, kind, date) VALUES ('Atelier', 'workshop', "
            "'2024-05-01')"));
        mamId = insert(QStringLiteral("INSERT INTO mams(name) VALUES ('MAM Les Lutins')"));
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    // Runs an INSERT and returns the new row's id (RETURNING works on both
    // backends; PostgreSQL has no last_insert_rowid()).
    qint64 insert(const QString& sql)
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql + QStringLiteral(" RETURNING id")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }

    // `tag` makes every string of this person distinctive.
    qint64 seed(const QString& tag, QDate approvalEnd = QDate(2030, 1, 1),
                const QString& approvalStatus = QStringLiteral("active"))
    {
        Childminder p = makePerson(QStringLiteral("Usage") + tag, QStringLiteral("Prenom") + tag);
        p.birthName = QStringLiteral("Naissance") + tag;
        p.email = tag.toLower() + QStringLiteral("@example.org");
        p.phone = QStringLiteral("03 29 00 00 0") + tag.right(1);
        p.address = QStringLiteral("1 rue ") + tag;
        p.notes = QStringLiteral("Notes ") + tag;
        people.insert(p);
        const qint64 id = p.id;
        Approval a = makeApproval(id, QStringLiteral("AGR") + tag, QDate(2020, 1, 1), approvalEnd);
        a.status = approvalStatusFromKey(approvalStatus).value_or(ApprovalStatus::Active);
        approvals.save(a);
        exec(QStringLiteral("INSERT INTO approval_events(approval_id, kind, date, details) VALUES (%1, "
                            "'first_grant', '2020-01-01', 'Détails %2')")
                 .arg(a.id)
                 .arg(tag));
        exec(QStringLiteral("INSERT INTO mam_members(mam_id, childminder_id, joined) VALUES (%1, %2, "
                            "'2021-01-01')")
                 .arg(mamId)
                 .arg(id));
        exec(QStringLiteral("INSERT INTO contacts(childminder_id, at, channel, direction, outcome, notes, "
                            "follow_up_action) VALUES (%1, '2021-06-01T10:00:00', 'phone', 'outgoing', "
                            "'completed', 'Contact note %2', 'Rappeler %2')")
                 .arg(id)
                 .arg(tag));
        exec(
            QStringLiteral("INSERT INTO campaign_people(campaign_id, childminder_id, status, reference_code) "
                           "VALUES (%1, %2, 'responded', 'REF-%2')")
                .arg(campaignId)
                .arg(id));
        exec(QStringLiteral(
                 "INSERT INTO campaign_invitations(campaign_id, childminder_id, date, channel, kind) "
                 "VALUES (%1, %2, '2024-02-01', 'letter', 'invitation')")
                 .arg(campaignId)
                 .arg(id));
        const qint64 response =
            insert(QStringLiteral(
                       "INSERT INTO survey_responses(campaign_id, childminder_id, questionnaire_id, "
                       "submitted_at, source, channel) VALUES (%1, %2, %3, '2024-02-10', 'paper', 'letter')")
                       .arg(campaignId)
                       .arg(id)
                       .arg(questionnaireId));
        exec(
            QStringLiteral("INSERT INTO survey_answers(response_id, question_code, value, other_text) VALUES "
                           "(%1, 'q1', 'other', 'Autre %2'), (%1, 'comment', 'Commentaire %2', NULL)")
                .arg(response)
                .arg(tag));
        const qint64 prospect = insert(
            QStringLiteral("INSERT INTO prospects(last_name, first_name, phone, email, channel, stage, "
                           "stage_date, first_contact, childminder_id, notes, created_at, updated_at) VALUES "
                           "('Usage%1', 'Prenom%1', '0600000000', 'p%1@example.org', 'psmi', 'approved', "
                           "'2019-06-01', '2019-01-01', %2, 'Prospect note %1', '2019-01-01', '2019-06-01')")
                .arg(tag)
                .arg(id));
        exec(QStringLiteral("INSERT INTO prospect_stages(prospect_id, stage, date, note) VALUES (%1, 'met', "
                            "'2019-01-01', 'Stage %2')")
                 .arg(prospect)
                 .arg(tag));
        exec(
            QStringLiteral("INSERT INTO enrolments(session_id, childminder_id, status, reason, status_date, "
                           "created_at) VALUES (%1, %2, 'enrolled', 'Raison %3', '2024-02-01', '2024-02-01')")
                .arg(sessionId)
                .arg(id)
                .arg(tag));
        exec(QStringLiteral("INSERT INTO qualifications(childminder_id, kind, result, date) VALUES (%1, "
                            "'cap_aepe', 'passed', '2022-06-01')")
                 .arg(id));
        exec(QStringLiteral("INSERT INTO career_events(childminder_id, date, kind, note, created_at) VALUES "
                            "(%1, '2023-01-01', 'review', 'Bilan %2', '2023-01-01')")
                 .arg(id)
                 .arg(tag));
        exec(QStringLiteral("INSERT INTO immersions(childminder_id, start_date, end_date, note) VALUES (%1, "
                            "'2023-02-01', '2023-02-15', 'Immersion %2')")
                 .arg(id)
                 .arg(tag));
        exec(QStringLiteral("INSERT INTO activity_attendance(activity_id, childminder_id) VALUES (%1, %2)")
                 .arg(activityId)
                 .arg(id));
        return id;
    }

    const PersonalRecordTable* table(const QList<PersonalRecordTable>& tables, const QString& name)
    {
        for (const auto& t : tables)
            if (t.table == name)
                return &t;
        return nullptr;
    }

    int ftsHits(const QString& word, const QString& table = QStringLiteral("childminders_fts"))
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE ").arg(table) +
                          db->dialect().fullTextMatch(table)));
        q.bindValue(0, db->dialect().fullTextPrefixQuery({word}));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("The access records hold a row of every table about her and nothing of another person")
{
    PersonalData s;
    const qint64 alice = s.seed(QStringLiteral("Alice1"));
    const qint64 bruno = s.seed(QStringLiteral("Bruno2"));
    const auto tables = s.data.recordsOf(alice);
    CHECK(tables.size() == 16);
    for (const auto& t : tables) {
        INFO(t.table.toStdString());
        CHECK(t.rows.size() >= 1);
        CHECK_FALSE(t.columns.isEmpty());
        for (const auto& row : t.rows)
            for (const auto& v : row)
                CHECK_FALSE(v.toString().contains(QStringLiteral("Bruno2")));
    }
    CHECK(s.table(tables, QStringLiteral("survey_answers"))->rows.size() == 2);
    const auto* register_ = s.table(tables, QStringLiteral("childminders"));
    const int emailColumn = int(register_->columns.indexOf(QStringLiteral("email")));
    REQUIRE(emailColumn >= 0);
    CHECK(register_->rows.front().at(emailColumn).toString() == QStringLiteral("alice1@example.org"));
    CHECK(s.data.recordsOf(bruno).front().rows.front().front().toLongLong() == bruno);
    CHECK(s.table(s.data.recordsOf(9999), QStringLiteral("contacts"))->rows.isEmpty());
}

TEST_CASE("Anonymising removes her personal fields and search tokens and keeps the figures")
{
    PersonalData s;
    const qint64 alice = s.seed(QStringLiteral("Alice1"));
    const qint64 bruno = s.seed(QStringLiteral("Bruno2"));
    CHECK(s.ftsHits(QStringLiteral("usagealice1")) == 1);
    const QDateTime at(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    TouchedRows touched;
    s.db->inWriteTransaction([&] {
        touched = s.data.anonymiseChildminder(alice, QStringLiteral("Anonymisé(e) n° 1"),
                                              QStringLiteral("[supprimé]"), at);
        s.data.compactSearchIndex();
    });
    CHECK(touched.value(QStringLiteral("childminders")) == QList<qint64>{alice});
    CHECK(touched.value(QStringLiteral("contacts")).size() == 1);
    CHECK(touched.value(QStringLiteral("prospects")).size() == 1);
    CHECK(s.data.anonymisedAt(alice) == at);
    CHECK_FALSE(s.data.anonymisedAt(bruno).isValid());

    const QString row = QStringLiteral(
        "SELECT usage_name || '|' || birth_name || '|' || first_name || '|' || birth_date || '|' || address "
        "|| "
        "'|' || phone || '|' || email || '|' || notes || '|' || identity_key || '|' || commune_name || '|' "
        "|| "
        "insee_code || '|' || status || '|' || cur_places || '|' || cur_approval_end FROM childminders "
        "WHERE id = %1");
    CHECK(s.value(row.arg(alice)).toString() ==
          QStringLiteral("Anonymisé(e) n° 1|||1975-04-01||||||Bar-le-Duc|55029|active|4|2030-01-01"));
    CHECK(s.value(row.arg(bruno)).toString().startsWith(QStringLiteral("UsageBruno2|NaissanceBruno2|")));
    CHECK(
        s.value(QStringLiteral("SELECT number || places FROM approvals WHERE childminder_id = %1").arg(alice))
            .toString() == QStringLiteral("4"));
    CHECK(s.value(QStringLiteral("SELECT notes || follow_up_action || channel FROM contacts WHERE "
                                 "childminder_id = %1")
                      .arg(alice))
              .toString() == QStringLiteral("phone"));
    QSqlQuery answers(s.db->connection());
    REQUIRE(answers.exec(
        QStringLiteral("SELECT a.value || '/' || coalesce(a.other_text, '') FROM survey_answers a "
                       "JOIN survey_responses r ON r.id = a.response_id "
                       "WHERE r.childminder_id = %1 ORDER BY a.question_code")
            .arg(alice)));
    QStringList answerTexts;
    while (answers.next())
        answerTexts << answers.value(0).toString();
    CHECK(answerTexts.join(QLatin1Char(',')) == QStringLiteral("[supprimé]/,other/[supprimé]"));
    CHECK(s.value(QStringLiteral("SELECT last_name || first_name || email || phone || notes || stage FROM "
                                 "prospects WHERE childminder_id = %1")
                      .arg(alice))
              .toString() == QStringLiteral("Anonymisé(e) n° 1approved"));
    for (const char* column : {"reason FROM enrolments", "note FROM career_events", "note FROM immersions"})
        CHECK(
            s.value(
                 QStringLiteral("SELECT %1 WHERE childminder_id = %2").arg(QLatin1String(column)).arg(alice))
                .toString()
                .isEmpty());
    // Her rows in the collective figures stay.
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM activity_attendance")).toInt() == 2);
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM campaign_people")).toInt() == 2);

    CHECK(s.ftsHits(QStringLiteral("usagealice1")) == 0);
    CHECK(s.ftsHits(QStringLiteral("naissancealice1")) == 0);
    CHECK(s.ftsHits(QStringLiteral("usagebruno2")) == 1);
    CHECK(s.ftsHits(QStringLiteral("anonymise")) == 1);
    CHECK(s.ftsHits(QStringLiteral("agralice1"), QStringLiteral("approvals_fts")) == 0);
    // Nothing of hers left in any text column of the tables (FTS shadow tables included).
    QSqlQuery tables(s.db->connection());
    // (On PostgreSQL the search tables are plain tables and are read too.)
    REQUIRE(tables.exec(
        s.db->isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_type = 'BASE TABLE'")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")));
    QStringList leaks;
    while (tables.next()) {
        QSqlQuery q(s.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString())));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                if (q.value(c).toString().contains(QStringLiteral("alice1"), Qt::CaseInsensitive))
                    leaks << tables.value(0).toString() + QLatin1Char('.') + q.record().fieldName(c);
    }
    // The audit trail (if present) is redacted by the app layer, not here.
    leaks.removeIf([](const QString& l) { return l.startsWith(QStringLiteral("audit_")); });
    CHECK(leaks == QStringList{});
}

TEST_CASE("The retention queries find exactly the people, prospects and contacts that are due")
{
    PersonalData s;
    // Ended (withdrawn in 2019), expired (2019), still valid, ended but seen since.
    const qint64 withdrawn = s.seed(QStringLiteral("Ana1"), QDate(2024, 1, 1), QStringLiteral("withdrawn"));
    s.exec(QStringLiteral("INSERT INTO approval_events(approval_id, kind, date) SELECT id, 'withdrawal', "
                          "'2019-05-01' FROM approvals WHERE childminder_id = %1")
               .arg(withdrawn));
    const qint64 expired = s.seed(QStringLiteral("Bea2"), QDate(2019, 12, 31));
    s.seed(QStringLiteral("Cat3"), QDate(2027, 1, 1));
    const qint64 seen = s.seed(QStringLiteral("Dan4"), QDate(2019, 12, 31));
    s.exec(QStringLiteral("INSERT INTO contacts(childminder_id, at, channel, direction, outcome) VALUES "
                          "(%1, '2025-01-01T09:00:00', 'phone', 'outgoing', 'completed')")
               .arg(seen));
    const QDate cutoff(2021, 7, 1); // after the 2021-06-01 contacts every seeded person has
    const auto due = s.data.endedApprovalsBefore(cutoff);
    REQUIRE(due.size() == 2);
    CHECK(due[0].id == withdrawn);
    CHECK(due[0].since == QDate(2019, 5, 1));
    CHECK(due[1].id == expired);
    CHECK(due[1].since == QDate(2019, 12, 31));
    s.db->inWriteTransaction([&] {
        s.data.anonymiseChildminder(withdrawn, QStringLiteral("A"), QStringLiteral("-"),
                                    QDateTime::currentDateTimeUtc());
    });
    CHECK(s.data.endedApprovalsBefore(cutoff).size() == 1); // anonymised people are done

    // Prospects: one idle since 2020, one with a recent stage, one converted (skipped).
    const qint64 idle = s.insert(
        QStringLiteral("INSERT INTO prospects(last_name, channel, stage, stage_date, first_contact, "
                       "created_at, updated_at) VALUES ('Idle', 'psmi', 'met', '2020-01-01', '2020-01-01', "
                       "'2020-01-01', '2020-02-01T10:00:00')"));
    const qint64 busy = s.insert(
        QStringLiteral("INSERT INTO prospects(last_name, channel, stage, stage_date, first_contact, "
                       "created_at, updated_at) VALUES ('Busy', 'psmi', 'met', '2020-01-01', '2020-01-01', "
                       "'2020-01-01', '2020-01-01')"));
    s.exec(QStringLiteral("INSERT INTO prospect_stages(prospect_id, stage, date) VALUES (%1, 'info', "
                          "'2024-01-01')")
               .arg(busy));
    const auto prospects = s.data.inactiveProspectsBefore(QDate(2023, 3, 1));
    REQUIRE(prospects.size() == 1);
    CHECK(prospects[0].id == idle);
    CHECK(prospects[0].since == QDate(2020, 2, 1));
    s.db->inWriteTransaction([&] { s.data.deleteProspects({idle}); });
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM prospects WHERE id = %1").arg(idle)).toInt() == 0);

    // Contacts: every seeded one is dated 2021-06-01 and has notes (the
    // anonymised person's are already empty); the 2025 one has none.
    const auto contacts = s.data.contactNotesBefore(QDate(2022, 1, 1));
    CHECK(contacts.size() == 3);
    CHECK(s.data.contactNotesBefore(QDate(2021, 6, 1)).isEmpty());
    QList<qint64> ids;
    for (const auto& c : contacts)
        ids << c.id;
    s.db->inWriteTransaction([&] { s.data.clearContactNotes(ids); });
    CHECK(s.data.contactNotesBefore(QDate(2022, 1, 1)).isEmpty());
    CHECK(s.value(QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 5);
}
