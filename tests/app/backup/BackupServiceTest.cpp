#include "BackupService.h"
#include "AccessDenied.h"
#include "AppContext.h"
#include "AuditQuery.h"
#include "AuditRepository.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "Relay.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {

std::unique_ptr<AppContext> openAsCoordinator(const QString& path, const Clock& clock)
{
    auto context = AppContext::openFile(path, clock);
    context->setSession(Session::system());
    return context;
}

void addRelays(AppContext& context, int from, int to)
{
    context.transactions().inWriteTransaction([&] {
        for (int i = from; i < to; ++i) {
            Relay relay;
            relay.name = QStringLiteral("RPE des Côtes n°%1").arg(i);
            relay.managingBody = QStringLiteral("Communauté de communes %1").arg(i % 3);
            relay.communeCodes = {QStringLiteral("55%1").arg(100 + i)};
            context.relays().save(relay);
        }
    });
}

QStringList relayRows(AppContext& context)
{
    QStringList rows;
    for (const Relay& r : context.relays().all())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(r.id)
                    .arg(r.name, r.managingBody, r.communeCodes.join(QLatin1Char(',')));
    return rows;
}

BackupSettings settingsIn(const QTemporaryDir& dir, bool encrypt = false)
{
    BackupSettings s;
    s.root = dir.filePath(QStringLiteral("sauvegardes"));
    s.daily = true;
    s.encrypt = encrypt;
    return s;
}

} // namespace

TEST_CASE("A backup restores exactly, keeping the current database aside", "[app][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(18, 0), Qt::UTC));
    QStringList atBackup;
    QString backup;
    PreparedRestore prepared;
    {
        auto context = openAsCoordinator(path, clock);
        addRelays(*context, 0, 30);
        atBackup = relayRows(*context);
        BackupService service(*context, settingsIn(dir));
        backup = service.backupNow(QStringLiteral("manuelle"));
        CHECK(QFileInfo(backup).fileName() ==
              QStringLiteral("parcours_2026-11-28_18-00-00Z_manuelle.sqlite"));
        CHECK(QFileInfo(backup).absolutePath() ==
              QDir(dir.filePath(QStringLiteral("sauvegardes/parcours"))).absolutePath());
        CHECK(service.verify(backup) == QStringLiteral("ok"));
        const auto listed = service.list();
        REQUIRE(listed.size() == 1);
        CHECK(listed.front().reason == QStringLiteral("manuelle"));
        CHECK_FALSE(listed.front().encrypted);
        CHECK(listed.front().size == QFileInfo(backup).size());
        // Only the backup in its folder: no temporary, no verification copy left.
        CHECK(QDir(service.folder()).entryList(QDir::Files).size() == 1);

        addRelays(*context, 30, 45); // changes after the backup, to be undone
        REQUIRE(relayRows(*context).size() == 45);

        Session staff;
        staff.login = QStringLiteral("claire");
        staff.role = Role::ContactStaff;
        staff.signedIn = true;
        context->setSession(staff);
        CHECK_THROWS_AS(service.prepareRestore(backup), AccessDenied);
        context->setSession(Session::system());
        prepared = service.prepareRestore(backup);
    } // the caller closes the database before the swap
    const QString kept = BackupService::completeRestore(prepared, clock.now());
    CHECK(QFileInfo(kept).fileName() ==
          QStringLiteral("parcours.avant-restauration-2026-11-28_18-00-00.sqlite"));
    CHECK_FALSE(QFile::exists(prepared.stagedPath));
    {
        auto context = openAsCoordinator(path, clock);
        CHECK(relayRows(*context) == atBackup);
    }
    {
        auto context = openAsCoordinator(kept, clock);
        CHECK(relayRows(*context).size() == 45); // the database as it was before the restore
    }
}

