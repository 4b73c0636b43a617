#pragma once

#include "CsvTable.h"

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <optional>

// The pieces CsvReader (a whole file in memory) and CsvFileReader (a file
// read record by record) share, so both read a file exactly alike.
namespace parcours::csv {

// Whether the bytes begin with the `length` bytes of `prefix` (BOMs and
// file signatures hold zero bytes, so not a C string).
bool bytesStartWith(const QByteArray& bytes, const char* prefix, int length);
// Windows-1252 without ICU (QStringDecoder has it only in ICU builds).
QString decodeWindows1252(const QByteArray& bytes);
// What the start of a file says of its encoding: a UTF-16 or UTF-8 BOM, or
// Excel's "Unicode text" without its BOM (judged on the first 4 KiB).
struct MarkedEncoding
{
    QStringConverter::Encoding encoding;
    qsizetype bomLength; // bytes to skip before the text
};
// None: UTF-8 if every byte of the file is valid UTF-8, else Windows-1252.
std::optional<MarkedEncoding> markedEncoding(const QByteArray& head);
// "UTF-8", "UTF-16LE" or "UTF-16BE", as the import wizard shows it.
QString encodingName(QStringConverter::Encoding encoding);
// Throws CsvFormatError when the bytes start like an .xlsx, .ods or .xls.
void rejectWorkbook(const QByteArray& head);
// The error for a file holding NUL characters.
[[noreturn]] void rejectBinary();

// An Excel "sep=;" first line: sets the separator, moves pos past it, line 2.
bool readSepDirective(const QString& text, qsizetype& pos, int& line, QChar& separator);
// Whether the text holds the end of its first line (outside quotes): what
// CsvReader::detectSeparator needs to see.
bool holdsFirstLine(const QString& text);

// Parses the record starting at `pos` (line `line`) into `record` and moves
// both past it. When `complete` is false the text may stop mid-record: then
// it returns false and leaves pos and line alone, so the caller can append
// more text and call again. Throws CsvFormatError for a quoted field that the
// complete text never closes.
bool parseRecord(const QString& text, qsizetype& pos, int& line, QChar separator, bool complete,
                 CsvRecord& record);
// Empty lines and Excel's all-separator lines (";;;;") carry nothing.
bool isBlank(const QStringList& fields);

} // namespace parcours::csv
