#include "CliContext.h"

#include "AccessDenied.h"
#include "AppContext.h"
#include "AuthService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace parcours {

CliContext::CliContext(QString databasePath, bool json, const Clock& clock)
    : m_databasePath(std::move(databasePath)), m_json(json), m_clock(clock)
{
}

CliContext::~CliContext()
{
    m_password.fill(QLatin1Char(' '));
}

AppContext& CliContext::database()
{
    if (!m_app)
        m_app = AppContext::openFile(m_databasePath, m_clock);
    return *m_app;
}

void CliContext::closeApp()
{
    m_app.reset();
}

AppContext& CliContext::app()
{
    AppContext& context = database();
    if (context.session().signedIn)
        return context;
    AuthService auth(context);
    if (auth.needsFirstCoordinator())
        throw AccessDenied(QCoreApplication::translate(
            "parcours-cli", "This database has no user account yet: create the first coordinator with "
                            "\"parcours-cli --db FILE init --user NAME\"."));
    if (m_user.isEmpty())
        throw AccessDenied(QCoreApplication::translate(
            "parcours-cli", "Sign in first: add --user NAME, with the password in PARCOURS_PASSWORD or typed "
                            "when asked."));
    const QString password =
        readPassword(QCoreApplication::translate("parcours-cli", "Password for %1: ").arg(m_user));
    if (password.isNull())
        throw AccessDenied(
            QCoreApplication::translate(
                "parcours-cli",
                "No password for %1: set PARCOURS_PASSWORD, or run the command in a terminal to "
                "type it.")
                .arg(m_user));
    const SignInResult result = auth.signIn(m_user, password);
    if (!result.ok())
        throw AccessDenied(result.message);
    m_password = password;
    return context;
}

namespace {

// Null when stdin is not a terminal (a script without PARCOURS_PASSWORD).
QString askOnTerminal(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    // Typed without echo: the password must not stay on the screen.
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

} // namespace

QString CliContext::readPassword(const QString& prompt, const char* environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    return askOnTerminal(prompt);
}

QString CliContext::readNewPassword(const char* environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    const QString first = askOnTerminal(QCoreApplication::translate("parcours-cli", "New password: "));
    if (first.isNull())
        throw DomainError(
            QCoreApplication::translate(
                "parcours-cli", "No new password: set %1, or run the command in a terminal to type it.")
                .arg(QString::fromLatin1(environmentVariable)));
    const QString second =
        askOnTerminal(QCoreApplication::translate("parcours-cli", "The same password again: "));
    if (first != second)
        throw DomainError(QCoreApplication::translate(
            "parcours-cli", "The two passwords differ: nothing was changed. Run the command again."));
    return first;
}

void CliContext::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliContext::outJson(const QJsonDocument& doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString CliContext::writeOutput(const QByteArray& bytes, const QString& path)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return QCoreApplication::translate("parcours-cli", "Cannot write to the standard output.");
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("parcours-cli", "Cannot write %1: %2. Choose another folder.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(bytes);
    if (!file.commit())
        return QCoreApplication::translate("parcours-cli", "Saving %1 failed: %2. Check the disk space.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace parcours
