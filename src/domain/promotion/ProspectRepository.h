#pragma once

#include "FunnelReport.h"
#include "Prospect.h"

#include <optional>

namespace parcours {

// Prospects and the stages they reached.
class ProspectRepository
{
  public:
    virtual ~ProspectRepository() = default;
    // Inserts (id 0) or updates (version checked: ConcurrencyConflict). The
    // stage history is synchronised with `prospect.history`: entries with id 0
    // are added, stored entries missing from the list are deleted.
    virtual void save(Prospect& prospect) = 0;
    virtual std::optional<Prospect> find(qint64 id) const = 0;
    // The prospect who became this childminder, if any.
    virtual std::optional<Prospect> findByChildminder(qint64 childminderId) const = 0;
    // A page by name, without the history.
    virtual QList<Prospect> list(const ProspectQuery& query) const = 0;
    virtual int count(const ProspectQuery& query) const = 0;
    // Funnel counts, grouped in SQL: prospects first met within [from, to]
    // (null bounds open), of one channel when given.
    virtual QList<FunnelCount> funnelCounts(QDate from, QDate to,
                                            std::optional<ProspectChannel> channel) const = 0;
    // Her training enrolments and immersions, recorded while she was a
    // prospect, now also belong to the childminder. Returns the rows moved.
    virtual int attachRecordsToChildminder(qint64 prospectId, qint64 childminderId) = 0;
    virtual void remove(qint64 id) = 0;
};

} // namespace parcours
