#include "ChildminderMerge.h"
#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
Childminder basePerson()
{
    Childminder p;
    p.id = 7;
    p.usageName = QStringLiteral("Collin");
    p.firstName = QStringLiteral("Sandrine");
    p.phone = QStringLiteral("03 29 00 00 01");
    p.email = QStringLiteral("s.collin@example.fr");
    p.postalCode = QStringLiteral("55100");
    p.inseeCode = QStringLiteral("55545");
    p.communeName = QStringLiteral("Verdun");
    p.notes = QStringLiteral("Souhaite passer le CAP AEPE.");
    p.version = 3;
    return p;
}

const FieldConflict* find(const QList<FieldConflict>& list, const QString& key)
{
    for (const auto& c : list)
        if (c.key == key)
            return &c;
    return nullptr;
}
} // namespace

TEST_CASE("A save conflict lists every differing field with the side that changed it")
{
    const Childminder base = basePerson();
    Childminder mine = base;
    mine.phone = QStringLiteral("06 11 22 33 44"); // only I changed it
    mine.notes = QStringLiteral("Mine");           // both changed it
    Childminder theirs = base;
    theirs.version = 4;
    theirs.email = QStringLiteral("sandrine.collin@example.fr"); // only they changed it
    theirs.notes = QStringLiteral("Theirs");
    theirs.postalCode = QStringLiteral("55400"); // the commune travels as one field
    theirs.inseeCode = QStringLiteral("55166");
    theirs.communeName = QStringLiteral("Étain");

    const ChildminderMerge merge(base, mine, theirs);
    const QList<FieldConflict> diffs = merge.differences();
    REQUIRE(diffs.size() == 4);
    const FieldConflict* phone = find(diffs, QStringLiteral("phone"));
    REQUIRE(phone);
    CHECK(phone->keepMine);
    CHECK_FALSE(phone->changedByBoth);
    CHECK(phone->mine == QStringLiteral("06 11 22 33 44"));
    CHECK(phone->theirs == QStringLiteral("03 29 00 00 01"));
    const FieldConflict* email = find(diffs, QStringLiteral("email"));
    REQUIRE(email);
    CHECK_FALSE(email->keepMine);
    const FieldConflict* notes = find(diffs, QStringLiteral("notes"));
    REQUIRE(notes);
    CHECK(notes->changedByBoth);
    CHECK(notes->keepMine);
    const FieldConflict* commune = find(diffs, QStringLiteral("commune"));
    REQUIRE(commune);
    CHECK(commune->theirs == QStringLiteral("55400 Étain"));
    CHECK(find(diffs, QStringLiteral("usageName")) == nullptr);
}

TEST_CASE("Merging applies the chosen fields onto the stored version and keeps its version number")
{
    const Childminder base = basePerson();
    Childminder mine = base;
    mine.phone = QStringLiteral("06 11 22 33 44");
    mine.notes = QStringLiteral("Mine");
    mine.postalCode = QStringLiteral("55000");
    mine.inseeCode = QStringLiteral("55029");
    mine.communeName = QStringLiteral("Bar-le-Duc");
    Childminder theirs = base;
    theirs.version = 4;
    theirs.email = QStringLiteral("sandrine.collin@example.fr");
    theirs.notes = QStringLiteral("Theirs");

    const ChildminderMerge merge(base, mine, theirs);
    const Childminder merged = merge.merged({QStringLiteral("phone"), QStringLiteral("commune")});
    CHECK(merged.version == 4);
    CHECK(merged.phone == QStringLiteral("06 11 22 33 44"));
    CHECK(merged.email == QStringLiteral("sandrine.collin@example.fr"));
    CHECK(merged.notes == QStringLiteral("Theirs"));
    CHECK(merged.inseeCode == QStringLiteral("55029"));
    CHECK(merged.postalCode == QStringLiteral("55000"));
    CHECK(merged.communeName == QStringLiteral("Bar-le-Duc"));
}
