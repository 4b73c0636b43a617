#include "LimeResponseFixtures.h"

using namespace parcours;
using namespace parcours::testing::lime;

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
