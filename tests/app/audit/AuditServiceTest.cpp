#include "AuditService.h"
#include "AccessDenied.h"
#include "AppContext.h"
#include "AuditRepository.h"
#include "ChildminderExporter.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;

namespace {
Session as(const QString& login, Role role)
{
    Session s;
    s.userId = 7;
    s.login = login;
    s.displayName = login;
    s.role = role;
    s.signedIn = true;
    return s;
}

struct Setup
{
    FixedClock clock{QDate(2026, 3, 1)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);

    qint64 person(const QString& name)
    {
        Childminder p;
        p.usageName = name;
        p.firstName = QStringLiteral("Hélène");
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        return p.id;
    }

    QList<AuditEntry> rows(const QString& action)
    {
        AuditQuery q;
        q.action = action;
        q.newestFirst = false;
        return ctx->audit().page(q);
    }
};
} // namespace

TEST_CASE("A save records the signed-in user on every changed field", "[audit]")
{
    Setup s;
    s.ctx->setSession(as(QStringLiteral("claire"), Role::ContactStaff));
    const qint64 id = s.person(QStringLiteral("Lefèvre"));
    Childminder p = s.ctx->childminders().find(id).value();
    p.email = QStringLiteral("helene@example.org");
    p.notes = QStringLiteral("Rappeler en juin");
    s.ctx->setSession(as(QStringLiteral("marc"), Role::Coordinator));
    REQUIRE(ChildminderService(*s.ctx).save(p).isEmpty());

    const auto created = s.rows(QStringLiteral("create"));
    REQUIRE(created.size() == 1);
    CHECK(created[0].userLogin == QStringLiteral("claire"));
    const auto updates = s.rows(QStringLiteral("update"));
    QStringList fields;
    for (const auto& e : updates) {
        CHECK(e.userLogin == QStringLiteral("marc"));
        CHECK(e.personId == id);
        fields << e.field;
    }
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("email"), QStringLiteral("notes")});
    CHECK(AuditService(*s.ctx).verify().intact);
}

TEST_CASE("Opening a person's file is recorded as a read", "[audit]")
{
    Setup s;
    const qint64 id = s.person(QStringLiteral("Lefèvre"));
    s.ctx->setSession(as(QStringLiteral("lea"), Role::ReadOnly));
    REQUIRE(ChildminderService(*s.ctx).open(id).has_value());
    const auto reads = s.rows(QStringLiteral("read"));
    REQUIRE(reads.size() == 1);
    CHECK(reads[0].entity == QStringLiteral("childminders"));
    CHECK(reads[0].entityId == id);
    CHECK(reads[0].userLogin == QStringLiteral("lea"));
    // The read is part of her history.
    const auto history = AuditService(*s.ctx).historyOf(id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().action == QStringLiteral("read"));
}

TEST_CASE("An export of the register is recorded with its row count and file", "[audit]")
{
    Setup s;
    s.person(QStringLiteral("Lefèvre"));
    s.person(QStringLiteral("Martin"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registre.csv"));
    s.ctx->setSession(as(QStringLiteral("marc"), Role::Coordinator));
    CHECK(ChildminderExporter(*s.ctx).exportTo(path, ExportFormat::Csv) == 2);
    REQUIRE(QFile::exists(path));
    const auto exports = s.rows(QStringLiteral("export"));
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].entity == QStringLiteral("register"));
    CHECK(exports[0].userLogin == QStringLiteral("marc"));
    CHECK(exports[0].newValue.contains(QStringLiteral("\"count\":2")));
    CHECK(exports[0].newValue.contains(QStringLiteral("registre.csv")));
}

TEST_CASE("Only a coordinator reads, verifies and purges the whole trail", "[audit]")
{
    Setup s;
    s.person(QStringLiteral("Lefèvre"));
    for (Role role : {Role::ContactStaff, Role::ReadOnly}) {
        s.ctx->setSession(as(QStringLiteral("claire"), role));
        CHECK_THROWS_AS(AuditService(*s.ctx).page({}), AccessDenied);
        CHECK_THROWS_AS(AuditService(*s.ctx).verify(), AccessDenied);
        CHECK_THROWS_AS(AuditService(*s.ctx).purge(), AccessDenied);
    }
    s.ctx->setSession(as(QStringLiteral("marc"), Role::Coordinator));
    CHECK(AuditService(*s.ctx).count({}) == 1);
    // Nothing is a year old: the purge deletes nothing but is recorded.
    CHECK(AuditService(*s.ctx).purge().purgedRows == 0);
    const auto purges = s.rows(QStringLiteral("purge"));
    REQUIRE(purges.size() == 1);
    CHECK(purges[0].userLogin == QStringLiteral("marc"));
}

TEST_CASE("A bulk load without row capture records one event", "[audit]")
{
    Setup s;
    AuditService(*s.ctx).withoutRowCapture(QStringLiteral("demo"), QStringLiteral("{\"size\":2}"), [&] {
        s.person(QStringLiteral("Lefèvre"));
        s.person(QStringLiteral("Martin"));
    });
    CHECK(s.rows(QStringLiteral("create")).isEmpty());
    CHECK(s.rows(QStringLiteral("demo")).size() == 1);
    s.person(QStringLiteral("Thomas")); // capture is back
    CHECK(s.rows(QStringLiteral("create")).size() == 1);
}
