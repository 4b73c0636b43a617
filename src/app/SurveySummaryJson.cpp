#include "SurveySummaryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace parcours {

namespace {

// A number of people: "< 5" when suppressed, else the plain number.
QJsonValue count(int n, bool suppress)
{
    if (suppress && isSmallCell(n))
        return displayCount(n, true);
    return n;
}

// A figure about `people` (their places): suppressed with them.
QJsonValue figureAbout(int value, int people, bool suppress)
{
    if (suppress && isSmallCell(people))
        return displayFigureAbout(value, people, true);
    return value;
}

// Means and extremes of 1 to 4 answers would give those answers away.
QJsonValue statistic(const std::optional<double>& value, int people, bool suppress)
{
    if (!value)
        return QJsonValue::Null;
    if (suppress && isSmallCell(people))
        return displayCount(people, true);
    // One decimal, as the PDF shows it.
    return std::round(*value * 10.0) / 10.0;
}

QJsonObject toJson(const CampaignReach& r, bool suppress)
{
    return QJsonObject{{QStringLiteral("relayId"), r.relayId},
                       {QStringLiteral("relayName"), r.relayName},
                       {QStringLiteral("inScope"), count(r.inScope, suppress)},
                       {QStringLiteral("contacted"), count(r.contacted, suppress)},
                       {QStringLiteral("responded"), count(r.responded, suppress)},
                       {QStringLiteral("refused"), count(r.refused, suppress)},
                       {QStringLiteral("unreachable"), count(r.unreachable, suppress)},
                       {QStringLiteral("contactedRate"), displayPercent(r.contacted, r.inScope, suppress)},
                       {QStringLiteral("responseRate"), displayPercent(r.responded, r.inScope, suppress)}};
}

QJsonArray toJson(const QList<AnswerCount>& counts, int base, bool suppress)
{
    QJsonArray list;
    for (const AnswerCount& c : counts)
        list.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("count"), count(c.count, suppress)},
                                {QStringLiteral("percent"), displayPercent(c.count, base, suppress)}});
    return list;
}

QJsonObject toJson(const QuestionSummary& q, bool suppress, bool withFreeTexts)
{
    QJsonObject o{{QStringLiteral("code"), q.code},
                  {QStringLiteral("text"), q.text},
                  {QStringLiteral("section"), q.sectionTitle},
                  {QStringLiteral("type"), questionTypeKey(q.type)},
                  {QStringLiteral("asked"), count(q.asked, suppress)},
                  {QStringLiteral("answered"), count(q.answered, suppress)},
                  {QStringLiteral("answeredRate"), displayPercent(q.answered, q.asked, suppress)}};
    if (!q.counts.isEmpty())
        o.insert(QStringLiteral("counts"), toJson(q.counts, q.answered, suppress));
    if (q.mean || q.minimum || q.maximum) {
        o.insert(QStringLiteral("mean"), statistic(q.mean, q.answered, suppress));
        o.insert(QStringLiteral("minimum"), statistic(q.minimum, q.answered, suppress));
        o.insert(QStringLiteral("maximum"), statistic(q.maximum, q.answered, suppress));
    }
    if (withFreeTexts && (!q.freeTexts.isEmpty() || q.freeTextCount > 0)) {
        o.insert(QStringLiteral("freeTexts"), QJsonArray::fromStringList(q.freeTexts));
        o.insert(QStringLiteral("freeTextCount"), q.freeTextCount);
    }
    return o;
}

QJsonObject toJson(const PlacesAtRisk& p, bool suppress)
{
    return QJsonObject{
        {QStringLiteral("relayId"), p.relayId},
        {QStringLiteral("relayName"), p.relayName},
        {QStringLiteral("peopleWithin1"), count(p.peopleWithin1, suppress)},
        {QStringLiteral("placesWithin1"), figureAbout(p.placesWithin1, p.peopleWithin1, suppress)},
        {QStringLiteral("peopleWithin3"), count(p.peopleWithin3, suppress)},
        {QStringLiteral("placesWithin3"), figureAbout(p.placesWithin3, p.peopleWithin3, suppress)},
        {QStringLiteral("peopleWithin5"), count(p.peopleWithin5, suppress)},
        {QStringLiteral("placesWithin5"), figureAbout(p.placesWithin5, p.peopleWithin5, suppress)}};
}

QJsonObject toJson(const RelayTrainingWishes& w, bool suppress)
{
    return QJsonObject{{QStringLiteral("relayId"), w.relayId},
                       {QStringLiteral("relayName"), w.relayName},
                       {QStringLiteral("respondents"), count(w.respondents, suppress)},
                       {QStringLiteral("themes"), toJson(w.themes, w.respondents, suppress)}};
}

} // namespace

QByteArray surveySummaryToJson(const SurveySummary& s)
{
    const bool suppress = s.suppressSmallCells;
    QJsonArray reachByRelay, questions, placesAtRisk, trainingWishes;
    for (const auto& r : s.reachByRelay)
        reachByRelay.append(toJson(r, suppress));
    for (const auto& q : s.questions)
        questions.append(toJson(q, suppress, s.includesFreeTexts));
    for (const auto& p : s.placesAtRisk)
        placesAtRisk.append(toJson(p, suppress));
    for (const auto& w : s.trainingWishes)
        trainingWishes.append(toJson(w, suppress));
    const QJsonObject root{
        {QStringLiteral("year"), s.year},
        {QStringLiteral("relayId"), s.relayId},
        {QStringLiteral("relayName"), s.relayName},
        {QStringLiteral("questionnaire"), QJsonObject{{QStringLiteral("name"), s.questionnaireName},
                                                      {QStringLiteral("version"), s.questionnaireVersion}}},
        {QStringLiteral("generatedAt"), s.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("suppressSmallCells"), suppress},
        {QStringLiteral("smallCellThreshold"), kSmallCellThreshold},
        {QStringLiteral("includesFreeTexts"), s.includesFreeTexts},
        {QStringLiteral("reach"), toJson(s.reach, suppress)},
        {QStringLiteral("reachByRelay"), reachByRelay},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("placesAtRisk"), placesAtRisk},
        {QStringLiteral("trainingWishes"), trainingWishes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parcours
