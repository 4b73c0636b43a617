#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <memory>

namespace parcours {

class AppContext;
class Clock;

// Exit codes every command keeps to, so scripts can rely on them.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2, ExitDatabase = 3 };

// What a command needs: its arguments, the database (opened on demand), and
// the two output streams, both UTF-8.
class CliContext
{
  public:
    CliContext(QString databasePath, bool json, const Clock& clock);
    ~CliContext();

    AppContext& app(); // opens the database on first use; throws StorageError
    bool json() const { return m_json; }
    const Clock& clock() const { return m_clock; }
    QString databasePath() const { return m_databasePath; }

    static void out(const QString& text); // stdout, with a newline
    static void err(const QString& text); // stderr, with a newline
    static void outJson(const QJsonDocument& doc);
    // Bytes to a file, all or nothing (QSaveFile), or to the standard output
    // when `path` is empty. Returns the French error, empty on success.
    static QString writeOutput(const QByteArray& bytes, const QString& path);

  private:
    QString m_databasePath;
    bool m_json;
    const Clock& m_clock;
    std::unique_ptr<AppContext> m_app;
};

} // namespace parcours
