#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// One value of an enum with the stable key stored in the database and in
// JSON/CSV, and its English label (marked with QT_TRANSLATE_NOOP so lupdate
// finds it). Each enum keeps one constexpr table of these; the functions
// below are the only lookups, so every enum behaves the same.
template <typename Enum> struct KeyedValue
{
    Enum value;
    const char* key;
    const char* label;
};

template <typename Enum, size_t N> QString enumKey(const KeyedValue<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> enumFromKey(const KeyedValue<Enum> (&table)[N], const QString& key)
{
    for (const auto& entry : table)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

// `context` is the translation context the table's QT_TRANSLATE_NOOP uses.
template <typename Enum, size_t N>
QString enumLabel(const KeyedValue<Enum> (&table)[N], const char* context, Enum value)
{
    for (const auto& entry : table)
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.label);
    return {};
}

template <typename Enum, size_t N> QList<Enum> enumValues(const KeyedValue<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace parcours
