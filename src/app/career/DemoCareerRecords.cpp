#include "DemoCareerRecords.h"

#include "AppContext.h"
#include "CareerRepository.h"
#include "Clock.h"
#include "DemoRandom.h"
#include "TransactionRunner.h"

#include <algorithm>

namespace parcours {

namespace {
using demo::between;
using demo::chance;

const QStringList kHosts{QStringLiteral("Multi-accueil Les P'tits Loups, Verdun"),
                         QStringLiteral("Micro-crèche Les Lucioles, Bar-le-Duc"),
                         QStringLiteral("Crèche familiale de Commercy"),
                         QStringLiteral("MAM Les Petits Pas, Saint-Mihiel")};

QDate randomDayBetween(QRandomGenerator& rng, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return from;
    return from.addDays(between(rng, 0, int(from.daysTo(to))));
}

// The last mon-enfant.fr declaration deadline (1 June or 1 December) before `today`.
QDate lastDeclarationDeadline(QDate today)
{
    const QDate june(today.year(), 6, 1);
    const QDate december(today.year(), 12, 1);
    if (today >= december)
        return december;
    if (today >= june)
        return june;
    return QDate(today.year() - 1, 12, 1);
}

struct Batch
{
    QList<Qualification> qualifications;
    QList<CareerEvent> events;
    QList<Immersion> immersions;
};

void addEvent(Batch& b, qint64 person, QDate date, CareerEventKind kind, const QString& detail = {},
              const QString& note = {})
{
    CareerEvent e;
    e.childminderId = person;
    e.date = date;
    e.kind = kind;
    e.detail = detail;
    e.note = note;
    b.events.append(e);
}

void addQualification(Batch& b, qint64 person, QualificationKind kind, QualificationResult result, QDate date)
{
    Qualification q;
    q.childminderId = person;
    q.kind = kind;
    q.result = result;
    q.date = date;
    b.qualifications.append(q);
}

void recordsFor(QRandomGenerator& rng, const PersonApprovalDates& p, QDate today, const RuleSettings& rules,
                Batch& b)
{
    const qint64 id = p.childminderId;
    const QDate first = p.firstApprovalStart;
    if (!first.isValid() || first > today)
        return;
    const bool working = p.status == QLatin1String("active") || p.status == QLatin1String("suspended");
    // Most began caring for a child within months of the agrément.
    if (chance(rng, 880))
        addEvent(b, id, std::min(today, first.addDays(between(rng, 20, 240))), CareerEventKind::FirstChild);
    if (working && chance(rng, 700)) {
        const QDate deadline = lastDeclarationDeadline(today);
        addEvent(b, id, std::max(first, deadline.addDays(-between(rng, 1, 40))),
                 CareerEventKind::MonEnfantDeclaration);
    }
    if (working && p.currentApprovalStart.isValid() && chance(rng, 850)) {
        const QDate from = std::max(p.currentApprovalStart, today.addYears(-rules.professionalReviewYears));
        addEvent(b, id, randomDayBetween(rng, from, today), CareerEventKind::ProfessionalReview);
    }
    // The CAP AEPE tests belong to the training of those approved since the reform.
    const bool reform = first >= QDate(rules.trainingReformYear, 1, 1);
    if (reform || chance(rng, 150)) {
        const QDate sitting = std::min(today, first.addMonths(between(rng, 8, 30)));
        for (auto test : {QualificationKind::CapEp1, QualificationKind::CapEp3}) {
            if (!chance(rng, reform ? 650 : 500))
                continue;
            const int draw = between(rng, 0, 99);
            addQualification(b, id, test,
                             draw < 78   ? QualificationResult::Passed
                             : draw < 93 ? QualificationResult::Failed
                                         : QualificationResult::Sat,
                             sitting);
        }
    }
    // A few go for the whole diploma through the VAE.
    if (working && first <= today.addYears(-2) && chance(rng, 30)) {
        QDate step = randomDayBetween(rng, first.addYears(1), today.addMonths(-2));
        addEvent(b, id, step, CareerEventKind::VaeStep, vae_step::eligibility);
        if (chance(rng, 650) && step.addMonths(4) <= today) {
            step = step.addMonths(between(rng, 3, 8));
            addEvent(b, id, std::min(step, today), CareerEventKind::VaeStep, vae_step::booklet2);
            if (chance(rng, 600) && step.addMonths(3) <= today) {
                step = std::min(today, step.addMonths(between(rng, 2, 5)));
                addEvent(b, id, step, CareerEventKind::VaeStep, vae_step::jury);
                if (chance(rng, 800)) {
                    addQualification(b, id, QualificationKind::CapAepe, QualificationResult::Passed, step);
                    addEvent(b, id, step, CareerEventKind::Qualification, {},
                             QStringLiteral("CAP AEPE par la VAE"));
                }
            }
        }
    }
    if (working && chance(rng, 15)) {
        Immersion i;
        i.childminderId = id;
        i.hostName = demo::pick(rng, kHosts);
        i.startDate = today.addDays(-between(rng, 30, 600));
        i.endDate = i.startDate.addDays(between(rng, 4, 20));
        i.note = QStringLiteral("Découverte de l'accueil collectif");
        b.immersions.append(i);
    }
    if (p.status == QLatin1String("retired") || p.status == QLatin1String("stopped")) {
        const QDate stop = p.currentApprovalEnd.isValid() && p.currentApprovalEnd < today
                               ? p.currentApprovalEnd
                               : today.addDays(-between(rng, 10, 300));
        const QString reason = p.status == QLatin1String("retired")
                                   ? QStringLiteral("retirement")
                                   : QStringList{QStringLiteral("retraining"), QStringLiteral("moving"),
                                                 QStringLiteral("personal"), QStringLiteral("other")}
                                         .at(demo::weighted(rng, {35, 25, 30, 10}));
        addEvent(b, id, std::max(first, stop), CareerEventKind::Stop, reason);
        if (reason == QLatin1String("retraining") && chance(rng, 400))
            addEvent(b, id, std::max(first, stop), CareerEventKind::CollectiveChildcare, {},
                     QStringLiteral("Auxiliaire en multi-accueil"));
    }
}
} // namespace

int DemoCareerRecords::generate(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0xCA4EE4u);
    const QDate today = m_context.clock().today();
    const RuleSettings rules = m_context.rules();
    int added = 0;
    qint64 after = 0;
    bool renewalShown = false;
    for (;;) {
        const auto page = m_context.careers().approvalDatesPage(after, 1000);
        if (page.isEmpty())
            break;
        after = page.last().childminderId;
        Batch batch;
        for (const auto& person : page)
            recordsFor(rng, person, today, rules, batch);
        m_context.transactions().inWriteTransaction([&] {
            for (auto& q : batch.qualifications)
                m_context.careers().save(q);
            for (auto& e : batch.events) {
                e.createdAt = m_context.clock().now();
                m_context.careers().save(e);
            }
            for (auto& i : batch.immersions) {
                m_context.careers().save(i);
                // One immersion renewed once with the same host, to show the chain.
                if (!renewalShown && i.endDate.addDays(40) < today) {
                    Immersion renewal = i;
                    renewal.id = 0;
                    renewal.renewalOf = i.id;
                    renewal.startDate = i.endDate.addDays(1);
                    renewal.endDate = renewal.startDate.addDays(14);
                    renewal.note = QStringLiteral("Renouvellement");
                    m_context.careers().save(renewal);
                    ++added;
                    renewalShown = true;
                }
            }
        });
        added += int(batch.qualifications.size() + batch.events.size() + batch.immersions.size());
    }
    return added;
}

} // namespace parcours
