#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

// One data record of a CSV file. `line` is the physical line of the file where
// the record starts (the header is line 1), so messages point at the line the
// user sees in a text editor even after quoted fields that span several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields; // as written (quotes removed), not trimmed
};

// A decoded CSV file: header, records, and what was detected about it so the
// import wizard can show "Windows-1252, separator ;".
struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;
    QString encodingName; // "UTF-8", "Windows-1252", "UTF-16LE" or "UTF-16BE"
    QChar separator;      // ';', ',' or '\t'
};

} // namespace parcours
