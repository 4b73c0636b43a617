#include "CoverageLoader.h"

#include "AppContext.h"
#include "CampaignService.h"
#include "ContactService.h"
#include "DatabaseWorker.h"
#include "DomainError.h"

#include <memory>

namespace parcours {

namespace {
struct Counts
{
    int inScope = 0;
    int responded = 0;
    int toContact = 0;
};

Counts countsOf(const QHash<CampaignStatus, int>& byStatus)
{
    Counts counts;
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        counts.inScope += it.value();
    counts.responded = byStatus.value(CampaignStatus::Responded);
    counts.toContact = byStatus.value(CampaignStatus::ToContact);
    return counts;
}
} // namespace

CoverageLoader::CoverageLoader(AppContext& context, SurveyCampaign campaign, QObject* parent)
    : QObject(parent), m_campaign(std::move(campaign)), m_worker(new DatabaseWorker(context, this))
{
}

CoverageLoader::Result CoverageLoader::compute(AppContext& context, const SurveyCampaign& campaign)
{
    Result result;
    try {
        const CampaignService campaigns(context);
        const ContactService contacts(context);
        const Counts total = countsOf(campaigns.statusCounts(campaign.id));
        Counts withRelay;
        Line noRelay;
        for (const CoverageRow& row : contacts.coverageByRelay(campaign.year)) {
            const bool inCampaignScope =
                campaign.scopeRelayIds.isEmpty() || campaign.scopeRelayIds.contains(row.groupId);
            if (row.groupId == 0) {
                // statusCounts(…, 0) means every RPE: people without one are the rest.
                noRelay.relay = row.group;
                noRelay.active = row.active;
                noRelay.reached = row.reached;
                continue;
            }
            if (!inCampaignScope)
                continue;
            const Counts counts = countsOf(campaigns.statusCounts(campaign.id, row.groupId));
            withRelay.inScope += counts.inScope;
            withRelay.responded += counts.responded;
            withRelay.toContact += counts.toContact;
            result.lines.append({row.groupId, row.group, counts.inScope, row.active, row.reached,
                                 counts.responded, counts.toContact});
        }
        noRelay.inScope = total.inScope - withRelay.inScope;
        noRelay.responded = total.responded - withRelay.responded;
        noRelay.toContact = total.toContact - withRelay.toContact;
        if (noRelay.inScope > 0) {
            if (noRelay.relay.isEmpty())
                noRelay.relay = tr("No RPE");
            result.lines.append(noRelay);
        }
        Line sum;
        sum.relay = tr("Total");
        sum.inScope = total.inScope;
        sum.responded = total.responded;
        sum.toContact = total.toContact;
        for (const Line& line : std::as_const(result.lines)) {
            sum.active += line.active;
            sum.reached += line.reached;
        }
        result.lines.append(sum);
    } catch (const DomainError& error) {
        result.error = error.message();
    }
    return result;
}

void CoverageLoader::start()
{
    auto result = std::make_shared<Result>();
    const SurveyCampaign campaign = m_campaign;
    m_worker->run([result, campaign](AppContext& context) { *result = compute(context, campaign); },
                  [this, result](const QString& error) {
                      if (!error.isEmpty())
                          result->error = error;
                      emit loaded(*result);
                  });
}

bool CoverageLoader::isBusy() const
{
    return m_worker->isBusy();
}

} // namespace parcours
