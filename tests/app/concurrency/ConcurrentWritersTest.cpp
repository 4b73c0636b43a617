#include "AppContext.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
const FixedClock kClock(QDate(2026, 11, 29));
constexpr int kPeople = 10;
constexpr int kUpdatesPerProcess = 1000;
} // namespace

// Two processes, one database file, 1,000 read-change-save rounds each on the
// same ten people: every save must land (no "database is locked"), and no
// update may be lost: the counters must add up to exactly 2,000.
TEST_CASE("Two writer processes on one database lose no update and never fail on a lock")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        auto ctx = AppContext::openFile(path, kClock);
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
                       {path, QString::number(kUpdatesPerProcess), QString::fromLatin1(login)});
        writers.append(process);
    }
    for (QProcess* process : writers) {
        REQUIRE(process->waitForFinished(240000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
        delete process;
    }

    auto ctx = AppContext::openFile(path, kClock);
    ctx->setSession(Session::system());
    ChildminderService service(*ctx);
    ChildminderQuery all;
    int total = 0;
    for (const auto& row : service.page(all))
        total += service.open(row.id)->person.notes.toInt();
    CHECK(total == 2 * kUpdatesPerProcess);
}
