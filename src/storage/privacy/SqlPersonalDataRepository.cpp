#include "SqlPersonalDataRepository.h"

#include "Database.h"
#include "SearchIndexQueue.h"
#include "SqlValues.h"
#include "TextFolding.h"

#include <QSqlRecord>

namespace parcours {

namespace {

// Her rows in each table, as a WHERE clause in which every "?" is her id.
struct PersonTable
{
    const char* table;
    const char* where;
};

// Prospects she came from: their enrolments, immersions and stages are hers.
#define HER_PROSPECTS "(SELECT id FROM prospects WHERE childminder_id = ?)"

constexpr PersonTable kPersonTables[] = {
    {"childminders", "id = ?"},
    {"approvals", "childminder_id = ?"},
    {"approval_events", "approval_id IN (SELECT id FROM approvals WHERE childminder_id = ?)"},
    {"mam_members", "childminder_id = ?"},
    {"contacts", "childminder_id = ?"},
    {"campaign_people", "childminder_id = ?"},
    {"campaign_invitations", "childminder_id = ?"},
    {"survey_responses", "childminder_id = ?"},
    {"survey_answers", "response_id IN (SELECT id FROM survey_responses WHERE childminder_id = ?)"},
    {"enrolments", "childminder_id = ? OR prospect_id IN " HER_PROSPECTS},
    {"qualifications", "childminder_id = ?"},
    {"career_events", "childminder_id = ?"},
    {"immersions", "childminder_id = ? OR prospect_id IN " HER_PROSPECTS},
    {"activity_attendance", "childminder_id = ?"},
    {"prospects", "childminder_id = ?"},
    {"prospect_stages", "prospect_id IN " HER_PROSPECTS},
};

void bindRepeated(QSqlQuery& q, const QString& sql, qint64 id, int from = 0)
{
    const int n = int(sql.count(QLatin1Char('?')));
    for (int i = from; i < n; ++i)
        q.bindValue(i, id);
}

// Questions whose answer is the person's own words: their values go, the
// fact that she answered stays (it is counted). Every object anywhere in the
// questionnaire's body is looked at: json_tree in SQLite, the strict jsonpath
// `$.**` (each node once) in PostgreSQL.
QString freeTextCodes(const SqlDialect& dialect)
{
    if (dialect.isPostgres())
        return QStringLiteral("(SELECT n ->> 'code' FROM survey_responses r "
                              "JOIN questionnaires q ON q.id = r.questionnaire_id, "
                              "jsonb_path_query(CAST(q.body AS jsonb), 'strict $.**') n "
                              "WHERE r.id = survey_answers.response_id AND jsonb_typeof(n) = 'object' "
                              "AND n ->> 'type' IN ('short_text', 'long_text'))");
    return QStringLiteral("(SELECT json_extract(j.value, '$.code') FROM survey_responses r "
                          "JOIN questionnaires q ON q.id = r.questionnaire_id, json_tree(q.body) j "
                          "WHERE r.id = survey_answers.response_id AND j.type = 'object' "
                          "AND json_extract(j.value, '$.type') IN ('short_text', 'long_text'))");
}

QString inList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QStringLiteral("(") + parts.join(QLatin1Char(',')) + QStringLiteral(")");
}

// Large id lists are cut so one statement never carries thousands of ids.
template <typename F> void inChunks(const QList<qint64>& ids, F work)
{
    constexpr int kChunk = 500;
    for (int from = 0; from < ids.size(); from += kChunk)
        work(ids.mid(from, kChunk));
}

} // namespace

void SqlPersonalDataRepository::secureDelete()
{
    // A PostgreSQL server has no such setting: its files are the server's,
    // vacuumed by it, and reached by nobody holding a copy of the database.
    if (!m_db.isServer())
        m_db.execute(QStringLiteral("PRAGMA secure_delete = ON"));
}

