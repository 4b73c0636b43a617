#include "DemoTerritory.h"

#include "CommuneDirectory.h"
#include "DemoContacts.h"
#include "DemoRandom.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace parcours::demo {

namespace {
// "CC du Pays de Stenay" -> "Communauté de communes du Pays de Stenay": the
// name a managing body signs its letters with.
QString longEpciName(const QString& name)
{
    if (name.startsWith(QLatin1String("CC ")))
        return QStringLiteral("Communauté de communes ") + name.mid(3);
    if (name.startsWith(QLatin1String("CA ")))
        return QStringLiteral("Communauté d'agglomération ") + name.mid(3);
    if (name.startsWith(QLatin1String("CU ")))
        return QStringLiteral("Communauté urbaine ") + name.mid(3);
    return name;
}

// "CC du Pays de Stenay" -> "RPE du Pays de Stenay"; "Metz Métropole" -> "RPE Metz Métropole".
QString relayNameForEpci(const QString& name)
{
    for (const char* prefix : {"CC ", "CA ", "CU "})
        if (name.startsWith(QLatin1String(prefix)))
            return QStringLiteral("RPE ") + name.mid(3);
    return QStringLiteral("RPE ") + name;
}

// Most RPEs are run by the intercommunality itself; in the countryside many
// are run by a local Familles Rurales association on its behalf.
QString managingBody(QRandomGenerator& rng, const QString& epciName, const QString& mainCommune,
                     qint64 population)
{
    if (population < 50000 && chance(rng, 350))
        return QStringLiteral("Association Familles Rurales ") + ofPlace(mainCommune);
    return longEpciName(epciName);
}

bool casfApplies(const QString& departement)
{
    // Mainland (01..95, 2A, 2B) and the five overseas départements; the
    // overseas collectivities (975, 977, 978, 98x) have their own rules.
    return departement.size() == 2 || departement == QLatin1String("971") ||
           departement == QLatin1String("972") || departement == QLatin1String("973") ||
           departement == QLatin1String("974") || departement == QLatin1String("976");
}

// Splits an EPCI's communes into `parts` relay sectors of similar population.
// Sorting by postal code keeps each sector roughly in one area, since postal
// codes follow the distribution offices.
std::vector<std::vector<int>> sectors(const std::vector<DemoCommune>& communes, std::vector<int> members,
                                      int parts, qint64 population)
{
    std::sort(members.begin(), members.end(), [&](int a, int b) {
        const auto& ca = communes[size_t(a)];
        const auto& cb = communes[size_t(b)];
        return std::make_pair(ca.postalCodes.front(), ca.code) <
               std::make_pair(cb.postalCodes.front(), cb.code);
    });
    std::vector<std::vector<int>> out(1);
    qint64 sum = 0;
    for (size_t i = 0; i < members.size(); ++i) {
        out.back().push_back(members[i]);
        sum += communes[size_t(members[i])].population;
        const bool more = i + 1 < members.size();
        if (more && int(out.size()) < parts && sum >= qint64(out.size()) * population / parts)
            out.emplace_back();
    }
    return out;
}

int largestOf(const std::vector<DemoCommune>& communes, const std::vector<int>& members)
{
    return *std::max_element(members.begin(), members.end(), [&](int a, int b) {
        return communes[size_t(a)].population < communes[size_t(b)].population;
    });
}
} // namespace

void DemoTerritory::addCommunes(const CommuneDirectory& directory, const QString& departement)
{
    for (const Commune& c : directory.inDepartement(departement)) {
        // Nobody lives in the six villages destroyed at Verdun in 1916 that
        // Meuse keeps as communes, and a commune with no postal code cannot be
        // written on a letter.
        if (c.population <= 0 || c.postalCodes.isEmpty())
            continue;
        m_communes.push_back(
            DemoCommune{c.code, c.name, c.departement, c.postalCodes, c.epciCode, c.population, -1});
    }
}

