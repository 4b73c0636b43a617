#pragma once

#include "DemoSummary.h"
#include "RuleSettings.h"

#include <QtGlobal>
#include <functional>

namespace parcours {

class ApprovalRepository;
class ChildminderRepository;
class Clock;
class MamRepository;
class RelayRepository;
class TransactionRunner;

// Fills an empty register with a fictional but plausible population, for
// demonstrations, screenshots, training sessions and load tests: relays,
// childminders placed in real communes, their agrément histories and MAMs.
//
// Deterministic: the same size, seed and clock date give the same records
// (one explicitly seeded QRandomGenerator, lists read in file order, no
// iteration over hashed containers). Up to kNationalAbove people it draws a
// département like Meuse (RuleSettings::defaultDepartement, one relay per
// EPCI); above, all of France (one relay per EPCI plus sectors for the large
// ones, a few thousand relays). People are written in batches of kBatchSize,
// one write transaction each, so memory stays flat at 250,000 people.
class DemoDataGenerator
{
  public:
    // Called every kProgressEvery people; returning false cancels. The batch in
    // progress is then rolled back; batches already committed stay.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int kNationalAbove = 5000;
    static constexpr int kBatchSize = 5000;
    static constexpr int kProgressEvery = 500;

    DemoDataGenerator(ChildminderRepository& childminders, ApprovalRepository& approvals,
                      RelayRepository& relays, MamRepository& mams, TransactionRunner& transactions,
                      const Clock& clock, const RuleSettings& settings);

    // Writes `size` childminders and everything around them. Throws
    // DomainError when the word lists or the reference data are missing, and
    // lets storage errors through (the failing batch is rolled back).
    DemoSummary generate(int size, quint32 seed, const Progress& progress = {});

    static bool isNational(int size) { return size > kNationalAbove; }

  private:
    ChildminderRepository& m_childminders;
    ApprovalRepository& m_approvals;
    RelayRepository& m_relays;
    MamRepository& m_mams;
    TransactionRunner& m_transactions;
    const Clock& m_clock;
    RuleSettings m_settings;
};

} // namespace parcours
