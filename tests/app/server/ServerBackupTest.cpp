#include "AppContext.h"
#include "BackupService.h"
#include "BackupSettings.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

// Issue 6: a server database is backed up with the server's own tools; the
// file backup says so instead of writing a file that is not the database.
TEST_CASE("A shared server database is not backed up as a local file", "[postgresql-only]")
{
    if (!testingOnServer()) {
        WARN("needs the PostgreSQL run (PARCOURS_TEST_BACKEND=postgresql)");
        return;
    }
    const FixedClock clock(QDate(2026, 11, 29));
    auto ctx = AppContext::openOn(openTestDatabase(), clock);
    REQUIRE(ctx->isServer());
    CHECK(ctx->location().onServer);
    QTemporaryDir dir;
    BackupService service(*ctx, BackupSettings{}, QString());
    try {
        service.backupTo(dir.filePath(QStringLiteral("copie.sqlite")), false);
        FAIL("a server database was backed up as a file");
    } catch (const DomainError& error) {
        CHECK(error.message().contains(QStringLiteral("pg_dump")));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copie.sqlite"))));
}
