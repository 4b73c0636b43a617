#include "ChildminderMerge.h"

#include <QCoreApplication>

namespace parcours {

namespace {
QString label(const char* text)
{
    return QCoreApplication::translate("ChildminderMerge", text);
}
} // namespace

QList<MergeField<Childminder>> ChildminderMerge::fields(const RelayNamer& relayName)
{
    using C = Childminder;
    return {
        {QStringLiteral("usageName"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Usage name")),
         [](const C& p) { return p.usageName; }, [](C& to, const C& from) { to.usageName = from.usageName; }},
        {QStringLiteral("birthName"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Birth name")),
         [](const C& p) { return p.birthName; }, [](C& to, const C& from) { to.birthName = from.birthName; }},
        {QStringLiteral("firstName"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "First name")),
         [](const C& p) { return p.firstName; }, [](C& to, const C& from) { to.firstName = from.firstName; }},
        {QStringLiteral("birthDate"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Date of birth")),
         [](const C& p) { return p.birthDate.toString(QStringLiteral("dd/MM/yyyy")); },
         [](C& to, const C& from) { to.birthDate = from.birthDate; }},
        {QStringLiteral("address"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Address")),
         [](const C& p) { return p.address; }, [](C& to, const C& from) { to.address = from.address; }},
        // Code, postal code and name travel together: a merge never mixes halves.
        {QStringLiteral("commune"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Commune")),
         [](const C& p) { return QStringLiteral("%1 %2").arg(p.postalCode, p.communeName).trimmed(); },
         [](C& to, const C& from) {
             to.inseeCode = from.inseeCode;
             to.postalCode = from.postalCode;
             to.communeName = from.communeName;
         }},
        {QStringLiteral("phone"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Phone")),
         [](const C& p) { return p.phone; }, [](C& to, const C& from) { to.phone = from.phone; }},
        {QStringLiteral("email"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Email")),
         [](const C& p) { return p.email; }, [](C& to, const C& from) { to.email = from.email; }},
        {QStringLiteral("status"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Status")),
         [](const C& p) { return statusLabel(p.status); },
         [](C& to, const C& from) { to.status = from.status; }},
        {QStringLiteral("relay"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "RPE chosen by hand")),
         [](const C& p) { return p.relayOverridden ? QString::number(p.relayId) : QString(); },
         [](C& to, const C& from) {
             to.relayOverridden = from.relayOverridden;
             if (from.relayOverridden)
                 to.relayId = from.relayId;
         },
         [relayName](const C& p) {
             if (!p.relayOverridden)
                 return label(QT_TRANSLATE_NOOP("ChildminderMerge", "(follows her commune)"));
             return relayName ? relayName(p.relayId) : QString::number(p.relayId);
         }},
        {QStringLiteral("notes"), label(QT_TRANSLATE_NOOP("ChildminderMerge", "Notes")),
         [](const C& p) { return p.notes; }, [](C& to, const C& from) { to.notes = from.notes; }},
    };
}

ChildminderMerge::ChildminderMerge(Childminder base, Childminder mine, Childminder theirs,
                                   RelayNamer relayName)
    : m_merge(fields(relayName), std::move(base), std::move(mine), std::move(theirs))
{
}

} // namespace parcours