void DemoTerritory::finish()
{
    // Islands outside any EPCI (Ouessant, Sein, Bréhat, Yeu) get a relay of their own.
    for (auto& c : m_communes) {
        if (c.relay >= 0 || !c.epciCode.isEmpty())
            continue;
        c.relay = int(m_relays.size());
        m_relays.append(DemoRelayPlan{QStringLiteral("RPE ") + c.name,
                                      QStringLiteral("Commune ") + ofPlace(c.name),
                                      {c.code},
                                      {},
                                      c.name,
                                      c.departement});
    }
    m_cumulative.clear();
    m_cumulative.reserve(m_communes.size());
    quint32 sum = 0;
    for (const auto& c : m_communes)
        m_cumulative.push_back(sum += quint32(c.population));
}

DemoTerritory DemoTerritory::departement(const CommuneDirectory& directory, const QString& code,
                                         QRandomGenerator& rng)
{
    DemoTerritory t;
    t.addCommunes(directory, code);
    QHash<QString, int> relayOfEpci; // lookups only: never iterated, so its order does not matter
    for (const Epci& e : directory.epcisOfDepartement(code)) {
        const QList<Commune> members = directory.membersOf(e.code);
        if (members.isEmpty())
            continue;
        qint64 population = 0;
        const Commune* main = &members.front();
        for (const auto& m : members) {
            population += m.population;
            if (m.population > main->population)
                main = &m;
        }
        relayOfEpci.insert(e.code, int(t.m_relays.size()));
        t.m_relays.append(DemoRelayPlan{relayNameForEpci(e.name),
                                        managingBody(rng, e.name, main->name, population),
                                        {},
                                        {e.code},
                                        main->name,
                                        main->departement});
    }
    for (auto& c : t.m_communes)
        c.relay = relayOfEpci.value(c.epciCode, -1);
    t.finish();
    return t;
}

DemoTerritory DemoTerritory::national(const CommuneDirectory& directory, QRandomGenerator& rng)
{
    DemoTerritory t;
    for (const QString& departement : directory.departements())
        if (casfApplies(departement))
            t.addCommunes(directory, departement);

    // std::map: EPCIs in code order, the same on every run.
    std::map<QString, std::vector<int>> byEpci;
    for (size_t i = 0; i < t.m_communes.size(); ++i)
        if (!t.m_communes[i].epciCode.isEmpty())
            byEpci[t.m_communes[i].epciCode].push_back(int(i));

    for (const auto& [epciCode, members] : byEpci) {
        const auto epci = directory.epci(epciCode);
        const QString epciName = epci ? epci->name : epciCode;
        qint64 population = 0;
        for (int m : members)
            population += t.m_communes[size_t(m)].population;
        const int parts = int(std::clamp<qint64>(
            (population + kInhabitantsPerRelay / 2) / kInhabitantsPerRelay, 1, qint64(members.size())));
        if (parts == 1) {
            const DemoCommune& main = t.m_communes[size_t(largestOf(t.m_communes, members))];
            for (int m : members)
                t.m_communes[size_t(m)].relay = int(t.m_relays.size());
            t.m_relays.append(DemoRelayPlan{relayNameForEpci(epciName),
                                            managingBody(rng, epciName, main.name, population),
                                            {},
                                            {epciCode},
                                            main.name,
                                            main.departement});
            continue;
        }
        // A large EPCI runs several relays, each with a sector of communes.
        for (const auto& sector : sectors(t.m_communes, members, parts, population)) {
            const DemoCommune& main = t.m_communes[size_t(largestOf(t.m_communes, sector))];
            DemoRelayPlan plan;
            plan.name = QStringLiteral("RPE %1 (%2)").arg(main.name, epciName);
            plan.managingBody =
                sector.size() == 1 ? QStringLiteral("Ville ") + ofPlace(main.name) : longEpciName(epciName);
            plan.mainCommune = main.name;
            plan.departement = main.departement;
            for (int m : sector) {
                plan.communeCodes.append(t.m_communes[size_t(m)].code);
                t.m_communes[size_t(m)].relay = int(t.m_relays.size());
            }
            t.m_relays.append(plan);
        }
    }
    t.finish();
    return t;
}

const DemoCommune& DemoTerritory::pick(QRandomGenerator& rng) const
{
    const quint32 draw = rng.bounded(m_cumulative.back());
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), draw);
    return m_communes[size_t(it - m_cumulative.begin())];
}

} // namespace parcours::demo
