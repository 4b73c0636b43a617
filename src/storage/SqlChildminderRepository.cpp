#include "SqlChildminderRepository.h"

#include "Approval.h"
#include "ChildminderListSql.h"
#include "Database.h"
#include "DomainError.h"
#include "SearchIndexQueue.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>
#include <algorithm>

namespace parcours {

namespace {

QString identityKey(const QString& surname, const QString& firstName, QDate birthDate)
{
    if (surname.isEmpty())
        return {};
    return foldForMatching(surname) + QLatin1Char('|') + foldForMatching(firstName) + QLatin1Char('|') +
           birthDate.toString(Qt::ISODate);
}

QString surnameOf(const Childminder& p)
{
    return p.usageName.isEmpty() ? p.birthName : p.usageName;
}

void bindPerson(QSqlQuery& q, const Childminder& p)
{
    q.bindValue(QStringLiteral(":usage_name"), textToDb(p.usageName));
    q.bindValue(QStringLiteral(":birth_name"), textToDb(p.birthName));
    q.bindValue(QStringLiteral(":first_name"), textToDb(p.firstName));
    q.bindValue(QStringLiteral(":birth_date"), dateToDb(p.birthDate));
    q.bindValue(QStringLiteral(":address"), textToDb(p.address));
    q.bindValue(QStringLiteral(":insee_code"), textToDb(p.inseeCode));
    q.bindValue(QStringLiteral(":postal_code"), textToDb(p.postalCode));
    q.bindValue(QStringLiteral(":commune_name"), textToDb(p.communeName));
    q.bindValue(QStringLiteral(":phone"), textToDb(p.phone));
    q.bindValue(QStringLiteral(":email"), textToDb(p.email));
    q.bindValue(QStringLiteral(":status"), statusKey(p.status));
    q.bindValue(QStringLiteral(":relay_id"), idToDb(p.relayId));
    q.bindValue(QStringLiteral(":relay_overridden"), p.relayOverridden ? 1 : 0);
    q.bindValue(QStringLiteral(":mam_id"), idToDb(p.mamId));
    q.bindValue(QStringLiteral(":notes"), textToDb(p.notes));
    q.bindValue(QStringLiteral(":sort_name"), sortKey(surnameOf(p), p.firstName));
    q.bindValue(QStringLiteral(":identity_key"),
                textToDb(identityKey(p.usageName, p.firstName, p.birthDate)));
    q.bindValue(QStringLiteral(":birth_identity_key"),
                textToDb(identityKey(p.birthName, p.firstName, p.birthDate)));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

const QString kColumns = QStringLiteral(
    "id, usage_name, birth_name, first_name, birth_date, address, insee_code, postal_code, commune_name, "
    "phone, email, status, relay_id, relay_overridden, mam_id, notes, version");

Childminder personFrom(const QSqlQuery& q)
{
    Childminder p;
    p.id = q.value(0).toLongLong();
    p.usageName = q.value(1).toString();
    p.birthName = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.birthDate = dateFromDb(q.value(4));
    p.address = q.value(5).toString();
    p.inseeCode = q.value(6).toString();
    p.postalCode = q.value(7).toString();
    p.communeName = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.email = q.value(10).toString();
    p.status = statusFromKey(q.value(11).toString()).value_or(ChildminderStatus::Active);
    p.relayId = q.value(12).toLongLong();
    p.relayOverridden = q.value(13).toBool();
    p.mamId = q.value(14).toLongLong();
    p.notes = q.value(15).toString();
    p.version = q.value(16).toInt();
    return p;
}

QList<qint64> idsFrom(QSqlQuery& q)
{
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

} // namespace

std::optional<Childminder> SqlChildminderRepository::find(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM childminders WHERE id = ?"));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<Childminder> result;
    if (q.next())
        result = personFrom(q);
    q.finish();
    return result;
}

void SqlChildminderRepository::insert(Childminder& person)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO childminders(usage_name, birth_name, first_name, birth_date, address, insee_code, "
        "postal_code, commune_name, phone, email, status, relay_id, relay_overridden, mam_id, notes, "
        "sort_name, "
        "identity_key, birth_identity_key, version, created_at, updated_at) VALUES (:usage_name, "
        ":birth_name, "
        ":first_name, :birth_date, :address, :insee_code, :postal_code, :commune_name, :phone, :email, "
        ":status, "
        ":relay_id, :relay_overridden, :mam_id, :notes, :sort_name, :identity_key, :birth_identity_key, 1, "
        ":now, :now) RETURNING id"));
    bindPerson(q, person);
    Database::run(q);
    person.id = Database::insertedId(q);
    person.version = 1;
    writeSearchIndex(person, false);
}

void SqlChildminderRepository::update(Childminder& person)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE childminders SET usage_name = :usage_name, birth_name = :birth_name, first_name = "
        ":first_name, "
        "birth_date = :birth_date, address = :address, insee_code = :insee_code, postal_code = :postal_code, "
        "commune_name = :commune_name, phone = :phone, email = :email, status = :status, relay_id = "
        ":relay_id, "
        "relay_overridden = :relay_overridden, mam_id = :mam_id, notes = :notes, sort_name = :sort_name, "
        "identity_key = :identity_key, birth_identity_key = :birth_identity_key, version = version + 1, "
        "updated_at = :now WHERE id = :id AND version = :version"));
    bindPerson(q, person);
    q.bindValue(QStringLiteral(":id"), person.id);
    q.bindValue(QStringLiteral(":version"), person.version);
    Database::run(q);
    if (q.numRowsAffected() != 1) {
        if (!find(person.id))
            throw NotFound(QCoreApplication::translate("SqlChildminderRepository",
                                                       "This childminder no longer exists in the database."));
        throw ConcurrencyConflict(QCoreApplication::translate(
            "SqlChildminderRepository",
            "Someone else saved this childminder's file while you were editing it. "
            "Compare both versions before saving again."));
    }
    ++person.version;
    writeSearchIndex(person, true);
}

