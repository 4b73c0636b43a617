#include "CampaignSummaryLoader.h"

#include "AppContext.h"
#include "DatabaseWorker.h"
#include "DomainError.h"

#include <memory>

namespace parcours {

CampaignSummaryLoader::CampaignSummaryLoader(AppContext& context, QObject* parent)
    : QObject(parent), m_worker(new DatabaseWorker(context, this))
{
}

CampaignSummaryLoader::Result CampaignSummaryLoader::compute(AppContext& context,
                                                             const SurveySummaryRequest& request)
{
    Result result;
    result.request = request;
    try {
        QString error;
        if (const auto summary = SurveySummaryService(context).summarize(request, &error))
            result.summary = *summary;
        else
            result.error = error;
    } catch (const DomainError& error) {
        result.error = error.message();
    }
    return result;
}

void CampaignSummaryLoader::start(const SurveySummaryRequest& request)
{
    auto result = std::make_shared<Result>();
    result->request = request;
    m_worker->run([result, request](AppContext& context) { *result = compute(context, request); },
                  [this, result](const QString& error) {
                      if (!error.isEmpty())
                          result->error = error;
                      emit loaded(*result);
                  });
}

bool CampaignSummaryLoader::isBusy() const
{
    return m_worker->isBusy();
}

} // namespace parcours
