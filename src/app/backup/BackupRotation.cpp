#include "BackupRotation.h"

#include "DatabaseBackup.h"

#include <QSet>
#include <algorithm>
#include <functional>

namespace parcours {

bool BackupRotation::isRotated(const QString& reason)
{
    return reason == QLatin1String("quotidienne") || reason == QLatin1String("fermeture");
}

QStringList BackupRotation::toDelete(const QStringList& fileNames, const BackupRotationPolicy& policy)
{
    struct Entry
    {
        QString name;
        QDateTime time;
    };
    QList<Entry> entries;
    for (const QString& name : fileNames) {
        QString reason;
        const QDateTime time = DatabaseBackup::timeOfName(name, &reason);
        if (time.isValid() && isRotated(reason))
            entries.append({name, time});
    }
    // Newest first; the name breaks ties so the result does not depend on the input order.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.time != b.time ? a.time > b.time : a.name > b.name;
    });

    QSet<QString> keep;
    // The newest backup of each of the `count` most recent periods.
    auto keepPerPeriod = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const Entry& e : entries) {
            if (seen.size() >= count)
                break;
            const qint64 key = period(e.time.date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            keep.insert(e.name);
        }
    };
    keepPerPeriod(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepPerPeriod(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepPerPeriod(policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });

    QStringList doomed;
    for (const Entry& e : entries)
        if (!keep.contains(e.name))
            doomed << e.name;
    doomed.sort();
    return doomed;
}

} // namespace parcours
