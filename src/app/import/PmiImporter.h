#pragma once

#include "ApprovalRules.h"
#include "CommuneDirectory.h"
#include "CsvTable.h"
#include "ImportReport.h"
#include "PmiColumn.h"

#include <QHash>
#include <atomic>
#include <functional>
#include <optional>

namespace parcours {

class ApprovalRepository;
class CsvRecordSource;
class ChildminderRepository;
class Clock;
class RelayRepository;
class TransactionRunner;
struct PmiRow;
struct Relay;

// The "import a PMI list" use case. Brings the register in line with the
// list the PMI service sends, several times a year:
// - a person is recognised by her approval number, else by surname (usage or
//   birth), first name and birth date; what the list says differently is
//   updated, what it does not carry is kept, and nothing is ever deleted;
// - people on file as working but missing from the list are only reported;
// - everything is written in one transaction, so a failure or a cancel leaves
//   the register exactly as it was.
// Meant to run off the GUI thread: the repositories must be usable from that
// thread, and the progress callback is called from it.
class PmiImporter
{
  public:
    // Called after each line; returning false cancels (and rolls back).
    using Progress = std::function<bool(int done, int total)>;

    // `clock` decides "today" (two-digit birth years, agrément in force);
    // null means the system clock. `communes` null means the built-in data.
    PmiImporter(ChildminderRepository& childminders, ApprovalRepository& approvals, RelayRepository& relays,
                TransactionRunner& transactions, const RuleSettings& settings, const Clock* clock = nullptr,
                const CommuneDirectory* communes = nullptr);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // Thread-safe: the GUI's Cancel button may call it while run() works.
    void requestCancel() { m_cancelRequested = true; }

    // With dryRun nothing is written; the report says what would happen.
    // Throws DomainError (after the rollback) when the storage fails.
    ImportReport run(const CsvTable& table, const QHash<int, PmiColumn>& mapping, bool dryRun);
    // The same, reading the records one at a time (CsvFileReader): a national
    // list is never held whole. A CsvFormatError met half-way rolls back too.
    ImportReport run(CsvRecordSource& records, const QHash<int, PmiColumn>& mapping, bool dryRun);

  private:
    struct RunState;

    void importLine(const PmiRow& row, RunState& state);
    std::optional<qint64> findExisting(const PmiRow& row) const;
    std::optional<int> duplicateLine(const PmiRow& row, RunState& state) const;
    void updatePerson(qint64 id, const PmiRow& row, RunState& state);
    void createPerson(const PmiRow& row, RunState& state);
    qint64 relayFor(const QString& inseeCode, RunState& state) const;
    void checkRelayName(const PmiRow& row, qint64 relayId, RunState& state) const;
    void reportProgress(int done, int total);

    ChildminderRepository& m_childminders;
    ApprovalRepository& m_approvals;
    RelayRepository& m_relays;
    TransactionRunner& m_transactions;
    ApprovalRules m_rules;
    const Clock& m_clock;
    const CommuneDirectory& m_communes;
    Progress m_progress;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace parcours