TEST_CASE("An encrypted backup restores with its passphrase and is refused without it", "[app][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(18, 0), Qt::UTC));
    QStringList atBackup;
    QString backup;
    {
        auto context = openAsCoordinator(path, clock);
        addRelays(*context, 0, 12);
        atBackup = relayRows(*context);
        BackupService noPassphrase(*context, settingsIn(dir, true));
        CHECK_THROWS_AS(noPassphrase.backupNow(QStringLiteral("manuelle")), DomainError);
        BackupService service(*context, settingsIn(dir, true), QStringLiteral("phrase secrète du RPE"));
        backup = service.backupNow(QStringLiteral("manuelle"));
        CHECK(backup.endsWith(QStringLiteral(".sqlite.chiffre")));
        CHECK(service.list().front().encrypted);
        CHECK(QDir(service.folder()).entryList(QDir::Files).size() == 1); // the plain copy is gone
        QFile f(backup);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains(QByteArray("RPE des C")));
        CHECK(service.verify(backup) == QStringLiteral("ok"));
        CHECK(BackupService::verifyFile(backup, QStringLiteral("mauvaise")) != QStringLiteral("ok"));
        addRelays(*context, 12, 20);
    }
    // The database no longer opens (it was damaged): restore as a copy beside it.
    const QString copy =
        BackupService::restoreAsCopy(backup, path, QStringLiteral("phrase secrète du RPE"), clock.now());
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("parcours.restauree-2026-11-28_18-00-00.sqlite"));
    CHECK_THROWS_AS(BackupService::restoreAsCopy(backup, path, QStringLiteral("non"), clock.now().addSecs(1)),
                    DomainError);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("parcours.restauree-2026-11-28_18-00-01.sqlite"))));
    auto context = openAsCoordinator(copy, clock);
    CHECK(relayRows(*context) == atBackup);
}

TEST_CASE("The daily backup runs once a day and rotation removes old automatic backups", "[app][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    auto context = openAsCoordinator(path, clock);
    BackupService service(*context, settingsIn(dir));
    // Ten daily backups in ten days; a second call on the same day does nothing.
    for (int day = 1; day <= 10; ++day) {
        clock = FixedClock(QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC));
        CHECK(service.backupIfDue().has_value());
        CHECK_FALSE(service.backupIfDue().has_value());
    }
    // Kept: 4-10 November (7 daily); Sunday 1 November as the newest of ISO
    // week 44 (weeks 45 and 46 are already covered by 8 and 10 November).
    // 2 and 3 November go.
    QStringList days;
    for (const BackupInfo& b : service.list())
        days << b.time.date().toString(Qt::ISODate);
    CHECK(days == QStringList{QStringLiteral("2026-11-10"), QStringLiteral("2026-11-09"),
                              QStringLiteral("2026-11-08"), QStringLiteral("2026-11-07"),
                              QStringLiteral("2026-11-06"), QStringLiteral("2026-11-05"),
                              QStringLiteral("2026-11-04"), QStringLiteral("2026-11-01")});

    BackupSettings off = settingsIn(dir);
    off.daily = false;
    BackupService disabled(*context, off);
    clock = FixedClock(QDateTime(QDate(2026, 11, 11), QTime(9, 0), Qt::UTC));
    CHECK_FALSE(disabled.backupIfDue().has_value());
    CHECK_FALSE(disabled.backupOnExit().has_value());
    CHECK(service.backupOnExit().has_value());
}

TEST_CASE("A refused or failed restore is recorded in the trail of the database that stays", "[app][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(18, 0), Qt::UTC));
    auto context = openAsCoordinator(path, clock);
    addRelays(*context, 0, 3);
    BackupService service(*context, settingsIn(dir));
    const QString backup = service.backupNow(QStringLiteral("manuelle"));

    // A damaged copy: verification refuses it before anything is touched.
    const QString damaged = dir.filePath(QStringLiteral("abimee.sqlite"));
    {
        QFile in(backup);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    CHECK_THROWS_AS(service.prepareRestore(damaged), DomainError);

    Session staff;
    staff.login = QStringLiteral("claire");
    staff.role = Role::ContactStaff;
    staff.signedIn = true;
    context->setSession(staff);
    CHECK_THROWS_AS(service.prepareRestore(backup), AccessDenied);
    context->setSession(Session::system());

    AuditQuery query;
    query.action = QStringLiteral("restore_failed");
    query.newestFirst = false;
    const QList<AuditEntry> failures = context->audit().page(query);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].userLogin == QStringLiteral("system"));
    CHECK(failures[0].newValue.startsWith(QStringLiteral("abimee.sqlite : ")));
    CHECK(failures[1].userLogin == QStringLiteral("claire"));
    CHECK(failures[1].newValue.startsWith(QFileInfo(backup).fileName() + QStringLiteral(" : ")));
    CHECK(relayRows(*context).size() == 3); // the database in place is untouched
    CHECK(context->audit().verify().intact);
}
