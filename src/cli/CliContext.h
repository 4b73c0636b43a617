#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <memory>

namespace parcours {

class AppContext;
class Clock;

// Exit codes every command keeps to, so scripts can rely on them.
// 4: not signed in, wrong password, locked account, or a role that does not
// allow the command (issue 5).
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2, ExitDatabase = 3, ExitAccessDenied = 4 };

// What a command needs: its arguments, the database (opened on demand), and
// the two output streams, both UTF-8.
class CliContext
{
  public:
    CliContext(QString databasePath, bool json, const Clock& clock);
    ~CliContext();

    // Opens the database on first use (throws StorageError) and signs in as
    // --user with the password from PARCOURS_PASSWORD, or asked on the
    // terminal; throws AccessDenied (exit 4) when that fails.
    AppContext& app();
    // The database without signing in: only `init` and `demo`, which act on a
    // new database as the built-in system session.
    AppContext& database();
    // Closes the database (issue 5, backup restore: no connection may stay
    // open while the file is swapped); the next app() opens it again.
    void closeApp();
    void setUser(const QString& login) { m_user = login; }
    QString user() const { return m_user; }
    // The password --user signed in with (`passwd` checks it again).
    QString signInPassword() const { return m_password; }

    // PARCOURS_PASSWORD when set, else asked on the terminal without echo; a
    // null string when neither is possible (stdin is not a terminal).
    static QString readPassword(const QString& prompt, const char* environmentVariable = "PARCOURS_PASSWORD");
    // For a new password: the variable when set, else asked twice on the
    // terminal. Throws DomainError when the two differ or nothing can be read.
    static QString readNewPassword(const char* environmentVariable);
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
    QString m_user;
    QString m_password;
};

} // namespace parcours
