#include "ImmersionRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace parcours {

bool Immersion::sameHostAs(const Immersion& other) const
{
    if (hostPartnerId > 0 || other.hostPartnerId > 0)
        return hostPartnerId == other.hostPartnerId;
    const QString a = hostName.trimmed();
    return !a.isEmpty() && a.compare(other.hostName.trimmed(), Qt::CaseInsensitive) == 0;
}

namespace {
QString fr(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

int overlapDays(QDate from, QDate to, const Immersion& i)
{
    const QDate a = std::max(from, i.startDate);
    const QDate b = std::min(to, i.endDate);
    return a <= b ? int(a.daysTo(b)) + 1 : 0;
}

const Immersion* findById(const QList<Immersion>& list, qint64 id)
{
    for (const auto& i : list)
        if (i.id == id)
            return &i;
    return nullptr;
}
} // namespace

QDate ImmersionRules::latestEnd(QDate start) const
{
    // One month from 15/03 runs to 14/04 (the day before the same date).
    return start.addMonths(m_settings.immersionMaxMonths).addDays(-1);
}

int ImmersionRules::maxDaysWithHostIn12Months(const Immersion& candidate,
                                              const QList<Immersion>& others) const
{
    QList<Immersion> sameHost{candidate};
    for (const auto& o : others)
        if ((candidate.id == 0 || o.id != candidate.id) && o.startDate.isValid() && o.endDate.isValid() &&
            o.sameHostAs(candidate))
            sameHost.append(o);
    // The busiest 12-month window starts on some immersion's first day or
    // ends on some immersion's last day: trying those windows is enough.
    int most = 0;
    for (const auto& anchor : sameHost) {
        const QList<std::pair<QDate, QDate>> windows{
            {anchor.startDate, anchor.startDate.addMonths(12).addDays(-1)},
            {anchor.endDate.addMonths(-12).addDays(1), anchor.endDate}};
        for (const auto& [from, to] : windows) {
            int days = 0;
            for (const auto& i : sameHost)
                days += overlapDays(from, to, i);
            most = std::max(most, days);
        }
    }
    return most;
}

QStringList ImmersionRules::problems(const Immersion& candidate, const QList<Immersion>& others) const
{
    QStringList out;
    if (!candidate.startDate.isValid() || !candidate.endDate.isValid()) {
        out << tr("Enter the first and last days of the immersion.");
        return out;
    }
    if (candidate.endDate < candidate.startDate) {
        out << tr("The immersion ends before it starts: check the dates.");
        return out;
    }
    if (candidate.endDate > latestEnd(candidate.startDate))
        out << tr("An immersion lasts at most %n month(s): this one should end by %1.", nullptr,
                  m_settings.immersionMaxMonths)
                   .arg(fr(latestEnd(candidate.startDate)));
    for (const auto& o : others) {
        if (candidate.id != 0 && o.id == candidate.id)
            continue;
        if (o.startDate <= candidate.endDate && candidate.startDate <= o.endDate) {
            out << tr("It overlaps the immersion from %1 to %2.").arg(fr(o.startDate), fr(o.endDate));
            break;
        }
    }
    if (candidate.renewalOf > 0) {
        // Count the renewals up the chain, this one included.
        int renewals = 1;
        const Immersion* previous = findById(others, candidate.renewalOf);
        if (previous && !previous->sameHostAs(candidate))
            out << tr("A renewal continues the same placement: choose the same host.");
        if (previous && previous->endDate >= candidate.startDate)
            out << tr("A renewal starts after the immersion it renews has ended.");
        QList<qint64> seen{candidate.id};
        while (previous && previous->renewalOf > 0 && !seen.contains(previous->id)) {
            seen << previous->id;
            ++renewals;
            previous = findById(others, previous->renewalOf);
        }
        if (renewals > m_settings.immersionMaxRenewals)
            out << tr("An immersion may be renewed %n time(s) only; this would be renewal number %1.",
                      nullptr, m_settings.immersionMaxRenewals)
                       .arg(renewals);
    }
    const int days = maxDaysWithHostIn12Months(candidate, others);
    // The allowance is counted in calendar months from the candidate's first
    // day, so "2 months" is 59 to 62 days depending on the season.
    const QDate probe = candidate.startDate;
    const int allowed = int(probe.daysTo(probe.addMonths(m_settings.immersionMaxMonthsPerHost)));
    if (days > allowed)
        out << tr("With this host she would spend %1 days in 12 months: the limit is %n month(s).", nullptr,
                  m_settings.immersionMaxMonthsPerHost)
                   .arg(days);
    return out;
}

} // namespace parcours