QList<PersonalRecordTable> SqlPersonalDataRepository::recordsOf(qint64 childminderId) const
{
    QList<PersonalRecordTable> out;
    for (const auto& t : kPersonTables) {
        PersonalRecordTable table;
        table.table = QString::fromLatin1(t.table);
        const QString sql =
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table.table, QLatin1String(t.where));
        QSqlQuery& q = m_db.prepared(sql);
        bindRepeated(q, sql, childminderId);
        Database::run(q);
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c)
            table.columns << record.fieldName(c);
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int c = 0; c < record.count(); ++c)
                row << q.value(c);
            table.rows.append(row);
        }
        q.finish();
        out.append(table);
    }
    return out;
}

bool SqlPersonalDataRepository::exists(qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM childminders WHERE id = ?"));
    q.bindValue(0, childminderId);
    Database::run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

QDateTime SqlPersonalDataRepository::anonymisedAt(qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT anonymised_at FROM childminders WHERE id = ?"));
    q.bindValue(0, childminderId);
    Database::run(q);
    QDateTime at;
    if (q.next() && !q.value(0).isNull())
        at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    q.finish();
    return at;
}

QList<qint64> SqlPersonalDataRepository::ids(const QString& sql, qint64 childminderId) const
{
    QSqlQuery& q = m_db.prepared(sql);
    bindRepeated(q, sql, childminderId);
    Database::run(q);
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    q.finish();
    return out;
}

void SqlPersonalDataRepository::runFor(const QString& sql, qint64 childminderId, const QVariantList& leading)
{
    QSqlQuery& q = m_db.prepared(sql);
    for (int i = 0; i < leading.size(); ++i)
        q.bindValue(i, leading.at(i));
    bindRepeated(q, sql, childminderId, int(leading.size()));
    Database::run(q);
}

TouchedRows SqlPersonalDataRepository::anonymiseChildminder(qint64 childminderId, const QString& marker,
                                                            const QString& removedText, const QDateTime& at)
{
    // secure_delete makes SQLite overwrite the bytes of what it removes or
    // rewrites, so her old values do not survive in free space (which the
    // online backup API copies) until the next VACUUM.
    secureDelete();
    const QString now = at.toUTC().toString(Qt::ISODate);

    TouchedRows touched;
    touched.insert(QStringLiteral("childminders"), {childminderId});
    for (const auto& t : kPersonTables) {
        const QString table = QString::fromLatin1(t.table);
        if (table == QLatin1String("childminders") || table == QLatin1String("survey_answers") ||
            table == QLatin1String("campaign_people") || table == QLatin1String("activity_attendance"))
            continue; // no id of their own, or nothing personal in them
        const QList<qint64> rows = ids(
            QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, QLatin1String(t.where)), childminderId);
        if (!rows.isEmpty())
            touched.insert(table, rows);
    }
    // Survey answers have no id: the audit names them by their response.
    if (const auto responses = touched.value(QStringLiteral("survey_responses")); !responses.isEmpty())
        touched.insert(QStringLiteral("survey_answers"), responses);

    // The register row: the name becomes the marker; commune, RPE, status,
    // agrément dates and places stay for the statistics; the birth date
    // keeps its month (the over-60 count needs the age, not the day).
    runFor(
        QStringLiteral(
            "UPDATE childminders SET usage_name = ?, birth_name = '', first_name = '', "
            "birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE substr(birth_date, 1, 7) || '-01' END, "
            "address = '', phone = '', email = '', notes = '', sort_name = ?, identity_key = '', "
            "birth_identity_key = '', "
            "cur_approval_number = CASE WHEN cur_approval_number IS NULL THEN NULL ELSE '' END, "
            "anonymised_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
        childminderId, {marker, sortKey(marker, QString()), now, now});
    // Rows queued earlier in this transaction go in first, so the lines
    // below replace them rather than meet them again at the COMMIT.
    m_db.searchIndex().flush();
    runFor(QStringLiteral("DELETE FROM childminders_fts WHERE rowid = ?"), childminderId);
    runFor(QStringLiteral(
               "INSERT INTO childminders_fts(rowid, usage_name, birth_name, first_name, commune_name) "
               "SELECT id, usage_name, '', '', commune_name FROM childminders WHERE id = ?"),
           childminderId);

    // Agrément numbers identify her; places, dates and states stay.
    runFor(QStringLiteral("UPDATE approvals SET number = '', number_key = '', derogation = '', "
                          "version = version + 1 WHERE childminder_id = ?"),
           childminderId);
    runFor(QStringLiteral("DELETE FROM approvals_fts WHERE rowid IN "
                          "(SELECT id FROM approvals WHERE childminder_id = ?)"),
           childminderId);
    runFor(QStringLiteral("INSERT INTO approvals_fts(rowid, number) "
                          "SELECT id, '' FROM approvals WHERE childminder_id = ?"),
           childminderId);
    runFor(QStringLiteral("UPDATE approval_events SET details = '' WHERE approval_id IN "
                          "(SELECT id FROM approvals WHERE childminder_id = ?)"),
           childminderId);

    // Free text anywhere about her can name her or tell her story.
    runFor(QStringLiteral("UPDATE contacts SET notes = '', follow_up_action = '', version = version + 1 "
                          "WHERE childminder_id = ?"),
           childminderId);
    runFor(QStringLiteral("UPDATE survey_answers SET other_text = CASE WHEN coalesce(other_text, '') = '' "
                          "THEN other_text ELSE ? END WHERE response_id IN "
                          "(SELECT id FROM survey_responses WHERE childminder_id = ?)"),
           childminderId, {removedText});
    runFor(
        QStringLiteral("UPDATE survey_answers SET value = ? WHERE value <> '' AND response_id IN "
                       "(SELECT id FROM survey_responses WHERE childminder_id = ?) AND question_code IN ") +
            freeTextCodes(m_db.dialect()),
        childminderId, {removedText});
    runFor(QStringLiteral("UPDATE enrolments SET reason = '', version = version + 1 WHERE childminder_id = ? "
                          "OR prospect_id IN " HER_PROSPECTS),
           childminderId);
    runFor(
        QStringLiteral("UPDATE career_events SET note = '', version = version + 1 WHERE childminder_id = ?"),
        childminderId);
    runFor(QStringLiteral("UPDATE immersions SET note = '', version = version + 1 WHERE childminder_id = ? "
                          "OR prospect_id IN " HER_PROSPECTS),
           childminderId);

    // The prospect she came from: same identity, same fate. The funnel counts
    // her from the stages, which stay.
    runFor(QStringLiteral("UPDATE prospects SET last_name = ?, first_name = '', phone = '', email = '', "
                          "address = '', notes = '', dropped_reason = '', sort_name = ?, updated_at = ?, "
                          "version = version + 1 WHERE childminder_id = ?"),
           childminderId, {marker, sortKey(marker, QString()), now});
    runFor(QStringLiteral("UPDATE prospect_stages SET note = '' WHERE prospect_id IN " HER_PROSPECTS),
           childminderId);
    return touched;
}

TouchedRows SqlPersonalDataRepository::deleteProspects(const QList<qint64>& prospectIds)
{
    secureDelete();
    TouchedRows touched;
    inChunks(prospectIds, [&](const QList<qint64>& chunk) {
        const QString in = inList(chunk);
        for (const char* table : {"prospect_stages", "enrolments", "immersions"}) {
            // Not through prepared(): the id list changes every time.
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("SELECT id FROM %1 WHERE prospect_id IN %2").arg(QLatin1String(table), in));
            Database::run(q);
            while (q.next())
                touched[QString::fromLatin1(table)] << q.value(0).toLongLong();
            q.finish();
        }
        // Enrolments, immersions and stages go with them (ON DELETE CASCADE).
        m_db.execute(QStringLiteral("DELETE FROM prospects WHERE id IN %1").arg(in));
        touched[QStringLiteral("prospects")] << chunk;
    });
    return touched;
}

