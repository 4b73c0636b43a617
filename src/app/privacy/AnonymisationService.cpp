#include "AnonymisationService.h"

#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "PersonalDataRepository.h"
#include "PrivacyAudit.h"
#include "TransactionRunner.h"

namespace parcours {

AnonymisationService::AnonymisationService(AppContext& context) : m_context(context) {}

QString AnonymisationService::markerFor(qint64 childminderId)
{
    return tr("Anonymised no. %1").arg(childminderId);
}

QString AnonymisationService::removedText()
{
    return tr("[removed: anonymisation]");
}

QString AnonymisationService::confirmationText(const QString& displayName)
{
    return tr("Anonymise %1?\n\n"
              "Removed for good: names, birth name, day of birth, address, phone, email, notes, "
              "agrément numbers, contact notes, free-text survey answers, the prospect record she came "
              "from, and the old values in the audit trail.\n"
              "Kept for the statistics: commune, RPE, status, agrément dates and places, month of birth, "
              "survey choices, contacts (date, channel, topics), trainings and activities.\n\n"
              "This cannot be undone.")
        .arg(displayName);
}

void AnonymisationService::anonymise(qint64 childminderId)
{
    m_context.require(Permission::Anonymise);
    PersonalDataRepository& data = m_context.personalData();
    if (!data.exists(childminderId))
        throw NotFound(tr("There is no childminder number %1: she may have been deleted. "
                          "Refresh the list and try again.")
                           .arg(childminderId));
    m_context.transactions().inWriteTransaction([&] {
        anonymiseWithin(childminderId, QStringLiteral("request"));
        data.compactSearchIndex();
    });
    data.checkpoint();
    logInfo(QStringLiteral("childminder %1 anonymised").arg(childminderId));
}

void AnonymisationService::anonymiseWithin(qint64 childminderId, const QString& reason)
{
    const TouchedRows rows = m_context.personalData().anonymiseChildminder(
        childminderId, markerFor(childminderId), removedText(), m_context.clock().now());
    // After the updates: the trigger rows they just wrote are redacted too.
    privacyaudit::redact(m_context, childminderId, rows);
    privacyaudit::record(m_context, QStringLiteral("anonymise"), QStringLiteral("childminders"),
                         childminderId, childminderId, reason);
}

} // namespace parcours
