#pragma once

#include "ContactCoverage.h"
#include "ContactEntry.h"

#include <QList>

namespace parcours {

// The contact log. Coverage and "not reached" lists are computed in the store
// so they cost the same at 1,000 or 250,000 childminders.
class ContactRepository
{
  public:
    virtual ~ContactRepository() = default;
    // Inserts (id 0) or updates (version checked: ConcurrencyConflict).
    virtual void save(ContactEntry& entry) = 0;
    // Her exchanges, most recent first.
    virtual QList<ContactEntry> forChildminder(qint64 childminderId, int limit = 200) const = 0;
    // Whole scope (one row), per relay, and per staff member (reached only by
    // that member; "active" is then the whole scope).
    virtual CoverageRow coverage(int year, qint64 relayId = 0) const = 0;
    virtual QList<CoverageRow> coverageByRelay(int year) const = 0;
    virtual QList<CoverageRow> coverageByStaff(int year) const = 0;
    // Working childminders with no completed exchange in the year, the oldest
    // last contact first (never contacted before all).
    virtual QList<NotReachedRow> notReached(int year, qint64 relayId, int offset, int limit) const = 0;
    // Working childminders whose last completed exchange is older than `since` (or none).
    virtual int countWithoutContactSince(QDate since) const = 0;
    // Open follow-ups, earliest due first, with the person they concern.
    virtual QList<ContactEntry> openFollowUps(int limit) const = 0;
};

} // namespace parcours
