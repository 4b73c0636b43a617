#include "ListBench.h"

#include "AppContext.h"
#include "BenchError.h"
#include "BenchSession.h"
#include "ChildminderService.h"
#include "Measurement.h"
#include "RegisterBaseline.h"
#include "ResultTable.h"
#include "SqliteConnection.h"

namespace parcours::bench {

void ListBench::run(int size, const QString& database, ResultTable& table) const
{
    auto context = BenchSession::open(database, m_clock);
    const ChildminderService service(*context);
    SqliteConnection connection(database);
    RegisterBaseline baseline(connection);
    const qint64 relayId = baseline.largestRelay();
    if (relayId <= 0)
        throw BenchError(QStringLiteral("The demo database has nobody in an RPE."));

    ChildminderQuery query;
    query.relayId = relayId;
    query.sort = ChildminderSortColumn::Name;
    query.ascending = true;
    query.limit = kRows;
    auto ours = [&] {
        const int count = service.count(query);
        QList<qint64> ids;
        for (const ChildminderSummary& s : service.page(query))
            ids.append(s.id);
        return RegisterPage{ids, count};
    };

    const RegisterPage a = ours();
    const RegisterPage b = baseline.relay(relayId, kRows);
    if (a.ids != b.ids || a.count != b.count)
        throw BenchError(
            QStringLiteral("RPE %1: the application counts %2 (page of %3), bare SQL %4 (page of "
                           "%5); the pages differ.")
                .arg(relayId)
                .arg(a.count)
                .arg(a.ids.size())
                .arg(b.count)
                .arg(b.ids.size()));

    Measurement oursMs, baselineMs;
    for (int i = 0; i < m_repeat; ++i) {
        oursMs.add(Measurement::time(1, [&] { ours(); }));
        baselineMs.add(Measurement::time(1, [&] { baseline.relay(relayId, kRows); }));
    }
    table.add({QStringLiteral("first page, one RPE (100 rows + count)"), size, oursMs.median(),
               baselineMs.median(), QStringLiteral("ms"), ResultRow::Goal::Ratio, kGoal});
}

} // namespace parcours::bench
