#pragma once

#include "ChildminderQuery.h"

#include <QString>
#include <functional>

namespace parcours {

class AppContext;

enum class ExportFormat { Csv, Json };

// Writes the register (or the part a query selects) to a file, page by page so
// memory stays flat at any size, through QSaveFile so a failure never leaves a
// half-written file. CSV: UTF-8 with BOM, ';', dd/MM/yyyy — what French Excel
// opens as is.
class ChildminderExporter
{
public:
    explicit ChildminderExporter(AppContext& context) : m_context(context) {}
    // Returns the number of rows written; throws DomainError (French) on failure.
    // progress(done, total) returning false cancels and leaves no file.
    int exportTo(const QString& path, ExportFormat format, ChildminderQuery query = {},
                 const std::function<bool(int, int)>& progress = {});
    // The same to any device (used for stdout by the CLI).
    int write(QIODevice& out, ExportFormat format, ChildminderQuery query = {},
              const std::function<bool(int, int)>& progress = {});

private:
    AppContext& m_context;
};

} // namespace parcours
