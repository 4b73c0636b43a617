#include "PartnerService.h"

#include "AppContext.h"
#include "EmailAddress.h"
#include "Logging.h"
#include "PartnerRepository.h"
#include "PhoneNumber.h"
#include "TransactionRunner.h"

#include <QRegularExpression>

namespace parcours {

FieldErrors PartnerService::validate(const Partner& partner) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (partner.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the partner's name.")});
    if (!partner.email.trimmed().isEmpty() && !isPlausibleEmail(partner.email.trimmed()))
        errors.append({QStringLiteral("email"),
                       tr("This email address is not valid (expected something like name@example.fr).")});
    if (!partner.phone.trimmed().isEmpty() && !normalisePhone(partner.phone))
        errors.append({QStringLiteral("phone"),
                       tr("This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).")});
    static const QRegularExpression postalPattern(QStringLiteral("^\\d{5}$"));
    if (!partner.postalCode.trimmed().isEmpty() &&
        !postalPattern.match(partner.postalCode.trimmed()).hasMatch())
        errors.append({QStringLiteral("postalCode"), tr("A postal code has 5 digits.")});
    for (int i = 0; i < partner.contacts.size(); ++i) {
        const PartnerContact& c = partner.contacts.at(i);
        const QString field = QStringLiteral("contact%1").arg(i);
        if (c.name.trimmed().isEmpty())
            errors.append(
                {field, tr("Contact person %1 has no name: enter it or remove the line.").arg(i + 1)});
        if (!c.email.trimmed().isEmpty() && !isPlausibleEmail(c.email.trimmed()))
            errors.append({field, tr("The email address of %1 is not valid.").arg(c.name.trimmed())});
        if (!c.phone.trimmed().isEmpty() && !normalisePhone(c.phone))
            errors.append(
                {field,
                 tr("The phone number of %1 is not a French number of 10 digits.").arg(c.name.trimmed())});
    }
    return errors;
}

FieldErrors PartnerService::save(Partner& partner)
{
    m_context.require(Permission::EditRecords);
    Partner candidate = partner;
    for (QString* text : {&candidate.name, &candidate.address, &candidate.postalCode, &candidate.communeName,
                          &candidate.phone, &candidate.email, &candidate.website})
        *text = text->trimmed();
    if (const auto phone = normalisePhone(candidate.phone))
        candidate.phone = *phone;
    for (auto& c : candidate.contacts) {
        for (QString* text : {&c.name, &c.role, &c.phone, &c.email})
            *text = text->trimmed();
        if (const auto phone = normalisePhone(c.phone))
            c.phone = *phone;
    }
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.partners().save(candidate); });
    logInfo(QStringLiteral("partner %1 saved (version %2)").arg(candidate.id).arg(candidate.version));
    partner = candidate;
    return {};
}

std::optional<Partner> PartnerService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.partners().find(id);
}

QList<Partner> PartnerService::page(const PartnerQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.partners().list(query);
}

int PartnerService::count(const PartnerQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.partners().count(query);
}

void PartnerService::remove(qint64 id)
{
    m_context.require(Permission::DeleteRecords);
    m_context.transactions().inWriteTransaction([&] { m_context.partners().remove(id); });
    logInfo(QStringLiteral("partner %1 removed").arg(id));
}

} // namespace parcours
