#include "ProspectService.h"

#include "AppContext.h"
#include "Childminder.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "EmailAddress.h"
#include "FunnelRules.h"
#include "Logging.h"
#include "PartnerRepository.h"
#include "PhoneNumber.h"
#include "PromotionActionRepository.h"
#include "ProspectRepository.h"
#include "TransactionRunner.h"

namespace parcours {

namespace {
FieldErrors single(const QString& field, const QString& message)
{
    return {FieldError{field, message}};
}

// ChildminderService::save reports its problems without throwing; inside our
// transaction they must undo the prospect's changes too.
struct ConversionRefused
{
    FieldErrors errors;
};
} // namespace

FieldErrors ProspectService::validate(const Prospect& p) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    const QDate today = m_context.clock().today();
    if (p.lastName.trimmed().isEmpty() && p.firstName.trimmed().isEmpty())
        errors.append({QStringLiteral("lastName"), tr("Enter her surname or first name.")});
    if (!p.firstContact.isValid())
        errors.append(
            {QStringLiteral("firstContact"), tr("Enter the date of the first contact (dd/mm/yyyy).")});
    else if (p.firstContact > today)
        errors.append({QStringLiteral("firstContact"),
                       tr("The first contact cannot be in the future: check the date.")});
    if (!p.email.trimmed().isEmpty() && !isPlausibleEmail(p.email.trimmed()))
        errors.append({QStringLiteral("email"),
                       tr("This email address is not valid (expected something like name@example.fr).")});
    if (!p.phone.trimmed().isEmpty() && !normalisePhone(p.phone))
        errors.append({QStringLiteral("phone"),
                       tr("This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).")});
    if (p.stage == ProspectStage::Dropped && p.droppedReason.trimmed().isEmpty())
        errors.append({QStringLiteral("droppedReason"), tr("Say why she dropped out.")});
    if (p.actionId > 0 && !m_context.promotionActions().find(p.actionId))
        errors.append(
            {QStringLiteral("action"), tr("This promotion action no longer exists: choose another one.")});
    if (p.referrerPartnerId > 0) {
        const auto partner = m_context.partners().find(p.referrerPartnerId);
        if (!partner)
            errors.append(
                {QStringLiteral("referrer"), tr("This referrer no longer exists: choose another one.")});
    }
    return errors;
}

FieldErrors ProspectService::store(Prospect& p)
{
    const FieldErrors errors = validate(p);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.prospects().save(p); });
    logInfo(QStringLiteral("prospect %1 saved at stage %2").arg(p.id).arg(prospectStageKey(p.stage)));
    return {};
}

FieldErrors ProspectService::save(Prospect& prospect)
{
    m_context.require(Permission::EditRecords);
    Prospect candidate = prospect;
    for (QString* text : {&candidate.lastName, &candidate.firstName, &candidate.phone, &candidate.email,
                          &candidate.address, &candidate.postalCode, &candidate.communeName})
        *text = text->trimmed();
    if (const auto phone = normalisePhone(candidate.phone))
        candidate.phone = *phone;
    if (candidate.id == 0) {
        if (!candidate.stageDate.isValid())
            candidate.stageDate = candidate.firstContact;
        if (candidate.history.isEmpty())
            candidate.history.append(
                {0, candidate.stage, candidate.stageDate,
                 candidate.stage == ProspectStage::Dropped ? candidate.droppedReason : QString()});
    } else {
        const auto stored = m_context.prospects().find(candidate.id);
        if (!stored)
            return single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
        candidate.stage = stored->stage;
        candidate.stageDate = stored->stageDate;
        candidate.droppedReason = stored->droppedReason;
        candidate.history = stored->history;
        candidate.childminderId = stored->childminderId;
    }
    const FieldErrors errors = store(candidate);
    if (errors.isEmpty())
        prospect = candidate;
    return errors;
}

std::optional<Prospect> ProspectService::find(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.prospects().find(id);
}

QList<Prospect> ProspectService::page(const ProspectQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.prospects().list(query);
}

int ProspectService::count(const ProspectQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.prospects().count(query);
}

FieldErrors ProspectService::advance(qint64 id, ProspectStage stage, QDate date, const QString& note)
{
    m_context.require(Permission::EditRecords);
    auto p = m_context.prospects().find(id);
    if (!p)
        return single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
    if (stage == ProspectStage::Dropped)
        return drop(id, note, date);
    if (!date.isValid())
        date = m_context.clock().today();
    if (p->stage == ProspectStage::Dropped)
        return single(QStringLiteral("stage"),
                      tr("She dropped out: correct her stage first if she has resumed her way."));
    if (stageRank(stage) <= stageRank(p->stage))
        return single(QStringLiteral("stage"),
                      tr("She is already at « %1 »: stages only go forward (use a correction to go back).")
                          .arg(prospectStageLabel(p->stage)));
    if (date > m_context.clock().today())
        return single(QStringLiteral("stageDate"), tr("The date of the stage cannot be in the future."));
    if (!p->history.isEmpty() && date < p->history.last().date)
        return single(QStringLiteral("stageDate"),
                      tr("The date of the stage is before her previous stage (%1): check it.")
                          .arg(p->history.last().date.toString(QStringLiteral("dd/MM/yyyy"))));
    p->stage = stage;
    p->stageDate = date;
    p->history.append({0, stage, date, note.trimmed()});
    return store(*p);
}

