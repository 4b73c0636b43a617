#include "ChildminderListSql.h"

#include "SqlValues.h"

#include <QStringList>

namespace parcours {

void ChildminderListSql::splitSearch(const QString& text, QStringList* nameWords, QStringList* numberWords)
{
    QString word;
    bool hasDigit = false;
    auto flush = [&] {
        if (!word.isEmpty())
            (hasDigit ? numberWords : nameWords)->append(word);
        word.clear();
        hasDigit = false;
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
            hasDigit = hasDigit || c.isDigit();
        } else {
            flush();
        }
    }
    flush();
}

ChildminderListSql ChildminderListSql::filter(const ChildminderQuery& query, const SqlDialect& dialect)
{
    ChildminderListSql sql;
    QStringList conditions;
    QStringList nameWords;
    QStringList numberWords;
    splitSearch(query.text, &nameWords, &numberWords);
    if (!nameWords.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT rowid FROM childminders_fts WHERE %1)")
                          .arg(dialect.fullTextMatch(QStringLiteral("childminders_fts")));
        sql.bindings << dialect.fullTextPrefixQuery(nameWords);
    }
    if (!numberWords.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT a.childminder_id FROM approvals a WHERE a.id IN "
                                     "(SELECT rowid FROM approvals_fts WHERE %1))")
                          .arg(dialect.fullTextMatch(QStringLiteral("approvals_fts")));
        sql.bindings << dialect.fullTextPrefixQuery(numberWords);
    }
    if (query.relayId > 0) {
        conditions << QStringLiteral("c.relay_id = ?");
        sql.bindings << query.relayId;
    } else if (query.relayId < 0) {
        conditions << QStringLiteral("c.relay_id IS NULL");
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (auto s : query.statuses) {
            marks << QStringLiteral("?");
            sql.bindings << statusKey(s);
        }
        conditions << QStringLiteral("c.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!query.inseeCode.isEmpty()) {
        conditions << QStringLiteral("c.insee_code = ?");
        sql.bindings << query.inseeCode;
    }
    if (query.approvalEndingBefore.isValid()) {
        conditions << QStringLiteral("c.cur_approval_end < ?");
        sql.bindings << dateToDb(query.approvalEndingBefore);
    }
    if (!conditions.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString ChildminderListSql::orderBy(const ChildminderQuery& query)
{
    QString column;
    // Columns that may be empty (no relay, no agrément, no birth date).
    bool nullable = false;
    switch (query.sort) {
    case ChildminderSortColumn::Name:
        column = QStringLiteral("c.sort_name");
        break;
    case ChildminderSortColumn::FirstName:
        column = QStringLiteral("c.first_name COLLATE NOCASE");
        break;
    case ChildminderSortColumn::Commune:
        column = QStringLiteral("c.commune_name COLLATE NOCASE");
        break;
    case ChildminderSortColumn::Relay:
        column = QStringLiteral("r.name COLLATE NOCASE");
        nullable = true;
        break;
    case ChildminderSortColumn::Status:
        column = QStringLiteral("c.status");
        break;
    case ChildminderSortColumn::ApprovalNumber:
        column = QStringLiteral("c.cur_approval_number");
        nullable = true;
        break;
    case ChildminderSortColumn::ApprovalEnd:
        column = QStringLiteral("c.cur_approval_end");
        nullable = true;
        break;
    case ChildminderSortColumn::Places:
        column = QStringLiteral("c.cur_places");
        break;
    case ChildminderSortColumn::BirthDate:
        column = QStringLiteral("c.birth_date");
        nullable = true;
        break;
    }
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Ties broken by name then id so paging is stable.
    if (query.sort == ChildminderSortColumn::Name)
        return QStringLiteral(" ORDER BY c.sort_name") + direction + QStringLiteral(", c.id") + direction;
    // Empty values first going up, last going down, as SQLite always did:
    // PostgreSQL's default is the reverse (issue 6). For SQLite the clause
    // only spells out its default, and its indexes still serve the order.
    QString nulls;
    if (nullable)
        nulls = query.ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    return QStringLiteral(" ORDER BY ") + column + direction + nulls + QStringLiteral(", c.sort_name, c.id");
}

} // namespace parcours
