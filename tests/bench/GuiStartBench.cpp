#include "GuiStartBench.h"

#include "BenchDataset.h"
#include "BenchError.h"
#include "ChildProcess.h"
#include "ResultTable.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace parcours::bench {

GuiStartBench::Start GuiStartBench::measure(const QString& database, bool expectRows) const
{
    if (!QFileInfo(m_guiPath).isExecutable())
        throw BenchError(QStringLiteral("parcours-pro not found at %1 (build it, give --gui, or --no-gui).")
                             .arg(m_guiPath));
    QMap<QString, QString> environment = m_dataset.childEnvironment();
    environment.insert(QStringLiteral("PARCOURS_USER"), BenchDataset::login());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    static const QRegularExpression line(
        QStringLiteral("first-paint-ms=(-?\\d+) rows=(\\d+) peak-rss-kb=(\\d+)"));
    Start start;
    // One untimed start first: the files are then in the page cache for every
    // measured one (a warm start: dropping the caches needs root and hurts
    // everyone else on the machine).
    for (int i = 0; i <= m_repeat; ++i) {
        const ChildResult r = ChildProcess::run(
            m_guiPath, {QStringLiteral("--db"), database, QStringLiteral("--quit-after-first-paint")},
            environment, QByteArrayLiteral("first-paint-ms="), 600);
        const auto m = line.match(QString::fromUtf8(r.out));
        if (r.exitCode != 0 || r.markerMs < 0 || !m.hasMatch())
            throw BenchError(
                QStringLiteral("parcours-pro did not report its first paint on %1 (exit code %2). "
                               "Is the sign-in refused?\n%3")
                    .arg(database)
                    .arg(r.exitCode)
                    .arg(QString::fromLocal8Bit(r.err + r.out).right(2000)));
        const int rows = m.captured(2).toInt();
        if (expectRows != (rows > 0))
            throw BenchError(
                QStringLiteral("parcours-pro painted a list of %1 row(s) on %2.").arg(rows).arg(database));
        if (i == 0)
            continue;
        start.ms.add(r.markerMs);
        // Its own VmHWM at the first paint: the peak up to the list on screen.
        start.peakMb.add(m.captured(3).toDouble() / 1024);
    }
    return start;
}

void GuiStartBench::run(int size, const QString& database, ResultTable& table)
{
    if (!m_empty)
        m_empty = measure(m_dataset.emptyDatabase(), false);
    const Start full = measure(database, true);
    table.add({QStringLiteral("GUI start to first painted list (vs empty)"), size, full.ms.median(),
               m_empty->ms.median(), QStringLiteral("ms"), ResultRow::Goal::Ratio, kTimeGoal});
    table.add({QStringLiteral("GUI peak memory (vs empty)"), size, full.peakMb.median(),
               m_empty->peakMb.median(), QStringLiteral("MB"), ResultRow::Goal::ExtraMb, kExtraMemoryGoalMb,
               true});
}

} // namespace parcours::bench
