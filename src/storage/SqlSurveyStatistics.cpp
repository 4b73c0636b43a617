#include "SqlSurveyStatistics.h"

#include "Database.h"
#include "SqlValues.h"
#include "SurveyResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace parcours {

namespace {
// Lists of codes or values travel as one JSON array (SqlDialect::jsonTextArray), so
// each statement has a fixed text (and stays in the prepared-statement cache)
// whatever the number of codes.
QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Answers of the campaign's respondents, optionally of one relay ("a" the
// answer; "r" its response, present when `joins` (they come before the
// WHERE) need it or a relay is asked for). A whole campaign is one range of
// the covering index (campaign_id, question_code, value), already in GROUP BY
// order: answers carry their campaign (migration 11), so the other campaigns'
// answers are never read and no response is looked up unless `joins` needs
// one, then by primary key, answers first (CROSS JOIN: without table
// statistics SQLite could start from the responses and sort; its condition
// in the WHERE, PostgreSQL's CROSS JOIN takes no ON).
// One relay is read from its respondents, a few primary-key lookups each.
QString answersOf(qint64 relayId, const QString& joins = {})
{
    if (relayId == 0 && joins.isEmpty())
        return QStringLiteral("FROM survey_answers a WHERE a.campaign_id = ? ");
    if (relayId == 0)
        return QStringLiteral("FROM survey_answers a CROSS JOIN survey_responses r ") + joins +
               QStringLiteral("WHERE r.id = a.response_id AND a.campaign_id = ? ");
    return QStringLiteral("FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id ") + joins +
           QStringLiteral("WHERE r.campaign_id = ? AND r.childminder_id IN "
                          "(SELECT id FROM childminders WHERE relay_id = ?) ");
}

// The bindings of answersOf().
QVariantList scope(qint64 campaignId, qint64 relayId)
{
    return relayId == 0 ? QVariantList{campaignId} : QVariantList{campaignId, relayId};
}

const QString kPerson = QStringLiteral("JOIN childminders c ON c.id = r.childminder_id ");
QString inCodes(const SqlDialect& dialect)
{
    return QStringLiteral("AND a.question_code IN (") + dialect.jsonTextArray() + QStringLiteral(") ");
}
const QString kByRelayName = QStringLiteral("ORDER BY rl.name IS NULL, rl.name, c.relay_id");
// Places count while the current agrément is in force (suspended included:
// she gets them back).
const QString kCurrentPlaces = QStringLiteral(
    "coalesce(sum(CASE WHEN c.cur_approval_status IN ('active', 'suspended') THEN c.cur_places END), 0)");

// Free texts of a question: the answer itself, or the "autre" text.
QString freeTextCondition(bool otherTexts)
{
    return otherTexts ? QStringLiteral("AND a.question_code = ? AND a.value = '%1' AND "
                                       "coalesce(a.other_text, '') <> '' ")
                            .arg(otherAnswerCode())
                      : QStringLiteral("AND a.question_code = ? AND a.value <> '' ");
}
// One condition per filter on the response "r". A whole campaign: one IN,
// the responses holding one of the values, each list read once from one range
// of (campaign_id, question_code, value) into a temporary index that every
// response of the campaign is probed against (an EXISTS per response looked
// up the answers' primary key among every campaign's answers: a random read
// per response and filter, slower and slower as the history grows). One
// relay, a few responses: one EXISTS each, a primary-key lookup, rather than
// reading the campaign's whole list.
QString answerFilterSql(const SqlDialect& dialect, qint64 campaignId, qint64 relayId,
                        const QList<AnswerFilter>& filters, QVariantList& bindings)
{
    QString sql;
    for (const AnswerFilter& filter : filters) {
        if (relayId == 0) {
            sql += QStringLiteral("AND r.id IN (SELECT a.response_id FROM survey_answers a WHERE "
                                  "a.campaign_id = ? AND a.question_code = ? AND a.value IN (");
            bindings << campaignId;
        } else {
            sql += QStringLiteral("AND EXISTS (SELECT 1 FROM survey_answers a WHERE a.response_id = r.id AND "
                                  "a.question_code = ? AND a.value IN (");
        }
        sql += dialect.jsonTextArray() + QStringLiteral(")) ");
        bindings << filter.questionCode << jsonList(filter.values);
    }
    return sql;
}
} // namespace

QList<RelayStatusCount> SqlSurveyStatistics::statusCountsByRelay(qint64 campaignId, qint64 relayId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT c.relay_id, rl.name, p.status, count(*) FROM campaign_people p "
            "JOIN childminders c ON c.id = p.childminder_id LEFT JOIN relays rl ON rl.id = c.relay_id "
            "WHERE p.campaign_id = ? AND (? = 0 OR c.relay_id = ?) GROUP BY c.relay_id, rl.name, p.status ") +
        kByRelayName);
    bindAll(q, {campaignId, relayId, relayId});
    Database::run(q);
    QList<RelayStatusCount> rows;
    while (q.next()) {
        const auto status = campaignStatusFromKey(q.value(2).toString());
        if (!status)
            continue;
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), *status, q.value(3).toInt()});
    }
    q.finish();
    return rows;
}

