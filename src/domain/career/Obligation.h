#pragma once

#include "CareerEvent.h"
#include "Qualification.h"
#include "TrainingKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// What a childminder must do (or may do, for the VAE), one row of the
// « Parcours » tab. Stable keys in ObligationRules.cpp.
enum class ObligationKind {
    InitialFirstPart,  // 80 h before the first child (60 h under the former rule)
    InitialSecondPart, // 40 h within 3 years (60 h within 2 years under the former rule)
    ContinuingHours,   // this year's hours against the 58 h right (information)
    ProfessionalReview,
    CapEp1, // sat before the renewal (passed: 10-year renewal)
    CapEp3,
    VaeEligibility,
    VaeBooklet2,
    VaeJury
};

enum class ObligationStatus { Done, Upcoming, DueSoon, Overdue, NotApplicable };

QString obligationKindKey(ObligationKind kind);
std::optional<ObligationKind> obligationKindFromKey(const QString& key);
QString obligationKindLabel(ObligationKind kind);
QString obligationStatusKey(ObligationStatus status);
QString obligationStatusLabel(ObligationStatus status);

struct Obligation
{
    ObligationKind kind = ObligationKind::InitialFirstPart;
    QString label;
    QDate deadline; // null when there is none
    ObligationStatus status = ObligationStatus::NotApplicable;
    double hoursDone = 0;
    double hoursRequired = 0; // 0: not an hours obligation
    QString detail;           // French sentence: what is done, what is missing, why
};

// Hours of training that count, as the enrolments give them: dated by the
// session's last day, in the category of the course's kind.
struct TrainingHoursRecord
{
    QDate date;
    double hours = 0;
    TrainingHoursCategory category = TrainingHoursCategory::None;
};

// Everything the rules need about one person, read in a few queries.
struct ObligationFacts
{
    QDate firstApprovalStart; // her very first agrément
    QDate currentApprovalStart;
    QDate currentApprovalEnd;
    bool currentIsRenewal = false;
    QList<TrainingHoursRecord> hours;
    QList<Qualification> qualifications;
    QList<CareerEvent> events;
};

// The D421-21 items of the renewal file.
enum class ChecklistItemKind {
    InitialTraining,
    CaredForChild,
    ContinuousImprovement,
    CapTestsSat,
    MonEnfantCompliance
};

QString checklistItemKindKey(ChecklistItemKind kind);

struct ChecklistItem
{
    ChecklistItemKind kind = ChecklistItemKind::InitialTraining;
    QString label;
    bool done = false;
    QString missing; // what is missing, empty when done
};

struct RenewalChecklist
{
    QDate approvalEnd; // of her current agrément; null when none
    QDate fileDue;     // the renewal file is due by then
    QList<ChecklistItem> items;

    bool complete() const
    {
        for (const auto& i : items)
            if (!i.done)
                return false;
        return !items.isEmpty();
    }
    int missingCount() const
    {
        int n = 0;
        for (const auto& i : items)
            n += i.done ? 0 : 1;
        return n;
    }
};

} // namespace parcours
