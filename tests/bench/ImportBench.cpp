#include "ImportBench.h"

#include "AppContext.h"
#include "AuthService.h"
#include "BenchDataset.h"
#include "BenchError.h"
#include "BenchSession.h"
#include "ChildProcess.h"
#include "CsvFileReader.h"
#include "Measurement.h"
#include "Migrations.h"
#include "PmiCsvWriter.h"
#include "PmiHeaderMatcher.h"
#include "PmiImporter.h"
#include "ResultTable.h"
#include "SqliteConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>

namespace parcours::bench {

namespace {

void removeDatabase(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void copyDatabase(const QString& from, const QString& to)
{
    removeDatabase(to);
    if (!QFile::copy(from, to))
        throw BenchError(QStringLiteral("%1 cannot be copied to %2.").arg(from, to));
}

} // namespace

QString ImportBench::csvFile(int size) const
{
    const QString path =
        m_dataset.scratchPath(QStringLiteral("pmi-n%1-seed%2-cp1252.csv").arg(size).arg(BenchDataset::kSeed));
    if (!QFileInfo::exists(path))
        PmiCsvWriter::write(path, size, BenchDataset::kSeed);
    return path;
}

QString ImportBench::templateDatabase() const
{
    const QString path =
        m_dataset.scratchPath(QStringLiteral("import-template-schema%1.sqlite").arg(latestSchemaVersion()));
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    {
        auto context = AppContext::openFile(partial, m_clock);
        AuthService(*context).createFirstCoordinator(BenchDataset::login(), {}, BenchDataset::password());
    }
    if (!QFile::rename(partial, path))
        throw BenchError(QStringLiteral("%1 cannot be renamed to %2.").arg(partial, path));
    return path;
}

double ImportBench::importOnce(const QString& csv, int size) const
{
    const QString target = m_dataset.scratchPath(QStringLiteral("import-ours.sqlite"));
    copyDatabase(templateDatabase(), target);

    BenchTimer openTimer;
    auto context = AppContext::openFile(target, m_clock);
    const double openMs = openTimer.elapsedMs();
    BenchSession::signIn(*context); // not timed: a password check, not the import

    BenchTimer importTimer;
    CsvFileReader records(csv); // as both front ends read a list: record by record
    const PmiHeaderMatch match = PmiHeaderMatcher::matchAll(records.header());
    const QStringList problems = PmiHeaderMatcher::mappingProblems(match.mapping, records.header());
    if (!problems.isEmpty())
        throw BenchError(QStringLiteral("The generated PMI list is refused: %1").arg(problems.join(u' ')));
    context->require(Permission::EditRecords);
    PmiImporter importer(context->childminders(), context->approvals(), context->relays(),
                         context->transactions(), context->rules(), &context->clock());
    const ImportReport report = importer.run(records, match.mapping, false);
    context.reset(); // closing checkpoints the WAL: part of the work, as the shell's commit is
    const double importMs = importTimer.elapsedMs();

    if (!report.rejected.isEmpty())
        throw BenchError(QStringLiteral("The import rejected %1 line(s) of the generated list, the first: "
                                        "line %2, %3")
                             .arg(report.rejected.size())
                             .arg(report.rejected.first().line)
                             .arg(report.rejected.first().message));
    if (report.created + report.updated + report.unchanged != size)
        throw BenchError(QStringLiteral("The import of %1 rows created %2, updated %3, left %4 unchanged.")
                             .arg(size)
                             .arg(report.created)
                             .arg(report.updated)
                             .arg(report.unchanged));
    // On stderr, for whoever looks for where the time goes.
    std::fprintf(stderr, "  import of %d rows: open %.0f ms, read, import and close %.0f ms\n", size, openMs,
                 importMs);
    return openMs + importMs;
}

void ImportBench::run(int size, ResultTable& table) const
{
    const QString csv = csvFile(size);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        throw BenchError(
            QStringLiteral("The sqlite3 command-line shell is not installed (apt install sqlite3)."));
    const QString bare = m_dataset.scratchPath(QStringLiteral("import-bare.sqlite"));
    const QStringList shellArguments = {bare, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                        QStringLiteral(".import '%1' t").arg(csv)};

    Measurement ours, baseline;
    for (int i = 0; i < m_repeat && !ours.overBudget(); ++i) {
        ours.add(importOnce(csv, size));
        removeDatabase(bare);
        const ChildResult r = ChildProcess::runChecked(shell, shellArguments);
        if (!r.err.trimmed().isEmpty())
            throw BenchError(
                QStringLiteral("sqlite3 .import complained: %1").arg(QString::fromLocal8Bit(r.err)));
        baseline.add(r.wallMs);
    }
    {
        SqliteConnection check(bare);
        const qint64 rows = SqliteConnection::scalar(check.prepare("SELECT count(*) FROM t"), {});
        if (rows != size)
            throw BenchError(QStringLiteral("sqlite3 imported %1 rows of %2.").arg(rows).arg(size));
    }
    table.add({QStringLiteral("import PMI list"), size, ours.median(), baseline.median(),
               QStringLiteral("ms"), ResultRow::Goal::Ratio, kGoal});
    Measurement floor;
    for (int i = 0; i < m_repeat && !floor.overBudget(); ++i)
        floor.add(floorOnce(shell, size));
    table.add({QStringLiteral("(reference) same rows, bare SQL into our schema"), size, floor.median(),
               baseline.median(), QStringLiteral("ms"), ResultRow::Goal::None, 0, false, false});

    // Memory: the CLI as users run it, against the same command importing
    // a list with no row (signing in alone takes 64 MB for the password hash).
    const QString header = m_dataset.scratchPath(QStringLiteral("pmi-n0-cp1252.csv"));
    if (!QFileInfo::exists(header))
        PmiCsvWriter::write(header, 0, BenchDataset::kSeed);
    const long rssKb = cliImportPeakKb(csv);
    const long emptyRssKb = cliImportPeakKb(header);
    table.add({QStringLiteral("import peak memory (CLI, vs a 0-row list)"), size, double(rssKb) / 1024,
               double(emptyRssKb) / 1024, QStringLiteral("MB"), ResultRow::Goal::None, 0, true});
}

double ImportBench::floorOnce(const QString& shell, int size) const
{
    const QString ours = m_dataset.scratchPath(QStringLiteral("import-ours.sqlite"));
    const QString target = m_dataset.scratchPath(QStringLiteral("import-floor.sqlite"));
    copyDatabase(templateDatabase(), target);
    const QStringList arguments = {
        target,
        QStringLiteral("PRAGMA foreign_keys=ON"), // as Database::open sets them
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA cache_size=-32768"),
        QStringLiteral("ATTACH '%1' AS src").arg(ours),
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("INSERT INTO childminders SELECT * FROM src.childminders"),
        QStringLiteral(
            "INSERT INTO childminders_fts(rowid, usage_name, birth_name, first_name, commune_name) "
            "SELECT rowid, usage_name, birth_name, first_name, commune_name FROM "
            "src.childminders_fts"),
        QStringLiteral("INSERT INTO approvals SELECT * FROM src.approvals"),
        QStringLiteral(
            "INSERT INTO approvals_fts(rowid, number) SELECT rowid, number FROM src.approvals_fts"),
        QStringLiteral("INSERT INTO approval_events SELECT * FROM src.approval_events"),
        QStringLiteral("COMMIT"),
    };
    const ChildResult r = ChildProcess::runChecked(shell, arguments);
    if (!r.err.trimmed().isEmpty())
        throw BenchError(QStringLiteral("sqlite3 could not copy the imported rows: %1")
                             .arg(QString::fromLocal8Bit(r.err)));
    {
        SqliteConnection check(target);
        const qint64 rows = SqliteConnection::scalar(check.prepare("SELECT count(*) FROM childminders"), {});
        if (rows != size)
            throw BenchError(QStringLiteral("The bare copy holds %1 people of %2.").arg(rows).arg(size));
    }
    removeDatabase(target);
    return r.wallMs;
}

long ImportBench::cliImportPeakKb(const QString& csv) const
{
    const QString target = m_dataset.scratchPath(QStringLiteral("import-cli.sqlite"));
    copyDatabase(templateDatabase(), target);
    const ChildResult cli =
        ChildProcess::run(m_dataset.cliPath(),
                          {QStringLiteral("--db"), target, QStringLiteral("--user"), BenchDataset::login(),
                           QStringLiteral("import"), QStringLiteral("pmi"), csv},
                          m_dataset.childEnvironment());
    if (cli.exitCode != 0)
        throw BenchError(QStringLiteral("parcours-cli import pmi failed (exit code %1): %2")
                             .arg(cli.exitCode)
                             .arg(QString::fromLocal8Bit(cli.err).left(2000)));
    removeDatabase(target);
    return cli.maxRssKb;
}

} // namespace parcours::bench
