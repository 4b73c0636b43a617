#include "CampaignSummaryLoader.h"

#include "AppContext.h"
#include "DomainError.h"

#include <QThread>
#include <memory>

namespace parcours {

CampaignSummaryLoader::CampaignSummaryLoader(AppContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{
}

CampaignSummaryLoader::~CampaignSummaryLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
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
    const QString path = m_context.databasePath();
    if (path == QLatin1String(":memory:")) {
        emit loaded(compute(m_context, request));
        return;
    }
    if (m_thread) {
        m_pending = request;
        return;
    }
    auto result = std::make_shared<Result>();
    result->request = request;
    const Clock& clock = m_context.clock();
    m_thread = QThread::create([result, path, &clock, request] {
        try {
            auto context = AppContext::openFile(path, clock);
            *result = compute(*context, request);
        } catch (const DomainError& error) {
            result->error = error.message();
        }
    });
    // finished is emitted by the worker; `this` lives on the GUI thread, so
    // the slot runs there (queued).
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->wait(); // finished is emitted just before the thread really ends
        delete m_thread;
        m_thread = nullptr;
        if (m_pending) {
            const SurveySummaryRequest next = *m_pending;
            m_pending.reset();
            start(next);
            return;
        }
        emit loaded(*result);
    });
    m_thread->start();
}

} // namespace parcours