void SqlChildminderRepository::writeSearchIndex(const Childminder& person, bool replace)
{
    m_db.searchIndex().refresh(SearchIndexQueue::Index::Childminders, person.id, replace);
}

namespace {

// A register row from the page query, read the same way from QtSql or from
// SQLite's C API (see SqliteStatement).
struct QtSqlRow
{
    const QSqlQuery& q;
    qint64 int64(int i) const { return q.value(i).toLongLong(); }
    int integer(int i) const { return q.value(i).toInt(); }
    QString text(int i) const { return q.value(i).toString(); }
    QDate date(int i) const { return dateFromDb(q.value(i)); }
};

template <class Row> ChildminderSummary summaryFrom(const Row& row)
{
    ChildminderSummary s;
    s.id = row.int64(0);
    s.surname = row.text(1);
    s.firstName = row.text(2);
    s.birthDate = row.date(3);
    s.communeName = row.text(4);
    s.postalCode = row.text(5);
    s.relayName = row.text(6);
    s.status = statusFromKey(row.text(7)).value_or(ChildminderStatus::Active);
    s.approvalNumber = row.text(8);
    s.approvalEnd = row.date(9);
    s.places = row.integer(10);
    s.phone = row.text(11);
    return s;
}

} // namespace

SqlChildminderRepository::SqlChildminderRepository(Database& db) : m_db(db) {}

SqlChildminderRepository::~SqlChildminderRepository() = default;

SqliteStatement* SqlChildminderRepository::pageStatement(const QString& sql) const
{
    auto it = m_pageStatements.find(sql);
    if (it != m_pageStatements.end() && it->second && !it->second->belongsTo(m_db)) {
        m_pageStatements.erase(it);
        it = m_pageStatements.end();
    }
    if (it == m_pageStatements.end())
        it = m_pageStatements.emplace(sql, SqliteStatement::prepare(m_db, sql)).first;
    return it->second.get();
}

QList<ChildminderSummary> SqlChildminderRepository::list(const ChildminderQuery& query) const
{
    m_db.searchIndex().flush(); // a search inside a write transaction sees its own writes
    const auto filter = ChildminderListSql::filter(query, m_db.dialect());
    // The surname shown is her usage name, else her birth name.
    const QString sql =
        QStringLiteral(
            "SELECT c.id, coalesce(nullif(c.usage_name, ''), c.birth_name), c.first_name, c.birth_date, "
            "c.commune_name, c.postal_code, r.name, c.status, c.cur_approval_number, c.cur_approval_end, "
            "c.cur_places, c.phone FROM childminders c LEFT JOIN relays r ON r.id = c.relay_id") +
        filter.where + ChildminderListSql::orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = filter.bindings;
    values << query.limit << query.offset;
    QList<ChildminderSummary> rows;
    rows.reserve(std::clamp(query.limit, 0, 1000));
    if (SqliteStatement* page = pageStatement(sql)) {
        // Reset however the loop ends, so no read transaction stays open.
        const auto finish = qScopeGuard([page] { page->reset(); });
        page->start(values);
        while (page->next())
            rows.append(summaryFrom(*page));
        return rows;
    }
    QSqlQuery& q = m_db.prepared(sql);
    bindAll(q, values);
    Database::run(q);
    while (q.next())
        rows.append(summaryFrom(QtSqlRow{q}));
    q.finish();
    return rows;
}

