#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace parcours {
struct QuestionnaireTemplate;
}

namespace parcours::bench {

class SqliteConnection;

// The aggregates of a whole-campaign survey summary written by hand as bare
// SQL through the C API: the queries SqlSurveyStatistics runs for
// SurveySummaryService::summarize (reach by relay and status, answer counts,
// "answered" of multiple choices, numeric statistics, respondents shown each
// condition chain, places at risk per horizon, training wishes per relay),
// with their lists of codes written into the SQL. The plan (which codes,
// which chains) is read from the questionnaire once, before any timing.
class SummaryBaseline
{
  public:
    SummaryBaseline(SqliteConnection& connection, int year, qint64 campaignId,
                    const QuestionnaireTemplate& questionnaire);

    // Runs every query and reads every row; returns the answer counts by
    // "question code/value", which the bench compares with the summary's.
    QHash<QString, qint64> run();

  private:
    struct Step
    {
        sqlite3_stmt* statement;
        QVariantList bindings;
    };
    void add(const QString& sql, const QVariantList& bindings = {});
    SqliteConnection& m_connection;
    QList<Step> m_steps;
    sqlite3_stmt* m_valueCounts = nullptr;
};

} // namespace parcours::bench
