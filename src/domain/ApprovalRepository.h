#pragma once

#include "Approval.h"

#include <QList>

namespace parcours {

class ApprovalRepository
{
  public:
    virtual ~ApprovalRepository() = default;
    // Her agréments, oldest first, each with its events.
    virtual QList<Approval> forChildminder(qint64 childminderId) const = 0;
    // Inserts (id 0) or updates the approval and replaces its events.
    virtual void save(Approval& approval) = 0;
};

} // namespace parcours
