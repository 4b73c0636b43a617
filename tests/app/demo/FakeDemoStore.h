#pragma once

#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "MamRepository.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QByteArray>
#include <QHash>
#include <map>
#include <memory>

namespace parcours::testing {

// In-memory stand-ins for the repositories the demo generator writes to,
// until the SQLite AppContext is available to these tests. Records live in
// std::map (id order) rather than QHash so that all() and digest() do not
// depend on hash order. Rollback undoes inserts made in the transaction
// (all the generator does, apart from filling the MAMs it created there).
class FakeDemoStore
{
  public:
    // keepRecords = false only counts and hands out ids: a 250,000-person
    // benchmark then measures the generator, not the fake's memory.
    explicit FakeDemoStore(bool keepRecords = true);
    ~FakeDemoStore();
    FakeDemoStore(const FakeDemoStore&) = delete;
    FakeDemoStore& operator=(const FakeDemoStore&) = delete;

    ChildminderRepository& childminders();
    ApprovalRepository& approvals();
    RelayRepository& relays();
    MamRepository& mams();
    TransactionRunner& transactions();

    // SHA-256 of every stored record, in id order.
    QByteArray digest() const;
    QList<Approval> approvalsOf(qint64 childminderId) const;

    std::map<qint64, Childminder> people;
    std::map<qint64, Approval> approvalRows;
    std::map<qint64, Relay> relayRows;
    std::map<qint64, Mam> mamRows;
    QHash<qint64, QList<qint64>> approvalsByPerson; // lookups only
    bool keepRecords = true;
    int commits = 0;
    int rollbacks = 0;
    int inserted = 0;  // every insert, kept or not
    qint64 nextId = 1; // one id sequence shared by every table: a rollback drops ids >= a mark

  private:
    void rollBackTo(qint64 mark);

    class Childminders;
    class Approvals;
    class Relays;
    class Mams;
    class Transactions;
    std::unique_ptr<Childminders> m_childminders;
    std::unique_ptr<Approvals> m_approvals;
    std::unique_ptr<Relays> m_relays;
    std::unique_ptr<Mams> m_mams;
    std::unique_ptr<Transactions> m_transactions;
};

} // namespace parcours::testing
