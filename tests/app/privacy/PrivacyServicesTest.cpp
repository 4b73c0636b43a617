#include "AccessDenied.h"
#include "AccessRequestService.h"
#include "AnonymisationService.h"
#include "AppContext.h"
#include "ApprovalRepository.h"
#include "CampaignService.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "ContactService.h"
#include "Database.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "PersonFileJson.h"
#include "PersonalDataRepository.h"
#include "QtStringMaker.h"
#include "QuestionnaireRepository.h"
#include "RelayRepository.h"
#include "ResponseService.h"
#include "RetentionJob.h"
#include "SurveySummaryJson.h"
#include "SurveySummaryService.h"
#include "TestDatabase.h"
#include "TransactionRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {

// Distinctive strings: none of them may survive anonymisation anywhere.
const QString kUsage = QStringLiteral("Zorglubinska");
const QString kBirth = QStringLiteral("Quetzalpapillon");
const QString kFirst = QStringLiteral("Philomène");
const QString kEmail = QStringLiteral("zorglu.quetzal@exemple.fr");

Session staff(Role role)
{
    Session s;
    s.login = QStringLiteral("agent");
    s.role = role;
    s.signedIn = true;
    return s;
}

QuestionnaireTemplate questionnaire()
{
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête test");
    Question place;
    place.code = QStringLiteral("place");
    place.text = QStringLiteral("Lieu ?");
    place.type = QuestionType::SingleChoice;
    place.options = {AnswerOption{QStringLiteral("HOME"), QStringLiteral("Domicile"), 0},
                     AnswerOption{QStringLiteral("MAM"), QStringLiteral("MAM"), 0}};
    Question comment;
    comment.code = QStringLiteral("comment");
    comment.text = QStringLiteral("Commentaire ?");
    comment.type = QuestionType::LongText;
    t.sections = {QuestionnaireSection{QStringLiteral("Activité"), {place, comment}}};
    return t;
}

// A register of five people in one RPE, a survey they answered, and the
// person to anonymise (index 0) with every identifying field filled in.
struct Register
{
    FixedClock clock{QDateTime(QDate(2026, 4, 1), QTime(10, 0))};
    std::unique_ptr<AppContext> ctx;
    QList<qint64> ids;
    SurveyCampaign campaign;

