#include "CommuneDirectory.h"
#include "DemoContacts.h"
#include "DemoNames.h"
#include "DemoTestSupport.h"
#include "DomainError.h"
#include "PhoneNumber.h"
#include "QtStringMaker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <catch2/catch.hpp>

#include <iostream>

using namespace parcours;
using parcours::testing::FakeDemoStore;

// Batches, cancellation, the France-wide mode and the word lists.

namespace {
DemoSummary generate(FakeDemoStore& store, int size, quint32 seed, const RuleSettings& settings = {},
                     const DemoDataGenerator::Progress& progress = {})
{
    return testing::generateDemo(store, size, seed, settings, progress);
}
} // namespace

TEST_CASE("Demo data: progress is reported and cancelling rolls back the batch in progress")
{
    SECTION("Cancel in the only batch: nothing is left")
    {
        FakeDemoStore store;
        QList<int> seen;
        const DemoSummary s = generate(store, 1100, 3, {}, [&](int done, int total) {
            CHECK(total == 1100);
            seen << done;
            return done < 1000;
        });
        CHECK(s.cancelled);
        CHECK(s.childminders == 0);
        CHECK(s.relays == 0);
        CHECK(store.people.empty());
        CHECK(store.relayRows.empty());
        CHECK(store.approvalRows.empty());
        CHECK(store.mamRows.empty());
        CHECK(seen == QList<int>{500, 1000});
    }
    SECTION("Completed: the last call says all done")
    {
        FakeDemoStore store;
        int last = 0;
        generate(store, 1100, 3, {}, [&](int done, int) {
            CHECK(done > last);
            last = done;
            return true;
        });
        CHECK(last == 1100);
    }
    SECTION("Cancel in the second batch of a national run: the first batch stays whole")
    {
        FakeDemoStore store;
        const int size = DemoDataGenerator::kNationalAbove + 2000;
        const DemoSummary s =
            generate(store, size, 3, {}, [](int done, int) { return done <= DemoDataGenerator::kBatchSize; });
        CHECK(s.cancelled);
        CHECK(s.childminders == DemoDataGenerator::kBatchSize);
        CHECK(int(store.people.size()) == s.childminders);
        CHECK(int(store.approvalRows.size()) == s.approvals);
        CHECK(int(store.mamRows.size()) == s.mams);
        CHECK(int(store.relayRows.size()) == s.relays);
        CHECK(store.rollbacks == 1);
        for (const auto& [id, m] : store.mamRows)
            CHECK(m.members.size() >= 2);
    }
}

TEST_CASE("Demo data: a large register spreads over France with thousands of relays")
{
    FakeDemoStore store;
    const DemoSummary s = generate(store, 20000, 11);
    CHECK(s.childminders == 20000);
    CHECK(s.relays > 2000);
    CHECK(s.relays < 4000);
    const auto& directory = CommuneDirectory::builtin();
    QSet<QString> departements;
    QSet<QString> numbers;
    for (const auto& [id, p] : store.people) {
        REQUIRE(directory.postalCodeServes(p.postalCode, p.inseeCode));
        const auto commune = directory.byCode(p.inseeCode);
        departements.insert(commune->departement);
        CHECK(p.relayId != 0);
        const Relay& r = store.relayRows.at(p.relayId);
        CHECK((r.communeCodes.contains(p.inseeCode) || r.epciCodes.contains(commune->epciCode)));
        CHECK(normalisePhone(p.phone) == p.phone);
    }
    CHECK(departements.size() >= 95);
    for (const auto& [id, a] : store.approvalRows) {
        CHECK_FALSE(numbers.contains(a.number));
        numbers.insert(a.number);
    }
    // Every commune of a relay sector belongs to that relay only.
    QHash<QString, qint64> owner;
    for (const auto& [id, r] : store.relayRows)
        for (const auto& code : r.communeCodes + r.epciCodes) {
            CHECK_FALSE(owner.contains(code));
            owner.insert(code, id);
        }
}

TEST_CASE("Demo data: a département the reference data does not know falls back to all of France")
{
    RuleSettings settings;
    settings.defaultDepartement = QStringLiteral("99");
    FakeDemoStore store;
    const DemoSummary s = generate(store, 50, 1, settings);
    CHECK(s.childminders == 50);
    CHECK(s.relays > 2000);
}

TEST_CASE("Demo word lists load from the resources, with accents and no duplicates")
{
    const DemoNames names = DemoNames::load();
    for (const QStringList* list : {&names.femaleFirstNames, &names.maleFirstNames, &names.surnames})
        CHECK(list->size() >= 150);
    CHECK(names.streets.size() >= 100);
    CHECK(names.femaleFirstNames.contains(QStringLiteral("Hélène")));
    CHECK(names.femaleFirstNames.contains(QStringLiteral("Zoé")));
    CHECK(names.surnames.contains(QStringLiteral("Lefèvre")));
    CHECK(names.surnames.contains(QStringLiteral("Bénard")));
    for (const QStringList* list :
         {&names.femaleFirstNames, &names.maleFirstNames, &names.surnames, &names.streets, &names.mamNames})
        CHECK(QSet<QString>(list->begin(), list->end()).size() == list->size());
    CHECK_THROWS_AS(DemoNames::load(QStringLiteral(":/no-such-folder")), DomainError);
}

TEST_CASE("Demo contact helpers")
{
    CHECK(demo::landlinePrefix(QStringLiteral("55")) == QStringLiteral("03 29"));
    CHECK(demo::landlinePrefix(QStringLiteral("2A")).startsWith(QStringLiteral("04 ")));
    CHECK(demo::landlinePrefix(QStringLiteral("35")).startsWith(QStringLiteral("02 ")));
    CHECK(demo::ofPlace(QStringLiteral("Verdun")) == QStringLiteral("de Verdun"));
    CHECK(demo::ofPlace(QStringLiteral("Étain")) == QStringLiteral("d'Étain"));
    CHECK(demo::ofPlace(QStringLiteral("Les Islettes")) == QStringLiteral("des Islettes"));
    CHECK(demo::ofPlace(QStringLiteral("Le Mans")) == QStringLiteral("du Mans"));
    CHECK(demo::slug(QStringLiteral("Marie-Hélène"), QLatin1Char('-')) == QStringLiteral("marie-helene"));
}

// Hidden: run with `test_app_demo "[.bench]"` to time the generator alone.
TEST_CASE("Demo data timing: 1,100 people, then 250,000 into counting fakes", "[.bench]")
{
    QElapsedTimer timer;
    {
        FakeDemoStore store;
        timer.start();
        generate(store, 1100, 1);
        std::cout << "1,100 people (Meuse, fakes keeping records): " << timer.elapsed() << " ms\n";
    }
    FakeDemoStore counting(false);
    timer.start();
    const DemoSummary s = generate(counting, 250000, 1);
    std::cout << "250,000 people (France, counting fakes): " << timer.elapsed() << " ms; " << s.relays
              << " relays, " << s.mams << " MAMs, " << s.approvals << " agréments\n";
    CHECK(s.childminders == 250000);
}
