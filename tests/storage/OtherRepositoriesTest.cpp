#include "Database.h"
#include "QtStringMaker.h"
#include "SqlChildminderRepository.h"
#include "SqlMamRepository.h"
#include "SqlRelayRepository.h"
#include "SqlSettingsRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A relay's territory decides who belongs to it - a named commune wins over a whole EPCI")
{
    auto db = parcours::testing::openTestDatabase();
    SqlRelayRepository relays(*db);
    Relay epciWide{0,
                   QStringLiteral("RPE Grand Verdun"),
                   QStringLiteral("CA du Grand Verdun"),
                   {},
                   {QStringLiteral("200049187")},
                   {RelayStaffContact{QStringLiteral("Claire Petit"), QStringLiteral("Animatrice"), {}, {}}},
                   0};
    relays.save(epciWide);
    Relay local{0, QStringLiteral("RPE Belleville"), {}, {QStringLiteral("55040")}, {}, {}, 0};
    relays.save(local);
    CHECK(relays.relayForCommune(QStringLiteral("55545"), QStringLiteral("200049187")) == epciWide.id);
    CHECK(relays.relayForCommune(QStringLiteral("55040"), QStringLiteral("200049187")) == local.id);
    CHECK_FALSE(relays.relayForCommune(QStringLiteral("55029"), QStringLiteral("200066033")));
    const auto back = relays.find(epciWide.id);
    REQUIRE(back);
    CHECK(back->staff.size() == 1);
    CHECK(back->epciCodes == QStringList{QStringLiteral("200049187")});
    CHECK(relays.all().size() == 2);
}

TEST_CASE("Relay summaries list every relay by name without territory or staff")
{
    auto db = parcours::testing::openTestDatabase();
    SqlRelayRepository relays(*db);
    Relay verdun{
        0,  QStringLiteral("RPE Verdun"),  QStringLiteral("CA"),
        {}, {QStringLiteral("200049187")}, {RelayStaffContact{QStringLiteral("Claire Petit"), {}, {}, {}}},
        0};
    relays.save(verdun);
    Relay belleville{
        0, QStringLiteral("RPE Belleville"), QStringLiteral("Commune"), {QStringLiteral("55040")}, {}, {}, 0};
    relays.save(belleville);
    const QList<Relay> summaries = relays.summaries();
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0].name == QStringLiteral("RPE Belleville"));
    CHECK(summaries[0].managingBody == QStringLiteral("Commune"));
    CHECK(summaries[0].communeCodes.isEmpty());
    CHECK(summaries[1].id == verdun.id);
    CHECK(summaries[1].version == 1);
    CHECK(summaries[1].epciCodes.isEmpty());
    CHECK(summaries[1].staff.isEmpty());
    const QList<Relay> full = relays.all();
    REQUIRE(full.size() == 2);
    CHECK(full[1].epciCodes == QStringList{QStringLiteral("200049187")});
    CHECK(full[1].staff.size() == 1);
}

TEST_CASE("A MAM keeps its members with their dates and places")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people(*db);
    SqlMamRepository mams(*db);
    Childminder a = makePerson(QStringLiteral("Gérard"), QStringLiteral("Anne"));
    people.insert(a);
    Mam mam{0,
            QStringLiteral("MAM Les Lutins"),
            QStringLiteral("3 place de la Mairie"),
            QStringLiteral("55029"),
            QStringLiteral("55000"),
            QStringLiteral("Bar-le-Duc"),
            {MamMember{a.id, {}, QDate(2023, 9, 1), {}, 0}},
            0};
    mams.save(mam);
    auto back = mams.find(mam.id);
    REQUIRE(back);
    REQUIRE(back->members.size() == 1);
    CHECK(back->members[0].displayName == QStringLiteral("GÉRARD Anne"));
    CHECK(back->members[0].joined == QDate(2023, 9, 1));
    back->members[0].left = QDate(2026, 1, 1);
    mams.save(*back);
    CHECK(mams.find(mam.id)->members[0].left == QDate(2026, 1, 1));
}

TEST_CASE("Settings are stored with the data")
{
    auto db = parcours::testing::openTestDatabase();
    SqlSettingsRepository settings(*db);
    CHECK_FALSE(settings.value(QStringLiteral("x")));
    settings.setValue(QStringLiteral("x"), QStringLiteral("1"));
    settings.setValue(QStringLiteral("x"), QStringLiteral("2"));
    CHECK(settings.value(QStringLiteral("x")) == QStringLiteral("2"));
}
