#pragma once

#include "DemoCareer.h"
#include "DemoPeople.h"
#include "Mam.h"

#include <QList>
#include <QRandomGenerator>
#include <optional>

namespace parcours {

class ApprovalRepository;
class ChildminderRepository;
class MamRepository;
class RelayRepository;
struct DemoNames;

namespace demo {

class DemoTerritory;
struct DemoCommune;

struct DemoCounts
{
    int childminders = 0;
    int relays = 0;
    int mams = 0;
    int approvals = 0;
};

// Writes the demo records one by one through the repositories. Holds only
// what must outlive a person: relay ids, the MAM being filled, the approval
// number sequences. The caller opens the transactions.
class DemoWriter
{
  public:
    DemoWriter(ChildminderRepository& childminders, ApprovalRepository& approvals, RelayRepository& relays,
               MamRepository& mams, const DemoTerritory& territory, const DemoNames& names,
               const RuleSettings& settings, QDate today, quint32 seed);

    // One relay per plan of the territory, with 1 or 2 staff. Call once, first.
    void writeRelays(DemoCounts& counts);
    // Writes person number `index` with her agréments. `room` is how many
    // people are left in the current batch, this one included: a MAM is only
    // opened when all its members fit, so a rolled-back batch never leaves
    // half a MAM behind.
    void writePerson(int index, int room, DemoCounts& counts);

  private:
    struct OpenMam
    {
        Mam mam;
        const DemoCommune* commune = nullptr;
        QDate opened;
        int remaining = 0;
        int maxPlaces = DemoCareer::kMamPlacesPerMember;
        bool overLimit = false;
    };

    void maybeOpenMam(int index, int room, DemoCounts& counts);

    ChildminderRepository& m_childminders;
    ApprovalRepository& m_approvals;
    RelayRepository& m_relays;
    MamRepository& m_mams;
    const DemoTerritory& m_territory;
    const DemoNames& m_names;
    RuleSettings m_settings;
    QDate m_today;
    DemoPeople m_people;
    DemoCareer m_career;
    // Two streams from the one seed: relays and people do not shift each
    // other's draws, so changing relay staff never reshuffles the register.
    QRandomGenerator m_relayRng;
    QRandomGenerator m_rng;
    QList<qint64> m_relayIds; // by relay plan index
    std::optional<OpenMam> m_open;
    bool m_overLimitMamDone = false;
};

} // namespace demo
} // namespace parcours
