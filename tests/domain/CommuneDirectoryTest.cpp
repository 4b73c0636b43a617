#include "CommuneDirectory.h"
#include "QtStringMaker.h"

using namespace parcours;

TEST_CASE("The built-in directory knows Meuse: 499 communes, 16 EPCIs")
{
    const auto& dir = CommuneDirectory::builtin();
    CHECK(dir.size() > 34000);
    CHECK(dir.inDepartement(QStringLiteral("55")).size() == 499);
    CHECK(dir.epcisOfDepartement(QStringLiteral("55")).size() == 16);
    const auto bar = dir.byCode(QStringLiteral("55029"));
    REQUIRE(bar);
    CHECK(bar->name == QStringLiteral("Bar-le-Duc"));
    CHECK(bar->postalCodes.contains(QStringLiteral("55000")));
    CHECK(dir.postalCodeServes(QStringLiteral("55000"), QStringLiteral("55029")));
    CHECK_FALSE(dir.postalCodeServes(QStringLiteral("55100"), QStringLiteral("55029")));
}

TEST_CASE("Communes are found by name whatever the accents, case and hyphens")
{
    const auto& dir = CommuneDirectory::builtin();
    auto c = dir.find(QStringLiteral("55000"), QStringLiteral("BAR LE DUC"));
    REQUIRE(c);
    CHECK(c->code == QStringLiteral("55029"));
    c = dir.find(QStringLiteral("55300"), QStringLiteral("St Mihiel"));
    REQUIRE(c);
    CHECK(c->name == QStringLiteral("Saint-Mihiel"));
    c = dir.find(QString(), QStringLiteral("verdun"));
    REQUIRE(c);
    CHECK(c->code == QStringLiteral("55545"));
    CHECK_FALSE(dir.find(QStringLiteral("55000"), QStringLiteral("Atlantis")));
}

TEST_CASE("A postal code lists the communes it serves")
{
    const auto& dir = CommuneDirectory::builtin();
    const auto served = dir.byPostalCode(QStringLiteral("55100"));
    CHECK(served.size() > 5);
    bool verdun = false;
    for (const auto& c : served)
        verdun = verdun || c.name == QStringLiteral("Verdun");
    CHECK(verdun);
}
