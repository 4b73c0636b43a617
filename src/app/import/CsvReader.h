#pragma once

#include "CsvTable.h"

#include <QByteArray>
#include <QString>

namespace parcours {

// Reads CSV files the way Excel writes them, since that is what the PMI
// service sends: French Excel saves Windows-1252 with ';', "CSV UTF-8" adds a
// BOM, "Unicode text" is UTF-16 with tabs, and addresses typed with Alt+Enter
// become quoted fields holding line breaks.
class CsvReader
{
  public:
    // Decodes and parses a whole file's bytes. Throws CsvFormatError when the
    // file is empty, ends inside a quoted field, is an Excel/LibreOffice
    // workbook rather than CSV, or is not text at all.
    static CsvTable read(const QByteArray& bytes);
    // Reads the file then read(). Throws DomainError when it cannot be opened.
    static CsvTable readFile(const QString& path);

    // UTF-16 (with BOM, or without one when every other byte is zero), UTF-8
    // (with or without BOM), else Windows-1252.
    // Sets *encodingName to the name shown to the user.
    static QString decode(const QByteArray& bytes, QString* encodingName = nullptr);
    // The separator (';', ',' or tab) that occurs most often outside quotes on
    // the header line; ';' (French Excel) wins ties and single-column files.
    static QChar detectSeparator(const QString& text);

  private:
    static CsvTable readOwned(QByteArray bytes);
};

} // namespace parcours
