#include "AppContext.h"
#include "AuditService.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
const FixedClock kClock(QDate(2026, 11, 29));
constexpr int kPeople = 10;
constexpr int kUpdatesPerProcess = 1000;

// The database both writers open: a file, or one schema on the test server
// (its address as the writer process reads it).
struct SharedDatabase
{
    QTemporaryDir dir;
    DatabaseLocation location = testing::testingOnServer()
                                    ? DatabaseLocation::serverAt(testing::testServerSettings())
                                    : DatabaseLocation::file(dir.filePath(QStringLiteral("shared.sqlite")));

    QString argument() const
    {
        if (!location.onServer)
            return location.filePath;
        const ServerSettings& s = location.server;
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setUserName(s.user);
        url.setHost(s.host);
        url.setPort(s.port);
        url.setPath(QLatin1Char('/') + s.database);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("schema"), s.schema);
        query.addQueryItem(QStringLiteral("sslmode"), s.sslMode);
        url.setQuery(query);
        return url.toString();
    }
};
} // namespace

// Two processes, one database, 1,000 read-change-save rounds each on the
// same ten people: every save must land (no "database is locked", no lock
// timeout on a server), and no update may be lost: the counters must add up
// to exactly 2,000.
TEST_CASE("Two writer processes on one database lose no update and never fail on a lock")
{
    SharedDatabase shared;
    REQUIRE(shared.dir.isValid());
    {
        auto ctx = AppContext::open(shared.location, kClock);
        ctx->setSession(Session::system());
        ChildminderService service(*ctx);
        for (int i = 0; i < kPeople; ++i) {
            Childminder p;
            p.usageName = QStringLiteral("Writer%1").arg(i);
            p.firstName = QStringLiteral("Anne");
            p.notes = QStringLiteral("0");
            REQUIRE(service.save(p).isEmpty());
        }
    }

    QList<QProcess*> writers;
    for (const char* login : {"writer-a", "writer-b"}) {
        auto* process = new QProcess;
        process->start(QStringLiteral(PARCOURS_CONCURRENT_WRITER),
                       {shared.argument(), QString::number(kUpdatesPerProcess), QString::fromLatin1(login)});
        writers.append(process);
    }
    for (QProcess* process : writers) {
        REQUIRE(process->waitForFinished(240000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
        delete process;
    }

    auto ctx = AppContext::open(shared.location, kClock);
    ctx->setSession(Session::system());
    ChildminderService service(*ctx);
    ChildminderQuery all;
    int total = 0;
    for (const auto& row : service.page(all))
        total += service.open(row.id)->person.notes.toInt();
    CHECK(total == 2 * kUpdatesPerProcess);
    // Interleaved commits still seal one unbroken audit chain (on a server,
    // writers take turns after BEGIN for exactly this).
    CHECK(AuditService(*ctx).verify().intact);
}
