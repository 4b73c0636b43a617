#include "PersonFileService.h"

#include "PersonFileObligations.h"

#include "AppContext.h"
#include "Approval.h"
#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "MamRepository.h"
#include "RelayRepository.h"
#include "TimelineRepository.h"

namespace parcours {

PersonFileService::PersonFileService(AppContext& context)
    : m_context(context),
      m_obligations([&context](PersonFile& file) { PersonFileObligations::fill(context, file); })
{
}

std::optional<PersonFile> PersonFileService::build(qint64 childminderId) const
{
    m_context.require(Permission::ReadRecords);
    const auto person = m_context.childminders().find(childminderId);
    if (!person)
        return std::nullopt;
    PersonFile file;
    file.childminderId = person->id;
    file.displayName = person->displayName();
    file.birthName = person->birthName;
    file.firstName = person->firstName;
    file.birthDate = person->birthDate;
    file.address = person->address;
    file.postalCode = person->postalCode;
    file.communeName = person->communeName;
    file.phone = person->phone;
    file.email = person->email;
    file.statusKey = statusKey(person->status);
    file.statusLabel = statusLabel(person->status);
    file.generatedOn = m_context.clock().today();

    // Her current agrément is the one that started last (as on the register row).
    const QList<Approval> approvals = m_context.approvals().forChildminder(childminderId);
    const Approval* current = nullptr;
    for (const auto& a : approvals)
        if (!current || a.startDate > current->startDate ||
            (a.startDate == current->startDate && a.id > current->id))
            current = &a;
    if (current) {
        file.hasApproval = true;
        file.approvalNumber = current->number;
        file.approvalStart = current->startDate;
        file.approvalEnd = current->endDate;
        file.places = current->places;
        file.approvalStatusLabel = approvalStatusLabel(current->status);
        file.placeOfPracticeLabel = placeLabel(current->placeOfPractice);
    }
    if (person->relayId > 0)
        if (const auto relay = m_context.relays().find(person->relayId))
            file.relayName = relay->name;
    if (person->mamId > 0)
        if (const auto mam = m_context.mams().find(person->mamId))
            file.mamName = mam->name;

    if (m_obligations)
        m_obligations(file);

    TimelineQuery query;
    query.childminderId = childminderId;
    query.limit = m_timelineLimit;
    file.timeline = m_context.timeline().entries(query);
    return file;
}

} // namespace parcours
