#include "DemoCareer.h"

#include "DemoRandom.h"

#include <algorithm>

namespace parcours::demo {

namespace {
ApprovalEvent event(ApprovalEventKind kind, QDate date, QString details = {})
{
    ApprovalEvent e;
    e.kind = kind;
    e.date = date;
    e.details = std::move(details);
    return e;
}

QString placesText(int places)
{
    return places == 1 ? QStringLiteral("1 place") : QStringLiteral("%1 places").arg(places);
}

QDate randomDayBetween(QRandomGenerator& rng, QDate from, QDate to)
{
    return to <= from ? from : from.addDays(between(rng, 0, int(from.daysTo(to))));
}
} // namespace

QString DemoCareer::nextNumber(QRandomGenerator& rng, const QString& departement, int year)
{
    // "55-2019-0412": the PMI numbers files per year. Each year starts past
    // the files of people no longer on the register, and small gaps stand for
    // abandoned applications.
    const QString key = departement + QLatin1Char('-') + QString::number(year);
    auto it = m_lastNumber.find(key);
    if (it == m_lastNumber.end())
        it = m_lastNumber.insert(key, between(rng, 0, 300));
    int& last = *it;
    last += between(rng, 1, 3);
    return QStringLiteral("%1-%2-%3").arg(departement).arg(year).arg(last, 4, 10, QLatin1Char('0'));
}

int DemoCareer::drawPlaces(QRandomGenerator& rng, bool firstGrant, int cap) const
{
    // A first agrément allows at least 2 places and rarely more than 4; later
    // ones are mostly 3 or 4, a few 1, 2, 5 or 6.
    const int places = firstGrant ? 2 + weighted(rng, {20, 40, 40}) : 1 + weighted(rng, {2, 6, 32, 48, 7, 5});
    return std::min(places, cap);
}

int DemoCareer::placesUnder3(QRandomGenerator& rng, int places) const
{
    const int under3 = std::min(places, m_rules.settings().maxChildrenUnder3);
    return under3 > 1 && chance(rng, 200) ? under3 - 1 : under3;
}

void DemoCareer::addPastSuspension(QRandomGenerator& rng, QList<Approval>& chain) const
{
    // An old emergency suspension, lifted within the legal limit.
    Approval& a = chain[between(rng, 0, int(chain.size()) - 2)];
    ApprovalEvent e = event(ApprovalEventKind::Suspension,
                            randomDayBetween(rng, a.startDate.addDays(60), a.endDate.addDays(-150)),
                            QStringLiteral("Suspension en urgence, levée après avis de la CCPD"));
    e.endDate =
        randomDayBetween(rng, e.date.addDays(20), e.date.addMonths(m_rules.settings().suspensionMaxMonths));
    a.events.append(e);
}

void DemoCareer::suspend(QRandomGenerator& rng, Approval& current)
{
    current.status = ApprovalStatus::Suspended;
    ApprovalEvent e = event(ApprovalEventKind::Suspension, {}, QStringLiteral("Suspension en urgence"));
    if (!m_longSuspensionDone || chance(rng, 150)) {
        // Deliberately past the legal maximum with no end on file (always the
        // first one), so the "suspension too long" alert has something to show.
        m_longSuspensionDone = true;
        e.date = m_today.addDays(-between(rng, 130, 220));
    } else {
        e.date = m_today.addDays(-between(rng, 3, 110));
        e.endDate = randomDayBetween(rng, e.date.addDays(30),
                                     e.date.addMonths(m_rules.settings().suspensionMaxMonths));
    }
    e.date = std::max(e.date, current.startDate);
    current.events.append(e);
}

void DemoCareer::modify(QRandomGenerator& rng, Approval& current, int cap) const
{
    const QDate from = current.startDate.addDays(30);
    const QDate to = m_today.addDays(-1);
    const int newPlaces = current.places < cap && chance(rng, 650) ? current.places + 1 : current.places - 1;
    if (from > to || newPlaces < 1)
        return;
    ApprovalEvent e =
        event(ApprovalEventKind::Modification, randomDayBetween(rng, from, to),
              QStringLiteral("Passage de %1 à %2").arg(placesText(current.places), placesText(newPlaces)));
    e.places = newPlaces;
    current.events.append(e);
    current.places = newPlaces;
    current.placesUnder3 = std::min(current.placesUnder3, newPlaces);
}

void DemoCareer::endActivity(QRandomGenerator& rng, Approval& last, ChildminderStatus status,
                             QDate stop) const
{
    if (status == ChildminderStatus::Stopped && chance(rng, 120)) {
        // Withdrawal: an emergency suspension, then the CCPD's opinion.
        ApprovalEvent s = event(ApprovalEventKind::Suspension,
                                std::max(last.startDate, stop.addDays(-between(rng, 30, 100))),
                                QStringLiteral("Suspension en urgence"));
        s.endDate = stop;
        last.events.append(s);
        last.events.append(event(ApprovalEventKind::Withdrawal, stop,
                                 QStringLiteral("Retrait de l'agrément après avis de la CCPD")));
        last.status = ApprovalStatus::Withdrawn;
        return;
    }
    last.status = ApprovalStatus::Ended;
    if (last.endDate < m_today && chance(rng, 400)) {
        last.events.append(
            event(ApprovalEventKind::End, last.endDate, QStringLiteral("Agrément non renouvelé")));
        return;
    }
    last.events.append(event(ApprovalEventKind::End, stop,
                             status == ChildminderStatus::Retired
                                 ? QStringLiteral("Départ à la retraite")
                                 : QStringLiteral("Cessation d'activité à sa demande")));
}

QList<Approval> DemoCareer::build(QRandomGenerator& rng, const Childminder& person,
                                  const QString& departement, DemoMamLink* mam)
{
    const ChildminderStatus status = person.status;
    if (status == ChildminderStatus::ApprovalPending || status == ChildminderStatus::Prospect)
        return {};
    const RuleSettings& settings = m_rules.settings();

    // The last day her history runs to: today, or the day she stopped.
    QDate horizon = m_today;
    if (status == ChildminderStatus::Retired) {
        const QDate sixty = person.birthDate.addYears(60);
        horizon = randomDayBetween(rng, sixty, std::max(sixty, m_today.addDays(-20)));
    } else if (status == ChildminderStatus::Stopped) {
        horizon = m_today.addDays(-between(rng, 30, 8 * 365));
    }
    // First agrément: from 21, at most 35 years and at least a month before the horizon.
    const QDate latest = horizon.addDays(-30);
    const QDate earliest = std::min(latest, std::max(person.birthDate.addYears(21), latest.addYears(-35)));
    const QDate first = randomDayBetween(rng, earliest, latest);

    // Since 2019 the initial training ends with the CAP AEPE tests, so more
    // of the recent ones qualify for the 10-year renewal.
    const bool qualified = chance(rng, first >= QDate(2019, 1, 1) ? 700 : 400);
    const TrainingState training{qualified, qualified, qualified};
    const int cap = mam ? std::min(mam->maxPlaces, settings.maxChildrenUnder11) : settings.maxChildrenUnder11;

    QList<Approval> chain;
    int places = drawPlaces(rng, true, cap);
    for (QDate start = first;;) {
        Approval a;
        a.isRenewal = !chain.isEmpty();
        a.startDate = start;
        a.endDate = m_rules.validityEnd(start, a.isRenewal, training);
        // A first agrément runs from its decision; a renewal is decided a few weeks ahead.
        a.decisionDate = a.isRenewal ? start.addDays(-between(rng, 7, 90)) : start;
        a.number = nextNumber(rng, departement, a.decisionDate.year());
        if (a.isRenewal && chance(rng, 400))
            places = drawPlaces(rng, false, cap);
        a.places = mam && mam->forcedPlaces ? mam->forcedPlaces : places;
        a.placesUnder3 = placesUnder3(rng, a.places);
        a.status = ApprovalStatus::Ended; // replaced by the next one; the last is set below
        // The grant decision carries its places, as ApprovalService records it.
        ApprovalEvent grant =
            event(a.isRenewal ? ApprovalEventKind::Renewal : ApprovalEventKind::FirstGrant, a.decisionDate);
        grant.places = a.places;
        a.events.append(grant);
        chain.append(a);
        if (a.endDate >= horizon)
            break;
        start = a.endDate.addDays(1);
    }

    // One in five of those renewed in the last five months has the renewal
    // missing from the file: the "expired while active" alert.
    if (status == ChildminderStatus::Active && !mam && chain.size() > 1 &&
        chain.last().startDate > m_today.addDays(-150) && chance(rng, 200))
        chain.removeLast();
    if (chain.size() > 1 && chance(rng, 30))
        addPastSuspension(rng, chain);

    Approval& last = chain.last();
    switch (status) {
    case ChildminderStatus::Active:
        last.status = ApprovalStatus::Active;
        if (!(mam && mam->forcedPlaces) && chance(rng, 80))
            modify(rng, last, cap);
        if (last.places >= 2 && chance(rng, 15)) {
            last.temporaryReduction = 1;
            last.reductionEnd = m_today.addDays(between(rng, 30, 240));
        }
        break;
    case ChildminderStatus::Suspended:
        suspend(rng, last);
        break;
    default:
        endActivity(rng, last, status, horizon);
        break;
    }

    if (mam) {
        QDate joined = mam->founder ? mam->opened : randomDayBetween(rng, mam->opened, m_today);
        mam->joined = joined = std::max(joined, first);
        for (auto& a : chain) {
            if (a.endDate < joined)
                continue;
            a.placeOfPractice = mam->place;
            if (a.startDate < joined)
                a.events.append(event(ApprovalEventKind::Modification, joined,
                                      QStringLiteral("Exercice en MAM (%1)").arg(mam->mamName)));
        }
    }
    for (auto& a : chain)
        std::stable_sort(a.events.begin(), a.events.end(),
                         [](const ApprovalEvent& x, const ApprovalEvent& y) { return x.date < y.date; });
    return chain;
}

} // namespace parcours::demo
