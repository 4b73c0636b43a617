#pragma once

#include "CareerEvent.h"
#include "Immersion.h"
#include "Obligation.h"
#include "Qualification.h"
#include "RuleSettings.h"

#include <QList>
#include <optional>

namespace parcours {

// Which training deadlines to list: those falling on or before `dueBy`
// (overdue ones included) and, when `overdueSince` is valid, not before it.
struct DueDeadlineQuery
{
    QDate today;
    QDate dueBy;
    QDate overdueSince;
    RuleSettings rules;
};

// One deadline of one person, due soon or overdue.
struct DueDeadlineRow
{
    qint64 childminderId = 0;
    QString name; // display name
    QString communeName;
    ObligationKind kind = ObligationKind::InitialFirstPart;
    QDate deadline;
};

// A person's status and agrément dates, for batch work (demo data).
struct PersonApprovalDates
{
    qint64 childminderId = 0;
    QString status; // ChildminderStatus key
    QDate firstApprovalStart;
    QDate currentApprovalStart;
    QDate currentApprovalEnd;
    qint64 mamId = 0;
};

// Qualifications, career events and immersions of childminders. Saves check
// the version (optimistic concurrency) and throw ConcurrencyConflict.
class CareerRepository
{
  public:
    virtual ~CareerRepository() = default;

    virtual QList<Qualification> qualifications(qint64 personId) const = 0;
    virtual std::optional<Qualification> findQualification(qint64 id) const = 0;
    virtual void save(Qualification& qualification) = 0;
    virtual void removeQualification(qint64 id, int version) = 0;

    // Most recent first.
    virtual QList<CareerEvent> events(qint64 personId) const = 0;
    virtual std::optional<CareerEvent> findEvent(qint64 id) const = 0;
    virtual void save(CareerEvent& event) = 0;
    virtual void removeEvent(qint64 id, int version) = 0;

    virtual QList<Immersion> immersionsOfPerson(qint64 personId) const = 0;
    virtual QList<Immersion> immersionsOfProspect(qint64 prospectId) const = 0;
    virtual std::optional<Immersion> findImmersion(qint64 id) const = 0;
    virtual void save(Immersion& immersion) = 0;
    virtual void removeImmersion(qint64 id, int version) = 0;

    // Her agrément dates, counted training hours (from the enrolments),
    // qualifications and events, in four queries.
    virtual ObligationFacts obligationFacts(qint64 personId) const = 0;

    // Training deadlines of working people whose agrément is in force, most
    // urgent first, computed in SQL with the same rules as ObligationRules.
    virtual QList<DueDeadlineRow> dueDeadlines(const DueDeadlineQuery& query, int offset,
                                               int limit) const = 0;
    virtual int countDueDeadlines(const DueDeadlineQuery& query) const = 0;

    // People with at least one agrément, by id after `afterId` (keyset paging).
    virtual QList<PersonApprovalDates> approvalDatesPage(qint64 afterId, int limit) const = 0;
};

} // namespace parcours
