#include "DashboardLoader.h"

#include "AlertService.h"
#include "AppContext.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "ContactService.h"
#include "DomainError.h"

#include <QThread>
#include <memory>

namespace parcours {

DashboardLoader::DashboardLoader(AppContext& context, QObject* parent) : QObject(parent), m_context(context)
{
}

DashboardLoader::~DashboardLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

DashboardLoader::Figures DashboardLoader::compute(AppContext& context)
{
    Figures figures;
    try {
        figures.statistics = ChildminderService(context).statistics();
        figures.alerts = AlertService(context).current();
        const ContactService contacts(context);
        figures.coverageYear = context.clock().today().year();
        figures.coverage = contacts.coverage(figures.coverageYear);
        figures.withoutContactForAYear = contacts.withoutContactForAYear();
        for (const ContactEntry& entry : contacts.openFollowUps(kMaxFollowUps)) {
            if (!entry.followUp)
                continue;
            FollowUpRow row;
            row.childminderId = entry.childminderId;
            if (const auto person = context.childminders().find(entry.childminderId))
                row.person = person->displayName();
            row.followUp = *entry.followUp;
            figures.followUps.append(row);
        }
    } catch (const DomainError& error) {
        figures.error = error.message();
    }
    return figures;
}

void DashboardLoader::start()
{
    const QString path = m_context.databasePath();
    if (path == QLatin1String(":memory:")) {
        emit loaded(compute(m_context));
        return;
    }
    if (m_thread) {
        m_pending = true;
        return;
    }
    auto result = std::make_shared<Figures>();
    const Clock& clock = m_context.clock();
    m_thread = QThread::create([result, path, &clock] {
        try {
            auto context = AppContext::openFile(path, clock);
            *result = compute(*context);
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
            m_pending = false;
            start();
            return;
        }
        emit loaded(*result);
    });
    m_thread->start();
}

} // namespace parcours
