#include "DemoContactLog.h"

#include "ChildminderRepository.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "DemoRandom.h"
#include "TransactionRunner.h"

namespace parcours {

using namespace demo;

namespace {
const QStringList kStaff = {QStringLiteral("Marie-Michelle Hoarau"), QStringLiteral("Claire Petit"),
                            QStringLiteral("Sophie Lambert"), QStringLiteral("Nadia Benali")};
const QStringList kActions = {QStringLiteral("Envoyer le calendrier des formations"),
                              QStringLiteral("Rappeler après le renouvellement"),
                              QStringLiteral("Mettre en relation avec le RPE"),
                              QStringLiteral("Transmettre la plaquette VAE"),
                              QStringLiteral("Proposer un rendez-vous avec la coordinatrice")};

// A moment of the given day during office hours.
QDateTime officeTime(QRandomGenerator& rng, QDate day)
{
    return QDateTime(day, QTime(between(rng, 8, 17), between(rng, 0, 3) * 15));
}

ContactEntry draw(QRandomGenerator& rng, qint64 who, QDate day)
{
    ContactEntry e;
    e.childminderId = who;
    e.at = officeTime(rng, day);
    e.channel = ContactChannel(weighted(rng, {55, 12, 5, 6, 8, 10, 4}));
    e.direction = chance(rng, 150) ? ContactDirection::Incoming : ContactDirection::Outgoing;
    e.staffMember = pick(rng, kStaff);
    e.outcome = ContactOutcome(weighted(rng, {78, 12, 8, 2}));
    if (e.outcome == ContactOutcome::Completed) {
        e.durationMinutes = between(rng, 5, 45);
        for (auto topic : allContactTopics())
            if (chance(rng, topic == ContactTopic::ConsideringStopping ? 60 : 220))
                e.topics << topic;
        if (e.topics.isEmpty())
            e.topics << ContactTopic::Activity;
        if (chance(rng, 80)) {
            const QDate due = day.addDays(between(rng, 7, 45));
            e.followUp = FollowUp{pick(rng, kActions), due, pick(rng, kStaff), {}};
        }
    }
    return e;
}
} // namespace

DemoContactLog::DemoContactLog(ChildminderRepository& childminders, ContactRepository& contacts,
                               TransactionRunner& transactions, const Clock& clock)
    : m_childminders(childminders), m_contacts(contacts), m_transactions(transactions), m_clock(clock)
{
}

int DemoContactLog::generate(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0xC0A7AC7u);
    const QDate today = m_clock.today();
    const QDate thisYearStart(today.year(), 1, 1);
    const int daysThisYear = int(thisYearStart.daysTo(today));
    ChildminderQuery working;
    working.statuses = {ChildminderStatus::Active, ChildminderStatus::Suspended};
    working.sort = ChildminderSortColumn::Name;
    working.limit = 2000;
    int written = 0;
    // Page by page, one transaction each, so a national register stays flat in memory.
    for (working.offset = 0;; working.offset += working.limit) {
        const auto page = m_childminders.list(working);
        m_transactions.inWriteTransaction([&] {
            for (const auto& person : page) {
                QList<ContactEntry> entries;
                // The service has run for years: in each past year most working
                // people were reached, half of them twice (a call back, a visit);
                // this year about half so far. About four exchanges per person.
                for (int year = today.year() - kPastYears; year < today.year(); ++year) {
                    if (!chance(rng, 850))
                        continue;
                    const QDate start(year, 1, 1);
                    const int days = int(start.daysTo(QDate(year, 12, 31)));
                    entries << draw(rng, person.id, start.addDays(between(rng, 0, days)));
                    if (chance(rng, 500))
                        entries << draw(rng, person.id, start.addDays(between(rng, 0, days)));
                }
                if (daysThisYear > 0 && chance(rng, 560)) {
                    entries << draw(rng, person.id, thisYearStart.addDays(between(rng, 0, daysThisYear)));
                    if (chance(rng, 200))
                        entries << draw(rng, person.id, thisYearStart.addDays(between(rng, 0, daysThisYear)));
                }
                for (auto& e : entries) {
                    // Follow-ups whose date has passed were mostly done.
                    if (e.followUp && e.followUp->due < today && chance(rng, 800))
                        e.followUp->doneOn = e.followUp->due.addDays(-between(rng, 0, 5));
                    m_contacts.save(e);
                    ++written;
                }
            }
        });
        if (page.size() < working.limit)
            break;
    }
    return written;
}

} // namespace parcours
