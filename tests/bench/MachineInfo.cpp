#include "MachineInfo.h"

#include <QFile>
#include <QThread>
#include <sqlite3.h>

namespace parcours::bench {

namespace {
QList<QByteArray> linesOf(const char* path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

QString valueOf(const QList<QByteArray>& lines, const char* key)
{
    for (const QByteArray& line : lines)
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return {};
}
} // namespace

QStringList MachineInfo::describe()
{
    const auto cpu = linesOf("/proc/cpuinfo");
    const QString model = valueOf(cpu, "model name");
    const qint64 memKb =
        valueOf(linesOf("/proc/meminfo"), "MemTotal").split(QLatin1Char(' ')).value(0).toLongLong();
    return {
        QStringLiteral("CPU: %1, %2 core(s)")
            .arg(model.isEmpty() ? QStringLiteral("unknown") : model)
            .arg(QThread::idealThreadCount()),
        QStringLiteral("RAM: %1 GB").arg(double(memKb) / 1024 / 1024, 0, 'f', 1),
        QStringLiteral("SQLite: %1 (library in use)").arg(QString::fromLatin1(sqlite3_libversion())),
        QStringLiteral("Qt: %1").arg(QString::fromLatin1(qVersion())),
    };
}

} // namespace parcours::bench
