#include "ChildminderMerge.h"

#include <QCoreApplication>

namespace parcours {

// One editable field: how to read it for comparison and display, and how to
// copy it from one version to another. Fields the form edits together (the
// commune's code, postal code and name; the relay and whether it was chosen by
// hand) travel together so a merge never mixes halves of them.
struct ChildminderMerge::Field
{
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP("ChildminderMerge", ...)
    std::function<QString(const Childminder&)> value;
    std::function<void(Childminder& to, const Childminder& from)> copy;
};

const QList<ChildminderMerge::Field>& ChildminderMerge::fields()
{
    static const QList<Field> all = {
        {"usageName", QT_TRANSLATE_NOOP("ChildminderMerge", "Usage name"),
         [](const Childminder& p) { return p.usageName; },
         [](Childminder& to, const Childminder& from) { to.usageName = from.usageName; }},
        {"birthName", QT_TRANSLATE_NOOP("ChildminderMerge", "Birth name"),
         [](const Childminder& p) { return p.birthName; },
         [](Childminder& to, const Childminder& from) { to.birthName = from.birthName; }},
        {"firstName", QT_TRANSLATE_NOOP("ChildminderMerge", "First name"),
         [](const Childminder& p) { return p.firstName; },
         [](Childminder& to, const Childminder& from) { to.firstName = from.firstName; }},
        {"birthDate", QT_TRANSLATE_NOOP("ChildminderMerge", "Date of birth"),
         [](const Childminder& p) { return p.birthDate.toString(QStringLiteral("dd/MM/yyyy")); },
         [](Childminder& to, const Childminder& from) { to.birthDate = from.birthDate; }},
        {"address", QT_TRANSLATE_NOOP("ChildminderMerge", "Address"),
         [](const Childminder& p) { return p.address; },
         [](Childminder& to, const Childminder& from) { to.address = from.address; }},
        {"commune", QT_TRANSLATE_NOOP("ChildminderMerge", "Commune"),
         [](const Childminder& p) {
             return QStringLiteral("%1 %2").arg(p.postalCode, p.communeName).trimmed();
         },
         [](Childminder& to, const Childminder& from) {
             to.inseeCode = from.inseeCode;
             to.postalCode = from.postalCode;
             to.communeName = from.communeName;
         }},
        {"phone", QT_TRANSLATE_NOOP("ChildminderMerge", "Phone"),
         [](const Childminder& p) { return p.phone; },
         [](Childminder& to, const Childminder& from) { to.phone = from.phone; }},
        {"email", QT_TRANSLATE_NOOP("ChildminderMerge", "Email"),
         [](const Childminder& p) { return p.email; },
         [](Childminder& to, const Childminder& from) { to.email = from.email; }},
        {"status", QT_TRANSLATE_NOOP("ChildminderMerge", "Status"),
         [](const Childminder& p) { return statusLabel(p.status); },
         [](Childminder& to, const Childminder& from) { to.status = from.status; }},
        {"relay", QT_TRANSLATE_NOOP("ChildminderMerge", "RPE chosen by hand"),
         [](const Childminder& p) { return p.relayOverridden ? QString::number(p.relayId) : QString(); },
         [](Childminder& to, const Childminder& from) {
             to.relayOverridden = from.relayOverridden;
             if (from.relayOverridden)
                 to.relayId = from.relayId;
         }},
        {"notes", QT_TRANSLATE_NOOP("ChildminderMerge", "Notes"),
         [](const Childminder& p) { return p.notes; },
         [](Childminder& to, const Childminder& from) { to.notes = from.notes; }},
    };
    return all;
}

ChildminderMerge::ChildminderMerge(Childminder base, Childminder mine, Childminder theirs,
                                   RelayNamer relayName)
    : m_base(std::move(base)), m_mine(std::move(mine)), m_theirs(std::move(theirs)),
      m_relayName(std::move(relayName))
{
}

QString ChildminderMerge::display(const Field& field, const Childminder& person) const
{
    if (qstrcmp(field.key, "relay") == 0) {
        if (!person.relayOverridden)
            return QCoreApplication::translate("ChildminderMerge", "(follows her commune)");
        return m_relayName ? m_relayName(person.relayId) : QString::number(person.relayId);
    }
    return field.value(person);
}

QList<FieldConflict> ChildminderMerge::differences() const
{
    QList<FieldConflict> result;
    for (const Field& field : fields()) {
        const QString mine = field.value(m_mine);
        const QString theirs = field.value(m_theirs);
        if (mine == theirs)
            continue;
        const QString base = field.value(m_base);
        FieldConflict conflict;
        conflict.key = QString::fromLatin1(field.key);
        conflict.label = QCoreApplication::translate("ChildminderMerge", field.label);
        conflict.mine = display(field, m_mine);
        conflict.theirs = display(field, m_theirs);
        const bool changedByMe = mine != base;
        const bool changedByThem = theirs != base;
        conflict.changedByBoth = changedByMe && changedByThem;
        // Suggest the side that changed it; on a clash, what the user typed.
        conflict.keepMine = changedByMe;
        result.append(conflict);
    }
    return result;
}

Childminder ChildminderMerge::merged(const QSet<QString>& keepMine) const
{
    Childminder result = m_theirs;
    for (const Field& field : fields())
        if (keepMine.contains(QString::fromLatin1(field.key)))
            field.copy(result, m_mine);
    return result;
}

} // namespace parcours
