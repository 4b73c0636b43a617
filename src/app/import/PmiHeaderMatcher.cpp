#include "PmiHeaderMatcher.h"

#include "TextFolding.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace parcours {

namespace {

struct Variant
{
    const char* folded; // as foldForMatching() writes it
    PmiColumn column;
};

// The spellings seen in real lists, already folded.
constexpr Variant kVariants[] = {
    {"nom", PmiColumn::UsageName},
    {"nom d usage", PmiColumn::UsageName},
    {"nom usage", PmiColumn::UsageName},
    {"nom marital", PmiColumn::UsageName},
    {"prenom", PmiColumn::FirstName},
    {"prenoms", PmiColumn::FirstName},
    {"nom de naissance", PmiColumn::BirthName},
    {"nom de jeune fille", PmiColumn::BirthName},
    {"nom de famille", PmiColumn::BirthName},
    {"date de naissance", PmiColumn::BirthDate},
    {"ne e le", PmiColumn::BirthDate},
    {"nee le", PmiColumn::BirthDate},
    {"ne le", PmiColumn::BirthDate},
    {"adresse", PmiColumn::Address},
    {"code postal", PmiColumn::PostalCode},
    {"cp", PmiColumn::PostalCode},
    {"c p", PmiColumn::PostalCode},
    {"commune", PmiColumn::Commune},
    {"ville", PmiColumn::Commune},
    {"telephone", PmiColumn::Phone},
    {"tel", PmiColumn::Phone},
    {"portable", PmiColumn::Phone},
    {"courriel", PmiColumn::Email},
    {"e mail", PmiColumn::Email},
    {"mail", PmiColumn::Email},
    {"email", PmiColumn::Email},
    {"adresse mail", PmiColumn::Email},
    {"n d agrement", PmiColumn::ApprovalNumber},
    {"numero d agrement", PmiColumn::ApprovalNumber},
    {"no agrement", PmiColumn::ApprovalNumber},
    {"date d agrement", PmiColumn::ApprovalStart},
    {"date 1er agrement", PmiColumn::ApprovalStart},
    {"date premier agrement", PmiColumn::ApprovalStart},
    {"fin de validite", PmiColumn::ApprovalEnd},
    {"date fin validite", PmiColumn::ApprovalEnd},
    {"echeance", PmiColumn::ApprovalEnd},
    {"date d echeance", PmiColumn::ApprovalEnd},
    {"nombre de places", PmiColumn::Places},
    {"nb places", PmiColumn::Places},
    {"places", PmiColumn::Places},
    {"lieu d exercice", PmiColumn::PlaceOfPractice},
    {"rpe", PmiColumn::Relay},
    {"relais", PmiColumn::Relay},
};

bool hasAny(const QSet<QString>& words, std::initializer_list<const char*> candidates)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const char* w) { return words.contains(QLatin1String(w)); });
}

