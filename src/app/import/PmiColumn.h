#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// What a column of a PMI list holds. The import wizard maps each column of
// the file to one of these (or to nothing: the column is ignored).
enum class PmiColumn {
    UsageName,
    FirstName,
    BirthName,
    BirthDate,
    Address,
    PostalCode,
    Commune,
    Phone,
    Email,
    ApprovalNumber,
    ApprovalStart,
    ApprovalEnd,
    Places,
    PlaceOfPractice,
    Relay,
};

QList<PmiColumn> allPmiColumns();
// Stable key for the CLI's "--map 3=birth_date" and saved wizard mappings.
QString pmiColumnKey(PmiColumn column);
std::optional<PmiColumn> pmiColumnFromKey(const QString& key);
// Translated name shown in the wizard's column choosers and in messages.
QString pmiColumnLabel(PmiColumn column);

} // namespace parcours
