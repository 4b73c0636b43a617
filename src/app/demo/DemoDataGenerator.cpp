#include "DemoDataGenerator.h"

#include "Clock.h"
#include "CommuneDirectory.h"
#include "DemoNames.h"
#include "DemoTerritory.h"
#include "DemoWriter.h"
#include "DomainError.h"
#include "TransactionRunner.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace parcours {

namespace {
// Thrown inside the transaction when the caller cancels, so the runner rolls
// the batch back; caught right outside it.
struct Cancelled
{
};
} // namespace

DemoDataGenerator::DemoDataGenerator(ChildminderRepository& childminders, ApprovalRepository& approvals,
                                     RelayRepository& relays, MamRepository& mams,
                                     TransactionRunner& transactions, const Clock& clock,
                                     const RuleSettings& settings)
    : m_childminders(childminders), m_approvals(approvals), m_relays(relays), m_mams(mams),
      m_transactions(transactions), m_clock(clock), m_settings(settings)
{
}

DemoSummary DemoDataGenerator::generate(int size, quint32 seed, const Progress& progress)
{
    size = std::max(size, 0);
    const QDate today = m_clock.today();
    const DemoNames names = DemoNames::load();
    const CommuneDirectory& directory = CommuneDirectory::builtin();

    // The territory has its own stream: which association runs a relay must
    // not depend on how many people are drawn afterwards.
    QRandomGenerator territoryRng(seed ^ 0x9e3779b9u);
    demo::DemoTerritory territory =
        isNational(size)
            ? demo::DemoTerritory::national(directory, territoryRng)
            : demo::DemoTerritory::departement(directory, m_settings.defaultDepartement, territoryRng);
    if (territory.isEmpty()) // a département code the reference data does not know
        territory = demo::DemoTerritory::national(directory, territoryRng);
    if (territory.isEmpty())
        throw DomainError(QCoreApplication::translate(
            "DemoDataGenerator", "The list of French communes is missing: this build of the application is "
                                 "incomplete."));

    demo::DemoWriter writer(m_childminders, m_approvals, m_relays, m_mams, territory, names, m_settings,
                            today, seed);
    DemoSummary summary;
    int done = 0;
    // At least one transaction, so even size 0 writes the relays.
    do {
        const int end = std::min(size, done + kBatchSize);
        demo::DemoCounts counts;
        try {
            m_transactions.inWriteTransaction([&] {
                // Relays go with the first batch: cancelling it leaves nothing behind.
                if (done == 0)
                    writer.writeRelays(counts);
                for (int i = done; i < end; ++i) {
                    writer.writePerson(i, end - i, counts);
                    const bool report = (i + 1) % kProgressEvery == 0 || i + 1 == end;
                    if (report && progress && !progress(i + 1, size))
                        throw Cancelled{};
                }
            });
        } catch (const Cancelled&) {
            summary.cancelled = true;
            return summary;
        }
        summary.childminders += counts.childminders;
        summary.relays += counts.relays;
        summary.mams += counts.mams;
        summary.approvals += counts.approvals;
        done = end;
    } while (done < size);
    return summary;
}

} // namespace parcours
