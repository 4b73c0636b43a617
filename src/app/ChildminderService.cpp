#include "ChildminderService.h"

#include "AppContext.h"
#include "ApprovalRepository.h"
#include "AuditService.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "CommuneDirectory.h"
#include "EmailAddress.h"
#include "Logging.h"
#include "MamRepository.h"
#include "PhoneNumber.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace parcours {

std::optional<ChildminderFile> ChildminderService::open(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    const auto person = m_context.childminders().find(id);
    if (!person)
        return std::nullopt;
    ChildminderFile file;
    file.person = *person;
    file.approvals = m_context.approvals().forChildminder(id);
    if (person->relayId > 0)
        if (const auto relay = m_context.relays().find(person->relayId))
            file.relayName = relay->name;
    if (person->mamId > 0)
        if (const auto mam = m_context.mams().find(person->mamId))
            file.mamName = mam->name;
    AuditService(m_context).logRead(QStringLiteral("childminders"), id); // issue 5: reads are traced
    return file;
}

bool ChildminderService::resolveCommune(Childminder& person) const
{
    m_context.require(Permission::ReadRecords);
    const auto& directory = CommuneDirectory::builtin();
    std::optional<Commune> commune;
    if (!person.inseeCode.isEmpty())
        commune = directory.byCode(person.inseeCode);
    if (!commune && !person.communeName.trimmed().isEmpty())
        commune = directory.find(person.postalCode.trimmed(), person.communeName);
    if (!commune)
        return false;
    person.inseeCode = commune->code;
    person.communeName = commune->name;
    if (person.postalCode.trimmed().isEmpty() && commune->postalCodes.size() == 1)
        person.postalCode = commune->postalCodes.front();
    if (!person.relayOverridden)
        person.relayId = m_context.relays().relayForCommune(commune->code, commune->epciCode).value_or(0);
    return true;
}

FieldErrors ChildminderService::validate(const Childminder& person) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    const QDate today = m_context.clock().today();
    if (person.usageName.trimmed().isEmpty() && person.birthName.trimmed().isEmpty())
        errors.append({QStringLiteral("usageName"),
                       QCoreApplication::translate("ChildminderService",
                                                   "Enter her surname (usage name or birth name).")});
    if (person.firstName.trimmed().isEmpty())
        errors.append({QStringLiteral("firstName"),
                       QCoreApplication::translate("ChildminderService", "Enter her first name.")});
    if (person.birthDate.isValid()) {
        if (person.birthDate > today.addYears(-18))
            errors.append({QStringLiteral("birthDate"),
                           QCoreApplication::translate(
                               "ChildminderService",
                               "A childminder must be of age: check the birth date (dd/mm/yyyy).")});
        else if (person.birthDate < today.addYears(-100))
            errors.append(
                {QStringLiteral("birthDate"),
                 QCoreApplication::translate("ChildminderService",
                                             "This birth date is more than 100 years ago: check it.")});
    }
    if (!person.email.trimmed().isEmpty() && !isPlausibleEmail(person.email.trimmed()))
        errors.append({QStringLiteral("email"),
                       QCoreApplication::translate(
                           "ChildminderService",
                           "This email address is not valid (expected something like name@example.fr).")});
    if (!person.phone.trimmed().isEmpty() && !normalisePhone(person.phone))
        errors.append({QStringLiteral("phone"),
                       QCoreApplication::translate(
                           "ChildminderService",
                           "This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).")});
    static const QRegularExpression postalPattern(QStringLiteral("^\\d{5}$"));
    const QString postal = person.postalCode.trimmed();
    if (!postal.isEmpty() && !postalPattern.match(postal).hasMatch())
        errors.append({QStringLiteral("postalCode"),
                       QCoreApplication::translate("ChildminderService", "A postal code has 5 digits.")});
    if (!person.communeName.trimmed().isEmpty() || !person.inseeCode.isEmpty()) {
        Childminder probe = person;
        if (!resolveCommune(probe))
            errors.append({QStringLiteral("commune"),
                           QCoreApplication::translate(
                               "ChildminderService",
                               "Unknown commune: check its spelling or choose it from the list.")});
        else if (!postal.isEmpty() && postalPattern.match(postal).hasMatch() &&
                 !CommuneDirectory::builtin().postalCodeServes(postal, probe.inseeCode))
            errors.append(
                {QStringLiteral("postalCode"),
                 QCoreApplication::translate("ChildminderService", "The postal code %1 does not serve %2.")
                     .arg(postal, probe.communeName)});
    }
    return errors;
}

FieldErrors ChildminderService::save(Childminder& person)
{
    m_context.require(Permission::EditRecords);
    Childminder candidate = person;
    for (QString* text : {&candidate.usageName, &candidate.birthName, &candidate.firstName,
                          &candidate.address, &candidate.postalCode, &candidate.email, &candidate.phone})
        *text = text->trimmed();
    if (const auto phone = normalisePhone(candidate.phone))
        candidate.phone = *phone;
    FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    resolveCommune(candidate);
    m_context.transactions().inWriteTransaction([&] {
        if (candidate.id == 0)
            m_context.childminders().insert(candidate);
        else
            m_context.childminders().update(candidate);
    });
    // Ids only: the log must not become a second copy of personal data.
    logInfo(QStringLiteral("childminder %1 saved (version %2)").arg(candidate.id).arg(candidate.version));
    person = candidate;
    return {};
}

QList<ChildminderSummary> ChildminderService::page(const ChildminderQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.childminders().list(query);
}

int ChildminderService::count(const ChildminderQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.childminders().count(query);
}

RegisterStatistics ChildminderService::statistics() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.childminders().statistics(m_context.clock().today());
}

} // namespace parcours