TouchedRows SqlPersonalDataRepository::clearContactNotes(const QList<qint64>& contactIds)
{
    secureDelete();
    inChunks(contactIds, [&](const QList<qint64>& chunk) {
        m_db.execute(
            QStringLiteral("UPDATE contacts SET notes = '', follow_up_action = '', version = version + 1 "
                           "WHERE id IN %1")
                .arg(inList(chunk)));
    });
    TouchedRows touched;
    if (!contactIds.isEmpty())
        touched.insert(QStringLiteral("contacts"), contactIds);
    return touched;
}

QList<RetentionItem> SqlPersonalDataRepository::items(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery& q = m_db.prepared(sql);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    Database::run(q);
    QList<RetentionItem> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), dateFromDb(q.value(1).toString().left(10))});
    q.finish();
    return out;
}

QList<RetentionItem> SqlPersonalDataRepository::endedApprovalsBefore(QDate cutoff) const
{
    // Her agrément ended on the day of its withdrawal or end when recorded,
    // otherwise on its end date (an active one past its end has expired).
    // Someone with a new agrément in progress, or seen since, is not due.
    return items(
        QStringLiteral(
            "SELECT t.id, t.ended FROM (SELECT c.id AS id, CASE WHEN c.cur_approval_status IN "
            "('withdrawn', 'ended') THEN coalesce((SELECT max(e.date) FROM approval_events e JOIN approvals "
            "a "
            "ON a.id = e.approval_id WHERE a.childminder_id = c.id AND e.kind IN ('withdrawal', 'end')), "
            "c.cur_approval_end) ELSE c.cur_approval_end END AS ended FROM childminders c "
            "WHERE c.anonymised_at IS NULL AND c.cur_approval_status IS NOT NULL AND c.status <> 'pending') "
            "t "
            "WHERE t.ended IS NOT NULL AND t.ended < ? AND NOT EXISTS (SELECT 1 FROM contacts k "
            "WHERE k.childminder_id = t.id AND k.at >= ?) ORDER BY t.id"),
        {dateToDb(cutoff), dateToDb(cutoff)});
}

