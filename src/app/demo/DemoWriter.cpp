#include "DemoWriter.h"

#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "DemoContacts.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DemoTerritory.h"
#include "MamRepository.h"
#include "RelayRepository.h"

#include <algorithm>

namespace parcours::demo {

namespace {
// The MAM law dates from 9 June 2010: no MAM opened before.
const QDate kFirstMams(2010, 6, 9);

quint32 streamSeed(quint32 seed, quint32 stream)
{
    QRandomGenerator mixer(seed);
    quint32 value = 0;
    for (quint32 i = 0; i <= stream; ++i)
        value = mixer.generate();
    return value;
}
} // namespace

DemoWriter::DemoWriter(ChildminderRepository& childminders, ApprovalRepository& approvals,
                       RelayRepository& relays, MamRepository& mams, const DemoTerritory& territory,
                       const DemoNames& names, const RuleSettings& settings, QDate today, quint32 seed)
    : m_childminders(childminders), m_approvals(approvals), m_relays(relays), m_mams(mams),
      m_territory(territory), m_names(names), m_settings(settings), m_today(today), m_people(names, today),
      m_career(settings, today), m_relayRng(streamSeed(seed, 0)), m_rng(streamSeed(seed, 1))
{
}

void DemoWriter::writeRelays(DemoCounts& counts)
{
    for (const DemoRelayPlan& plan : m_territory.relays()) {
        Relay relay;
        relay.name = plan.name;
        relay.managingBody = plan.managingBody;
        relay.communeCodes = plan.communeCodes;
        relay.epciCodes = plan.epciCodes;
        const QString domain =
            QStringLiteral("@rpe-") + slug(plan.mainCommune, QLatin1Char('-')) + QStringLiteral(".example");
        const int staff = chance(m_relayRng, 450) ? 2 : 1;
        for (int s = 0; s < staff; ++s) {
            const bool woman = chance(m_relayRng, 950);
            const QString first = pick(m_relayRng, woman ? m_names.femaleFirstNames : m_names.maleFirstNames);
            const QString last = pick(m_relayRng, m_names.surnames);
            RelayStaffContact c;
            c.name = first + QLatin1Char(' ') + last;
            if (s == 0)
                c.role = woman ? QStringLiteral("Responsable du relais, éducatrice de jeunes enfants")
                               : QStringLiteral("Responsable du relais, éducateur de jeunes enfants");
            else
                c.role = woman ? QStringLiteral("Animatrice") : QStringLiteral("Animateur");
            c.phone = phoneNumber(m_relayRng, plan.departement, s > 0 && chance(m_relayRng, 300));
            c.email =
                slug(first, QLatin1Char('-')) + QLatin1Char('.') + slug(last, QLatin1Char('-')) + domain;
            relay.staff.append(c);
        }
        m_relays.save(relay);
        m_relayIds.append(relay.id);
        ++counts.relays;
    }
}

void DemoWriter::maybeOpenMam(int index, int room, DemoCounts& counts)
{
    int members = 0;
    bool overLimit = false;
    if (!m_overLimitMamDone && index >= 10 && room >= 7) {
        // One MAM deliberately over the limits (7 members with 4 places each:
        // more members and more children than allowed), so the dashboard
        // alert is never empty in a demo.
        members = 7;
        overLimit = true;
        m_overLimitMamDone = true;
    } else if (chance(m_rng, 18)) {
        // ~1 MAM per 60 childminders, mostly 2 to 4 members.
        members = 2 + weighted(m_rng, {25, 35, 30, 6, 4});
    }
    if (members == 0 || members > room)
        return;
    OpenMam open;
    open.commune = &m_territory.pick(m_rng);
    open.mam.name = QStringLiteral("MAM ") + pick(m_rng, m_names.mamNames);
    open.mam.address = streetAddress(m_rng, m_names.streets, open.commune->population);
    open.mam.inseeCode = open.commune->code;
    open.mam.communeName = open.commune->name;
    open.mam.postalCode = pick(m_rng, open.commune->postalCodes);
    const int maxAge = int(std::min(qint64(12 * 365), kFirstMams.daysTo(m_today)));
    open.opened = m_today.addDays(-between(m_rng, 60, std::max(60, maxAge)));
    open.remaining = members;
    open.overLimit = overLimit;
    // Six members with 4 places each would exceed the 20 children a MAM may
    // receive: ordinary MAMs stay within the limits, only the deliberate one breaks them.
    if (!overLimit)
        open.maxPlaces =
            std::max(1, std::min(DemoCareer::kMamPlacesPerMember, m_settings.mamMaxChildren / members));
    // Saved empty first: its members need its id, and it needs theirs.
    m_mams.save(open.mam);
    ++counts.mams;
    m_open = std::move(open);
}

void DemoWriter::writePerson(int index, int room, DemoCounts& counts)
{
    if (!m_open)
        maybeOpenMam(index, room, counts);
    const DemoCommune& commune = m_open ? *m_open->commune : m_territory.pick(m_rng);
    Childminder person = m_people.make(m_rng, commune);
    person.relayId = commune.relay >= 0 ? m_relayIds.at(commune.relay) : 0;

    std::optional<DemoMamLink> link;
    if (m_open) {
        person.status = ChildminderStatus::Active;
        person.mamId = m_open->mam.id;
        link = DemoMamLink{};
        link->mamName = m_open->mam.name;
        link->opened = m_open->opened;
        link->founder = m_open->mam.members.size() < 2;
        link->place = chance(m_rng, 700) ? PlaceOfPractice::Mam : PlaceOfPractice::HomeAndMam;
        link->maxPlaces = m_open->maxPlaces;
        link->forcedPlaces = m_open->overLimit ? DemoCareer::kMamPlacesPerMember : 0;
    }
    m_childminders.insert(person);
    ++counts.childminders;

    QList<Approval> approvals = m_career.build(m_rng, person, commune.departement, link ? &*link : nullptr);
    for (Approval& a : approvals) {
        a.childminderId = person.id;
        m_approvals.save(a);
    }
    counts.approvals += int(approvals.size());

    if (m_open) {
        MamMember member;
        member.childminderId = person.id;
        member.displayName = person.displayName();
        member.joined = link->joined;
        member.places = approvals.isEmpty() ? 0 : approvals.last().places;
        m_open->mam.members.append(member);
        if (--m_open->remaining == 0) {
            m_mams.save(m_open->mam);
            m_open.reset();
        }
    }
}

} // namespace parcours::demo
