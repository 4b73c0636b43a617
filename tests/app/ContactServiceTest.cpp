#include "ContactService.h"
#include "AppContext.h"
#include "ChildminderService.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

using namespace parcours;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}
} // namespace

TEST_CASE("Logging a contact checks the person, the date, the staff member and the follow-up")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(15, 0)));
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    Childminder p;
    p.usageName = QStringLiteral("Lefèvre");
    p.firstName = QStringLiteral("Hélène");
    REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
    ContactService contacts(*ctx);

    ContactEntry bad;
    bad.childminderId = p.id + 1;
    bad.at = QDateTime(QDate(2026, 12, 25), QTime(10, 0));
    bad.durationMinutes = -5;
    bad.followUp = FollowUp{QStringLiteral("Rappeler"), {}, {}, {}};
    CHECK(fields(contacts.log(bad)) == QStringList{QStringLiteral("childminder"), QStringLiteral("at"),
                                                   QStringLiteral("staffMember"), QStringLiteral("duration"),
                                                   QStringLiteral("followUpDue"),
                                                   QStringLiteral("followUpAssignee")});
    CHECK(bad.id == 0);

    ContactEntry good;
    good.childminderId = p.id;
    good.at = QDateTime(QDate(2026, 11, 29), QTime(14, 30));
    good.staffMember = QStringLiteral("  Claire ");
    good.followUp = FollowUp{QStringLiteral("  "), {}, {}, {}}; // empty: dropped, not an error
    REQUIRE(contacts.log(good).isEmpty());
    CHECK(good.id > 0);
    CHECK(good.staffMember == QStringLiteral("Claire"));
    CHECK_FALSE(good.followUp);
    CHECK(contacts.history(p.id).size() == 1);
    CHECK(contacts.coverage(2026).reached == 1);
    CHECK(contacts.withoutContactForAYear() == 0);
    CHECK(contacts.notReached(2026).isEmpty());
}

TEST_CASE("The demo contact log is deterministic and leaves people to reach and follow-ups open")
{
    const FixedClock clock(QDate(2026, 11, 29));
    auto figures = [&](quint32 seed) {
        auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
        DemoDataGenerator(ctx->childminders(), ctx->approvals(), ctx->relays(), ctx->mams(),
                          ctx->transactions(), clock, ctx->rules())
            .generate(300, 4);
        const int written =
            DemoContactLog(ctx->childminders(), ctx->contacts(), ctx->transactions(), clock).generate(seed);
        ContactService contacts(*ctx);
        const auto lastYear = contacts.coverage(2025);
        const auto thisYear = contacts.coverage(2026);
        CHECK(lastYear.reached > lastYear.active / 2);
        CHECK(thisYear.reached < lastYear.reached);
        CHECK(thisYear.reached > 0);
        CHECK_FALSE(contacts.openFollowUps().isEmpty());
        CHECK(contacts.coverageByStaff(2026).size() > 1);
        return QList<int>{written, lastYear.reached, thisYear.reached, int(contacts.openFollowUps().size())};
    };
    CHECK(figures(11) == figures(11));
    CHECK(figures(11) != figures(12));
}
