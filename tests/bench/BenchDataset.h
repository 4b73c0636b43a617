#pragma once

#include <QMap>
#include <QString>

namespace parcours::bench {

// The databases the measures run on, in the work folder. A demo database is
// exactly what `parcours-cli demo --size N --seed S` writes (the CLI is run
// as a child process), cached under a name holding N, the seed and the
// schema version, so a second run does not regenerate it (250,000 takes
// several minutes).
class BenchDataset
{
  public:
    BenchDataset(QString workDir, QString cliPath);

    static constexpr quint32 kSeed = 1;
    // The coordinator the demo creates (DemoAccounts), also used for the
    // empty and import databases.
    static QString login();
    static QString password();

    // The demo database for `size` people; generated when missing.
    QString demoDatabase(int size) const;
    // A register with one coordinator and nobody in it (`init --user`).
    QString emptyDatabase() const;
    QString workDir() const { return m_workDir; }
    QString cliPath() const { return m_cliPath; }
    QString scratchPath(const QString& name) const;
    // The variables every child gets: the bench's settings folder and the
    // password of login().
    QMap<QString, QString> childEnvironment() const;

  private:
    QString m_workDir;
    QString m_cliPath;
};

} // namespace parcours::bench
