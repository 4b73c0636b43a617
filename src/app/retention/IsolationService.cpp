#include "IsolationService.h"

#include "AppContext.h"
#include "Clock.h"
#include "RetentionRepository.h"

namespace parcours {

QDate IsolationService::windowStart() const
{
    m_context.require(Permission::ReadRecords);
    return IsolationRules(m_context.rules().isolationMonths).windowStart(m_context.clock().today());
}

QList<RelayIsolationRow> IsolationService::byRelay() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().isolationByRelay(m_context.clock().today(), windowStart());
}

QList<IsolatedPersonRow> IsolationService::isolated(qint64 relayId, int offset, int limit) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().isolated(relayId, m_context.clock().today(), windowStart(), offset, limit);
}

int IsolationService::count(qint64 relayId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().countIsolated(relayId, m_context.clock().today(), windowStart());
}

int IsolationService::countAll() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().countIsolatedAll(m_context.clock().today(), windowStart());
}

} // namespace parcours
