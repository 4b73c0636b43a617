// The parts of parcours-bench whose mistakes would go unnoticed in a table of
// figures: the growth fit, the median, the goals, the generated PMI list
// (read back by the importer's own reader) and the child-process runner.

#include "BenchError.h"
#include "BenchOptions.h"
#include "ChildProcess.h"
#include "CsvReader.h"
#include "GrowthFit.h"
#include "Measurement.h"
#include "PmiCsvWriter.h"
#include "PmiHeaderMatcher.h"
#include "QtStringMaker.h"
#include "ResultTable.h"

#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace parcours;
using namespace parcours::bench;

TEST_CASE("bench tools - the growth exponent of a power law is its power")
{
    // 3 * N^0.5 at 1,000 / 10,000 / 100,000: 94.87, 300, 948.7.
    const auto k =
        GrowthFit::exponent({{1000, 3 * std::sqrt(1000.0)}, {10000, 300}, {100000, 3 * std::sqrt(100000.0)}});
    REQUIRE(k);
    CHECK(*k == Approx(0.5).margin(1e-9));
    // Linear, with noise around it: 10 -> 100 -> 1000 ms, the middle 20% slow.
    const auto linear = GrowthFit::exponent({{1000, 10}, {10000, 120}, {100000, 1000}});
    REQUIRE(linear);
    CHECK(*linear == Approx(1.0).margin(0.05));
    CHECK_FALSE(GrowthFit::exponent({{1000, 5}, {1000, 6}}));  // one size: no slope
    CHECK_FALSE(GrowthFit::exponent({{1000, 5}, {10000, 0}})); // no logarithm of 0
}

TEST_CASE("bench tools - the median of odd and even sample counts")
{
    Measurement m;
    CHECK(m.median() == 0);
    for (double v : {9.0, 1.0, 5.0})
        m.add(v);
    CHECK(m.median() == 5.0);
    m.add(7.0);
    CHECK(m.median() == 6.0); // (5 + 7) / 2
    CHECK(m.total() == 22.0);
}

TEST_CASE("bench tools - goals, misses and the printed table")
{
    ResultTable table;
    table.add({QStringLiteral("search"), 1000, 3.0, 2.0, QStringLiteral("ms"), ResultRow::Goal::Ratio, 1.5});
    table.add({QStringLiteral("search"), 10000, 4.0, 2.0, QStringLiteral("ms"), ResultRow::Goal::Ratio, 1.5});
    table.add({QStringLiteral("memory"), 1000, 180.0, 100.0, QStringLiteral("MB"), ResultRow::Goal::ExtraMb,
               50, true});
    table.addGrowthMeasure(QStringLiteral("search"));
    table.addGrowthMeasure(QStringLiteral("memory"));
    CHECK(table.rows().at(0).met());       // 1.5x: on the goal
    CHECK_FALSE(table.rows().at(1).met()); // 2x
    CHECK_FALSE(table.rows().at(2).met()); // +80 MB
    const QStringList misses = table.misses();
    REQUIRE(misses.size() == 2);
    CHECK(misses.at(0) == QStringLiteral("search at 10000: 2.00x, goal <= 1.5x"));
    CHECK(misses.at(1) == QStringLiteral("memory at 1000: +80.0 MB, goal <= +50 MB"));

    const QString text = table.render(true, {QStringLiteral("CPU: test")}, QStringLiteral("parcours-bench"));
    auto lineWith = [&](const QString& a, const QString& b) {
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("| ")) && line.contains(a) && line.contains(b))
                return line.simplified();
        return QString();
    };
    CHECK(lineWith(QStringLiteral("search"), QStringLiteral("10,000")) ==
          QStringLiteral("| search | 10,000 | 4.00 ms | 2.00 ms | 2.00x | <= 1.5x | MISS |"));
    CHECK(lineWith(QStringLiteral("memory"), QStringLiteral("1,000")) ==
          QStringLiteral("| memory | 1,000 | 180 MB | 100 MB | +80.0 MB | <= +50 MB | MISS |"));
    // 3 -> 4 ms from 1,000 to 10,000: k = log10(4/3) = 0.12. One memory size: n/a.
    CHECK(lineWith(QStringLiteral("search"), QStringLiteral("0.12")) ==
          QStringLiteral("| search | 2 | 0.12 | ok |"));
    CHECK(lineWith(QStringLiteral("memory"), QStringLiteral("n/a")) ==
          QStringLiteral("| memory | 1 | n/a | - |"));
    CHECK(text.contains(QStringLiteral("2 goal(s) missed")));
}

