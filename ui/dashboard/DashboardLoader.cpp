#include "DashboardLoader.h"

#include "AlertService.h"
#include "AppContext.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "ContactService.h"
#include "DatabaseWorker.h"
#include "DomainError.h"
#include "IsolationService.h"
#include "ObligationService.h"
#include "ProspectService.h"

#include <memory>

namespace parcours {

DashboardLoader::DashboardLoader(AppContext& context, QObject* parent)
    : QObject(parent), m_worker(new DatabaseWorker(context, this))
{
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
        const ObligationService obligations(context);
        figures.deadlines = obligations.dueDeadlines(-1, 0, kMaxDeadlines);
        figures.deadlineCount = obligations.countDueDeadlines();
        figures.isolation = IsolationService(context).byRelay();
        const QDate today = context.clock().today();
        figures.funnel = ProspectService(context).funnel(today.addMonths(-12), today);
    } catch (const DomainError& error) {
        figures.error = error.message();
    }
    return figures;
}

void DashboardLoader::start()
{
    auto result = std::make_shared<Figures>();
    m_worker->run([result](AppContext& context) { *result = compute(context); },
                  [this, result](const QString& error) {
                      if (!error.isEmpty())
                          result->error = error;
                      emit loaded(*result);
                  });
}

bool DashboardLoader::isBusy() const
{
    return m_worker->isBusy();
}

} // namespace parcours
