#include "AppContext.h"
#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "CsvFileReader.h"
#include "CsvReader.h"
#include "FixedClock.h"
#include "PmiHeaderMatcher.h"
#include "PmiImporter.h"
#include "QtStringMaker.h"
#include "RelayRepository.h"
#include "TestDatabase.h"
#include "TransactionRunner.h"

#ifndef PARCOURS_PMI_TEST_DATA
#error "PARCOURS_PMI_TEST_DATA must name tests/data/pmi (see tests/app/import/sources.cmake)"
#endif

using namespace parcours;

// The same import against the real SQLite store (in memory): what the fakes
// of PmiImporterTest cannot prove is that what is written reads back equal, so
// that a second import finds nothing to change.
namespace {

CsvTable fixture()
{
    return CsvReader::readFile(QStringLiteral(PARCOURS_PMI_TEST_DATA "/liste-pmi-cp1252.csv"));
}

QList<int> linesOf(const QList<ImportIssue>& issues)
{
    QList<int> lines;
    for (const auto& i : issues)
        lines << i.line;
    return lines;
}

} // namespace

TEST_CASE("Import into SQLite: dry run, import, and a second import that creates nobody")
{
    FixedClock clock(QDate(2026, 11, 15));
    const auto app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    Relay bar;
    bar.name = QStringLiteral("RPE de Bar-le-Duc");
    bar.epciCodes = {QStringLiteral("200033025")}; // CA Bar-le-Duc Sud Meuse
    app->transactions().inWriteTransaction([&] { app->relays().save(bar); });

    PmiImporter importer(app->childminders(), app->approvals(), app->relays(), app->transactions(),
                         app->rules(), &clock);
    const CsvTable t = fixture();
    const auto mapping = PmiHeaderMatcher::matchAll(t.header).mapping;

    const ImportReport dry = importer.run(t, mapping, true);
    CHECK(dry.created == 11);
    CHECK(app->childminders().count(ChildminderQuery{}) == 0);

    const ImportReport first = importer.run(t, mapping, false);
    CHECK(first.created == 11);
    CHECK(linesOf(first.rejected) == QList<int>{7, 8, 9, 10, 11, 19});
    CHECK(first.toJson() == dry.toJson());
    CHECK(app->childminders().count(ChildminderQuery{}) == 11);

    const auto id = app->childminders().findByApprovalNumber(QStringLiteral("55-2020-007"));
    REQUIRE(id);
    const auto francois = app->childminders().find(*id);
    REQUIRE(francois);
    CHECK(francois->usageName == QStringLiteral("FRANÇOIS"));
    CHECK(francois->firstName == QStringLiteral("Cécile"));
    CHECK(francois->address == QStringLiteral("3 impasse des Œillets\nLotissement Les Côtes"));
    CHECK(francois->communeName == QStringLiteral("Saint-Mihiel"));
    const auto dupont = app->childminders().findByApprovalNumber(QStringLiteral("55-2015-001"));
    REQUIRE(dupont);
    CHECK(app->childminders().find(*dupont)->relayId == bar.id); // Bar-le-Duc, through its EPCI
    const QList<Approval> approvals = app->approvals().forChildminder(*id);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].startDate == QDate(2020, 3, 2));
    REQUIRE(approvals[0].events.size() == 1);
    CHECK(approvals[0].events[0].kind == ApprovalEventKind::FirstGrant);

    const ImportReport again = importer.run(t, mapping, false);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 11);
    CHECK(again.absent() == 0);
    CHECK(app->childminders().count(ChildminderQuery{}) == 11);
}

TEST_CASE("Import into SQLite: a cancel rolls back every row already written")
{
    FixedClock clock(QDate(2026, 11, 15));
    const auto app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    PmiImporter importer(app->childminders(), app->approvals(), app->relays(), app->transactions(),
                         app->rules(), &clock);
    importer.setProgressCallback([](int done, int) { return done < 10; });
    const CsvTable t = fixture();
    const ImportReport r = importer.run(t, PmiHeaderMatcher::matchAll(t.header).mapping, false);
    CHECK(r.cancelled);
    CHECK(app->childminders().count(ChildminderQuery{}) == 0);
    CHECK_FALSE(app->childminders().findByApprovalNumber(QStringLiteral("55-2015-001")));
}

namespace {

// A runner that gives up its first attempt half-way and runs the work again,
// as one retrying a busy database would.
class RetryingRunner final : public TransactionRunner
{
  public:
    explicit RetryingRunner(TransactionRunner& inner) : m_inner(inner) {}
    void inWriteTransaction(const std::function<void()>& work) override
    {
        struct Busy
        {
        };
        try {
            m_inner.inWriteTransaction([&] {
                work();
                throw Busy{};
            });
        } catch (const Busy&) {
        }
        m_inner.inWriteTransaction(work);
    }

  private:
    TransactionRunner& m_inner;
};

const QString kFixturePath = QStringLiteral(PARCOURS_PMI_TEST_DATA "/liste-pmi-cp1252.csv");

} // namespace

TEST_CASE("Import into SQLite: the list read record by record imports exactly as the list read whole")
{
    FixedClock clock(QDate(2026, 11, 15));
    const auto wholeApp = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    PmiImporter wholeImporter(wholeApp->childminders(), wholeApp->approvals(), wholeApp->relays(),
                              wholeApp->transactions(), wholeApp->rules(), &clock);
    const CsvTable t = fixture();
    const ImportReport whole = wholeImporter.run(t, PmiHeaderMatcher::matchAll(t.header).mapping, false);

    const auto app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    RetryingRunner retrying(app->transactions());
    PmiImporter importer(app->childminders(), app->approvals(), app->relays(), retrying, app->rules(),
                         &clock);
    CsvFileReader records(kFixturePath, 100); // small reads: records cut across them
    const ImportReport streamed =
        importer.run(records, PmiHeaderMatcher::matchAll(records.header()).mapping, false);
    // The retried attempt read the list again from its first line.
    CHECK(streamed.created == 11);
    CHECK(linesOf(streamed.rejected) == QList<int>{7, 8, 9, 10, 11, 19});
    CHECK(app->childminders().count(ChildminderQuery{}) == 11);
    CHECK(streamed.created == whole.created);
    CHECK(linesOf(streamed.rejected) == linesOf(whole.rejected));
    CHECK(linesOf(streamed.warnings) == linesOf(whole.warnings));
}
