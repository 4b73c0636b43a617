#pragma once

#include "SurveyCampaign.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// "Her answer to <questionCode> is one of <values>": a respondent filter.
// Several filters must all hold (a question's chain of display conditions).
struct AnswerFilter
{
    QString questionCode;
    QStringList values;
};

// People of a campaign per relay and status (relayId 0: no relay).
struct RelayStatusCount
{
    qint64 relayId = 0;
    QString relayName;
    CampaignStatus status = CampaignStatus::ToContact;
    int count = 0;
};

// Respondents of one relay matching some filters, and the places of their
// current agrément (active or suspended; 0 otherwise).
struct RelayRespondents
{
    qint64 relayId = 0;
    QString relayName;
    int respondents = 0;
    int places = 0;
};

// How many respondents gave `value` to `questionCode`.
struct ValueCount
{
    QString questionCode;
    QString value;
    int count = 0;
};

// The same, per relay.
struct RelayValueCount
{
    qint64 relayId = 0;
    QString relayName;
    QString value;
    int count = 0;
};

// Number and scale answers of one question, read as numbers.
struct NumericStatistics
{
    int count = 0;
    double mean = 0;
    double minimum = 0;
    double maximum = 0;
};

// One free text (a text answer or an "autre" text) and the names of whoever
// wrote it, so that the caller can remove them before showing it.
struct FreeTextRow
{
    QString text;
    QString firstName;
    QString usageName;
    QString birthName;
};

// The aggregates behind a campaign's summary (issue 3, point 7), each one SQL
// query with GROUP BY: the summary of 250,000 responses never loads them.
// `relayId` 0 means every relay; otherwise only people of that relay count.
// A respondent is someone with a stored response to the campaign.
class SurveyStatisticsRepository
{
  public:
    virtual ~SurveyStatisticsRepository() = default;

    // People of the campaign per relay and status, relays by name (no relay last).
    virtual QList<RelayStatusCount> statusCountsByRelay(qint64 campaignId, qint64 relayId) const = 0;
    // Respondents matching every filter (all respondents for none), per relay,
    // relays by name (no relay last); relays without any are left out.
    virtual QList<RelayRespondents> respondentsByRelay(qint64 campaignId, qint64 relayId,
                                                       const QList<AnswerFilter>& filters) const = 0;
    // How many respondents match every filter (all respondents for none):
    // respondentsByRelay() summed, without reading the people.
    virtual int countRespondents(qint64 campaignId, qint64 relayId,
                                 const QList<AnswerFilter>& filters) const = 0;
    // Per question of `questionCodes`: how many respondents answered it.
    virtual QHash<QString, int> answeredCounts(qint64 campaignId, qint64 relayId,
                                               const QStringList& questionCodes) const = 0;
    // Per question of `questionCodes` and value given: how many respondents.
    virtual QList<ValueCount> valueCounts(qint64 campaignId, qint64 relayId,
                                          const QStringList& questionCodes) const = 0;
    // Per relay and value of one question: how many respondents.
    virtual QList<RelayValueCount> valueCountsByRelay(qint64 campaignId, qint64 relayId,
                                                      const QString& questionCode) const = 0;
    // Per question of `questionCodes`: mean, min and max of the answers as
    // numbers (questions nobody answered are absent).
    virtual QHash<QString, NumericStatistics> numericStatistics(qint64 campaignId, qint64 relayId,
                                                                const QStringList& questionCodes) const = 0;
    // Free texts given to one question, oldest response first: the answers
    // themselves (text questions), or with `otherTexts` the "autre" texts of a
    // choice question. Empty texts are left out.
    virtual QList<FreeTextRow> freeTexts(qint64 campaignId, qint64 relayId, const QString& questionCode,
                                         bool otherTexts, int offset, int limit) const = 0;
    // How many free texts freeTexts() would give without offset and limit.
    virtual int countFreeTexts(qint64 campaignId, qint64 relayId, const QString& questionCode,
                               bool otherTexts) const = 0;
};

} // namespace parcours