    // nameInAnswer: her free-text survey answer names her.
    explicit Register(const QString& file = {}, bool nameInAnswer = false)
    {
        ctx = file.isEmpty() ? AppContext::openOn(parcours::testing::openTestDatabase(), clock)
                             : AppContext::openFile(file, clock);
        ctx->setSession(Session::system());
        Relay relay;
        relay.name = QStringLiteral("RPE Nord");
        ctx->relays().save(relay);
        for (int i = 0; i < 5; ++i) {
            Childminder p;
            p.usageName = i == 0 ? kUsage : QStringLiteral("Nom%1").arg(i);
            p.birthName = i == 0 ? kBirth : QString();
            p.firstName = i == 0 ? kFirst : QStringLiteral("Anne");
            p.birthDate = QDate(1960 + 2 * i, 5, 17);
            p.email = i == 0 ? kEmail : QString();
            p.phone = i == 0 ? QStringLiteral("03 29 87 65 43") : QString();
            p.address = i == 0 ? QStringLiteral("12 impasse des Zorglubs") : QString();
            p.postalCode = QStringLiteral("55000");
            p.communeName = QStringLiteral("Bar-le-Duc");
            p.inseeCode = QStringLiteral("55029");
            p.status = ChildminderStatus::Active;
            p.relayId = relay.id;
            p.notes = i == 0 ? QStringLiteral("Voir avec %1").arg(kUsage) : QString();
            REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
            ids << p.id;
            Approval a;
            a.childminderId = p.id;
            a.number = QStringLiteral("55-2020-ZX%1").arg(i);
            a.decisionDate = a.startDate = QDate(2020, 1, 1);
            a.endDate = QDate(2030, 1, 1);
            a.places = 2 + i;
            ctx->transactions().inWriteTransaction([&] { ctx->approvals().save(a); });
        }
        ContactEntry contact;
        contact.childminderId = ids[0];
        contact.at = QDateTime(QDate(2026, 3, 2), QTime(9, 30));
        contact.notes = QStringLiteral("%1 parle de ses difficultés").arg(kUsage);
        contact.staffMember = QStringLiteral("Agent RPE");
        REQUIRE(ContactService(*ctx).log(contact).isEmpty());

        QuestionnaireTemplate t = questionnaire();
        REQUIRE(t.validate().isEmpty());
        ctx->questionnaires().save(t);
        REQUIRE(CampaignService(*ctx).createCampaign(2026, t.id, {}, &campaign).isEmpty());
        // People 0 to 2 answer (which logs a contact); 3 and 4 do not.
        for (int i = 0; i < 3; ++i) {
            SurveyResponse r;
            r.campaignId = campaign.id;
            r.childminderId = ids[i];
            r.submittedAt = clock.now().addSecs(-600 + i);
            r.answers.insert(QStringLiteral("place"),
                             {i % 2 ? QStringLiteral("MAM") : QStringLiteral("HOME")});
            r.answers.insert(QStringLiteral("comment"),
                             {QStringLiteral("Je suis %1, épuisée")
                                  .arg(i == 0 && nameInAnswer ? kUsage : QStringLiteral("fatiguée"))});
            REQUIRE(ResponseService(*ctx).submit(r).isEmpty());
        }
    }

    QByteArray statistics()
    {
        const RegisterStatistics r = ctx->childminders().statistics(clock.today());
        QString error;
        const auto summary = SurveySummaryService(*ctx).summarize({2026, 0, false, true}, &error);
        REQUIRE(summary);
        return QByteArray::number(r.totalChildminders) + ' ' + QByteArray::number(r.activeChildminders) +
               ' ' + QByteArray::number(r.places) + ' ' + QByteArray::number(r.over60) + ' ' +
               QByteArray::number(r.byRelay.size()) + '\n' + surveySummaryToJson(*summary);
    }

    QList<qint64> search(const QString& text)
    {
        ChildminderQuery q;
        q.text = text;
        QList<qint64> found;
        for (const auto& row : ctx->childminders().list(q))
            found << row.id;
        return found;
    }
};

