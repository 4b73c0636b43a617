#include "SqlQuestionnaireRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "QuestionnaireJson.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {
// UTC with seconds: sorts as text and reads back equal to what was saved.
QString timeToDb(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime timeFromDb(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

void SqlQuestionnaireRepository::save(QuestionnaireTemplate& t)
{
    QuestionnaireTemplate stored = t;
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    // Drop milliseconds so the caller's copy equals what a later read returns.
    stored.createdAt = timeFromDb(timeToDb(stored.createdAt));
    // Reading the highest version and inserting the next one must not
    // interleave with another writer; UNIQUE(name, version) is the backstop.
    m_db.inWriteTransaction([&] {
        QSqlQuery& next = m_db.prepared(
            QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM questionnaires WHERE name = ?"));
        next.bindValue(0, textToDb(stored.name));
        Database::run(next);
        stored.version = next.next() ? next.value(0).toInt() : 1;
        next.finish();

        QSqlQuery& insert = m_db.prepared(QStringLiteral(
            "INSERT INTO questionnaires(name, version, created_at, body) VALUES (?, ?, ?, ?) RETURNING id"));
        insert.bindValue(0, textToDb(stored.name));
        insert.bindValue(1, stored.version);
        insert.bindValue(2, timeToDb(stored.createdAt));
        insert.bindValue(3, QString::fromUtf8(questionnaireToJson(stored)));
        Database::run(insert);
        stored.id = Database::insertedId(insert);
    });
    t = stored;
}

std::optional<QuestionnaireTemplate> SqlQuestionnaireRepository::one(const QString& whereAndOrder,
                                                                     const QVariant& binding) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, name, version, created_at, body FROM questionnaires ") + whereAndOrder);
    q.bindValue(0, binding);
    Database::run(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const int version = q.value(2).toInt();
    const QDateTime createdAt = timeFromDb(q.value(3));
    const QByteArray body = q.value(4).toString().toUtf8();
    q.finish();

    QString error;
    auto t = questionnaireFromJson(body, &error);
    if (!t)
        throw StorageError(QCoreApplication::translate("SqlQuestionnaireRepository",
                                                       "Questionnaire %1 (version %2) cannot be read: %3")
                               .arg(name)
                               .arg(version)
                               .arg(error));
    // The columns are authoritative: the body is what was saved alongside them.
    t->id = id;
    t->name = name;
    t->version = version;
    t->createdAt = createdAt;
    return t;
}

std::optional<QuestionnaireTemplate> SqlQuestionnaireRepository::find(qint64 id) const
{
    return one(QStringLiteral("WHERE id = ?"), id);
}

std::optional<QuestionnaireTemplate> SqlQuestionnaireRepository::latest(const QString& name) const
{
    return one(QStringLiteral("WHERE name = ? ORDER BY version DESC LIMIT 1"), textToDb(name));
}

QList<QuestionnaireVersionInfo> SqlQuestionnaireRepository::versions(const QString& name) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, version, created_at FROM questionnaires WHERE name = ? ORDER BY version"));
    q.bindValue(0, textToDb(name));
    Database::run(q);
    QList<QuestionnaireVersionInfo> out;
    while (q.next())
        out.append(
            QuestionnaireVersionInfo{q.value(0).toLongLong(), q.value(1).toInt(), timeFromDb(q.value(2))});
    q.finish();
    return out;
}

QStringList SqlQuestionnaireRepository::names() const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT name FROM questionnaires GROUP BY name ORDER BY name COLLATE NOCASE, name"));
    Database::run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

} // namespace parcours
