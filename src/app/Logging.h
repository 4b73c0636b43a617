#pragma once

#include <QString>

namespace parcours {

// The app layer owns the log sinks (spdlog). Logs carry ids, never personal data.
// CLI: warnings and errors on stderr. GUI: a rotating file in the app data folder.
void setupCliLogging(bool verbose);
// Returns the log file path.
QString setupGuiLogging();
void logInfo(const QString& message);
void logWarning(const QString& message);
void logError(const QString& message);

} // namespace parcours