int SqlChildminderRepository::count(const ChildminderQuery& query) const
{
    m_db.searchIndex().flush();
    const auto filter = ChildminderListSql::filter(query, m_db.dialect());
    // The relay join is only needed for sorting; counting never joins.
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM childminders c") + filter.where);
    int i = 0;
    for (const auto& b : filter.bindings)
        q.bindValue(i++, b);
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<qint64> SqlChildminderRepository::findByApprovalNumber(const QString& number) const
{
    const QString key = approvalNumberKey(number);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT childminder_id FROM approvals WHERE number_key = ? "
                                                "ORDER BY start_date DESC NULLS LAST LIMIT 1"));
    q.bindValue(0, key);
    Database::run(q);
    const auto ids = idsFrom(q);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.front();
}

std::optional<qint64> SqlChildminderRepository::findByIdentity(const QString& surname,
                                                               const QString& firstName,
                                                               QDate birthDate) const
{
    const QString key = identityKey(surname, firstName, birthDate);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM childminders WHERE identity_key = ? UNION SELECT id FROM childminders "
                       "WHERE birth_identity_key = ? ORDER BY 1 LIMIT 1"));
    q.bindValue(0, key);
    q.bindValue(1, key);
    Database::run(q);
    const auto ids = idsFrom(q);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.front();
}

QList<qint64> SqlChildminderRepository::alertCandidates(QDate today, QDate endingOnOrBefore) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM childminders WHERE status IN ('active', 'suspended') "
        "AND (cur_approval_end IS NULL OR cur_approval_end <= ? "
        "OR cur_approval_status IN ('withdrawn', 'ended')) "
        "UNION SELECT a.childminder_id FROM approval_events e JOIN approvals a ON a.id = e.approval_id "
        "WHERE e.kind = 'suspension' AND e.date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
        "ORDER BY 1"));
    q.bindValue(0, dateToDb(endingOnOrBefore));
    q.bindValue(1, dateToDb(today));
    q.bindValue(2, dateToDb(today));
    Database::run(q);
    return idsFrom(q);
}

RegisterStatistics SqlChildminderRepository::statistics(QDate today) const
{
    RegisterStatistics stats;
    QSqlQuery& totals = m_db.prepared(
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE status = 'active'), "
                       "coalesce(sum(CASE WHEN status = 'active' AND cur_approval_end >= ? "
                       "AND cur_approval_status IN ('active', 'suspended') THEN cur_places END), 0), "
                       "count(*) FILTER (WHERE status = 'active' AND birth_date <= ?) FROM childminders"));
    totals.bindValue(0, dateToDb(today));
    totals.bindValue(1, dateToDb(today.addYears(-60)));
    Database::run(totals);
    if (totals.next()) {
        stats.totalChildminders = totals.value(0).toInt();
        stats.activeChildminders = totals.value(1).toInt();
        stats.places = totals.value(2).toInt();
        stats.over60 = totals.value(3).toInt();
    }
    totals.finish();

    QSqlQuery& byRelay = m_db.prepared(QStringLiteral(
        "SELECT c.relay_id, r.name, count(*), coalesce(sum(CASE WHEN c.cur_approval_end >= ? "
        "AND c.cur_approval_status IN ('active', 'suspended') THEN c.cur_places END), 0) "
        "FROM childminders c LEFT JOIN relays r ON r.id = c.relay_id WHERE c.status = 'active' "
        "GROUP BY c.relay_id, r.name ORDER BY r.name IS NULL, r.name"));
    byRelay.bindValue(0, dateToDb(today));
    Database::run(byRelay);
    while (byRelay.next())
        stats.byRelay.append(RelayBreakdownRow{byRelay.value(0).toLongLong(), byRelay.value(1).toString(),
                                               byRelay.value(2).toInt(), byRelay.value(3).toInt()});
    byRelay.finish();
    return stats;
}

int SqlChildminderRepository::reassignRelay(const QString& inseeCode, qint64 relayId)
{
    // The relay is derived data, not the person's own: her version is left
    // alone so an open editor does not report a conflict for it.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE childminders SET relay_id = ? WHERE insee_code = ? AND relay_overridden = 0 "
                       "AND relay_id IS DISTINCT FROM ?"));
    q.bindValue(0, idToDb(relayId));
    q.bindValue(1, inseeCode);
    q.bindValue(2, idToDb(relayId));
    Database::run(q);
    return q.numRowsAffected();
}

QList<qint64> SqlChildminderRepository::idsWithStatus(const QList<ChildminderStatus>& statuses) const
{
    QStringList keys;
    for (auto s : statuses)
        keys << QLatin1Char('\'') + statusKey(s) + QLatin1Char('\'');
    if (keys.isEmpty())
        return {};
    // Status keys are our own constants, never user text: safe to inline.
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM childminders WHERE status IN (") +
                                 keys.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY id"));
    Database::run(q);
    return idsFrom(q);
}

} // namespace parcours