QList<RetentionItem> SqlPersonalDataRepository::inactiveProspectsBefore(QDate cutoff) const
{
    // Her last sign of activity: any edit, stage, enrolment or immersion.
    return items(
        QStringLiteral("SELECT t.id, t.last FROM (SELECT p.id AS id, ") +
            m_db.dialect().greatest(
                {QStringLiteral("substr(p.updated_at, 1, 10)"), QStringLiteral("p.stage_date"),
                 QStringLiteral("p.first_contact"),
                 QStringLiteral("coalesce((SELECT max(s.date) FROM prospect_stages s WHERE s.prospect_id = "
                                "p.id), '')"),
                 QStringLiteral("coalesce((SELECT max(e.status_date) FROM enrolments e WHERE e.prospect_id = "
                                "p.id), '')"),
                 QStringLiteral("coalesce((SELECT max(i.end_date) FROM immersions i WHERE i.prospect_id = "
                                "p.id), '')")}) +
            QStringLiteral(" AS last FROM prospects p WHERE p.childminder_id IS NULL) t WHERE t.last < ? "
                           "ORDER BY t.id"),
        {dateToDb(cutoff)});
}

QList<RetentionItem> SqlPersonalDataRepository::contactNotesBefore(QDate cutoff) const
{
    return items(QStringLiteral("SELECT id, at FROM contacts WHERE at < ? AND (notes <> '' OR "
                                "follow_up_action <> '') ORDER BY id"),
                 {dateToDb(cutoff)});
}

void SqlPersonalDataRepository::compactSearchIndex()
{
    // PostgreSQL's search tables are plain tables: nothing of a removed entry
    // stays in an index segment (autovacuum reclaims the dead rows).
    if (m_db.isServer())
        return;
    // 'optimize' merges every segment into one, dropping deleted entries.
    m_db.searchIndex().flush();
    m_db.execute(QStringLiteral("INSERT INTO childminders_fts(childminders_fts) VALUES('optimize')"));
    m_db.execute(QStringLiteral("INSERT INTO approvals_fts(approvals_fts) VALUES('optimize')"));
}

void SqlPersonalDataRepository::checkpoint()
{
    if (m_db.isServer())
        return; // no write-ahead log file of ours; a failed statement would abort the transaction
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // fails harmlessly when in memory or busy
}

} // namespace parcours
