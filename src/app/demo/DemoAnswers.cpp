#include "DemoAnswers.h"

#include "DemoRandom.h"

#include <QSet>

namespace parcours {

using namespace demo;

namespace {

const QStringList kDifficultyNotes = {
    QStringLiteral("Les horaires atypiques demandés par certains parents sont difficiles à tenir."),
    QStringLiteral("Je me sens seule dans mon travail depuis la fermeture du relais le mercredi."),
    QStringLiteral("Les déclarations Pajemploi me prennent beaucoup de temps."),
    QStringLiteral("Des impayés de deux familles cette année."),
};
const QStringList kOtherDifficulties = {QStringLiteral("Transport des enfants"),
                                        QStringLiteral("Logement trop petit"),
                                        QStringLiteral("Concurrence des micro-crèches")};
const QStringList kOtherThemes = {QStringLiteral("Langue des signes pour bébés"),
                                  QStringLiteral("Motricité libre"), QStringLiteral("Contes et comptines")};
const QStringList kPlanNotes = {QStringLiteral("J'aimerais passer en MAM avec une collègue du village."),
                                QStringLiteral("Je pense à la retraite mais pas avant d'avoir fini avec les "
                                               "enfants actuels."),
                                QStringLiteral("Je voudrais préparer le CAP AEPE l'an prochain.")};

// Relative weights of the options of the shipped survey's single choices,
// in option order; questions not listed draw uniformly.
QList<int> weightsFor(const Question& q, const DemoRespondent& who)
{
    if (q.code == QLatin1String("lieuExercice"))
        return {80, 15, 5};
    if (q.code == QLatin1String("interetCapAepe"))
        return {12, 20, 50, 18};
    if (q.code == QLatin1String("recontactMoyen"))
        return {60, 25, 15};
    if (q.code == QLatin1String("projet")) {
        // Closer to retirement age, plans to stop weigh much more.
        const int stop = who.age >= 58 ? 4 : who.age >= 50 ? 2 : 1;
        return {56, 8, 6, 3, 5, 5 * stop, 6 * stop, 7 * stop};
    }
    return {};
}

int drawIndex(QRandomGenerator& rng, const QList<int>& weights, int count)
{
    if (weights.size() != count)
        return between(rng, 0, count - 1);
    int total = 0;
    for (int w : weights)
        total += w;
    int draw = int(rng.bounded(quint32(total)));
    for (int i = 0; i < weights.size(); ++i) {
        if (draw < weights[i])
            return i;
        draw -= weights[i];
    }
    return count - 1;
}

int number(const SurveyResponse& r, const char* code)
{
    return r.answers.value(QString::fromLatin1(code)).value(0).toInt();
}

} // namespace

void DemoAnswers::fill(QRandomGenerator& rng, const DemoRespondent& who, SurveyResponse& response) const
{
    QSet<QString> shown;
    for (const Question& q : m_questionnaire.allQuestions()) {
        // Visible given what was answered so far (conditions only look back),
        // as QuestionnaireTemplate::visibleQuestionCodes() decides.
        if (q.condition.isSet() &&
            (!shown.contains(q.condition.questionCode) || !shouldShow(q, response.answers)))
            continue;
        shown.insert(q.code);
        if (!q.required && chance(rng, 150))
            continue; // some optional questions are skipped
        QString other;
        const QStringList values = draw(rng, who, q, response, &other);
        if (values.isEmpty())
            continue;
        response.answers.insert(q.code, values);
        if (!other.isEmpty())
            response.otherTexts.insert(q.code, other);
    }
}

QStringList DemoAnswers::draw(QRandomGenerator& rng, const DemoRespondent& who, const Question& q,
                              const SurveyResponse& sofar, QString* otherText) const
{
    const int places = qMax(1, who.approvedPlaces);
    switch (q.type) {
    case QuestionType::Number:
        if (q.code == QLatin1String("placesAgrement"))
            return {QString::number(places)};
        if (q.code == QLatin1String("enfantsAccueillis"))
            return {QString::number(between(rng, qMax(0, places - 2), places + 2))};
        if (q.code == QLatin1String("placesUtilisees"))
            return {QString::number(between(rng, qMax(0, places - 2), places))};
        if (q.code == QLatin1String("placesDisponiblesNombre"))
            return {QString::number(qMax(1, places - number(sofar, "placesUtilisees")))};
        if (q.code == QLatin1String("anneeRetraite"))
            return {QString::number(m_year + between(rng, 1, 5))};
        return {QString::number(between(rng, 0, 10))};
    case QuestionType::Scale1To5:
        return {QString::number(1 + drawIndex(rng, {5, 12, 30, 35, 18}, 5))};
    case QuestionType::YesNo: {
        int yes = 500;
        if (q.code == QLatin1String("placesDisponibles"))
            return {number(sofar, "placesUtilisees") < places ? QStringLiteral("Y") : QStringLiteral("N")};
        if (q.code == QLatin1String("formationSouhait"))
            yes = 550;
        else if (q.code == QLatin1String("interetVae"))
            yes = 180;
        else if (q.code == QLatin1String("recontact"))
            yes = 140;
        return {chance(rng, yes) ? QStringLiteral("Y") : QStringLiteral("N")};
    }
    case QuestionType::SingleChoice: {
        const int i = drawIndex(rng, weightsFor(q, who), int(q.options.size()));
        return {q.options.at(i).code};
    }
    case QuestionType::MultipleChoice: {
        QStringList chosen;
        const int n = int(q.options.size());
        for (int i = 0; i < n; ++i) {
            const QString& code = q.options.at(i).code;
            if (code == QLatin1String("AUCUNE"))
                continue;
            // Each relay has two favourite themes, so wishes differ between relays.
            int perMille = 220;
            if (q.role == trainingThemesRole() &&
                (i == who.relayIndex % n || i == (who.relayIndex * 3 + 1) % n))
                perMille = 620;
            if (chance(rng, perMille))
                chosen << code;
        }
        if (q.allowOther && chance(rng, 40)) {
            chosen << otherAnswerCode();
            *otherText = pick(rng, kOtherThemes);
        }
        if (chosen.isEmpty() && !q.required) {
            for (const AnswerOption& o : q.options)
                if (o.code == QLatin1String("AUCUNE"))
                    chosen << o.code;
        }
        if (chosen.isEmpty())
            chosen << q.options.at(between(rng, 0, n - 1)).code;
        return chosen;
    }
    case QuestionType::Date:
        return {QDate(m_year, 1, 1).addDays(between(rng, 0, 300)).toString(Qt::ISODate)};
    case QuestionType::ShortText:
        return {pick(rng, kOtherDifficulties)};
    case QuestionType::LongText:
        if (!chance(rng, 250))
            return {};
        return {q.code.contains(QLatin1String("projet"), Qt::CaseInsensitive) ? pick(rng, kPlanNotes)
                                                                              : pick(rng, kDifficultyNotes)};
    }
    return {};
}

} // namespace parcours
