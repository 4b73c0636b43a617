#include "DemoCareerRecords.h"
#include "AppContext.h"
#include "CareerRepository.h"
#include "CareerService.h"
#include "DemoDataGenerator.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <map>

using namespace parcours;

namespace {
struct Demo
{
    FixedClock clock{QDate(2026, 11, 16)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    int added = 0;

    explicit Demo(quint32 seed)
    {
        DemoDataGenerator(ctx->childminders(), ctx->approvals(), ctx->relays(), ctx->mams(),
                          ctx->transactions(), clock, ctx->rules())
            .generate(600, 2026);
        added = DemoCareerRecords(*ctx).generate(seed);
    }

    QList<PersonApprovalDates> people() const
    {
        QList<PersonApprovalDates> all;
        for (qint64 after = 0;;) {
            const auto page = ctx->careers().approvalDatesPage(after, 250);
            if (page.isEmpty())
                return all;
            all += page;
            after = page.last().childminderId;
        }
    }

    // Every record as text, in a stable order.
    QStringList digest() const
    {
        QStringList lines;
        for (const auto& p : people()) {
            for (const auto& e : ctx->careers().events(p.childminderId))
                lines << QStringLiteral("%1 e %2 %3 %4")
                             .arg(p.childminderId)
                             .arg(careerEventKindKey(e.kind), e.date.toString(Qt::ISODate), e.detail);
            for (const auto& q : ctx->careers().qualifications(p.childminderId))
                lines << QStringLiteral("%1 q %2 %3 %4")
                             .arg(p.childminderId)
                             .arg(qualificationKindKey(q.kind), qualificationResultKey(q.result),
                                  q.date.toString(Qt::ISODate));
            for (const auto& i : ctx->careers().immersionsOfPerson(p.childminderId))
                lines << QStringLiteral("%1 i %2 %3")
                             .arg(p.childminderId)
                             .arg(i.startDate.toString(Qt::ISODate), i.hostName);
        }
        return lines;
    }
};
} // namespace

TEST_CASE("Demo career records are deterministic, plausible and pass the service's checks")
{
    Demo a(5);
    Demo b(5);
    const QStringList lines = a.digest();
    CHECK(a.added == lines.size());
    CHECK(lines == b.digest());
    CHECK(Demo(6).digest() != lines);

    std::map<QString, int> kinds;
    CareerService service(*a.ctx);
    const QDate today = a.clock.today();
    for (const auto& p : a.people()) {
        for (const auto& e : a.ctx->careers().events(p.childminderId)) {
            ++kinds[careerEventKindKey(e.kind)];
            CHECK(e.date <= today);
            CHECK(e.date >= p.firstApprovalStart);
            // Stops carry a reason, VAE steps come in order: what the form demands.
            const FieldErrors errors = service.validate(e);
            CHECK(errors.isEmpty());
            if (e.kind == CareerEventKind::Stop) {
                CHECK(careerEventDetailKeys(CareerEventKind::Stop).contains(e.detail));
                CHECK(p.status != QStringLiteral("active"));
            }
        }
        for (const auto& q : a.ctx->careers().qualifications(p.childminderId)) {
            ++kinds[qualificationKindKey(q.kind)];
            CHECK(q.date <= today);
        }
        for (const auto& i : a.ctx->careers().immersionsOfPerson(p.childminderId)) {
            ++kinds[QStringLiteral("immersion")];
            CHECK(service.immersionProblems(i).isEmpty());
        }
    }
    for (const char* key : {"first_child", "mon_enfant_declaration", "professional_review", "stop", "cap_ep1",
                            "cap_ep3", "vae_step", "immersion"}) {
        INFO(key);
        CHECK(kinds[QString::fromLatin1(key)] > 0);
    }
    // Most people have cared for a child; a minority went for a VAE.
    CHECK(kinds[QStringLiteral("first_child")] > 300);
    CHECK(kinds[QStringLiteral("vae_step")] < 60);
}
