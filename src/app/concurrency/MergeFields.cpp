#include "MergeFields.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>

namespace parcours {

namespace {
QString label(const char* text)
{
    return QCoreApplication::translate("RecordMerge", text);
}

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString communeText(const QString& postalCode, const QString& name)
{
    return QStringLiteral("%1 %2").arg(postalCode, name).trimmed();
}

// Lines of a list shown in one cell: "a ; b ; c", or « (none) ».
QString listText(const QStringList& items)
{
    return items.isEmpty() ? label(QT_TRANSLATE_NOOP("RecordMerge", "(none)"))
                           : items.join(QStringLiteral(" ; "));
}

QString idName(const IdNamer& namer, qint64 id)
{
    if (id == 0)
        return label(QT_TRANSLATE_NOOP("RecordMerge", "(none)"));
    return namer ? namer(id) : QString::number(id);
}

// Ids compared as a set: the order they were ticked in does not matter.
QString idSet(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList text;
    for (const qint64 id : ids)
        text.append(QString::number(id));
    return text.join(QLatin1Char(','));
}

template <typename Record, typename Member>
MergeField<Record> textField(const char* key, const char* text, Member Record::*member)
{
    return {QString::fromLatin1(key), label(text), [member](const Record& r) { return r.*member; },
            [member](Record& to, const Record& from) { to.*member = from.*member; }};
}

template <typename Record>
MergeField<Record> dateField(const char* key, const char* text, QDate Record::*member)
{
    return {QString::fromLatin1(key), label(text), [member](const Record& r) { return dateText(r.*member); },
            [member](Record& to, const Record& from) { to.*member = from.*member; }};
}

template <typename Record>
MergeField<Record> idField(const char* key, const char* text, qint64 Record::*member, const IdNamer& namer)
{
    return {QString::fromLatin1(key), label(text),
            [member](const Record& r) { return QString::number(r.*member); },
            [member](Record& to, const Record& from) { to.*member = from.*member; },
            [member, namer](const Record& r) { return idName(namer, r.*member); }};
}

// Postal code and commune name travel together.
template <typename Record> MergeField<Record> communeField()
{
    return {QStringLiteral("commune"), label(QT_TRANSLATE_NOOP("RecordMerge", "Commune")),
            [](const Record& r) { return communeText(r.postalCode, r.communeName); },
            [](Record& to, const Record& from) {
                to.postalCode = from.postalCode;
                to.communeName = from.communeName;
            }};
}
} // namespace

QList<MergeField<Relay>> relayMergeFields(const CodeNamer& epciName)
{
    QList<MergeField<Relay>> fields{
        textField("name", QT_TRANSLATE_NOOP("RecordMerge", "Name"), &Relay::name),
        textField("managingBody", QT_TRANSLATE_NOOP("RecordMerge", "Managing body"), &Relay::managingBody),
    };
    fields.append({QStringLiteral("territory"), label(QT_TRANSLATE_NOOP("RecordMerge", "Territory (EPCI)")),
                   [](const Relay& r) {
                       QStringList codes = r.epciCodes;
                       codes.sort();
                       return codes.join(QLatin1Char(','));
                   },
                   [](Relay& to, const Relay& from) { to.epciCodes = from.epciCodes; },
                   [epciName](const Relay& r) {
                       QStringList names;
                       for (const QString& code : r.epciCodes)
                           names.append(epciName ? epciName(code) : code);
                       return listText(names);
                   }});
    fields.append(
        {QStringLiteral("staff"), label(QT_TRANSLATE_NOOP("RecordMerge", "Staff")),
         [](const Relay& r) {
             QStringList lines;
             for (const auto& m : r.staff)
                 lines.append(QStringList{m.name, m.role, m.phone, m.email}.join(QStringLiteral(", ")));
             return listText(lines);
         },
         [](Relay& to, const Relay& from) { to.staff = from.staff; }});
    return fields;
}

QList<MergeField<Mam>> mamMergeFields()
{
    QList<MergeField<Mam>> fields{
        textField("name", QT_TRANSLATE_NOOP("RecordMerge", "Name"), &Mam::name),
        textField("address", QT_TRANSLATE_NOOP("RecordMerge", "Address"), &Mam::address),
    };
    fields.append({QStringLiteral("commune"), label(QT_TRANSLATE_NOOP("RecordMerge", "Commune")),
                   [](const Mam& m) { return communeText(m.postalCode, m.communeName); },
                   [](Mam& to, const Mam& from) {
                       to.inseeCode = from.inseeCode;
                       to.postalCode = from.postalCode;
                       to.communeName = from.communeName;
                   }});
    // Compared on who and when; shown by name.
    fields.append({QStringLiteral("members"), label(QT_TRANSLATE_NOOP("RecordMerge", "Members")),
                   [](const Mam& m) {
                       QStringList lines;
                       for (const auto& member : m.members)
                           lines.append(QStringLiteral("%1/%2/%3")
                                            .arg(QString::number(member.childminderId),
                                                 dateText(member.joined), dateText(member.left)));
                       return lines.join(QLatin1Char(','));
                   },
                   [](Mam& to, const Mam& from) { to.members = from.members; },
                   [](const Mam& m) {
                       QStringList lines;
                       for (const auto& member : m.members) {
                           const QString name = member.displayName.isEmpty()
                                                    ? QString::number(member.childminderId)
                                                    : member.displayName;
                           lines.append(member.left.isValid()
                                            ? label(QT_TRANSLATE_NOOP("RecordMerge", "%1 (%2 to %3)"))
                                                  .arg(name, dateText(member.joined), dateText(member.left))
                                            : label(QT_TRANSLATE_NOOP("RecordMerge", "%1 (since %2)"))
                                                  .arg(name, dateText(member.joined)));
                       }
                       return listText(lines);
                   }});
    return fields;
}

QList<MergeField<Prospect>> prospectMergeFields(const IdNamer& actionName, const IdNamer& partnerName)
{
    return {
        textField("lastName", QT_TRANSLATE_NOOP("RecordMerge", "Last name"), &Prospect::lastName),
        textField("firstName", QT_TRANSLATE_NOOP("RecordMerge", "First name"), &Prospect::firstName),
        textField("phone", QT_TRANSLATE_NOOP("RecordMerge", "Phone"), &Prospect::phone),
        textField("email", QT_TRANSLATE_NOOP("RecordMerge", "Email"), &Prospect::email),
        textField("address", QT_TRANSLATE_NOOP("RecordMerge", "Address"), &Prospect::address),
        communeField<Prospect>(),
        {QStringLiteral("channel"), label(QT_TRANSLATE_NOOP("RecordMerge", "How she heard of the job")),
         [](const Prospect& p) { return prospectChannelLabel(p.channel); },
         [](Prospect& to, const Prospect& from) { to.channel = from.channel; }},
        idField("action", QT_TRANSLATE_NOOP("RecordMerge", "Promotion action"), &Prospect::actionId,
                actionName),
        idField("referrer", QT_TRANSLATE_NOOP("RecordMerge", "Referred by"), &Prospect::referrerPartnerId,
                partnerName),
        dateField("firstContact", QT_TRANSLATE_NOOP("RecordMerge", "First contact"), &Prospect::firstContact),
        textField("notes", QT_TRANSLATE_NOOP("RecordMerge", "Notes"), &Prospect::notes),
    };
}

QList<MergeField<Partner>> partnerMergeFields(const IdNamer& relayName)
{
    return {
        {QStringLiteral("kind"), label(QT_TRANSLATE_NOOP("RecordMerge", "Kind")),
         [](const Partner& p) { return partnerKindLabel(p.kind); },
         [](Partner& to, const Partner& from) { to.kind = from.kind; }},
        textField("name", QT_TRANSLATE_NOOP("RecordMerge", "Name"), &Partner::name),
        textField("address", QT_TRANSLATE_NOOP("RecordMerge", "Address"), &Partner::address),
        communeField<Partner>(),
        textField("phone", QT_TRANSLATE_NOOP("RecordMerge", "Phone"), &Partner::phone),
        textField("email", QT_TRANSLATE_NOOP("RecordMerge", "Email"), &Partner::email),
        textField("website", QT_TRANSLATE_NOOP("RecordMerge", "Website"), &Partner::website),
        idField("relay", QT_TRANSLATE_NOOP("RecordMerge", "RPE"), &Partner::relayId, relayName),
        {QStringLiteral("active"), label(QT_TRANSLATE_NOOP("RecordMerge", "Active")),
         [](const Partner& p) {
             return p.active ? label(QT_TRANSLATE_NOOP("RecordMerge", "yes"))
                             : label(QT_TRANSLATE_NOOP("RecordMerge", "no"));
         },
         [](Partner& to, const Partner& from) { to.active = from.active; }},
        {QStringLiteral("contacts"), label(QT_TRANSLATE_NOOP("RecordMerge", "Contacts")),
         [](const Partner& p) {
             QStringList lines;
             for (const auto& c : p.contacts)
                 lines.append(QStringList{c.name, c.role, c.phone, c.email}.join(QStringLiteral(", ")));
             return listText(lines);
         },
         [](Partner& to, const Partner& from) { to.contacts = from.contacts; }},
        textField("notes", QT_TRANSLATE_NOOP("RecordMerge", "Notes"), &Partner::notes),
    };
}

QList<MergeField<PromotionAction>> promotionActionMergeFields(const IdNamer& relayName,
                                                              const IdNamer& partnerName)
{
    using A = PromotionAction;
    return {
        {QStringLiteral("kind"), label(QT_TRANSLATE_NOOP("RecordMerge", "Kind")),
         [](const A& a) { return promotionActionKindLabel(a.kind); },
         [](A& to, const A& from) { to.kind = from.kind; }},
        textField("title", QT_TRANSLATE_NOOP("RecordMerge", "Title"), &A::title),
        dateField("date", QT_TRANSLATE_NOOP("RecordMerge", "Date"), &A::date),
        textField("place", QT_TRANSLATE_NOOP("RecordMerge", "Place"), &A::place),
        {QStringLiteral("audience"), label(QT_TRANSLATE_NOOP("RecordMerge", "People reached")),
         [](const A& a) { return QString::number(a.audience); },
         [](A& to, const A& from) { to.audience = from.audience; }},
        idField("relay", QT_TRANSLATE_NOOP("RecordMerge", "RPE"), &A::relayId, relayName),
        {QStringLiteral("partners"), label(QT_TRANSLATE_NOOP("RecordMerge", "Partners")),
         [](const A& a) { return idSet(a.partnerIds); },
         [](A& to, const A& from) { to.partnerIds = from.partnerIds; },
         [partnerName](const A& a) {
             QStringList names;
             for (const qint64 id : a.partnerIds)
                 names.append(idName(partnerName, id));
             return listText(names);
         }},
        textField("notes", QT_TRANSLATE_NOOP("RecordMerge", "Notes"), &A::notes),
    };
}

} // namespace parcours
