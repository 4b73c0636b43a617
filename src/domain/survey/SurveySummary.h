#pragma once

#include "QuestionType.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// The figures of a campaign's summary (issue 3, point 7): plain data, computed
// by SurveySummaryService from SQL aggregates, rendered by the GUI, the PDF
// and the JSON alike so that every output shows the same numbers.

// How many respondents gave one answer (an option, "Y"/"N", a scale step).
struct AnswerCount
{
    QString code;  // option code, "Y"/"N", "1".."5", or otherAnswerCode()
    QString label; // what the questionnaire shows for it
    int count = 0;
};

struct QuestionSummary
{
    QString code;
    QString text;
    QString sectionTitle;
    QuestionType type = QuestionType::ShortText;
    int asked = 0;    // respondents to whom the question was shown (its condition held)
    int answered = 0; // respondents who answered it
    // Choice, yes/no and scale questions: one entry per offered answer, in the
    // questionnaire's order; multiple choices ranked by count (then order).
    QList<AnswerCount> counts;
    // Number and scale questions, over those who answered.
    std::optional<double> mean;
    std::optional<double> minimum;
    std::optional<double> maximum;
    // Text questions and "autre" texts: only when explicitly asked for, with
    // names removed; empty otherwise.
    QStringList freeTexts;
    // How many free texts there are in all: freeTexts may hold only the first.
    int freeTextCount = 0;
};

// Places at risk in one relay: agrément places of respondents who plan to stop
// within 1, 3 and 5 years (cumulative: "within 3" includes "within 1").
struct PlacesAtRisk
{
    qint64 relayId = 0; // 0: no relay / every relay in the total line
    QString relayName;
    int peopleWithin1 = 0;
    int placesWithin1 = 0;
    int peopleWithin3 = 0;
    int placesWithin3 = 0;
    int peopleWithin5 = 0;
    int placesWithin5 = 0;
};

// Training wishes of one relay's respondents, most wanted first.
struct RelayTrainingWishes
{
    qint64 relayId = 0;
    QString relayName;
    int respondents = 0; // respondents of the relay who were asked the themes question
    QList<AnswerCount> themes;
};

// Reach of the campaign for the whole scope or one relay.
struct CampaignReach
{
    qint64 relayId = 0;
    QString relayName;
    int inScope = 0;   // people of the campaign except "hors champ"
    int contacted = 0; // invited, reminded, responded, refused or unreachable
    int responded = 0;
    int refused = 0;
    int unreachable = 0;
};

struct SurveySummary
{
    int year = 0;
    qint64 relayId = 0; // 0: the whole campaign
    QString relayName;
    QString questionnaireName;
    int questionnaireVersion = 0;
    QDateTime generatedAt;
    // "< 5" instead of any figure about 1 to 4 people: always when filtered by
    // relay or exported (PDF, JSON); the on-screen view of the whole campaign
    // may show exact figures.
    bool suppressSmallCells = true;
    bool includesFreeTexts = false;

    CampaignReach reach;
    QList<CampaignReach> reachByRelay;
    QList<QuestionSummary> questions;
    QList<PlacesAtRisk> placesAtRisk; // per relay, then one total line (relayId 0)
    QList<RelayTrainingWishes> trainingWishes;
};

// The smallest number of people a published figure may be about.
constexpr int kSmallCellThreshold = 5;

// True when `count` people must not be shown (1 to 4; 0 reveals nobody).
inline bool isSmallCell(int count)
{
    return count > 0 && count < kSmallCellThreshold;
}

// How every output writes a count: "< 5" when suppressed, else the number in
// the default locale ("1 234" in French).
QString displayCount(int count, bool suppressSmallCells);
// A figure that is not itself a number of people but is about `people` of
// them (their places, their mean answer): "< 5" when those people are
// suppressed, else the value as displayCount() writes it.
QString displayFigureAbout(int value, int people, bool suppressSmallCells);
// "42 %" (one decimal when under 10 %), "–" when the total is 0, "< 5" when
// the count is suppressed (a percentage would give it away).
QString displayPercent(int count, int total, bool suppressSmallCells);

} // namespace parcours
