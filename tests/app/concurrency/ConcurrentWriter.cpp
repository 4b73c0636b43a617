// One of the two writer processes of ConcurrentWritersTest: increments a
// counter held in the notes of the register's people, `count` times, through
// ChildminderService as a real user would (read, change, save), retrying when
// the other process saved the same person first. Prints how many conflicts it
// met; exits 3 on any storage error ("database is locked" included).
// DB is a file, or a test server's schema as
// postgresql://user@host:port/database?schema=...&sslmode=... (issue 6).
#include "AppContext.h"
#include "ChildminderQuery.h"
#include "ChildminderService.h"
#include "DomainError.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

using namespace parcours;

namespace {
DatabaseLocation locationOf(const QString& argument)
{
    const QUrl url(argument);
    if (url.scheme() != QLatin1String("postgresql"))
        return DatabaseLocation::file(argument);
    const QUrlQuery query(url);
    ServerSettings settings;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.database = url.path().mid(1);
    settings.schema = query.queryItemValue(QStringLiteral("schema"));
    settings.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    return DatabaseLocation::serverAt(settings);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: parcours-concurrent-writer DB COUNT LOGIN\n";
        return 1;
    }
    const SystemClock clock;
    try {
        auto context = AppContext::open(locationOf(args[1]), clock);
        Session session = Session::system();
        session.login = args[3];
        context->setSession(session);
        ChildminderService service(*context);
        ChildminderQuery all;
        all.limit = 1000;
        QList<qint64> ids;
        for (const auto& row : service.page(all))
            ids.append(row.id);
        if (ids.isEmpty())
            return 2;
        const int count = args[2].toInt();
        int conflicts = 0;
        for (int i = 0; i < count; ++i) {
            const qint64 id = ids[i % ids.size()];
            for (;;) {
                ChildminderFile file = *service.open(id);
                file.person.notes = QString::number(file.person.notes.toInt() + 1);
                try {
                    if (!service.save(file.person).isEmpty())
                        return 2;
                    break;
                } catch (const ConcurrencyConflict&) {
                    ++conflicts; // the other process saved her first: read again
                }
            }
        }
        QTextStream(stdout) << "conflicts=" << conflicts << '\n';
    } catch (const DomainError& error) {
        QTextStream(stderr) << error.message() << '\n';
        return 3;
    }
    return 0;
}
