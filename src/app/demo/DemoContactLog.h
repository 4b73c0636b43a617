#pragma once

#include <QtGlobal>

namespace parcours {

class ChildminderRepository;
class Clock;
class ContactRepository;
class TransactionRunner;

// Fills the contact log of a demo register: in each of the last three years
// most working childminders were reached, this year about half so far, with some messages
// left, unreachable people and refusals, a handful of staff members, topics,
// and follow-ups (some still open) so coverage and follow-up screens have
// something to show. Deterministic for a given seed and clock date.
class DemoContactLog
{
  public:
    DemoContactLog(ChildminderRepository& childminders, ContactRepository& contacts,
                   TransactionRunner& transactions, const Clock& clock);
    // Years of history before the current one.
    static constexpr int kPastYears = 3;

    // Returns the number of exchanges written.
    int generate(quint32 seed);

  private:
    ChildminderRepository& m_childminders;
    ContactRepository& m_contacts;
    TransactionRunner& m_transactions;
    const Clock& m_clock;
};

} // namespace parcours
