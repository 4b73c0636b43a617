#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QRandomGenerator;

namespace parcours {

class CommuneDirectory;

namespace demo {

// A commune people can be placed in, with the relay that covers it.
struct DemoCommune
{
    QString code; // INSEE
    QString name; // official name, as in the reference data
    QString departement;
    QStringList postalCodes;
    QString epciCode;
    int population = 0;
    int relay = -1; // index into DemoTerritory::relays(); -1: no relay
};

// A relay to create: name, managing body and territory. Staff are added by
// the generator, which owns the name lists.
struct DemoRelayPlan
{
    QString name;
    QString managingBody;
    QStringList communeCodes;
    QStringList epciCodes;
    QString mainCommune; // largest commune of the territory, for e-mail domains
    QString departement; // of that commune, for phone prefixes
};

// Where the demo people live and which relays serve them. People are drawn
// in proportion to the population of real communes, so the register looks
// like the map: many in Verdun and Bar-le-Duc, a few in each village.
class DemoTerritory
{
  public:
    // One département's communes and one relay per EPCI present in it (16 for Meuse).
    static DemoTerritory departement(const CommuneDirectory& directory, const QString& code,
                                     QRandomGenerator& rng);
    // Every commune of the départements where the CASF applies (mainland and
    // the five overseas départements), one relay per EPCI, and more for the
    // populous ones: about one per kInhabitantsPerRelay inhabitants.
    static DemoTerritory national(const CommuneDirectory& directory, QRandomGenerator& rng);

    static constexpr int kInhabitantsPerRelay = 25000;

    bool isEmpty() const { return m_communes.empty(); }
    // A commune drawn with a probability proportional to its population.
    const DemoCommune& pick(QRandomGenerator& rng) const;
    const std::vector<DemoCommune>& communes() const { return m_communes; }
    const QList<DemoRelayPlan>& relays() const { return m_relays; }

  private:
    void addCommunes(const CommuneDirectory& directory, const QString& departement);
    void finish();

    std::vector<DemoCommune> m_communes;
    std::vector<quint32> m_cumulative; // running population sums, for pick()
    QList<DemoRelayPlan> m_relays;
};

} // namespace demo
} // namespace parcours
