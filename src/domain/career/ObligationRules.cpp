#include "ObligationRules.h"

#include "KeyedEnum.h"

#include <QLocale>
#include <algorithm>

namespace parcours {

namespace {
constexpr KeyedValue<ObligationKind> kKinds[] = {
    {ObligationKind::InitialFirstPart, "initial_first_part",
     QT_TRANSLATE_NOOP("ObligationKind", "Initial training before the first child")},
    {ObligationKind::InitialSecondPart, "initial_second_part",
     QT_TRANSLATE_NOOP("ObligationKind", "Initial training, second part")},
    {ObligationKind::ContinuingHours, "continuing_hours",
     QT_TRANSLATE_NOOP("ObligationKind", "Continuing training this year")},
    {ObligationKind::ProfessionalReview, "professional_review",
     QT_TRANSLATE_NOOP("ObligationKind", "Professional review")},
    {ObligationKind::CapEp1, "cap_ep1", QT_TRANSLATE_NOOP("ObligationKind", "CAP AEPE EP1 sat")},
    {ObligationKind::CapEp3, "cap_ep3", QT_TRANSLATE_NOOP("ObligationKind", "CAP AEPE EP3 sat")},
    {ObligationKind::VaeEligibility, "vae_eligibility",
     QT_TRANSLATE_NOOP("ObligationKind", "VAE: eligibility (booklet 1)")},
    {ObligationKind::VaeBooklet2, "vae_booklet2", QT_TRANSLATE_NOOP("ObligationKind", "VAE: booklet 2")},
    {ObligationKind::VaeJury, "vae_jury", QT_TRANSLATE_NOOP("ObligationKind", "VAE: jury")},
};

constexpr KeyedValue<ObligationStatus> kStatuses[] = {
    {ObligationStatus::Done, "done", QT_TRANSLATE_NOOP("ObligationStatus", "Done")},
    {ObligationStatus::Upcoming, "upcoming", QT_TRANSLATE_NOOP("ObligationStatus", "Upcoming")},
    {ObligationStatus::DueSoon, "due_soon", QT_TRANSLATE_NOOP("ObligationStatus", "Due soon")},
    {ObligationStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("ObligationStatus", "Overdue")},
    {ObligationStatus::NotApplicable, "not_applicable",
     QT_TRANSLATE_NOOP("ObligationStatus", "Not applicable")},
};

constexpr KeyedValue<ChecklistItemKind> kItems[] = {
    {ChecklistItemKind::InitialTraining, "initial_training",
     QT_TRANSLATE_NOOP("ChecklistItemKind", "Initial training completed")},
    {ChecklistItemKind::CaredForChild, "cared_for_child",
     QT_TRANSLATE_NOOP("ChecklistItemKind", "Has cared for a child")},
    {ChecklistItemKind::ContinuousImprovement, "continuous_improvement",
     QT_TRANSLATE_NOOP("ChecklistItemKind", "Continuous improvement")},
    {ChecklistItemKind::CapTestsSat, "cap_tests_sat",
     QT_TRANSLATE_NOOP("ChecklistItemKind", "CAP AEPE tests EP1 and EP3 sat")},
    {ChecklistItemKind::MonEnfantCompliance, "mon_enfant",
     QT_TRANSLATE_NOOP("ChecklistItemKind", "mon-enfant.fr declarations up to date")},
};

QString fr(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString h(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

std::optional<QDate> lastEvent(const ObligationFacts& facts, CareerEventKind kind, QDate today,
                               const QString& detail = {})
{
    std::optional<QDate> last;
    for (const auto& e : facts.events)
        if (e.kind == kind && e.date.isValid() && e.date <= today && (detail.isEmpty() || e.detail == detail))
            if (!last || e.date > *last)
                last = e.date;
    return last;
}

std::optional<QDate> firstEvent(const ObligationFacts& facts, CareerEventKind kind,
                                const QString& detail = {})
{
    std::optional<QDate> first;
    for (const auto& e : facts.events)
        if (e.kind == kind && e.date.isValid() && (detail.isEmpty() || e.detail == detail))
            if (!first || e.date < *first)
                first = e.date;
    return first;
}

// The record that best shows where she stands on a test: passed beats sat,
// then the latest.
const Qualification* bestFor(const ObligationFacts& facts, QualificationKind test)
{
    const Qualification* best = nullptr;
    for (const auto& q : facts.qualifications) {
        if (!q.sits(test))
            continue;
        const bool passed = q.passes(test);
        if (!best || (passed && !best->passes(test)) || (passed == best->passes(test) && q.date > best->date))
            best = &q;
    }
    return best;
}
} // namespace

QString obligationKindKey(ObligationKind kind)
{
    return enumKey(kKinds, kind);
}

std::optional<ObligationKind> obligationKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}

QString obligationKindLabel(ObligationKind kind)
{
    return enumLabel(kKinds, "ObligationKind", kind);
}

QString obligationStatusKey(ObligationStatus status)
{
    return enumKey(kStatuses, status);
}

QString obligationStatusLabel(ObligationStatus status)
{
    return enumLabel(kStatuses, "ObligationStatus", status);
}

QString checklistItemKindKey(ChecklistItemKind kind)
{
    return enumKey(kItems, kind);
}

bool ObligationRules::followsLegacyRule(QDate firstApprovalStart) const
{
    return firstApprovalStart.isValid() && firstApprovalStart < QDate(m_settings.trainingReformYear, 1, 1);
}

double ObligationRules::firstPartRequired(QDate firstApprovalStart) const
{
    return followsLegacyRule(firstApprovalStart) ? m_settings.legacyFirstPartHours
                                                 : m_settings.initialFirstPartHours;
}

double ObligationRules::secondPartRequired(QDate firstApprovalStart) const
{
    return followsLegacyRule(firstApprovalStart) ? m_settings.legacySecondPartHours
                                                 : m_settings.initialSecondPartHours;
}

QDate ObligationRules::firstPartDeadline(QDate firstApprovalStart) const
{
    if (!firstApprovalStart.isValid())
        return {};
    return firstApprovalStart.addMonths(m_settings.initialFirstPartMonths).addDays(-1);
}

QDate ObligationRules::secondPartDeadline(QDate firstApprovalStart) const
{
    if (!firstApprovalStart.isValid())
        return {};
    const int years = followsLegacyRule(firstApprovalStart) ? m_settings.legacySecondPartYears
                                                            : m_settings.initialSecondPartYears;
    // addYears() turns 29 February into 28 February of a common year.
    return firstApprovalStart.addYears(years).addDays(-1);
}

QDate ObligationRules::reviewDeadline(const ObligationFacts& facts, QDate today) const
{
    if (!facts.currentApprovalStart.isValid())
        return {};
    QDate base = facts.currentApprovalStart;
    if (const auto last = lastEvent(facts, CareerEventKind::ProfessionalReview, today))
        base = std::max(base, *last);
    return base.addYears(m_settings.professionalReviewYears).addDays(-1);
}

QDate ObligationRules::renewalFileDue(QDate approvalEnd) const
{
    if (!approvalEnd.isValid())
        return {};
    return approvalEnd.addMonths(-m_settings.renewalFileMonthsBefore);
}

ObligationStatus ObligationRules::statusFor(QDate deadline, QDate today) const
{
    if (!deadline.isValid())
        return ObligationStatus::Upcoming;
    if (today > deadline)
        return ObligationStatus::Overdue;
    if (today >= deadline.addMonths(-m_settings.deadlineAlertMonths))
        return ObligationStatus::DueSoon;
    return ObligationStatus::Upcoming;
}

double ObligationRules::hours(const ObligationFacts& facts, TrainingHoursCategory category, QDate from,
                              QDate to)
{
    double sum = 0;
    for (const auto& r : facts.hours)
        if (r.category == category && (!from.isValid() || r.date >= from) && (!to.isValid() || r.date <= to))
            sum += r.hours;
    return sum;
}

bool ObligationRules::renewedSince(const ObligationFacts& facts)
{
    return facts.currentIsRenewal ||
           (facts.currentApprovalStart.isValid() && facts.firstApprovalStart.isValid() &&
            facts.currentApprovalStart > facts.firstApprovalStart);
}

Obligation ObligationRules::initialPart(const ObligationFacts& facts, QDate today, bool first) const
{
    Obligation o;
    o.kind = first ? ObligationKind::InitialFirstPart : ObligationKind::InitialSecondPart;
    o.label = obligationKindLabel(o.kind);
    const QDate start = facts.firstApprovalStart;
    if (!start.isValid()) {
        o.detail = tr("No agrément on file: the deadlines start from the first agrément.");
        return o;
    }
    const TrainingHoursCategory category =
        first ? TrainingHoursCategory::InitialFirstPart : TrainingHoursCategory::InitialSecondPart;
    o.hoursRequired = first ? firstPartRequired(start) : secondPartRequired(start);
    o.hoursDone = hours(facts, category);
    o.deadline = first ? firstPartDeadline(start) : secondPartDeadline(start);
    const QString rule = followsLegacyRule(start)
                             ? tr("Former rule: her first agrément was granted before 1 January %1.")
                                   .arg(m_settings.trainingReformYear)
                             : QString();
    auto withRule = [&](QString text) { return rule.isEmpty() ? text : text + QLatin1Char(' ') + rule; };
    if (o.hoursDone >= o.hoursRequired) {
        o.status = ObligationStatus::Done;
        o.detail = withRule(tr("%1 h done of %2 h.").arg(h(o.hoursDone), h(o.hoursRequired)));
        return o;
    }
    if (renewedSince(facts)) {
        o.status = ObligationStatus::Done;
        o.detail =
            withRule(tr("Taken as complete: her agrément has been renewed since, after the PMI checked "
                        "her training (%1 h on file).")
                         .arg(h(o.hoursDone)));
        return o;
    }
    o.status = statusFor(o.deadline, today);
    QString text =
        tr("%1 h missing (%2 h done of %3 h), by %4.")
            .arg(h(o.hoursRequired - o.hoursDone), h(o.hoursDone), h(o.hoursRequired), fr(o.deadline));
    if (first)
        if (const auto child = firstEvent(facts, CareerEventKind::FirstChild))
            text += QLatin1Char(' ') +
                    tr("She has cared for a child since %1: this part was due before.").arg(fr(*child));
    o.detail = withRule(text);
    return o;
}

Obligation ObligationRules::continuing(const ObligationFacts& facts, QDate today) const
{
    Obligation o;
    o.kind = ObligationKind::ContinuingHours;
    o.label = obligationKindLabel(o.kind);
    const QDate yearStart(today.year(), 1, 1);
    o.deadline = QDate(today.year(), 12, 31);
    o.hoursRequired = m_settings.continuingTrainingHoursPerYear;
    o.hoursDone = hours(facts, TrainingHoursCategory::Continuing, yearStart, o.deadline);
    // A right, not a duty: it is never late.
    o.status = o.hoursDone >= o.hoursRequired ? ObligationStatus::Done : ObligationStatus::Upcoming;
    o.detail = tr("%1 h used in %2 of a right of %3 h per year (information: this is a right, not a duty).")
                   .arg(h(o.hoursDone))
                   .arg(today.year())
                   .arg(h(o.hoursRequired));
    return o;
}

Obligation ObligationRules::review(const ObligationFacts& facts, QDate today) const
{
    Obligation o;
    o.kind = ObligationKind::ProfessionalReview;
    o.label = obligationKindLabel(o.kind);
    if (!facts.currentApprovalStart.isValid()) {
        o.detail = tr("No agrément in force.");
        return o;
    }
    o.deadline = reviewDeadline(facts, today);
    o.status = statusFor(o.deadline, today);
    const auto last = lastEvent(facts, CareerEventKind::ProfessionalReview, today);
    o.detail =
        last ? tr("Last review on %1; one every %n year(s).", nullptr, m_settings.professionalReviewYears)
                   .arg(fr(*last))
             : tr("No review recorded since her agrément started on %1; one every %n year(s).", nullptr,
                  m_settings.professionalReviewYears)
                   .arg(fr(facts.currentApprovalStart));
    return o;
}

Obligation ObligationRules::capTest(const ObligationFacts& facts, QDate today, QualificationKind test) const
{
    Obligation o;
    o.kind = test == QualificationKind::CapEp1 ? ObligationKind::CapEp1 : ObligationKind::CapEp3;
    o.label = obligationKindLabel(o.kind);
    const QString name = test == QualificationKind::CapEp1 ? QStringLiteral("EP1") : QStringLiteral("EP3");
    const Qualification* best = bestFor(facts, test);
    if (best && best->passes(test)) {
        o.status = ObligationStatus::Done;
        o.detail = tr("Passed on %1.").arg(fr(best->date));
        return o;
    }
    if (best) {
        o.status = ObligationStatus::Done;
        o.detail = best->result == QualificationResult::Failed
                       ? tr("Sat on %1, not passed: passing %2 and the other test gives a 10-year renewal.")
                             .arg(fr(best->date), name)
                       : tr("Sat on %1, result awaited.").arg(fr(best->date));
        return o;
    }
    if (followsLegacyRule(facts.firstApprovalStart)) {
        o.detail =
            tr("Not required for agréments granted before %1; passing EP1 and EP3 gives a 10-year renewal.")
                .arg(m_settings.trainingReformYear);
        return o;
    }
    if (!facts.currentApprovalEnd.isValid()) {
        o.detail = tr("No agrément in force.");
        return o;
    }
    o.deadline = renewalFileDue(facts.currentApprovalEnd);
    o.status = statusFor(o.deadline, today);
    o.detail =
        tr("Not sat yet: the renewal file (due by %1) needs %2 sat; passed, it gives a 10-year renewal.")
            .arg(fr(o.deadline), name);
    return o;
}

QList<Obligation> ObligationRules::vae(const ObligationFacts& facts) const
{
    const QList<std::pair<ObligationKind, QString>> steps{
        {ObligationKind::VaeEligibility, vae_step::eligibility},
        {ObligationKind::VaeBooklet2, vae_step::booklet2},
        {ObligationKind::VaeJury, vae_step::jury}};
    const bool started = bool(firstEvent(facts, CareerEventKind::VaeStep));
    QList<Obligation> out;
    if (!started) {
        Obligation o;
        o.kind = ObligationKind::VaeEligibility;
        o.label = obligationKindLabel(o.kind);
        o.hoursRequired = m_settings.vaeMinExperienceHours;
        o.detail = tr("No VAE under way. Eligibility for the CAP AEPE needs at least %1 h of experience "
                      "(about one year of work).")
                       .arg(m_settings.vaeMinExperienceHours);
        if (facts.firstApprovalStart.isValid())
            o.detail += QLatin1Char(' ') + tr("Approved since %1.").arg(fr(facts.firstApprovalStart));
        out << o;
        return out;
    }
    QDate previous;
    bool previousDone = true;
    for (const auto& [kind, key] : steps) {
        Obligation o;
        o.kind = kind;
        o.label = obligationKindLabel(kind);
        if (kind == ObligationKind::VaeEligibility)
            o.hoursRequired = m_settings.vaeMinExperienceHours;
        const auto done = firstEvent(facts, CareerEventKind::VaeStep, key);
        if (done) {
            o.status = ObligationStatus::Done;
            o.detail = tr("Done on %1.").arg(fr(*done));
            if (!previousDone)
                o.detail +=
                    QLatin1Char(' ') + tr("Recorded while the step before is missing: check the record.");
            else if (previous.isValid() && *done < previous)
                o.detail += QLatin1Char(' ') + tr("Dated before the step before: check the dates.");
            previous = *done;
        } else {
            o.status = ObligationStatus::Upcoming;
            o.detail = previousDone ? tr("Next step.") : tr("After the step before.");
            if (kind == ObligationKind::VaeEligibility)
                o.detail += QLatin1Char(' ') +
                            tr("Needs at least %1 h of experience.").arg(m_settings.vaeMinExperienceHours);
        }
        previousDone = bool(done);
        out << o;
    }
    return out;
}

QList<Obligation> ObligationRules::obligations(const ObligationFacts& facts, QDate today) const
{
    QList<Obligation> out;
    out << initialPart(facts, today, true) << initialPart(facts, today, false) << continuing(facts, today)
        << review(facts, today) << capTest(facts, today, QualificationKind::CapEp1)
        << capTest(facts, today, QualificationKind::CapEp3);
    out += vae(facts);
    return out;
}

TrainingState ObligationRules::trainingState(const ObligationFacts& facts) const
{
    TrainingState state;
    const QDate start = facts.firstApprovalStart;
    if (start.isValid())
        state.initialTrainingComplete =
            renewedSince(facts) ||
            (hours(facts, TrainingHoursCategory::InitialFirstPart) >= firstPartRequired(start) &&
             hours(facts, TrainingHoursCategory::InitialSecondPart) >= secondPartRequired(start));
    for (const auto& q : facts.qualifications) {
        state.ep1Passed = state.ep1Passed || q.passes(QualificationKind::CapEp1);
        state.ep3Passed = state.ep3Passed || q.passes(QualificationKind::CapEp3);
    }
    return state;
}

RenewalChecklist ObligationRules::checklist(const ObligationFacts& facts, QDate today) const
{
    RenewalChecklist list;
    list.approvalEnd = facts.currentApprovalEnd;
    list.fileDue = renewalFileDue(facts.currentApprovalEnd);
    auto item = [&](ChecklistItemKind kind, bool done, const QString& missing) {
        list.items.append(ChecklistItem{kind, enumLabel(kItems, "ChecklistItemKind", kind), done,
                                        done ? QString() : missing});
    };

    const QDate start = facts.firstApprovalStart;
    {
        const double first = hours(facts, TrainingHoursCategory::InitialFirstPart);
        const double second = hours(facts, TrainingHoursCategory::InitialSecondPart);
        const double needFirst = firstPartRequired(start);
        const double needSecond = secondPartRequired(start);
        QStringList missing;
        if (first < needFirst)
            missing << tr("%1 h of the first part (%2 h)").arg(h(needFirst - first), h(needFirst));
        if (second < needSecond)
            missing << tr("%1 h of the second part (%2 h)").arg(h(needSecond - second), h(needSecond));
        const bool done = start.isValid() && (missing.isEmpty() || renewedSince(facts));
        item(ChecklistItemKind::InitialTraining, done,
             start.isValid() ? tr("Missing: %1.").arg(missing.join(tr(" and ")))
                             : tr("No agrément on file."));
    }
    item(ChecklistItemKind::CaredForChild, bool(firstEvent(facts, CareerEventKind::FirstChild)),
         tr("Record the first child she cared for (career event « First child cared for »)."));
    {
        const QDate from = facts.currentApprovalStart;
        const double done = from.isValid() ? hours(facts, TrainingHoursCategory::Continuing, from, today) : 0;
        item(ChecklistItemKind::ContinuousImprovement, done > 0,
             from.isValid()
                 ? tr("No continuing training or practice-review hours since her agrément started on %1.")
                       .arg(fr(from))
                 : tr("No agrément in force."));
    }
    {
        QStringList notSat;
        if (!bestFor(facts, QualificationKind::CapEp1))
            notSat << QStringLiteral("EP1");
        if (!bestFor(facts, QualificationKind::CapEp3))
            notSat << QStringLiteral("EP3");
        item(ChecklistItemKind::CapTestsSat, notSat.isEmpty(),
             tr("Not sat yet: %1.").arg(notSat.join(tr(" and "))));
    }
    {
        const QDate since = today.addMonths(-12);
        const auto last = lastEvent(facts, CareerEventKind::MonEnfantDeclaration, today);
        item(ChecklistItemKind::MonEnfantCompliance, last && *last > since,
             last ? tr("Last mon-enfant.fr declaration on %1: declare availability again (before 1 June and "
                       "1 December).")
                        .arg(fr(*last))
                  : tr("No mon-enfant.fr declaration recorded: she must publish her details and "
                       "availability."));
    }
    return list;
}

} // namespace parcours