const PersonalRecordTable* tableNamed(const QList<PersonalRecordTable>& tables, const QString& name)
{
    for (const auto& t : tables)
        if (t.table == name)
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE("The access export holds every table about her, the audit included, and nobody else")
{
    Register s;
    const auto file = AccessRequestService(*s.ctx).build(s.ids[0], QStringLiteral("json"));
    REQUIRE(file);
    for (const char* table :
         {"childminders", "approvals", "contacts", "campaign_people", "survey_responses", "survey_answers"}) {
        INFO(table);
        const auto* t = tableNamed(file->records, QString::fromLatin1(table));
        REQUIRE(t);
        CHECK_FALSE(t->rows.isEmpty());
    }
    CHECK(tableNamed(file->records, QStringLiteral("survey_answers"))->rows.size() == 2);
    REQUIRE(tableNamed(file->records, QStringLiteral("audit_log")));
    const QByteArray json = personFileJsonText(*file);
    CHECK(json.contains(kEmail.toUtf8()));
    CHECK(json.contains("\"table\": \"contacts\""));
    CHECK_FALSE(json.contains("Nom1"));
    CHECK_FALSE(json.contains("55-2020-ZX1"));
    CHECK_FALSE(AccessRequestService(*s.ctx).build(99999, QStringLiteral("json")));

    s.ctx->setSession(Session());
    CHECK_THROWS_AS(AccessRequestService(*s.ctx).build(s.ids[0], QStringLiteral("json")), AccessDenied);
}

TEST_CASE("Only a coordinator may anonymise or run the retention job")
{
    Register s;
    for (Role role : {Role::ContactStaff, Role::ReadOnly}) {
        s.ctx->setSession(staff(role));
        CHECK_THROWS_AS(AnonymisationService(*s.ctx).anonymise(s.ids[0]), AccessDenied);
        CHECK_THROWS_AS(RetentionJob(*s.ctx).plan(), AccessDenied);
        CHECK_THROWS_AS(RetentionJob(*s.ctx).apply(), AccessDenied);
    }
    s.ctx->setSession(staff(Role::Coordinator));
    CHECK_THROWS_AS(AnonymisationService(*s.ctx).anonymise(99999), NotFound);
    CHECK(s.ctx->childminders().find(s.ids[0])->usageName == kUsage);
}

TEST_CASE("Anonymisation keeps the register and survey figures and empties the search for her name")
{
    Register s;
    const QByteArray before = s.statistics();
    CHECK(s.search(kUsage) == QList<qint64>{s.ids[0]});
    CHECK(s.search(QStringLiteral("quetzalpap")) == QList<qint64>{s.ids[0]});
    AnonymisationService(*s.ctx).anonymise(s.ids[0]);
    CHECK(s.statistics() == before);
    CHECK(s.search(kUsage).isEmpty());
    CHECK(s.search(QStringLiteral("quetzalpap")).isEmpty());
    CHECK(s.search(QStringLiteral("Anonymised")) == QList<qint64>{s.ids[0]});
    const auto person = s.ctx->childminders().find(s.ids[0]);
    REQUIRE(person);
    CHECK(person->usageName == AnonymisationService::markerFor(s.ids[0]));
    CHECK(person->birthName.isEmpty());
    CHECK(person->email.isEmpty());
    CHECK(person->birthDate == QDate(1960, 5, 1));
    CHECK(person->communeName == QStringLiteral("Bar-le-Duc"));
    CHECK(s.ctx->personalData().anonymisedAt(s.ids[0]).isValid());
    CHECK(s.ctx->childminders().find(s.ids[1])->usageName == QStringLiteral("Nom1"));
}

namespace {
void checkFileHoldsNothingOfHers(bool nameInAnswer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    qint64 id = 0;
    QString storedPhone;
    {
        Register s(path, nameInAnswer);
        id = s.ids[0];
        storedPhone = s.ctx->childminders().find(id)->phone;
        REQUIRE_FALSE(storedPhone.isEmpty());
        AnonymisationService(*s.ctx).anonymise(id);
    }
    QProcess sqlite;
    sqlite.start(
        QStringLiteral("sqlite3"),
        {path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")});
    REQUIRE(sqlite.waitForFinished(60000));
    REQUIRE(sqlite.exitCode() == 0);
    QByteArray bytes;
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    REQUIRE(bytes.size() > 4096);
    const QByteArray lower = bytes.toLower();
    for (const QString& secret : {kUsage, kBirth, kFirst, QStringLiteral("philomene"), kEmail, storedPhone,
                                  QStringLiteral("Zorglub"), QStringLiteral("55-2020-ZX0")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(lower.contains(secret.toLower().toUtf8()));
    }
    // The other people are still there: the check reads real data.
    CHECK(bytes.contains("Nom1"));
}
} // namespace

TEST_CASE("After anonymisation and VACUUM the database file holds none of her names, email or phone",
          "[sqlite-only]")
{
    checkFileHoldsNothingOfHers(false);
}

// A free-text answer is part of survey_answers' key: the audit trail must keep
// it among the redactable values, never in the chained entity key.
TEST_CASE("After anonymisation no free-text answer naming her survives in the file", "[sqlite-only]")
{
    checkFileHoldsNothingOfHers(true);
}

// The same promise read through SQL, so it holds on a server too: no text of
// any table (the audit trail and, on PostgreSQL, the search tables included)
// names her. SQLite's search index segments are checked by the file tests.
TEST_CASE("After anonymisation no table holds her names, email, phone or free-text answer")
{
    Register s({}, true);
    const qint64 id = s.ids[0];
    const QString storedPhone = s.ctx->childminders().find(id)->phone;
    AnonymisationService(*s.ctx).anonymise(id);
    Database& db = s.ctx->database();
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(db.isServer()
                            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                             "table_schema = current_schema() AND table_type = 'BASE "
                                             "TABLE'")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                             "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'")));
    QStringList leaks;
    int rowsRead = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (q.next()) {
            ++rowsRead;
            for (int c = 0; c < q.record().count(); ++c) {
                const QString value = q.value(c).toString().toLower();
                for (const QString& secret :
                     {kUsage, kBirth, kFirst, QStringLiteral("philomene"), kEmail, storedPhone,
                      QStringLiteral("Zorglub"), QStringLiteral("55-2020-ZX0")})
                    if (value.contains(secret.toLower()))
                        leaks << table + QLatin1Char('.') + q.record().fieldName(c) + QLatin1Char(' ') +
                                     secret;
            }
        }
    }
    CHECK(rowsRead > 20);
    CHECK(leaks == QStringList{});
}

