#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace parcours {

void setupCliLogging(bool verbose)
{
    auto logger = spdlog::stderr_color_mt("parcours-cli");
    logger->set_level(verbose ? spdlog::level::info : spdlog::level::warn);
    logger->set_pattern("%^%l%$: %v");
    spdlog::set_default_logger(logger);
}

QString setupGuiLogging()
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/parcours.log");
    try {
        // 5 files of 2 MB: weeks of use, bounded on disk.
        auto logger = spdlog::rotating_logger_mt("parcours", path.toStdString(), 2 * 1024 * 1024, 5);
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable log folder must not stop people from working.
    }
    return path;
}

void logInfo(const QString& message)
{
    spdlog::info(message.toStdString());
}
void logWarning(const QString& message)
{
    spdlog::warn(message.toStdString());
}
void logError(const QString& message)
{
    spdlog::error(message.toStdString());
}

} // namespace parcours
