#pragma once

#include "ChildminderQuery.h"
#include "SqlDialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace parcours {

// Builds the WHERE clause and ORDER BY of a register query. Kept apart from
// the repository so the same filter serves the page and its count.
struct ChildminderListSql
{
    QString where; // starts with " WHERE" or is empty
    QVariantList bindings;

    static ChildminderListSql filter(const ChildminderQuery& query, const SqlDialect& dialect);
    static QString orderBy(const ChildminderQuery& query);
    // Splits typed text into words; words with a digit are approval-number
    // parts, the others name or commune parts.
    static void splitSearch(const QString& text, QStringList* nameWords, QStringList* numberWords);
};

} // namespace parcours