// Rules on the words of a folded title, for the spellings the table misses.
// Order matters: the specific rules ("nom de naissance", "adresse mail")
// come before the general ones ("nom", "adresse").
std::optional<PmiColumn> matchKeywords(const QSet<QString>& w)
{
    const bool approval = hasAny(w, {"agrement", "agrements", "agr", "agree", "agreee", "agrees", "agreees"});
    const bool endWord = hasAny(w, {"fin", "echeance", "expiration", "expire", "jusqu", "jusque"});
    const bool startWord =
        hasAny(w, {"debut", "depuis", "1er", "premier", "1", "obtention", "delivrance", "date"});

    // "Nom prénom" in one cell cannot be split reliably: leave it to the user.
    if (w.contains(QStringLiteral("nom")) && hasAny(w, {"prenom", "prenoms"}))
        return std::nullopt;
    if (approval) {
        if (hasAny(w, {"places", "place", "capacite", "enfant", "enfants"}))
            return PmiColumn::Places;
        if (hasAny(w, {"lieu", "mode"}))
            return PmiColumn::PlaceOfPractice;
        if (hasAny(w, {"n", "no", "num", "numero", "nr"}))
            return PmiColumn::ApprovalNumber;
        if (endWord)
            return PmiColumn::ApprovalEnd;
        if (startWord)
            return PmiColumn::ApprovalStart;
        return std::nullopt; // "Agrément" alone: a number or a yes/no? Ask the user.
    }
    if (endWord)
        return PmiColumn::ApprovalEnd;
    if (w.contains(QStringLiteral("validite")))
        return hasAny(w, {"debut", "depuis"}) ? PmiColumn::ApprovalStart : PmiColumn::ApprovalEnd;
    if (hasAny(w, {"naissance", "naiss", "ddn"})) {
        if (w.contains(QStringLiteral("nom")))
            return PmiColumn::BirthName;
        if (hasAny(w, {"lieu", "ville", "commune", "pays", "departement"}))
            return std::nullopt; // place of birth: not kept
        return PmiColumn::BirthDate;
    }
    if (w.contains(QStringLiteral("jeune")) && w.contains(QStringLiteral("fille")))
        return PmiColumn::BirthName;
    if (hasAny(w, {"ne", "nee"}) && w.contains(QStringLiteral("le")))
        return PmiColumn::BirthDate;
    if (hasAny(w, {"prenom", "prenoms"}))
        return PmiColumn::FirstName;
    if (hasAny(w, {"mail", "email", "emails", "courriel", "mel", "electronique"}))
        return PmiColumn::Email;
    if (hasAny(w, {"tel", "telephone", "telephones", "portable", "mobile", "fixe", "gsm"}))
        return PmiColumn::Phone;
    if (hasAny(w, {"postal", "cp"}))
        return PmiColumn::PostalCode;
    if (hasAny(w, {"commune", "ville", "localite"}))
        // "Code commune", "Code INSEE": the official code, not the name we read.
        return hasAny(w, {"code", "insee"}) ? std::nullopt : std::optional<PmiColumn>(PmiColumn::Commune);
    if (hasAny(w, {"lieu", "mode"}) && hasAny(w, {"exercice", "accueil", "travail", "activite"}))
        return PmiColumn::PlaceOfPractice;
    if (hasAny(w, {"adresse", "adr", "rue", "voie"}))
        return PmiColumn::Address;
    if (hasAny(w, {"places", "place", "capacite"}))
        return PmiColumn::Places;
    // "Nombre d'enfants", "Nb enfants agréés": the capacity. Children actually
    // present are another matter.
    if (hasAny(w, {"enfant", "enfants"}) && hasAny(w, {"nombre", "nb", "nbre", "max", "maximum"}) &&
        !hasAny(w, {"accueillis", "presents", "inscrits", "propres"}))
        return PmiColumn::Places;
    // "RAM" is the relays' name before 2021 (relais assistants maternels).
    if (hasAny(w, {"rpe", "relais", "ram"}))
        return PmiColumn::Relay;
    if (w.contains(QStringLiteral("nom")))
        // "Nom de famille" is the legal name for the birth name; "Nom (usage)",
        // "Nom d'épouse" and a bare "NOM" are the name she uses.
        return w.contains(QStringLiteral("famille")) ? PmiColumn::BirthName : PmiColumn::UsageName;
    return std::nullopt;
}

} // namespace

bool PmiHeaderMatcher::allowsSeveralColumns(PmiColumn column)
{
    return column == PmiColumn::Address || column == PmiColumn::Phone;
}

std::optional<PmiColumn> PmiHeaderMatcher::match(const QString& header)
{
    const QString folded = foldForMatching(header);
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto& v : kVariants)
        if (folded == QLatin1String(v.folded))
            return v.column;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return matchKeywords(QSet<QString>(words.begin(), words.end()));
}

PmiHeaderMatch PmiHeaderMatcher::matchAll(const QStringList& header)
{
    PmiHeaderMatch result;
    QSet<PmiColumn> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).simplified();
        if (name.isEmpty())
            continue; // Excel's trailing empty columns: nothing to report
        const auto column = match(name);
        if (!column) {
            result.unknownColumns.append(i);
            result.unknownHeaders.append(name);
        } else if (seen.contains(*column) && !allowsSeveralColumns(*column)) {
            result.duplicateColumns.append(i);
            result.duplicateHeaders.append(name);
        } else {
            seen.insert(*column);
            result.mapping.insert(i, *column);
        }
    }
    return result;
}

QStringList PmiHeaderMatcher::mappingProblems(const QHash<int, PmiColumn>& mapping, const QStringList& header)
{
    QStringList problems;
    QList<int> indexes = mapping.keys();
    std::sort(indexes.begin(), indexes.end());
    auto nameOf = [&header](int i) {
        return i < header.size() ? header.at(i).simplified()
                                 : QCoreApplication::translate("PmiHeaderMatcher", "column %1").arg(i + 1);
    };
    QHash<PmiColumn, int> first;
    for (int i : indexes) {
        const PmiColumn c = mapping.value(i);
        if (first.contains(c) && !allowsSeveralColumns(c))
            problems << QCoreApplication::translate("PmiHeaderMatcher",
                                                    "The columns “%1” and “%2” are both read as “%3”; "
                                                    "only the first non-empty one is used on each line.")
                            .arg(nameOf(first.value(c)), nameOf(i), pmiColumnLabel(c));
        else if (!first.contains(c))
            first.insert(c, i);
    }
    if (!first.contains(PmiColumn::UsageName) && !first.contains(PmiColumn::BirthName))
        problems << QCoreApplication::translate("PmiHeaderMatcher",
                                                "No column holds the surname: choose the column of the usage "
                                                "name or of the birth name.");
    if (!first.contains(PmiColumn::FirstName))
        problems << QCoreApplication::translate("PmiHeaderMatcher",
                                                "No column holds the first name: people cannot be recognised "
                                                "on a later import without it.");
    return problems;
}

} // namespace parcours
