#include "PromotionService.h"

#include "AppContext.h"
#include "Clock.h"
#include "Logging.h"
#include "PartnerRepository.h"
#include "PromotionActionRepository.h"
#include "TransactionRunner.h"

namespace parcours {

FieldErrors PromotionService::validate(const PromotionAction& action) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (action.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the action a title.")});
    if (!action.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the action (dd/mm/yyyy).")});
    else if (action.date > m_context.clock().today().addYears(2))
        errors.append({QStringLiteral("date"), tr("This date is more than two years ahead: check it.")});
    if (action.audience < 0 || action.audience > 100000)
        errors.append(
            {QStringLiteral("audience"), tr("The audience is a number of people, from 0 to 100,000.")});
    for (const qint64 id : action.partnerIds)
        if (!m_context.partners().find(id)) {
            errors.append({QStringLiteral("partners"),
                           tr("A partner of this action no longer exists: choose the partners again.")});
            break;
        }
    return errors;
}

FieldErrors PromotionService::save(PromotionAction& action)
{
    m_context.require(Permission::EditRecords);
    PromotionAction candidate = action;
    candidate.title = candidate.title.trimmed();
    candidate.place = candidate.place.trimmed();
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.promotionActions().save(candidate); });
    logInfo(
        QStringLiteral("promotion action %1 saved (version %2)").arg(candidate.id).arg(candidate.version));
    action = candidate;
    return {};
}

std::optional<PromotionAction> PromotionService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.promotionActions().find(id);
}

QList<PromotionAction> PromotionService::page(const PromotionActionQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.promotionActions().list(query);
}

int PromotionService::count(const PromotionActionQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.promotionActions().count(query);
}

void PromotionService::remove(qint64 id)
{
    m_context.require(Permission::DeleteRecords);
    m_context.transactions().inWriteTransaction([&] { m_context.promotionActions().remove(id); });
    logInfo(QStringLiteral("promotion action %1 removed").arg(id));
}

int PromotionService::prospectCount(qint64 actionId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.promotionActions().prospectCount(actionId);
}

} // namespace parcours