TEST_CASE("The retention dry run lists exactly what is due and changes nothing, apply does it")
{
    Register s;
    // Person 3's agrément was withdrawn, person 4's ran out, in 2020; person
    // 2's too, but she answered the 2026 survey (a contact since): not due.
    s.ctx->transactions().inWriteTransaction([&] {
        for (int i : {2, 3, 4}) {
            Approval a = s.ctx->approvals().forChildminder(s.ids[i]).front();
            a.endDate = QDate(2020, 6, 30);
            a.startDate = a.decisionDate = QDate(2015, 7, 1);
            a.status = i == 3 ? ApprovalStatus::Withdrawn : ApprovalStatus::Active;
            s.ctx->approvals().save(a);
        }
    });
    const QByteArray figures = s.statistics();
    RetentionJob job(*s.ctx);
    const RetentionPlan plan = job.plan();
    CHECK(plan.approvalCutoff == QDate(2021, 4, 1));
    REQUIRE(plan.toAnonymise.size() == 2);
    CHECK(plan.toAnonymise[0].id == s.ids[3]);
    CHECK(plan.toAnonymise[0].since == QDate(2020, 6, 30));
    CHECK(plan.toAnonymise[1].id == s.ids[4]);
    CHECK(plan.prospectsToDelete.isEmpty());
    CHECK(plan.contactsToClear.isEmpty()); // every contact is from 2026
    CHECK(RetentionJob::planToJson(plan)
              .value(QStringLiteral("anonymise"))
              .toObject()
              .value(QStringLiteral("count")) == 2);
    // The dry run changed nothing.
    CHECK(s.ctx->childminders().find(s.ids[3])->usageName == QStringLiteral("Nom3"));
    CHECK(job.plan().toAnonymise.size() == 2);

    const RetentionResult done = job.apply();
    CHECK(done.anonymised == 2);
    CHECK(s.ctx->childminders().find(s.ids[3])->usageName == AnonymisationService::markerFor(s.ids[3]));
    CHECK(s.ctx->childminders().find(s.ids[4])->usageName == AnonymisationService::markerFor(s.ids[4]));
    CHECK(s.ctx->childminders().find(s.ids[2])->usageName == QStringLiteral("Nom2"));
    CHECK(job.plan().isEmpty());
    CHECK(s.statistics() == figures);

    // A rule set to 0 is off.
    RuleSettings rules = s.ctx->rules();
    rules.anonymiseAfterApprovalEndYears = 0;
    s.ctx->setRules(rules);
    CHECK_FALSE(job.plan().approvalCutoff.isValid());
}
