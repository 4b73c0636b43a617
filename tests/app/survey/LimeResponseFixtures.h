#pragma once

// Shared by the LimeSurvey response import tests: a register with a campaign
// and its questionnaire, and LimeSurvey-like exports written from rows.

#include "AppContext.h"
#include "CampaignRepository.h"
#include "CampaignService.h"
#include "ChildminderService.h"
#include "ContactRepository.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "LimeResponseImporter.h"
#include "LssImporter.h"
#include "QtStringMaker.h"
#include "QuestionnaireService.h"
#include "ResponseRepository.h"
#include "ResponseService.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace parcours::testing::lime {

using Row = QHash<QString, QString>; // column code -> value

// LimeSurvey's own columns, first in every response export.
inline const QStringList kBookkeeping = {QStringLiteral("id"),        QStringLiteral("submitdate"),
                                         QStringLiteral("lastpage"),  QStringLiteral("startlanguage"),
                                         QStringLiteral("seed"),      QStringLiteral("token"),
                                         QStringLiteral("startdate"), QStringLiteral("datestamp")};

inline QString quoted(const QString& value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString v = value;
    return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The column codes LimeSurvey writes for a questionnaire: one per question,
// CODE[OPTION] per option of a multiple choice, CODE[other] for "autre".
inline QStringList answerColumns(const QuestionnaireTemplate& q)
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
inline QString exportText(const QStringList& columns, const QList<Row>& rows, QChar separator,
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

inline QByteArray utf8WithBom(const QString& text)
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

inline QList<int> lines(const QList<LimeRowIssue>& issues)
{
    QList<int> out;
    for (const auto& i : issues)
        out << i.line;
    return out;
}

// What the sample export must give, however it is encoded.
inline void checkSampleImport(Setup& s, const LimeImportResult& r)
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

} // namespace parcours::testing::lime