TEST_CASE("bench tools - Windows-1252 has its own bytes for Œ, € and the curly apostrophe")
{
    CHECK(PmiCsvWriter::toWindows1252(QStringLiteral("Œé€’ß")) == QByteArray("\x8C\xE9\x80\x92\xDF"));
    CHECK(PmiCsvWriter::toWindows1252(QStringLiteral("a\u4E2Db")) == QByteArray("a?b"));
}

TEST_CASE("bench tools - the generated PMI list is read and mapped by the importer's own code")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pmi.csv"));
    PmiCsvWriter::write(path, 250, 7);
    const CsvTable table = CsvReader::readFile(path);
    CHECK(table.records.size() == 250);
    CHECK(table.encodingName == QStringLiteral("Windows-1252"));
    CHECK(table.separator == QLatin1Char(';'));
    const PmiHeaderMatch match = PmiHeaderMatcher::matchAll(table.header);
    CHECK(match.unknownHeaders.isEmpty());
    CHECK(PmiHeaderMatcher::mappingProblems(match.mapping, table.header).isEmpty());
    // Deterministic: the same seed writes the same bytes.
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    PmiCsvWriter::write(again, 250, 7);
    QFile a(path), b(again);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == b.readAll());
}

TEST_CASE("bench tools - a child process gives its exit code, output, marker time and memory")
{
    const ChildResult r =
        ChildProcess::run(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"), QStringLiteral("echo ready=1; sleep 0.05; "
                                                                "echo oops >&2; exit 3")},
                          {{QStringLiteral("BENCH_TEST"), QStringLiteral("x")}}, QByteArrayLiteral("ready="));
    CHECK(r.exitCode == 3);
    CHECK(r.out == QByteArray("ready=1\n"));
    CHECK(r.err == QByteArray("oops\n"));
    CHECK(r.markerMs >= 0);
    CHECK(r.wallMs >= 50);
    CHECK(r.markerMs < r.wallMs);
    CHECK(r.maxRssKb > 0);
    const ChildResult env = ChildProcess::run(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s \"$BENCH_TEST\"")},
        {{QStringLiteral("BENCH_TEST"), QStringLiteral("x")}});
    CHECK(env.out == QByteArray("x"));
}

TEST_CASE("bench tools - no two people of the generated list share a first name and a date of birth")
{
    // The importer takes such lines for one person listed twice (with her
    // usage or birth name) and rejects one. 20,000 rows over 223 first names
    // and 42 years of dates would give about 60 such pairs if drawn freely.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pmi.csv"));
    PmiCsvWriter::write(path, 20000, 1);
    const CsvTable table = CsvReader::readFile(path);
    REQUIRE(table.records.size() == 20000);
    QSet<QString> seen;
    for (const CsvRecord& r : table.records)
        seen.insert(r.fields.value(1).toLower() + QLatin1Char('|') + r.fields.value(3));
    CHECK(seen.size() == 20000);
}

TEST_CASE("bench tools - --only keeps the named measures and refuses unknown ones")
{
    const QString program = QStringLiteral("parcours-bench");
    const BenchOptions all = BenchOptions::parse({program});
    for (const QString& m : BenchOptions::measureNames())
        CHECK(all.wants(m));

    const BenchOptions some =
        BenchOptions::parse({program, QStringLiteral("--only"), QStringLiteral("list, gui")});
    CHECK(some.wants(QStringLiteral("list")));
    CHECK(some.wants(QStringLiteral("gui")));
    CHECK_FALSE(some.wants(QStringLiteral("import")));
    CHECK_FALSE(some.wants(QStringLiteral("summary")));

    CHECK_THROWS_AS(BenchOptions::parse({program, QStringLiteral("--only"), QStringLiteral("pdf")}),
                    BenchError);
}
