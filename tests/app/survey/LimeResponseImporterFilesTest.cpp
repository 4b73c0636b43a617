// LimeSurvey response exports the importer must refuse, exports of an
// imported .lss questionnaire, and what a rejected answer reports.

#include "LimeResponseFixtures.h"

using namespace parcours;
using namespace parcours::testing::lime;

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
