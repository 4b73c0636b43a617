#pragma once

#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QHash>

namespace parcours::test {

// In-memory stand-ins for the storage layer, so the importer's rules are
// tested without SQLite. They share one FakeRegister::Data; the transaction
// runner snapshots it and restores it when the work throws, like a rollback,
// and every write outside a transaction throws, so a test fails if the
// importer writes anywhere but inside its one transaction.
class FakeRegister
{
  public:
    struct Data
    {
        QHash<qint64, Childminder> people;
        QHash<qint64, Approval> approvals;
        QHash<qint64, Relay> relays;
        qint64 nextId = 1;
    };

    class Childminders final : public ChildminderRepository
    {
      public:
        explicit Childminders(FakeRegister& owner) : m_owner(owner) {}
        std::optional<Childminder> find(qint64 id) const override;
        void insert(Childminder& person) override;
        void update(Childminder& person) override;
        QList<ChildminderSummary> list(const ChildminderQuery& query) const override;
        int count(const ChildminderQuery& query) const override;
        std::optional<qint64> findByApprovalNumber(const QString& number) const override;
        std::optional<qint64> findByIdentity(const QString& surname, const QString& firstName,
                                             QDate birthDate) const override;
        QList<qint64> alertCandidates(QDate today, QDate endingOnOrBefore) const override;
        RegisterStatistics statistics(QDate today) const override;
        QList<qint64> idsWithStatus(const QList<ChildminderStatus>& statuses) const override;
        int reassignRelay(const QString& inseeCode, qint64 relayId) override;

      private:
        FakeRegister& m_owner;
    };

    class Approvals final : public ApprovalRepository
    {
      public:
        explicit Approvals(FakeRegister& owner) : m_owner(owner) {}
        QList<Approval> forChildminder(qint64 childminderId) const override;
        void save(Approval& approval) override;

      private:
        FakeRegister& m_owner;
    };

    class Relays final : public RelayRepository
    {
      public:
        explicit Relays(FakeRegister& owner) : m_owner(owner) {}
        QList<Relay> all() const override;
        std::optional<Relay> find(qint64 id) const override;
        void save(Relay& relay) override;
        std::optional<qint64> relayForCommune(const QString& inseeCode,
                                              const QString& epciCode) const override;

      private:
        FakeRegister& m_owner;
    };

    class Transactions final : public TransactionRunner
    {
      public:
        explicit Transactions(FakeRegister& owner) : m_owner(owner) {}
        void inWriteTransaction(const std::function<void()>& work) override;

      private:
        FakeRegister& m_owner;
    };

    FakeRegister() = default;
    FakeRegister(const FakeRegister&) = delete; // the fakes point back at this object
    FakeRegister& operator=(const FakeRegister&) = delete;

    Data data;
    int transactionsRun = 0;
    int writes = 0;
    bool inTransaction = false;
    int failOnWrite = 0; // > 0: that write (1-based) throws StorageError
    // Set to let tests seed the register without a transaction.
    bool requireTransaction = true;

    Childminders childminders{*this};
    Approvals approvals{*this};
    Relays relays{*this};
    Transactions transactions{*this};

    // Seeding helpers (no transaction needed).
    qint64 addPerson(Childminder person);
    qint64 addApproval(Approval approval);
    qint64 addRelay(Relay relay);

  private:
    void beforeWrite();
};

} // namespace parcours::test
