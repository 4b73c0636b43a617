#include "LimeResponseImporter.h"
#include "AppContext.h"
#include "CampaignRepository.h"
#include "CampaignService.h"
#include "ChildminderService.h"
#include "ContactRepository.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "LssImporter.h"
#include "QtStringMaker.h"
#include "QuestionnaireService.h"
#include "ResponseRepository.h"
#include "ResponseService.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;

namespace {

using Row = QHash<QString, QString>; // column code -> value

// LimeSurvey's own columns, first in every response export.
const QStringList kBookkeeping = {QStringLiteral("id"),        QStringLiteral("submitdate"),
                                  QStringLiteral("lastpage"),  QStringLiteral("startlanguage"),
                                  QStringLiteral("seed"),      QStringLiteral("token"),
                                  QStringLiteral("startdate"), QStringLiteral("datestamp")};

QString quoted(const QString& value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString v = value;
    return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The column codes LimeSurvey writes for a questionnaire: one per question,
// CODE[OPTION] per option of a multiple choice, CODE[other] for "autre".
QStringList answerColumns(const QuestionnaireTemplate& q)
{
    QStringList codes;
    for (const Question& question : q.allQuestions()) {
        if (question.type == QuestionType::MultipleChoice) {
            for (const AnswerOption& o : question.options)
                codes << QStringLiteral("%1[%2]").arg(question.code, o.code);
        } else {
            codes << question.code;
        }
        if (question.allowOther)
            codes << question.code + QStringLiteral("[other]");
    }
    return codes;
}

// A response export: header then rows, CRLF like LimeSurvey. `headings`
// (optional) gives the text LimeSurvey appends in its "code. text" style.
QString exportText(const QStringList& columns, const QList<Row>& rows, QChar separator,
                   const QHash<QString, QString>& headings = {})
{
    QStringList header;
    for (const QString& c : columns)
        header << quoted(headings.contains(c) ? c + QStringLiteral(". ") + headings.value(c) : c, separator);
    QString text = header.join(separator) + QStringLiteral("\r\n");
    for (const Row& row : rows) {
        QStringList fields;
        for (const QString& c : columns)
            fields << quoted(row.value(c), separator);
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return text;
}

QByteArray utf8WithBom(const QString& text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// The default annual survey, a 2026 campaign over five childminders.
struct Setup
{
    FixedClock clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0))};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    CampaignService campaigns{*ctx};
    QuestionnaireTemplate questionnaire;
    SurveyCampaign campaign;
    QHash<QString, qint64> idOf;         // first name -> id
    QHash<QString, QString> referenceOf; // first name -> reference code
    QTemporaryDir dir;

    Setup()
    {
        for (const char* first : {"Anne", "Béatrice", "Carole", "Denise", "Emma"}) {
            Childminder p;
            p.usageName = QStringLiteral("Martin");
            p.firstName = QString::fromUtf8(first);
            REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
            idOf.insert(p.firstName, p.id);
        }
        QuestionnaireService questionnaires(*ctx);
        questionnaires.installDefaultIfMissing();
        questionnaire = *questionnaires.latest(QuestionnaireService::defaultTemplate().name);
        REQUIRE(campaigns.createCampaign(2026, questionnaire.id, {}, &campaign).isEmpty());
        for (const CampaignPersonRow& row : campaigns.people(campaign.id))
            for (auto it = idOf.cbegin(); it != idOf.cend(); ++it)
                if (it.value() == row.childminderId)
                    referenceOf.insert(it.key(), row.referenceCode);
        REQUIRE(referenceOf.size() == 5);
    }

    QStringList columns() const
    {
        return kBookkeeping + answerColumns(questionnaire) +
               QStringList{QStringLiteral("projet[comment]"), QStringLiteral("Q99"),
                           QStringLiteral("interviewtime")};
    }

    // Every required question answered; no follow-up asked for.
    Row complete(const QString& who, const QString& submitted) const
    {
        return Row{{QStringLiteral("id"), QStringLiteral("7")},
                   {QStringLiteral("submitdate"), submitted},
                   {QStringLiteral("lastpage"), QStringLiteral("4")},
                   {QStringLiteral("startlanguage"), QStringLiteral("fr")},
                   {QStringLiteral("token"), referenceOf.value(who)},
                   {QStringLiteral("enfantsAccueillis"), QStringLiteral("3.0000000000")},
                   {QStringLiteral("placesAgrement"), QStringLiteral("4")},
                   {QStringLiteral("placesUtilisees"), QStringLiteral("3")},
                   {QStringLiteral("placesDisponibles"), QStringLiteral("N")},
                   {QStringLiteral("lieuExercice"), QStringLiteral("DOMICILE")},
                   {QStringLiteral("formationSouhait"), QStringLiteral("N")},
                   {QStringLiteral("interetCapAepe"), QStringLiteral("NON")},
                   {QStringLiteral("interetVae"), QStringLiteral("N")},
                   {QStringLiteral("projet"), QStringLiteral("POURSUIVRE")},
                   {QStringLiteral("recontact"), QStringLiteral("N")},
                   {QStringLiteral("interviewtime"), QStringLiteral("312.5")},
                   {QStringLiteral("Q99"), QStringLiteral("?")}};
    }

    // The sample export: line numbers are given beside each row.
    QList<Row> sampleRows() const
    {
        Row anne = complete(QStringLiteral("Anne"), QStringLiteral("2026-05-10 09:15:00"));
        anne[QStringLiteral("difficultes[ISOLEMENT]")] = QStringLiteral("Y");
        anne[QStringLiteral("difficultes[ADMINISTRATIF]")] = QStringLiteral("Oui"); // lenient tick
        // Quoted, with the separator, quotes and a line break: lines 2-3.
        anne[QStringLiteral("difficultesCommentaire")] =
            QStringLiteral("Trop de papiers, \"vraiment\"\net seule");
        anne[QStringLiteral("formationSouhait")] = QStringLiteral("Y");
        anne[QStringLiteral("formationThemes[SECURITE]")] = QStringLiteral("Y");
        anne[QStringLiteral("formationThemes[other]")] = QStringLiteral("Éveil musical");
        anne[QStringLiteral("projet")] = QStringLiteral("cesser_1"); // case of the code does not matter
        anne[QStringLiteral("anneeRetraite")] = QStringLiteral("2027");
        anne[QStringLiteral("projet[comment]")] = QStringLiteral("un commentaire");

        Row beatrice = complete(QStringLiteral("Béatrice"), QStringLiteral("2026-05-11 10:00:00")); // line 4
        beatrice[QStringLiteral("recontact")] = QStringLiteral("Y");
        beatrice[QStringLiteral("recontactMoyen")] = QStringLiteral("TELEPHONE");

        Row unknown = complete(QStringLiteral("Anne"), QStringLiteral("2026-05-12 10:00:00")); // line 5
        unknown[QStringLiteral("token")] = QStringLiteral("2026-ZZZZZZ");

        Row carole = complete(QStringLiteral("Carole"), QString()); // line 6: not submitted

        Row denise = complete(QStringLiteral("Denise"), QStringLiteral("2026-05-13 08:00:00")); // line 7
        denise[QStringLiteral("lieuExercice")] = QStringLiteral("CHATEAU");

        // Emma twice: line 8 was submitted after line 9, so line 8 counts.
        Row emmaLater = complete(QStringLiteral("Emma"), QStringLiteral("2026-05-20 18:30:00"));
        emmaLater[QStringLiteral("satisfaction")] = QStringLiteral("5");
        Row emmaEarlier = complete(QStringLiteral("Emma"), QStringLiteral("2026-05-02 18:30:00"));
        emmaEarlier[QStringLiteral("satisfaction")] = QStringLiteral("2");

        Row noToken = complete(QStringLiteral("Anne"), QStringLiteral("2026-05-14 10:00:00")); // line 10
        noToken[QStringLiteral("token")] = QString();
        return {anne, beatrice, unknown, carole, denise, emmaLater, emmaEarlier, noToken};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    CampaignStatus statusOf(const QString& who) const
    {
        return *ctx->campaigns().status(campaign.id, idOf.value(who));
    }

    int followUpsOf(const QString& who) const
    {
        int n = 0;
        for (const ContactEntry& e : ctx->contacts().forChildminder(idOf.value(who)))
            n += e.followUp ? 1 : 0;
        return n;
    }

    void checkNothingWritten() const
    {
        CHECK(ctx->responses().count(campaign.id) == 0);
        CHECK(campaigns.statusCounts(campaign.id).value(CampaignStatus::ToContact) == 5);
        for (const QString& who : idOf.keys())
            CHECK(ctx->contacts().forChildminder(idOf.value(who)).isEmpty());
    }
};

QList<int> lines(const QList<LimeRowIssue>& issues)
{
    QList<int> out;
    for (const auto& i : issues)
        out << i.line;
    return out;
}

// What the sample export must give, however it is encoded.
void checkSampleImport(Setup& s, const LimeImportResult& r)
{
    CHECK(r.imported() == 3); // Anne, Béatrice, Emma
    CHECK(r.replaced() == 0);
    CHECK(r.skippedCount() == 0);
    CHECK(r.followUps() == 2); // Anne stops within a year, Béatrice wants a call
    CHECK(lines(r.rejected) == QList<int>{5, 6, 7, 10});
    CHECK(r.rejected[0].reason.contains(QStringLiteral("2026-ZZZZZZ")));
    CHECK(r.rejected[1].reason.contains(QStringLiteral("Incomplete")));
    CHECK(r.rejected[2].question == QStringLiteral("lieuExercice"));
    CHECK(r.rejected[2].reason.contains(QStringLiteral("CHATEAU")));
    CHECK(r.rejected[2].reference == s.referenceOf.value(QStringLiteral("Denise")));
    REQUIRE(lines(r.duplicates) == QList<int>{9});
    CHECK(r.duplicates[0].reason.contains(QStringLiteral("line 8")));
    CHECK(r.ignoredColumns.size() == 2); // projet[comment] and Q99; not LimeSurvey's own columns
    CHECK(r.ignoredColumns.filter(QStringLiteral("Q99")).size() == 1);
    CHECK(r.ignoredColumns.filter(QStringLiteral("projet[comment]")).size() == 1);
}

} // namespace

TEST_CASE("Lime responses in LimeSurvey's UTF-8 comma layout are imported with their consequences")
{
    Setup s;
    const QString path = s.write(QStringLiteral("results-survey123.csv"),
                                 utf8WithBom(exportText(s.columns(), s.sampleRows(), QLatin1Char(','))));
    const LimeImportResult r = LimeResponseImporter(*s.ctx).importFile(s.campaign.id, path, {});
    checkSampleImport(s, r);
    CHECK(r.encodingName == QStringLiteral("UTF-8"));
    CHECK(r.separator == QLatin1Char(','));

    const auto anne = s.ctx->responses().find(s.campaign.id, s.idOf.value(QStringLiteral("Anne")));
    REQUIRE(anne);
    CHECK(anne->source == ResponseSource::Online);
    CHECK(anne->enteredBy.isEmpty());
    CHECK(anne->submittedAt == QDateTime(QDate(2026, 5, 10), QTime(9, 15)));
    auto sorted = [](QStringList values) {
        values.sort();
        return values;
    };
    CHECK(sorted(anne->answers.value(QStringLiteral("difficultes"))) ==
          QStringList{QStringLiteral("ADMINISTRATIF"), QStringLiteral("ISOLEMENT")});
    CHECK(sorted(anne->answers.value(QStringLiteral("formationThemes"))) ==
          QStringList{otherAnswerCode(), QStringLiteral("SECURITE")});
    CHECK(anne->otherTexts.value(QStringLiteral("formationThemes")) == QStringLiteral("Éveil musical"));
    CHECK(anne->answers.value(QStringLiteral("enfantsAccueillis")) == QStringList{QStringLiteral("3")});
    CHECK(anne->answers.value(QStringLiteral("projet")) == QStringList{QStringLiteral("CESSER_1")});
    CHECK(anne->answers.value(QStringLiteral("difficultesCommentaire")) ==
          QStringList{QStringLiteral("Trop de papiers, \"vraiment\"\net seule")});
    CHECK_FALSE(anne->answers.contains(QStringLiteral("placesDisponiblesNombre")));

    const auto emma = s.ctx->responses().find(s.campaign.id, s.idOf.value(QStringLiteral("Emma")));
    REQUIRE(emma);
    CHECK(emma->answers.value(QStringLiteral("satisfaction")) == QStringList{QStringLiteral("5")});

    CHECK(s.statusOf(QStringLiteral("Anne")) == CampaignStatus::Responded);
    CHECK(s.statusOf(QStringLiteral("Béatrice")) == CampaignStatus::Responded);
    CHECK(s.statusOf(QStringLiteral("Emma")) == CampaignStatus::Responded);
    CHECK(s.statusOf(QStringLiteral("Carole")) == CampaignStatus::ToContact);
    CHECK(s.statusOf(QStringLiteral("Denise")) == CampaignStatus::ToContact);
    CHECK(s.followUpsOf(QStringLiteral("Anne")) == 1);
    CHECK(s.followUpsOf(QStringLiteral("Béatrice")) == 1);
    CHECK(s.followUpsOf(QStringLiteral("Emma")) == 0);
    const auto contact = s.ctx->contacts().forChildminder(s.idOf.value(QStringLiteral("Anne")));
    REQUIRE(contact.size() == 1);
    CHECK(contact[0].channel == ContactChannel::OnlineForm);
    CHECK(contact[0].followUp->due == QDate(2026, 5, 17));
}

TEST_CASE("Lime responses in Windows-1252 with semicolons and in the code-and-text heading style")
{
    SECTION("Windows-1252, semicolons")
    {
        Setup s;
        const QByteArray bytes = exportText(s.columns(), s.sampleRows(), QLatin1Char(';')).toLatin1();
        REQUIRE_FALSE(bytes.contains("\xC3\x89")); // not UTF-8: É is one byte
        const LimeImportResult r = LimeResponseImporter(*s.ctx).importData(s.campaign.id, bytes, {});
        checkSampleImport(s, r);
        CHECK(r.encodingName == QStringLiteral("Windows-1252"));
        CHECK(r.separator == QLatin1Char(';'));
        const auto anne = s.ctx->responses().find(s.campaign.id, s.idOf.value(QStringLiteral("Anne")));
        REQUIRE(anne);
        CHECK(anne->otherTexts.value(QStringLiteral("formationThemes")) == QStringLiteral("Éveil musical"));
    }
    SECTION("code. text headings")
    {
        Setup s;
        QHash<QString, QString> headings{{QStringLiteral("token"), QStringLiteral("Code d'accès")},
                                         {QStringLiteral("submitdate"), QStringLiteral("Date de soumission")},
                                         {QStringLiteral("Q99"), QStringLiteral("Une question retirée")}};
        for (const Question& q : s.questionnaire.allQuestions())
            headings.insert(q.code, q.text);
        for (const QString& c : answerColumns(s.questionnaire))
            if (c.contains(QLatin1Char('[')))
                headings.insert(c, QStringLiteral("[Option] Plusieurs réponses. Possibles, oui"));
        const QString path =
            s.write(QStringLiteral("codes-et-textes.csv"),
                    utf8WithBom(exportText(s.columns(), s.sampleRows(), QLatin1Char(','), headings)));
        const LimeImportResult r = LimeResponseImporter(*s.ctx).importFile(s.campaign.id, path, {});
        checkSampleImport(s, r);
        CHECK(r.ignoredColumns.filter(QStringLiteral("Q99. Une question retirée")).size() == 1);
    }
}

TEST_CASE("Lime dry run reports the same and writes nothing")
{
    Setup s;
    const QByteArray bytes = utf8WithBom(exportText(s.columns(), s.sampleRows(), QLatin1Char(',')));
    LimeImportOptions options;
    options.dryRun = true;
    const LimeImportResult r = LimeResponseImporter(*s.ctx).importData(s.campaign.id, bytes, options);
    CHECK(r.dryRun);
    checkSampleImport(s, r);
    s.checkNothingWritten();
    CHECK(r.toJson().startsWith("{\"dryRun\":true,\"imported\":3,\"replaced\":0,\"skipped\":0,\"rejected\":4,"
                                "\"duplicates\":1,\"followUps\":2,\"stored\":[{\"line\":2,"));
}

TEST_CASE("Lime a failure or a cancel while storing leaves nothing half-written")
{
    Setup s;
    const QByteArray bytes = utf8WithBom(exportText(s.columns(), s.sampleRows(), QLatin1Char(',')));
    LimeResponseImporter importer(*s.ctx);
    int calls = 0;
    importer.setProgressCallback([&](int done, int total) {
        ++calls;
        CHECK(total == 3);
        if (done == 2) // two responses stored, with their statuses and contacts
            throw StorageError(QStringLiteral("disque plein"));
        return true;
    });
    CHECK_THROWS_AS(importer.importData(s.campaign.id, bytes, {}), StorageError);
    CHECK(calls == 2);
    s.checkNothingWritten();

    importer.setProgressCallback([](int done, int) { return done < 3; });
    CHECK_THROWS_AS(importer.importData(s.campaign.id, bytes, {}), DomainError);
    s.checkNothingWritten();

    importer.setProgressCallback({});
    CHECK(importer.importData(s.campaign.id, bytes, {}).imported() == 3);
    CHECK(s.ctx->responses().count(s.campaign.id) == 3);
}

TEST_CASE("Lime a response typed by staff is replaced only on request - a re-import skips what is on file")
{
    Setup s;
    SurveyResponse typed;
    typed.campaignId = s.campaign.id;
    typed.childminderId = s.idOf.value(QStringLiteral("Emma"));
    typed.enteredBy = QStringLiteral("Claire Petit");
    typed.submittedAt = QDateTime(QDate(2026, 5, 25), QTime(14, 0));
    typed.answers = {{QStringLiteral("enfantsAccueillis"), {QStringLiteral("2")}},
                     {QStringLiteral("placesAgrement"), {QStringLiteral("3")}},
                     {QStringLiteral("placesUtilisees"), {QStringLiteral("2")}},
                     {QStringLiteral("placesDisponibles"), {QStringLiteral("N")}},
                     {QStringLiteral("lieuExercice"), {QStringLiteral("MAM")}},
                     {QStringLiteral("formationSouhait"), {QStringLiteral("N")}},
                     {QStringLiteral("interetCapAepe"), {QStringLiteral("NON")}},
                     {QStringLiteral("interetVae"), {QStringLiteral("N")}},
                     {QStringLiteral("projet"), {QStringLiteral("POURSUIVRE")}},
                     {QStringLiteral("recontact"), {QStringLiteral("N")}}};
    REQUIRE(ResponseService(*s.ctx).submit(typed).isEmpty());

    const QByteArray bytes = utf8WithBom(exportText(s.columns(), s.sampleRows(), QLatin1Char(',')));
    LimeResponseImporter importer(*s.ctx);
    const LimeImportResult first = importer.importData(s.campaign.id, bytes, {});
    CHECK(first.imported() == 2);
    REQUIRE(lines(first.skipped) == QList<int>{8});
    CHECK(first.skipped[0].reason.contains(QStringLiteral("Claire Petit")));
    const qint64 emma = s.idOf.value(QStringLiteral("Emma"));
    CHECK(s.ctx->responses().find(s.campaign.id, emma)->answers.value(QStringLiteral("lieuExercice")) ==
          QStringList{QStringLiteral("MAM")});

    LimeImportOptions replace;
    replace.replaceExisting = true;
    const LimeImportResult second = importer.importData(s.campaign.id, bytes, replace);
    CHECK(second.imported() == 0);
    CHECK(second.replaced() == 1);
    CHECK(second.followUps() == 0);
    // Anne and Béatrice came from this very file: nothing new about them.
    CHECK(lines(second.skipped) == QList<int>{2, 4});
    CHECK(second.skipped[0].reason.contains(QStringLiteral("Already imported")));
    const auto now = s.ctx->responses().find(s.campaign.id, emma);
    CHECK(now->source == ResponseSource::Online);
    CHECK(now->answers.value(QStringLiteral("lieuExercice")) == QStringList{QStringLiteral("DOMICILE")});
    CHECK(s.followUpsOf(QStringLiteral("Anne")) == 1); // not created twice
}

TEST_CASE("Lime files that are not response exports are refused with nothing written")
{
    Setup s;
    LimeResponseImporter importer(*s.ctx);
    auto refused = [&](const QByteArray& bytes, const QString& expected, LimeImportOptions options = {}) {
        try {
            importer.importData(s.campaign.id, bytes, options);
            FAIL("accepted");
        } catch (const DomainError& e) {
            CHECK(e.message().contains(expected));
        }
    };
    refused(QByteArray(), QString());
    refused(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(400, '\x01'), QString()); // an .xlsx
    refused(
        QByteArrayLiteral("<?xml version=\"1.0\"?>\n<document><LimeSurveyDocType>Survey</LimeSurveyDocType>"),
        QStringLiteral("XML"));
    const QString noToken = exportText(
        QStringList{QStringLiteral("id"), QStringLiteral("submitdate"), QStringLiteral("recontact")},
        {Row{{QStringLiteral("recontact"), QStringLiteral("Y")}}}, QLatin1Char(','));
    refused(noToken.toUtf8(), QStringLiteral("\"token\""));
    LimeImportOptions named;
    named.tokenColumn = QStringLiteral("codeReference");
    refused(noToken.toUtf8(), QStringLiteral("codeReference"), named);
    refused(QByteArrayLiteral("id,token,submitdate,Q1,Q2\r\n1,2026-AAAAAA,2026-05-01 10:00:00,a,b\r\n"),
            QStringLiteral("Enquête annuelle"));
    refused(QByteArrayLiteral("id,token,submitdate,recontact\r\n"), QStringLiteral("no response"));
    s.checkNothingWritten();
}

TEST_CASE("Lime responses to an imported LimeSurvey questionnaire with the code asked as a question")
{
    Setup s;
    s.clock.set(QDate(2027, 4, 1));
    // Survey 88881 (old layout): Q1 short text, Q2-Q3 long texts, Q4-Q6 lists
    // A1/A2, arrays Q7-Q9 that are not imported. Anonymous: no token column,
    // so the reference code is asked in Q1.
    LssImportResult lss =
        LssImporter::importFile(QStringLiteral(PARCOURS_LSS_TEST_DATA "/limesurvey_survey_88881.lss"));
    REQUIRE(QuestionnaireService(*s.ctx).saveNewVersion(lss.questionnaire).isEmpty());
    SurveyCampaign campaign;
    REQUIRE(s.campaigns.createCampaign(2027, lss.questionnaire.id, {}, &campaign).isEmpty());
    QHash<qint64, QString> references;
    for (const CampaignPersonRow& row : s.campaigns.people(campaign.id))
        references.insert(row.childminderId, row.referenceCode);
    const QString anne = references.value(s.idOf.value(QStringLiteral("Anne")));
    const QString carole = references.value(s.idOf.value(QStringLiteral("Carole")));
    REQUIRE(anne.startsWith(QStringLiteral("2027-")));

    const QStringList columns = {QStringLiteral("id"),        QStringLiteral("submitdate"),
                                 QStringLiteral("lastpage"),  QStringLiteral("startlanguage"),
                                 QStringLiteral("seed"),      QStringLiteral("Q1"),
                                 QStringLiteral("Q2"),        QStringLiteral("Q3"),
                                 QStringLiteral("Q4"),        QStringLiteral("Q5"),
                                 QStringLiteral("Q6"),        QStringLiteral("Q6[comment]"),
                                 QStringLiteral("Q7[SQ001]"), QStringLiteral("Q7[SQ002]")};
    const QList<Row> rows = {
        {{QStringLiteral("submitdate"), QStringLiteral("2027-03-02 11:00:00")},
         {QStringLiteral("Q1"), QStringLiteral(" ") + anne.toLower() + QStringLiteral(" ")}, // typed by hand
         {QStringLiteral("Q2"), QStringLiteral("Un texte long")},
         {QStringLiteral("Q4"), QStringLiteral("A2")},
         {QStringLiteral("Q5"), QStringLiteral("Certains option de réponse par exemple")}, // full answer text
         {QStringLiteral("Q6[comment]"), QStringLiteral("rien")},
         {QStringLiteral("Q7[SQ001]"), QStringLiteral("A1")}},
        {{QStringLiteral("submitdate"), QStringLiteral("2027-03-03 11:00:00")},
         {QStringLiteral("Q1"), carole},
         {QStringLiteral("Q4"), QStringLiteral("A3")}},
    };
    LimeImportOptions options;
    options.tokenColumn = QStringLiteral("q1");
    const LimeImportResult r = LimeResponseImporter(*s.ctx).importData(
        campaign.id, utf8WithBom(exportText(columns, rows, QLatin1Char(','))), options);
    CHECK(r.imported() == 1);
    REQUIRE(lines(r.rejected) == QList<int>{3});
    CHECK(r.rejected[0].question == QStringLiteral("Q4"));
    CHECK(r.ignoredColumns.size() == 3); // the comment and the two array cells
    const auto response = s.ctx->responses().find(campaign.id, s.idOf.value(QStringLiteral("Anne")));
    REQUIRE(response);
    CHECK(response->answers.value(QStringLiteral("Q4")) == QStringList{QStringLiteral("A2")});
    CHECK(response->answers.value(QStringLiteral("Q5")) == QStringList{QStringLiteral("A1")});
    CHECK(response->answers.value(QStringLiteral("Q2")) == QStringList{QStringLiteral("Un texte long")});
    CHECK(*s.ctx->campaigns().status(campaign.id, s.idOf.value(QStringLiteral("Anne"))) ==
          CampaignStatus::Responded);
    // The 2026 campaign is untouched.
    CHECK(s.ctx->responses().count(s.campaign.id) == 0);
}

TEST_CASE("Lime rejected answers quote the file - undated surveys are dated from the import")
{
    Setup s;
    Row anne = s.complete(QStringLiteral("Anne"), QStringLiteral("1980-01-01 00:00:00")); // no date stamps
    Row beatrice = s.complete(QStringLiteral("Béatrice"), QStringLiteral("2026-05-11 10:00:00"));
    beatrice[QStringLiteral("placesDisponibles")] = QStringLiteral("Peut-être");
    Row carole = s.complete(QStringLiteral("Carole"), QStringLiteral("11/05/2026 10:00"));
    carole[QStringLiteral("difficultes[PARENTS]")] = QStringLiteral("Z");
    Row denise = s.complete(QStringLiteral("Denise"), QStringLiteral("hier"));
    const QByteArray bytes =
        utf8WithBom(exportText(s.columns(), {anne, beatrice, carole, denise}, QLatin1Char(',')));
    const LimeImportResult r = LimeResponseImporter(*s.ctx).importData(s.campaign.id, bytes, {});
    CHECK(r.imported() == 1);
    REQUIRE(lines(r.rejected) == QList<int>{3, 4, 5});
    CHECK(r.rejected[0].question == QStringLiteral("placesDisponibles"));
    CHECK(r.rejected[0].reason.contains(QStringLiteral("\"Peut-être\"")));
    CHECK(r.rejected[1].question == QStringLiteral("difficultes"));
    CHECK(r.rejected[1].reason.contains(QStringLiteral("PARENTS")));
    CHECK(r.rejected[2].reason.contains(QStringLiteral("hier")));
    REQUIRE(lines(r.warnings) == QList<int>{2});
    CHECK(s.ctx->responses().find(s.campaign.id, s.idOf.value(QStringLiteral("Anne")))->submittedAt ==
          s.clock.now());

    // Without a submitdate column every line counts as complete, dated now.
    Setup t;
    QStringList columns = t.columns();
    columns.removeAll(QStringLiteral("submitdate"));
    const LimeImportResult undated = LimeResponseImporter(*t.ctx).importData(
        t.campaign.id,
        exportText(columns, {t.complete(QStringLiteral("Emma"), QString())}, QLatin1Char(',')).toUtf8(), {});
    CHECK(undated.imported() == 1);
    REQUIRE(lines(undated.warnings) == QList<int>{1});
    CHECK(undated.warnings[0].reason.contains(QStringLiteral("submitdate")));
}
