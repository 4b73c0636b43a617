#pragma once

#include "SurveySummary.h"

#include <QDateTime>

// A hand-made summary with French accents, small cells and long labels.
inline parcours::QuestionSummary choiceQuestion()
{
    using namespace parcours;
    QuestionSummary q;
    q.code = QStringLiteral("Q1");
    q.text = QStringLiteral("Êtes-vous satisfaite de l’accompagnement proposé par votre RPE ?");
    q.sectionTitle = QStringLiteral("Votre activité");
    q.type = QuestionType::SingleChoice;
    q.asked = 120;
    q.answered = 100;
    q.counts = {{QStringLiteral("A1"), QStringLiteral("Très satisfaite"), 62},
                {QStringLiteral("A2"),
                 QStringLiteral("Plutôt satisfaite, mais j’aimerais davantage de "
                                "réunions le soir ou le samedi matin"),
                 35},
                {QStringLiteral("A3"), QStringLiteral("Pas satisfaite"), 3},
                {QStringLiteral("A4"), QStringLiteral("Sans opinion"), 0}};
    return q;
}

inline parcours::SurveySummary sampleSummary(int extraQuestions = 0)
{
    using namespace parcours;
    SurveySummary s;
    s.year = 2026;
    s.questionnaireName = QStringLiteral("Enquête annuelle des assistantes maternelles");
    s.questionnaireVersion = 3;
    s.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 30));
    s.suppressSmallCells = true;
    s.reach = {0, QString(), 1250, 1100, 640, 37, 3};
    s.reachByRelay = {{1, QStringLiteral("RPE Côte de Meuse"), 400, 380, 210, 12, 0},
                      {2, QStringLiteral("RPE Vallée de l’Aire"), 850, 720, 430, 25, 3}};
    s.questions.append(choiceQuestion());
    QuestionSummary yes;
    yes.code = QStringLiteral("Q2");
    yes.text = QStringLiteral("Accueillez-vous des enfants en horaires atypiques ?");
    yes.sectionTitle = QStringLiteral("Votre activité");
    yes.type = QuestionType::YesNo;
    yes.asked = 640;
    yes.answered = 630;
    yes.counts = {{QStringLiteral("Y"), QStringLiteral("Oui"), 211},
                  {QStringLiteral("N"), QStringLiteral("Non"), 419}};
    s.questions.append(yes);
    QuestionSummary number;
    number.code = QStringLiteral("Q3");
    number.text = QStringLiteral("Combien d’enfants accueillez-vous actuellement ?");
    number.sectionTitle = QStringLiteral("Votre activité");
    number.type = QuestionType::Number;
    number.asked = 640;
    number.answered = 598;
    number.mean = 3.4;
    number.minimum = 0;
    number.maximum = 6;
    s.questions.append(number);
    QuestionSummary multi;
    multi.code = QStringLiteral("Q4");
    multi.text = QStringLiteral("Quels thèmes de formation vous intéressent ?");
    multi.sectionTitle = QStringLiteral("Formation et projets");
    multi.type = QuestionType::MultipleChoice;
    multi.asked = 640;
    multi.answered = 402;
    multi.counts = {
        {QStringLiteral("T1"), QStringLiteral("Gestes de premiers secours"), 201},
        {QStringLiteral("T2"), QStringLiteral("Accompagner le jeu libre et la motricité"), 150},
        {QStringLiteral("T3"), QStringLiteral("Communication gestuelle associée à la parole"), 98},
        {QStringLiteral("-oth-"), QStringLiteral("Autre"), 2}};
    s.questions.append(multi);
    QuestionSummary scale;
    scale.code = QStringLiteral("Q5");
    scale.text = QStringLiteral("Sur une échelle de 1 à 5, comment jugez-vous l’information reçue ?");
    scale.sectionTitle = QStringLiteral("Formation et projets");
    scale.type = QuestionType::Scale1To5;
    scale.asked = 640;
    scale.answered = 500;
    scale.counts = {{QStringLiteral("1"), QStringLiteral("1"), 10},
                    {QStringLiteral("2"), QStringLiteral("2"), 40},
                    {QStringLiteral("3"), QStringLiteral("3"), 150},
                    {QStringLiteral("4"), QStringLiteral("4"), 200},
                    {QStringLiteral("5"), QStringLiteral("5"), 100}};
    scale.mean = 3.68;
    s.questions.append(scale);
    QuestionSummary text;
    text.code = QStringLiteral("Q6");
    text.text = QStringLiteral("Avez-vous d’autres remarques ?");
    text.sectionTitle = QStringLiteral("Formation et projets");
    text.type = QuestionType::LongText;
    text.asked = 640;
    text.answered = 12;
    text.freeTexts = {QStringLiteral("Plus de réunions le soir, merci !"),
                      QStringLiteral("Un grand merci à l’équipe du relais.")};
    text.freeTextCount = 12;
    s.questions.append(text);
    for (int i = 0; i < extraQuestions; ++i) {
        QuestionSummary q = choiceQuestion();
        q.code = QStringLiteral("X%1").arg(i);
        q.text = QStringLiteral("Question supplémentaire n° %1").arg(i + 1);
        q.sectionTitle = QStringLiteral("Questions supplémentaires");
        s.questions.append(q);
    }
    s.placesAtRisk = {{1, QStringLiteral("RPE Côte de Meuse"), 3, 9, 12, 40, 30, 95},
                      {2, QStringLiteral("RPE Vallée de l’Aire"), 8, 25, 20, 70, 41, 140},
                      {0, QString(), 11, 34, 32, 110, 71, 235}};
    s.trainingWishes = {{1,
                         QStringLiteral("RPE Côte de Meuse"),
                         150,
                         {{QStringLiteral("T1"), QStringLiteral("Gestes de premiers secours"), 80},
                          {QStringLiteral("T3"), QStringLiteral("Communication gestuelle"), 4}}},
                        {2,
                         QStringLiteral("RPE Vallée de l’Aire"),
                         252,
                         {{QStringLiteral("T2"), QStringLiteral("Accompagner le jeu libre"), 121}}}};
    return s;
}
