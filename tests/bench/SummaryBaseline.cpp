#include "SummaryBaseline.h"

#include "QuestionnaireTemplate.h"
#include "SqliteConnection.h"

#include <QSet>
#include <QStringList>
#include <sqlite3.h>

namespace parcours::bench {

namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("''")) +
           QLatin1Char('\'');
}

QString inList(const QStringList& values)
{
    QStringList q;
    for (const QString& v : values)
        q << quoted(v);
    return QLatin1Char('(') + q.join(QLatin1Char(',')) + QLatin1Char(')');
}

// The conditions a question depends on, nearest first (as the service).
QList<DisplayCondition> chainOf(const QuestionnaireTemplate& questionnaire, const Question& question)
{
    QList<DisplayCondition> chain;
    const Question* current = &question;
    for (int depth = 0; current && current->condition.isSet() && depth < 100; ++depth) {
        chain.append(current->condition);
        current = questionnaire.find(current->condition.questionCode);
    }
    return chain;
}

// As the repository for a whole campaign: one IN per condition, read from
// the (campaign_id, question_code, value) index.
QString answerFilters(const QList<DisplayCondition>& chain)
{
    QString sql;
    for (const DisplayCondition& c : chain)
        sql +=
            QStringLiteral("AND r.id IN (SELECT a.response_id FROM survey_answers a WHERE a.campaign_id = ?1 "
                           "AND a.question_code = %1 AND a.value IN %2) ")
                .arg(quoted(c.questionCode), inList(c.expectedValues));
    return sql;
}

// Answers carry their campaign (migration 11): the campaign-wide counts read
// survey_answers alone; the per-relay one joins the responses for the person.
const QString kAnswers = QStringLiteral("FROM survey_answers a ");
const QString kAnswersOfPeople =
    QStringLiteral("FROM survey_answers a CROSS JOIN survey_responses r ON r.id = a.response_id ");
const QString kByRelay = QStringLiteral("ORDER BY rl.name IS NULL, rl.name, c.relay_id");

QString respondentsByRelay(const QList<DisplayCondition>& chain)
{
    return QStringLiteral(
               "SELECT c.relay_id, rl.name, count(*), coalesce(sum(CASE WHEN c.cur_approval_status "
               "IN ('active', 'suspended') THEN c.cur_places END), 0) FROM survey_responses r "
               "JOIN childminders c ON c.id = r.childminder_id LEFT JOIN relays rl ON rl.id = "
               "c.relay_id WHERE r.campaign_id = ?1 ") +
           answerFilters(chain) + QStringLiteral("GROUP BY c.relay_id ") + kByRelay;
}

} // namespace

void SummaryBaseline::add(const QString& sql, const QVariantList& bindings)
{
    m_steps.append({m_connection.prepare(sql.toUtf8().constData()), bindings});
}

