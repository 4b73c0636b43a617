#include "AccessRequestService.h"

#include "AppContext.h"
#include "PersonFileService.h"
#include "PersonalDataRepository.h"
#include "PrivacyAudit.h"
#include "TransactionRunner.h"

namespace parcours {

AccessRequestService::AccessRequestService(AppContext& context) : m_context(context) {}

std::optional<PersonFile> AccessRequestService::build(qint64 childminderId, const QString& format)
{
    m_context.require(Permission::ReadRecords);
    PersonFileService files(m_context);
    // The printable file cuts her timeline; an access answer does not.
    files.setTimelineLimit(1000000);
    auto file = files.build(childminderId);
    if (!file)
        return std::nullopt;
    file->records = m_context.personalData().recordsOf(childminderId);
    file->records.append(privacyaudit::historyTable(m_context, childminderId));
    // Logged after reading, so her export does not list itself; its own
    // transaction seals it into the chain.
    m_context.transactions().inWriteTransaction([&] {
        privacyaudit::record(m_context, QStringLiteral("export"), QStringLiteral("childminders"),
                             childminderId, childminderId, QStringLiteral("access:%1").arg(format));
    });
    return file;
}

} // namespace parcours
