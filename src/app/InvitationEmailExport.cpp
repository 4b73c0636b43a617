#include "InvitationEmailExport.h"

#include "AppContext.h"
#include "AuditService.h"
#include "CampaignRepository.h"
#include "CsvCell.h"
#include "DomainError.h"
#include "Logging.h"

#include <QDir>
#include <QSaveFile>

namespace parcours {

int InvitationEmailExport::write(QIODevice& out, qint64 campaignId, const CampaignPeopleFilter& filter,
                                 const std::function<bool(int, int)>& progress)
{
    m_context.require(Permission::BulkExport);
    auto put = [&](const QByteArray& bytes) {
        if (out.write(bytes) != bytes.size())
            throw DomainError(
                tr("Writing the email list failed: %1. Check the disk space.").arg(out.errorString()));
    };
    const int total = m_context.campaigns().countPeople(campaignId, filter);
    put(QByteArrayLiteral("\xEF\xBB\xBF"));
    put(csvLine({tr("Name"), tr("Email"), tr("Reference code"), tr("Relay")}).toUtf8());
    constexpr int kPage = 1000;
    int seen = 0;
    int written = 0;
    for (int offset = 0;; offset += kPage) {
        const auto rows = m_context.campaigns().addresses(campaignId, filter, offset, kPage);
        for (const auto& r : rows) {
            if (r.email.trimmed().isEmpty())
                continue;
            put(csvLine({r.name, r.email.trimmed(), r.referenceCode, r.relayName}).toUtf8());
            ++written;
        }
        seen += int(rows.size());
        if (progress && !progress(seen, total))
            return -1;
        if (rows.size() < kPage)
            break;
    }
    return written;
}

int InvitationEmailExport::exportTo(const QString& path, qint64 campaignId,
                                    const CampaignPeopleFilter& filter,
                                    const std::function<bool(int, int)>& progress)
{
    m_context.require(Permission::BulkExport);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DomainError(tr("Cannot write %1: %2. Choose another folder.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    const int n = write(file, campaignId, filter, progress);
    if (n < 0) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit())
        throw DomainError(tr("Saving %1 failed: %2. Check the disk space.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    logInfo(QStringLiteral("invitation email list of campaign %1 exported: %2 rows").arg(campaignId).arg(n));
    AuditService(m_context).logExport(QStringLiteral("invitation_emails"), n, path); // issue 5
    return n;
}

} // namespace parcours
