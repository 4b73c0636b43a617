#include "SqlResponseRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {
const QString kResponseColumns = QStringLiteral(
    "SELECT r.id, r.campaign_id, r.childminder_id, r.questionnaire_id, r.submitted_at, r.source, "
    "r.channel, r.entered_by, r.version FROM survey_responses r ");
} // namespace

void SqlResponseRepository::save(SurveyResponse& response)
{
    QSqlQuery& current = m_db.prepared(QStringLiteral(
        "SELECT id, version FROM survey_responses WHERE campaign_id = ? AND childminder_id = ?"));
    current.bindValue(0, response.campaignId);
    current.bindValue(1, response.childminderId);
    Database::run(current);
    const bool exists = current.next();
    const qint64 storedId = exists ? current.value(0).toLongLong() : 0;
    const int storedVersion = exists ? current.value(1).toInt() : 0;
    current.finish();
    if (storedVersion != response.version)
        throw ConcurrencyConflict(QCoreApplication::translate(
            "SqlResponseRepository",
            "Someone else saved a response for this person meanwhile. Reopen it and try again."));

    if (!response.submittedAt.isValid())
        response.submittedAt = QDateTime::currentDateTime();
    const QVariantList values = {response.questionnaireId, response.submittedAt.toString(Qt::ISODate),
                                 responseSourceKey(response.source), contactChannelKey(response.channel),
                                 textToDb(response.enteredBy)};
    if (!exists) {
        QSqlQuery& insert = m_db.prepared(QStringLiteral(
            "INSERT INTO survey_responses(questionnaire_id, submitted_at, source, channel, entered_by, "
            "campaign_id, childminder_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        insert.bindValue(5, response.campaignId);
        insert.bindValue(6, response.childminderId);
        Database::run(insert);
        response.id = Database::insertedId(insert);
        response.version = 1;
    } else {
        QSqlQuery& update = m_db.prepared(
            QStringLiteral("UPDATE survey_responses SET questionnaire_id = ?, submitted_at = ?, source = ?, "
                           "channel = ?, entered_by = ?, version = version + 1 WHERE id = ?"));
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values[i]);
        update.bindValue(5, storedId);
        Database::run(update);
        QSqlQuery& clear = m_db.prepared(QStringLiteral("DELETE FROM survey_answers WHERE response_id = ?"));
        clear.bindValue(0, storedId);
        Database::run(clear);
        response.id = storedId;
        ++response.version;
    }
    writeAnswers(response);
}

void SqlResponseRepository::writeAnswers(const SurveyResponse& response)
{
    // Each answer carries its response's campaign (migration 11): the
    // summary counts a campaign's answers without reading its responses.
    // A response keeps its campaign: save() finds it by (campaign, person).
    QSqlQuery& insert = m_db.prepared(QStringLiteral(
        "INSERT INTO survey_answers(response_id, question_code, value, other_text, campaign_id) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
        for (const QString& value : it.value()) {
            insert.bindValue(0, response.id);
            insert.bindValue(1, it.key());
            insert.bindValue(2, textToDb(value));
            insert.bindValue(3, value == otherAnswerCode()
                                    ? QVariant(textToDb(response.otherTexts.value(it.key())))
                                    : QVariant(QMetaType(QMetaType::QString)));
            insert.bindValue(4, response.campaignId);
            Database::run(insert);
        }
    }
}

std::optional<SurveyResponse> SqlResponseRepository::findWhere(const QString& whereAndOrder,
                                                               const QVariantList& bindings) const
{
    QSqlQuery& q = m_db.prepared(kResponseColumns + whereAndOrder);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    Database::run(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    SurveyResponse r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.childminderId = q.value(2).toLongLong();
    r.questionnaireId = q.value(3).toLongLong();
    r.submittedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.source = responseSourceFromKey(q.value(5).toString()).value_or(ResponseSource::Staff);
    r.channel = contactChannelFromKey(q.value(6).toString()).value_or(ContactChannel::Phone);
    r.enteredBy = q.value(7).toString();
    r.version = q.value(8).toInt();
    q.finish();

    // In primary-key order: SQLite's WITHOUT ROWID table reads so anyway,
    // PostgreSQL's heap would give the multiple choices in any order.
    QSqlQuery& answers = m_db.prepared(
        QStringLiteral("SELECT question_code, value, other_text FROM survey_answers WHERE response_id = ? "
                       "ORDER BY question_code, value"));
    answers.bindValue(0, r.id);
    Database::run(answers);
    while (answers.next()) {
        const QString code = answers.value(0).toString();
        const QString value = answers.value(1).toString();
        r.answers[code].append(value);
        if (value == otherAnswerCode())
            r.otherTexts.insert(code, answers.value(2).toString());
    }
    answers.finish();
    return r;
}

std::optional<SurveyResponse> SqlResponseRepository::find(qint64 campaignId, qint64 childminderId) const
{
    return findWhere(QStringLiteral("WHERE r.campaign_id = ? AND r.childminder_id = ?"),
                     {campaignId, childminderId});
}

std::optional<SurveyResponse> SqlResponseRepository::previous(qint64 childminderId, int year) const
{
    return findWhere(QStringLiteral("JOIN campaigns c ON c.id = r.campaign_id WHERE r.childminder_id = ? AND "
                                    "c.year < ? ORDER BY c.year DESC LIMIT 1"),
                     {childminderId, year});
}

int SqlResponseRepository::count(qint64 campaignId) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM survey_responses WHERE campaign_id = ?"));
    q.bindValue(0, campaignId);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace parcours
