#include "ChildProcess.h"

#include "BenchError.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace parcours::bench {

namespace {

// Owns the strings an argv/envp array points into.
struct CStrings
{
    std::vector<QByteArray> storage;
    std::vector<char*> pointers;
    char** get()
    {
        pointers.clear();
        for (QByteArray& s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
        return pointers.data();
    }
};

// How often the child's VmHWM is read while it runs.
constexpr int kMemoryPollMs = 10;

// The child's peak resident memory since its exec (VmHWM in
// /proc/PID/status), 0 once it has exited. Not wait4's ru_maxrss: the kernel
// carries the parent's high-water mark into a spawned child, so every child
// of a 300 MB bench would "use" 300 MB.
long peakRssKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

CStrings environmentWith(const QMap<QString, QString>& extra)
{
    CStrings env;
    for (char** e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QString name = QString::fromLocal8Bit(entry.left(entry.indexOf('=')));
        if (!extra.contains(name))
            env.storage.push_back(entry);
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.storage.push_back((it.key() + QLatin1Char('=') + it.value()).toLocal8Bit());
    return env;
}

} // namespace

ChildResult ChildProcess::run(const QString& program, const QStringList& arguments,
                              const QMap<QString, QString>& environment, const QByteArray& marker,
                              int timeoutSeconds)
{
    CStrings argv;
    argv.storage.push_back(program.toLocal8Bit());
    for (const QString& a : arguments)
        argv.storage.push_back(a.toLocal8Bit());
    CStrings envp = environmentWith(environment);

    int outPipe[2], errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0)
        throw BenchError(QStringLiteral("pipe() failed"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);

    ChildResult result;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, argv.storage.front().constData(), &actions, nullptr, argv.get(), envp.get());
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(errPipe[1]);
    if (spawned != 0) {
        close(outPipe[0]);
        close(errPipe[0]);
        throw BenchError(QStringLiteral("%1 could not be started: %2")
                             .arg(program, QString::fromLocal8Bit(strerror(spawned))));
    }

    // Read both pipes until they close, noting when the marker shows up.
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    bool timedOut = false;
    char buffer[65536];
    while (open > 0) {
        const int left = int(qint64(timeoutSeconds) * 1000 - clock.elapsed());
        if (left <= 0) {
            timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        const int ready = poll(fds, 2, qMin(left, kMemoryPollMs));
        result.maxRssKb = qMax(result.maxRssKb, peakRssKb(pid));
        if (ready < 0 && errno == EINTR)
            continue;
        for (pollfd& p : fds) {
            if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = read(p.fd, buffer, sizeof buffer);
            if (n <= 0) {
                close(p.fd);
                p.fd = -1;
                --open;
                continue;
            }
            QByteArray& sink = (&p == &fds[0]) ? result.out : result.err;
            sink.append(buffer, int(n));
            if (&p == &fds[0] && !marker.isEmpty() && result.markerMs < 0 && result.out.contains(marker))
                result.markerMs = double(clock.nsecsElapsed()) / 1e6;
        }
    }
    for (pollfd& p : fds)
        if (p.fd >= 0)
            close(p.fd);

    result.maxRssKb = qMax(result.maxRssKb, peakRssKb(pid)); // gone if it has exited already
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.wallMs = double(clock.nsecsElapsed()) / 1e6;
    result.exitCode = (!timedOut && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
    return result;
}

ChildResult ChildProcess::runChecked(const QString& program, const QStringList& arguments,
                                     const QMap<QString, QString>& environment, const QByteArray& marker)
{
    ChildResult r = run(program, arguments, environment, marker);
    if (r.exitCode != 0)
        throw BenchError(QStringLiteral("%1 %2 failed (exit code %3):\n%4")
                             .arg(program, arguments.join(QLatin1Char(' ')))
                             .arg(r.exitCode)
                             .arg(QString::fromLocal8Bit(r.err + r.out).trimmed()));
    return r;
}

} // namespace parcours::bench
