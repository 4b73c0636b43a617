#pragma once

#include "Approval.h"
#include "ApprovalRules.h"
#include "FieldError.h"

namespace parcours {

class AppContext;

// Records the PMI service's decisions on a person's agrément: first grant,
// renewal, modification, suspension, withdrawal, end. Each is one
// transaction that also keeps the person's status in step.
class ApprovalService
{
public:
    explicit ApprovalService(AppContext& context) : m_context(context) {}

    // A first agrément. A missing end date is computed from the rules (5 years).
    FieldErrors grant(qint64 personId, Approval& approval);
    // A renewal from `start`: the current agrément ends the day before, the new
    // one runs 10 or 5 years depending on training (rules).
    FieldErrors renew(qint64 personId, QDate start, const QString& number, int places, const TrainingState& training,
                      Approval* created = nullptr);
    FieldErrors modify(qint64 personId, qint64 approvalId, QDate date, int newPlaces, const QString& details);
    FieldErrors suspend(qint64 personId, qint64 approvalId, QDate from, QDate to, const QString& details);
    FieldErrors withdraw(qint64 personId, qint64 approvalId, QDate date, const QString& details);

private:
    FieldErrors checkPlaces(int places) const;
    AppContext& m_context;
};

} // namespace parcours
