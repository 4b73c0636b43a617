#include "SearchBench.h"

#include "AppContext.h"
#include "BenchError.h"
#include "BenchSession.h"
#include "ChildminderService.h"
#include "Measurement.h"
#include "RegisterBaseline.h"
#include "ResultTable.h"
#include "SqliteConnection.h"

namespace parcours::bench {

namespace {
QList<qint64> idsOf(const QList<ChildminderSummary>& rows)
{
    QList<qint64> ids;
    for (const ChildminderSummary& s : rows)
        ids.append(s.id);
    return ids;
}
} // namespace

QStringList SearchBench::prefixes()
{
    // Typed without accents; the demo names hold Hélène, Cécile, Gérard,
    // Amélie, Noémie, Stéphanie, Valérie, François...
    return {QStringLiteral("hel"), QStringLiteral("cec"), QStringLiteral("ger"), QStringLiteral("ame"),
            QStringLiteral("noe"), QStringLiteral("ste"), QStringLiteral("val"), QStringLiteral("fra")};
}

void SearchBench::run(int size, const QString& database, ResultTable& table) const
{
    auto context = BenchSession::open(database, m_clock);
    const ChildminderService service(*context);
    SqliteConnection connection(database);
    RegisterBaseline baseline(connection);

    auto ours = [&](const QString& prefix) {
        ChildminderQuery query;
        query.text = prefix;
        query.limit = kGuiPageSize;
        const int count = service.count(query);
        return RegisterPage{idsOf(service.page(query)), count};
    };

    // Once untimed: warms both caches and checks that both sides agree.
    int matched = 0;
    for (const QString& prefix : prefixes()) {
        const RegisterPage a = ours(prefix);
        const RegisterPage b = baseline.search(prefix, kGuiPageSize);
        if (a.ids != b.ids || a.count != b.count)
            throw BenchError(
                QStringLiteral("Search \"%1\": the application found %2 (first page %3 ids), the "
                               "bare FTS5 query %4 (%5 ids); the pages differ.")
                    .arg(prefix)
                    .arg(a.count)
                    .arg(a.ids.size())
                    .arg(b.count)
                    .arg(b.ids.size()));
        matched += int(a.count);
    }
    if (matched == 0)
        throw BenchError(QStringLiteral("No search prefix matched anybody: the measure would mean nothing."));

    Measurement oursMs, baselineMs;
    for (int i = 0; i < m_repeat; ++i)
        for (const QString& prefix : prefixes()) {
            oursMs.add(Measurement::time(1, [&] { ours(prefix); }));
            baselineMs.add(Measurement::time(1, [&] { baseline.search(prefix, kGuiPageSize); }));
        }
    table.add({QStringLiteral("search as you type (3 letters)"), size, oursMs.median(), baselineMs.median(),
               QStringLiteral("ms"), ResultRow::Goal::Ratio, kGoal});
}

} // namespace parcours::bench
