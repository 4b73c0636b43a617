#pragma once

#include "Approval.h"
#include "ApprovalRules.h"
#include "Childminder.h"

#include <QDate>
#include <QHash>
#include <QList>

class QRandomGenerator;

namespace parcours::demo {

// How a person belongs to a MAM, for her agrément history: from the day she
// joined, her agrément names the MAM as place of practice.
struct DemoMamLink
{
    QString mamName;
    QDate opened;
    bool founder = false; // founders join on the opening day
    PlaceOfPractice place = PlaceOfPractice::Mam;
    int maxPlaces = 4;    // keeps the MAM's total within its limit of children
    int forcedPlaces = 0; // 0: drawn; the over-limit demo MAM forces 4
    QDate joined;         // set by DemoCareer::build()
};

// Writes a person's agrément history: a first grant of 5 years, renewals of 10
// years when she is qualified and 5 otherwise (always through ApprovalRules, so
// the settings are honoured), then what her status implies: a suspension, a
// withdrawal, an end of activity, or an agrément that ran out while she is
// still recorded as working.
class DemoCareer
{
  public:
    // A MAM member keeps at most 4 children (docs/domain.md, MAM rules); not
    // yet a setting, so it lives here rather than in RuleSettings.
    static constexpr int kMamPlacesPerMember = 4;

    DemoCareer(const RuleSettings& settings, QDate today) : m_rules(settings), m_today(today) {}

    // Her agréments, oldest first, each with its events. Empty while her first
    // application is pending. `departement` prefixes the approval numbers.
    QList<Approval> build(QRandomGenerator& rng, const Childminder& person, const QString& departement,
                          DemoMamLink* mam);

  private:
    QString nextNumber(QRandomGenerator& rng, const QString& departement, int year);
    int drawPlaces(QRandomGenerator& rng, bool firstGrant, int cap) const;
    int placesUnder3(QRandomGenerator& rng, int places) const;
    void addPastSuspension(QRandomGenerator& rng, QList<Approval>& chain) const;
    void endActivity(QRandomGenerator& rng, Approval& last, ChildminderStatus status, QDate stop) const;
    void suspend(QRandomGenerator& rng, Approval& current);
    void modify(QRandomGenerator& rng, Approval& current, int cap) const;

    ApprovalRules m_rules;
    QDate m_today;
    // Last sequence number per "département-year": approval numbers stay unique.
    // Only looked up, never iterated, so hash order cannot leak into the data.
    QHash<QString, int> m_lastNumber;
    bool m_longSuspensionDone = false;
};

} // namespace parcours::demo
