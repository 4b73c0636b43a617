#include "BenchDataset.h"

#include "BenchError.h"
#include "ChildProcess.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <utility>

namespace parcours::bench {

BenchDataset::BenchDataset(QString workDir, QString cliPath)
    : m_workDir(std::move(workDir)), m_cliPath(std::move(cliPath))
{
    if (!QDir().mkpath(m_workDir))
        throw BenchError(QStringLiteral("The work folder %1 cannot be created.").arg(m_workDir));
    if (!QFileInfo(m_cliPath).isExecutable())
        throw BenchError(
            QStringLiteral("parcours-cli not found at %1 (build it, or give --cli).").arg(m_cliPath));
}

QString BenchDataset::login()
{
    return QStringLiteral("coordination");
}

QString BenchDataset::password()
{
    return QStringLiteral("Parcours-Demo-C1!");
}

QString BenchDataset::scratchPath(const QString& name) const
{
    return QDir(m_workDir).filePath(name);
}

QMap<QString, QString> BenchDataset::childEnvironment() const
{
    return {{QStringLiteral("PARCOURS_PASSWORD"), password()}};
}

QString BenchDataset::demoDatabase(int size) const
{
    const QString path = scratchPath(
        QStringLiteral("demo-n%1-seed%2-schema%3.sqlite").arg(size).arg(kSeed).arg(latestSchemaVersion()));
    if (QFileInfo::exists(path))
        return path;
    // Written under another name and renamed once complete: an interrupted
    // run leaves no half-made dataset behind for the next one to trust.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    std::fprintf(stderr, "Generating the demo database for %d childminders (cached in %s)...\n", size,
                 qPrintable(QDir::toNativeSeparators(path)));
    ChildProcess::runChecked(m_cliPath,
                             {QStringLiteral("--db"), partial, QStringLiteral("demo"),
                              QStringLiteral("--size"), QString::number(size), QStringLiteral("--seed"),
                              QString::number(kSeed)},
                             childEnvironment());
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(partial + suffix))
            throw BenchError(QStringLiteral("parcours-cli demo left %1 behind: the database was not closed.")
                                 .arg(partial + suffix));
    if (!QFile::rename(partial, path))
        throw BenchError(QStringLiteral("%1 cannot be renamed to %2.").arg(partial, path));
    return path;
}

QString BenchDataset::emptyDatabase() const
{
    const QString path = scratchPath(QStringLiteral("empty-schema%1.sqlite").arg(latestSchemaVersion()));
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    ChildProcess::runChecked(
        m_cliPath,
        {QStringLiteral("--db"), partial, QStringLiteral("--user"), login(), QStringLiteral("init")},
        childEnvironment());
    if (!QFile::rename(partial, path))
        throw BenchError(QStringLiteral("%1 cannot be renamed to %2.").arg(partial, path));
    return path;
}

} // namespace parcours::bench
