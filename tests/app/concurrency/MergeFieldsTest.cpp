#include "MergeFields.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
template <typename Record> QStringList keys(const RecordMerge<Record>& merge)
{
    QStringList result;
    for (const FieldConflict& conflict : merge.differences())
        result.append(conflict.key);
    return result;
}
} // namespace

TEST_CASE("Relay merge: territory compared as a set, staff list taken whole from the chosen side")
{
    Relay base;
    base.name = QStringLiteral("RPE Verdun");
    base.epciCodes = {QStringLiteral("200049187"), QStringLiteral("245500430")};
    Relay mine = base;
    mine.epciCodes = {QStringLiteral("245500430"), QStringLiteral("200049187")}; // same set, other order
    mine.managingBody = QStringLiteral("Commune de Verdun");
    Relay theirs = base;
    theirs.staff = {{QStringLiteral("Julie Masson"), QStringLiteral("Animatrice"), {}, {}}};
    theirs.version = 4;

    const RecordMerge<Relay> merge(relayMergeFields(), base, mine, theirs);
    CHECK(keys(merge) == QStringList{QStringLiteral("managingBody"), QStringLiteral("staff")});
    const QList<FieldConflict> conflicts = merge.differences();
    CHECK(conflicts[0].keepMine);
    CHECK_FALSE(conflicts[1].keepMine);
    CHECK_FALSE(conflicts[0].changedByBoth);
    CHECK(conflicts[1].mine == QStringLiteral("(none)"));
    CHECK(conflicts[1].theirs == QStringLiteral("Julie Masson, Animatrice, , "));

    const Relay merged = merge.merged({QStringLiteral("managingBody")});
    CHECK(merged.managingBody == QStringLiteral("Commune de Verdun"));
    CHECK(merged.staff.size() == 1);
    CHECK(merged.version == 4); // the stored version's number goes with the next save
    const Relay allMine = merge.merged({QStringLiteral("managingBody"), QStringLiteral("staff")});
    CHECK(allMine.staff.isEmpty());
}

TEST_CASE("MAM merge compares members by person and dates, and shows their names")
{
    Mam base;
    base.name = QStringLiteral("MAM Les Lutins");
    base.members = {MamMember{7, QStringLiteral("DURAND Claire"), QDate(2026, 1, 5), {}, 4}};
    Mam mine = base;
    mine.members[0].displayName = QStringLiteral("Durand Claire"); // spelt differently by the form
    Mam theirs = base;
    CHECK(RecordMerge<Mam>(mamMergeFields(), base, mine, theirs).differences().isEmpty());

    theirs.members[0].left = QDate(2026, 9, 30);
    const RecordMerge<Mam> merge(mamMergeFields(), base, mine, theirs);
    const QList<FieldConflict> conflicts = merge.differences();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].key == QStringLiteral("members"));
    CHECK(conflicts[0].theirs == QStringLiteral("DURAND Claire (05/01/2026 to 30/09/2026)"));
    CHECK(conflicts[0].mine == QStringLiteral("Durand Claire (since 05/01/2026)"));
    CHECK(merge.merged({}).members[0].left == QDate(2026, 9, 30));
}

TEST_CASE("Promotion action merge: partners as a set shown by name, a clash keeps hers by default")
{
    PromotionAction base;
    base.title = QStringLiteral("Forum");
    base.partnerIds = {3};
    PromotionAction mine = base;
    mine.title = QStringLiteral("Forum de l'emploi");
    PromotionAction theirs = base;
    theirs.title = QStringLiteral("Forum emploi");
    theirs.partnerIds = {5, 3};
    const auto namer = [](qint64 id) { return id == 3 ? QStringLiteral("CAF") : QStringLiteral("PMI"); };
    const RecordMerge<PromotionAction> merge(promotionActionMergeFields({}, namer), base, mine, theirs);
    const QList<FieldConflict> conflicts = merge.differences();
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].key == QStringLiteral("title"));
    CHECK(conflicts[0].changedByBoth);
    CHECK(conflicts[0].keepMine);
    CHECK(conflicts[1].theirs == QStringLiteral("PMI ; CAF"));
    const PromotionAction merged = merge.merged({QStringLiteral("title")});
    CHECK(merged.title == QStringLiteral("Forum de l'emploi"));
    CHECK(merged.partnerIds == QList<qint64>{5, 3});

    PromotionAction reordered = base;
    reordered.partnerIds = {3, 5};
    PromotionAction stored = base;
    stored.partnerIds = {5, 3};
    CHECK(RecordMerge<PromotionAction>(promotionActionMergeFields(), base, reordered, stored)
              .differences()
              .isEmpty());
}

TEST_CASE("Prospect and partner merges show ids by name and keep commune halves together")
{
    Prospect base;
    base.lastName = QStringLiteral("Lefèvre");
    Prospect mine = base;
    mine.postalCode = QStringLiteral("55100");
    mine.communeName = QStringLiteral("Verdun");
    Prospect theirs = base;
    theirs.referrerPartnerId = 9;
    const RecordMerge<Prospect> merge(
        prospectMergeFields({}, [](qint64 id) { return QStringLiteral("Partner %1").arg(id); }), base, mine,
        theirs);
    const QList<FieldConflict> conflicts = merge.differences();
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].key == QStringLiteral("commune"));
    CHECK(conflicts[0].mine == QStringLiteral("55100 Verdun"));
    CHECK(conflicts[1].mine == QStringLiteral("(none)"));
    CHECK(conflicts[1].theirs == QStringLiteral("Partner 9"));
    const Prospect merged = merge.merged({QStringLiteral("commune")});
    CHECK(merged.postalCode == QStringLiteral("55100"));
    CHECK(merged.communeName == QStringLiteral("Verdun"));
    CHECK(merged.referrerPartnerId == 9);

    Partner partnerBase;
    partnerBase.name = QStringLiteral("CAF");
    Partner partnerMine = partnerBase;
    partnerMine.active = false;
    const RecordMerge<Partner> partnerMerge(partnerMergeFields(), partnerBase, partnerMine, partnerBase);
    REQUIRE(partnerMerge.differences().size() == 1);
    CHECK(partnerMerge.differences()[0].mine == QStringLiteral("no"));
    CHECK_FALSE(partnerMerge.merged({QStringLiteral("active")}).active);
    CHECK(partnerMerge.merged({}).active);
}
