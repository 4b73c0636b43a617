#pragma once

#include <QString>

namespace parcours {

// One table's rows on each side of a copy and their checksums.
struct TableCopyResult
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QString sourceChecksum; // hex SHA-256 of the sorted row digests
    QString targetChecksum;
    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
};

} // namespace parcours
