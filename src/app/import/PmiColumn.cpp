#include "PmiColumn.h"

#include <QCoreApplication>

namespace parcours {

namespace {
struct ColumnInfo
{
    PmiColumn column;
    const char* key;
    const char* label;
};
constexpr ColumnInfo kColumns[] = {
    {PmiColumn::UsageName, "usage_name", QT_TRANSLATE_NOOP("PmiColumn", "Usage name")},
    {PmiColumn::FirstName, "first_name", QT_TRANSLATE_NOOP("PmiColumn", "First name")},
    {PmiColumn::BirthName, "birth_name", QT_TRANSLATE_NOOP("PmiColumn", "Birth name")},
    {PmiColumn::BirthDate, "birth_date", QT_TRANSLATE_NOOP("PmiColumn", "Date of birth")},
    {PmiColumn::Address, "address", QT_TRANSLATE_NOOP("PmiColumn", "Address")},
    {PmiColumn::PostalCode, "postal_code", QT_TRANSLATE_NOOP("PmiColumn", "Postal code")},
    {PmiColumn::Commune, "commune", QT_TRANSLATE_NOOP("PmiColumn", "Commune")},
    {PmiColumn::Phone, "phone", QT_TRANSLATE_NOOP("PmiColumn", "Phone")},
    {PmiColumn::Email, "email", QT_TRANSLATE_NOOP("PmiColumn", "Email")},
    {PmiColumn::ApprovalNumber, "approval_number", QT_TRANSLATE_NOOP("PmiColumn", "Approval number")},
    {PmiColumn::ApprovalStart, "approval_start", QT_TRANSLATE_NOOP("PmiColumn", "Approval date")},
    {PmiColumn::ApprovalEnd, "approval_end", QT_TRANSLATE_NOOP("PmiColumn", "End of validity")},
    {PmiColumn::Places, "places", QT_TRANSLATE_NOOP("PmiColumn", "Number of places")},
    {PmiColumn::PlaceOfPractice, "place_of_practice", QT_TRANSLATE_NOOP("PmiColumn", "Place of practice")},
    {PmiColumn::Relay, "relay", QT_TRANSLATE_NOOP("PmiColumn", "Relay (RPE)")},
};
} // namespace

QList<PmiColumn> allPmiColumns()
{
    QList<PmiColumn> all;
    for (const auto& info : kColumns)
        all.append(info.column);
    return all;
}

QString pmiColumnKey(PmiColumn column)
{
    for (const auto& info : kColumns)
        if (info.column == column)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<PmiColumn> pmiColumnFromKey(const QString& key)
{
    for (const auto& info : kColumns)
        if (key == QLatin1String(info.key))
            return info.column;
    return std::nullopt;
}

QString pmiColumnLabel(PmiColumn column)
{
    for (const auto& info : kColumns)
        if (info.column == column)
            return QCoreApplication::translate("PmiColumn", info.label);
    return {};
}

} // namespace parcours
