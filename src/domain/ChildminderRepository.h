#pragma once

#include "Childminder.h"
#include "ChildminderQuery.h"
#include "ChildminderSummary.h"
#include "RegisterStatistics.h"

#include <QList>
#include <optional>

namespace parcours {

// The register of childminders. Implementations do filtering, sorting, paging
// and counting in the store; none loads the whole register.
class ChildminderRepository
{
  public:
    virtual ~ChildminderRepository() = default;

    virtual std::optional<Childminder> find(qint64 id) const = 0;
    // Stores a new person; sets id and version.
    virtual void insert(Childminder& person) = 0;
    // Stores changes; throws ConcurrencyConflict when the stored version is not
    // person.version, and bumps person.version on success.
    virtual void update(Childminder& person) = 0;

    virtual QList<ChildminderSummary> list(const ChildminderQuery& query) const = 0;
    virtual int count(const ChildminderQuery& query) const = 0;

    // Whatever its separators and case (see approvalNumberKey()).
    virtual std::optional<qint64> findByApprovalNumber(const QString& number) const = 0;
    // Match on (birth or usage name, first name, birth date), ignoring case and accents.
    virtual std::optional<qint64> findByIdentity(const QString& surname, const QString& firstName,
                                                 QDate birthDate) const = 0;
    // Alert candidates: working people whose current agrément ends on or before
    // endingOnOrBefore or who have none, and anyone with a suspension still
    // running on today. The rules then decide on this short list.
    virtual QList<qint64> alertCandidates(QDate today, QDate endingOnOrBefore) const = 0;
    virtual RegisterStatistics statistics(QDate today) const = 0;
    // Gives the people of a commune whose relay follows their commune (no
    // override) this relay (0: none); returns how many changed. Used when a
    // relay's territory changes.
    virtual int reassignRelay(const QString& inseeCode, qint64 relayId) = 0;
    // Ids of people of these statuses, for re-import "absent from the list" reports.
    virtual QList<qint64> idsWithStatus(const QList<ChildminderStatus>& statuses) const = 0;
};

} // namespace parcours
