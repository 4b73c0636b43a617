#include "ContactService.h"
#include "AppContext.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"

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
    auto ctx = AppContext::openInMemory(clock);
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