QList<RelayRespondents> SqlSurveyStatistics::respondentsByRelay(qint64 campaignId, qint64 relayId,
                                                                const QList<AnswerFilter>& filters) const
{
    QString sql = QStringLiteral("SELECT c.relay_id, rl.name, count(*), ") + kCurrentPlaces +
                  QStringLiteral(" FROM survey_responses r JOIN childminders c ON c.id = r.childminder_id "
                                 "LEFT JOIN relays rl ON rl.id = c.relay_id "
                                 "WHERE r.campaign_id = ? AND (? = 0 OR c.relay_id = ?) ");
    QVariantList bindings = {campaignId, relayId, relayId};
    sql += answerFilterSql(m_db.dialect(), campaignId, relayId, filters, bindings);
    sql += QStringLiteral("GROUP BY c.relay_id, rl.name ") + kByRelayName;
    QSqlQuery& q = m_db.prepared(sql);
    bindAll(q, bindings);
    Database::run(q);
    QList<RelayRespondents> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    q.finish();
    return rows;
}

int SqlSurveyStatistics::countRespondents(qint64 campaignId, qint64 relayId,
                                          const QList<AnswerFilter>& filters) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM survey_responses r WHERE r.campaign_id = ? ");
    QVariantList bindings = {campaignId};
    if (relayId != 0) {
        sql += QStringLiteral("AND r.childminder_id IN (SELECT id FROM childminders WHERE relay_id = ?) ");
        bindings << relayId;
    }
    sql += answerFilterSql(m_db.dialect(), campaignId, relayId, filters, bindings);
    QSqlQuery& q = m_db.prepared(sql);
    bindAll(q, bindings);
    Database::run(q);
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QHash<QString, int> SqlSurveyStatistics::answeredCounts(qint64 campaignId, qint64 relayId,
                                                        const QStringList& questionCodes) const
{
    QHash<QString, int> counts;
    if (questionCodes.isEmpty())
        return counts;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT a.question_code, count(DISTINCT a.response_id) ") +
                                 answersOf(relayId) + inCodes(m_db.dialect()) +
                                 QStringLiteral("GROUP BY a.question_code"));
    bindAll(q, scope(campaignId, relayId) << jsonList(questionCodes));
    Database::run(q);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return counts;
}

QList<ValueCount> SqlSurveyStatistics::valueCounts(qint64 campaignId, qint64 relayId,
                                                   const QStringList& questionCodes) const
{
    QList<ValueCount> rows;
    if (questionCodes.isEmpty())
        return rows;
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT a.question_code, a.value, count(*) ") + answersOf(relayId) +
                      inCodes(m_db.dialect()) + QStringLiteral("GROUP BY a.question_code, a.value"));
    bindAll(q, scope(campaignId, relayId) << jsonList(questionCodes));
    Database::run(q);
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    q.finish();
    return rows;
}

QList<RelayValueCount> SqlSurveyStatistics::valueCountsByRelay(qint64 campaignId, qint64 relayId,
                                                               const QString& questionCode) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT c.relay_id, rl.name, a.value, count(*) ") +
        answersOf(relayId, kPerson + QStringLiteral("LEFT JOIN relays rl ON rl.id = c.relay_id ")) +
        QStringLiteral("AND a.question_code = ? GROUP BY c.relay_id, rl.name, a.value ") + kByRelayName);
    bindAll(q, scope(campaignId, relayId) << questionCode);
    Database::run(q);
    QList<RelayValueCount> rows;
    while (q.next())
        rows.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    q.finish();
    return rows;
}

QHash<QString, NumericStatistics>
SqlSurveyStatistics::numericStatistics(qint64 campaignId, qint64 relayId,
                                       const QStringList& questionCodes) const
{
    QHash<QString, NumericStatistics> stats;
    if (questionCodes.isEmpty())
        return stats;
    // DOUBLE PRECISION: SQLite reads it as REAL, PostgreSQL's REAL has
    // only six digits. The answers were checked to be numbers when saved.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT a.question_code, count(*), avg(CAST(a.value AS DOUBLE PRECISION)), "
                       "min(CAST(a.value AS DOUBLE PRECISION)), max(CAST(a.value AS DOUBLE PRECISION)) ") +
        answersOf(relayId) + inCodes(m_db.dialect()) + QStringLiteral("GROUP BY a.question_code"));
    bindAll(q, scope(campaignId, relayId) << jsonList(questionCodes));
    Database::run(q);
    while (q.next())
        stats.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toDouble(),
                                             q.value(4).toDouble()});
    q.finish();
    return stats;
}

QList<FreeTextRow> SqlSurveyStatistics::freeTexts(qint64 campaignId, qint64 relayId,
                                                  const QString& questionCode, bool otherTexts, int offset,
                                                  int limit) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT %1, c.first_name, c.usage_name, c.birth_name ")
                          .arg(otherTexts ? QStringLiteral("a.other_text") : QStringLiteral("a.value")) +
                      answersOf(relayId, kPerson) + freeTextCondition(otherTexts) +
                      QStringLiteral("ORDER BY r.submitted_at, r.id LIMIT ? OFFSET ?"));
    bindAll(q, scope(campaignId, relayId) << questionCode << limit << offset);
    Database::run(q);
    QList<FreeTextRow> rows;
    while (q.next())
        rows.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    return rows;
}

int SqlSurveyStatistics::countFreeTexts(qint64 campaignId, qint64 relayId, const QString& questionCode,
                                        bool otherTexts) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) ") + answersOf(relayId) +
                                 freeTextCondition(otherTexts));
    bindAll(q, scope(campaignId, relayId) << questionCode);
    Database::run(q);
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

} // namespace parcours