FieldErrors ProspectService::advanceToNext(qint64 id, QDate date)
{
    m_context.require(Permission::EditRecords);
    const auto p = m_context.prospects().find(id);
    if (!p)
        return single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
    const auto next = nextStage(p->stage);
    if (!next)
        return single(QStringLiteral("stage"), p->stage == ProspectStage::Dropped
                                                   ? tr("She dropped out: correct her stage first if she has "
                                                        "resumed her way.")
                                                   : tr("She has reached the last stage."));
    return advance(id, *next, date);
}

FieldErrors ProspectService::drop(qint64 id, const QString& reason, QDate date)
{
    m_context.require(Permission::EditRecords);
    auto p = m_context.prospects().find(id);
    if (!p)
        return single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
    if (!date.isValid())
        date = m_context.clock().today();
    if (reason.trimmed().isEmpty())
        return single(QStringLiteral("droppedReason"), tr("Say why she dropped out."));
    if (p->stage == ProspectStage::Dropped)
        return single(QStringLiteral("stage"), tr("She has already dropped out."));
    if (date > m_context.clock().today())
        return single(QStringLiteral("stageDate"), tr("The date of the stage cannot be in the future."));
    p->stage = ProspectStage::Dropped;
    p->stageDate = date;
    p->droppedReason = reason.trimmed();
    p->history.append({0, ProspectStage::Dropped, date, reason.trimmed()});
    return store(*p);
}

FieldErrors ProspectService::correctStage(qint64 id, ProspectStage stage, QDate date, const QString& note)
{
    m_context.require(Permission::EditRecords);
    auto p = m_context.prospects().find(id);
    if (!p)
        return single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
    if (stage == ProspectStage::Dropped)
        return single(QStringLiteral("stage"), tr("Use « Drop out… » to record that she dropped out."));
    if (!date.isValid())
        date = m_context.clock().today();
    QList<ProspectStageEntry> kept;
    bool present = false;
    for (const auto& entry : p->history) {
        if (entry.stage == ProspectStage::Dropped || stageRank(entry.stage) > stageRank(stage))
            continue;
        present = present || entry.stage == stage;
        kept.append(entry);
    }
    if (!present)
        kept.append({0, stage, date, note.trimmed()});
    p->history = kept;
    p->stage = stage;
    p->stageDate = present ? kept.last().date : date;
    p->droppedReason.clear();
    return store(*p);
}

ProspectConversion ProspectService::convertToChildminder(qint64 id, ChildminderStatus status)
{
    m_context.require(Permission::EditRecords);
    ProspectConversion result;
    auto p = m_context.prospects().find(id);
    if (!p) {
        result.errors = single(QStringLiteral("id"), tr("This prospect was deleted meanwhile."));
        return result;
    }
    if (p->childminderId > 0) {
        result.errors = single(QStringLiteral("stage"),
                               tr("She already has her childminder record: open it from the register."));
        return result;
    }
    if (p->stage != ProspectStage::Approved && p->stage != ProspectStage::FirstChild) {
        result.errors =
            single(QStringLiteral("stage"),
                   tr("Only an approved prospect can become a childminder of the register: record "
                      "her agrément first (stage « %1 »).")
                       .arg(prospectStageLabel(ProspectStage::Approved)));
        return result;
    }
    if (status != ChildminderStatus::ApprovalPending && status != ChildminderStatus::Active) {
        result.errors = single(QStringLiteral("status"),
                               tr("A new childminder is either awaiting her agrément record or active."));
        return result;
    }
    Childminder person;
    person.usageName = p->lastName;
    person.firstName = p->firstName;
    person.phone = p->phone;
    person.email = p->email;
    person.address = p->address;
    person.postalCode = p->postalCode;
    person.communeName = p->communeName;
    person.status = status;
    person.notes =
        tr("Former prospect (first contact on %1, channel: %2).")
            .arg(p->firstContact.toString(QStringLiteral("dd/MM/yyyy")), prospectChannelLabel(p->channel));
    try {
        m_context.transactions().inWriteTransaction([&] {
            const FieldErrors errors = ChildminderService(m_context).save(person);
            if (!errors.isEmpty())
                throw ConversionRefused{errors};
            p->childminderId = person.id;
            m_context.prospects().save(*p);
            result.recordsMoved = m_context.prospects().attachRecordsToChildminder(p->id, person.id);
        });
    } catch (const ConversionRefused& refused) {
        result.errors = refused.errors;
        return result;
    }
    result.childminderId = person.id;
    logInfo(QStringLiteral("prospect %1 became childminder %2 (%3 records moved)")
                .arg(p->id)
                .arg(person.id)
                .arg(result.recordsMoved));
    return result;
}

FunnelReport ProspectService::funnel(QDate from, QDate to, std::optional<ProspectChannel> channel) const
{
    m_context.require(Permission::ReadRecords);
    return FunnelRules::build(m_context.prospects().funnelCounts(from, to, channel), from, to, channel);
}

} // namespace parcours