SummaryBaseline::SummaryBaseline(SqliteConnection& connection, int year, qint64 campaignId,
                                 const QuestionnaireTemplate& questionnaire)
    : m_connection(connection)
{
    const QVariantList campaign = {campaignId};
    // What summarize() reads first: the campaign and its questionnaire row.
    add(QStringLiteral("SELECT * FROM campaigns WHERE year = ?1"), {year});
    add(QStringLiteral("SELECT * FROM questionnaires WHERE id = (SELECT questionnaire_id FROM campaigns "
                       "WHERE id = ?1)"),
        campaign);
    add(QStringLiteral(
            "SELECT c.relay_id, rl.name, p.status, count(*) FROM campaign_people p JOIN childminders c "
            "ON c.id = p.childminder_id LEFT JOIN relays rl ON rl.id = c.relay_id WHERE "
            "p.campaign_id = ?1 GROUP BY c.relay_id, p.status ") +
            kByRelay,
        campaign);

    const QList<Question> questions = questionnaire.allQuestions();
    QStringList all, multiple, numeric;
    for (const Question& q : questions) {
        all << q.code;
        if (q.type == QuestionType::MultipleChoice)
            multiple << q.code;
        if (q.type == QuestionType::Number || q.type == QuestionType::Scale1To5)
            numeric << q.code;
    }
    add(QStringLiteral("SELECT a.question_code, a.value, count(*) ") + kAnswers +
            QStringLiteral(
                "WHERE a.campaign_id = ?1 AND a.question_code IN %1 GROUP BY a.question_code, a.value")
                .arg(inList(all)),
        campaign);
    m_valueCounts = m_steps.last().statement;
    if (!multiple.isEmpty())
        add(QStringLiteral("SELECT a.question_code, count(DISTINCT a.response_id) ") + kAnswers +
                QStringLiteral("WHERE a.campaign_id = ?1 AND a.question_code IN %1 GROUP BY a.question_code")
                    .arg(inList(multiple)),
            campaign);
    if (!numeric.isEmpty())
        add(QStringLiteral(
                "SELECT a.question_code, count(*), avg(CAST(a.value AS REAL)), min(CAST(a.value AS "
                "REAL)), max(CAST(a.value AS REAL)) ") +
                kAnswers +
                QStringLiteral("WHERE a.campaign_id = ?1 AND a.question_code IN %1 GROUP BY a.question_code")
                    .arg(inList(numeric)),
            campaign);

    // Respondents shown each question: one count per distinct condition chain.
    QSet<QString> chains;
    for (const Question& q : questions) {
        const QList<DisplayCondition> chain = chainOf(questionnaire, q);
        const QString filters = answerFilters(chain);
        if (chains.contains(filters))
            continue;
        chains.insert(filters);
        add(QStringLiteral("SELECT count(*) FROM survey_responses r WHERE r.campaign_id = ?1 ") + filters,
            campaign);
    }

    // Places at risk: the first question with "stop within N years" options.
    const Question* stop = nullptr;
    for (const Question& q : questions)
        for (const AnswerOption& o : q.options)
            if (o.stopWithinYears > 0 && !stop)
                stop = questionnaire.find(q.code);
    if (stop)
        for (const int years : {1, 3, 5}) {
            QStringList codes;
            for (const AnswerOption& o : stop->options)
                if (o.stopWithinYears > 0 && o.stopWithinYears <= years)
                    codes << o.code;
            if (!codes.isEmpty())
                add(respondentsByRelay({DisplayCondition{stop->code, codes}}), campaign);
        }

    // Training wishes per relay.
    const Question* themes = nullptr;
    for (const Question& q : questions)
        if (q.role == trainingThemesRole() && !themes)
            themes = questionnaire.find(q.code);
    if (themes) {
        add(respondentsByRelay(chainOf(questionnaire, *themes)), campaign);
        add(QStringLiteral("SELECT c.relay_id, rl.name, a.value, count(*) ") + kAnswersOfPeople +
                QStringLiteral(
                    "JOIN childminders c ON c.id = r.childminder_id LEFT JOIN relays rl ON rl.id = "
                    "c.relay_id WHERE a.campaign_id = ?1 AND a.question_code = %1 GROUP BY "
                    "c.relay_id, a.value ")
                    .arg(quoted(themes->code)) +
                kByRelay,
            campaign);
    }
}

QHash<QString, qint64> SummaryBaseline::run()
{
    QHash<QString, qint64> counts;
    for (const Step& step : m_steps) {
        SqliteConnection::bind(step.statement, step.bindings);
        const int columns = sqlite3_column_count(step.statement);
        while (SqliteConnection::step(step.statement)) {
            for (int c = 0; c < columns; ++c)
                sqlite3_column_text(step.statement, c); // every value read, as the repository does
            if (step.statement == m_valueCounts)
                counts.insert(
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(step.statement, 0))) +
                        QLatin1Char('/') +
                        QString::fromUtf8(
                            reinterpret_cast<const char*>(sqlite3_column_text(step.statement, 1))),
                    sqlite3_column_int64(step.statement, 2));
        }
        sqlite3_reset(step.statement);
    }
    return counts;
}

} // namespace parcours::bench
