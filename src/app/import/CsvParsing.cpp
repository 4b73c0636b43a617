#include "CsvParsing.h"

#include "CsvFormatError.h"

#include <QCoreApplication>

#include <algorithm>

namespace parcours::csv {

namespace {

// Windows-1252 is Latin-1 except for 0x80-0x9F, where it puts typographic
// quotes, the euro sign and the letters Œ œ Š š Ž ž Ÿ. A table keeps us
// independent of ICU: QStringDecoder("windows-1252") only exists when Qt was
// built with ICU. The five undefined bytes map to the C1 control of the same
// value, as browsers do, so no byte is ever lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool endsField(QChar c, QChar separator)
{
    return c == separator || isLineBreak(c);
}

// Consumes one line break (CRLF, LF or a lone CR as old Mac Excel wrote) at
// `pos`. False when there is none, or when a CR ends text that may go on
// with its LF (the caller then waits for more text).
bool consumeLineBreak(const QString& text, qsizetype& pos, bool complete)
{
    const qsizetype n = text.size();
    if (text.at(pos) == QLatin1Char('\r')) {
        if (pos + 1 >= n && !complete)
            return false;
        ++pos;
        if (pos < n && text.at(pos) == QLatin1Char('\n'))
            ++pos;
        return true;
    }
    if (text.at(pos) == QLatin1Char('\n')) {
        ++pos;
        return true;
    }
    return false;
}

[[noreturn]] void unterminatedQuote(int quoteLine)
{
    throw CsvFormatError(QCoreApplication::translate(
                             "CsvReader", "The file ends inside a quoted field that starts on line %1: "
                                          "a closing quotation mark is missing.")
                             .arg(quoteLine),
                         quoteLine);
}

// Excel's "Unicode text" without its BOM (some tools drop it): ASCII text in
// UTF-16 has a zero byte in every other position.
std::optional<QStringConverter::Encoding> bomlessUtf16(const QByteArray& bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += bytes.at(2 * i) == '\0';
        oddZeros += bytes.at(2 * i + 1) == '\0';
    }
    if (oddZeros * 2 > pairs && evenZeros * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 2 > pairs && oddZeros * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

bool bytesStartWith(const QByteArray& bytes, const char* prefix, int length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

QString decodeWindows1252(const QByteArray& bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *dst++ = (u >= 0x80 && u <= 0x9F) ? QChar(kCp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

std::optional<MarkedEncoding> markedEncoding(const QByteArray& head)
{
    if (bytesStartWith(head, "\xFF\xFE", 2))
        return MarkedEncoding{QStringConverter::Utf16LE, 2};
    if (bytesStartWith(head, "\xFE\xFF", 2))
        return MarkedEncoding{QStringConverter::Utf16BE, 2};
    if (bytesStartWith(head, "\xEF\xBB\xBF", 3))
        return MarkedEncoding{QStringConverter::Utf8, 3}; // the BOM settles it
    if (const auto utf16 = bomlessUtf16(head))
        return MarkedEncoding{*utf16, 0};
    return std::nullopt;
}

QString encodingName(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case QStringConverter::Utf16BE:
        return QStringLiteral("UTF-16BE");
    default:
        return QStringLiteral("UTF-8");
    }
}

// The most common wrong file: the workbook itself instead of a CSV saved from it.
void rejectWorkbook(const QByteArray& head)
{
    // .xlsx and .ods are ZIP archives; .xls is an OLE2 compound file.
    if (bytesStartWith(head, "PK\x03\x04", 4) || bytesStartWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        throw CsvFormatError(
            QCoreApplication::translate("CsvReader",
                                        "The file is a spreadsheet workbook (Excel or LibreOffice), not a "
                                        "CSV file: open it and save it as “CSV (semicolon separated)”."),
            0);
}

void rejectBinary()
{
    throw CsvFormatError(QCoreApplication::translate(
                             "CsvReader", "The file is not text (it holds binary data): choose a CSV file."),
                         0);
}

bool readSepDirective(const QString& text, qsizetype& pos, int& line, QChar& separator)
{
    if (!text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return false;
    qsizetype i = 5;
    if (i < text.size() && !isLineBreak(text.at(i)))
        return false;
    separator = text.at(4);
    if (i < text.size())
        consumeLineBreak(text, i, true);
    pos = i;
    line = 2;
    return true;
}

bool holdsFirstLine(const QString& text)
{
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && isLineBreak(c))
            return true;
    }
    return false;
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// RFC 4180 with Excel's habits, tolerant of hand-edited files: a quote only
// opens a quoted field at the start of a field; a stray quote elsewhere is
// kept as text rather than rejecting the whole file.
//
// Each field is allocated once at its exact size (a plain field is a slice
// of the text): a national list has millions of fields, and strings grown
// character by character kept up to twice their size.
bool parseRecord(const QString& text, qsizetype& startPos, int& startLine, QChar separator, bool complete,
                 CsvRecord& record)
{
    const qsizetype n = text.size();
    const QChar* data = text.constData();
    qsizetype pos = startPos;
    int line = startLine;
    record.line = line;
    record.fields.clear();
    while (true) {
        if (pos < n && data[pos] == QLatin1Char('"')) {
            const int quoteLine = line;
            QString quoted;
            ++pos;
            while (true) {
                if (pos >= n) {
                    if (!complete)
                        return false;
                    unterminatedQuote(quoteLine);
                }
                if (data[pos] == QLatin1Char('"')) {
                    if (pos + 1 >= n && !complete)
                        return false; // perhaps the first of a doubled quote
                    if (pos + 1 < n && data[pos + 1] == QLatin1Char('"')) {
                        quoted += QLatin1Char('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (isLineBreak(data[pos])) {
                    if (!consumeLineBreak(text, pos, complete))
                        return false;
                    quoted += QLatin1Char('\n'); // one line break, whatever the file's convention
                    ++line;
                } else {
                    quoted += data[pos++];
                }
            }
            // Text after the closing quote is kept, quotes included.
            const qsizetype rest = pos;
            while (pos < n && !endsField(data[pos], separator))
                ++pos;
            quoted.append(data + rest, pos - rest);
            record.fields.append(QString(quoted.constData(), quoted.size()));
        } else {
            const qsizetype start = pos;
            while (pos < n && !endsField(data[pos], separator))
                ++pos;
            record.fields.append(QString(data + start, pos - start));
        }
        if (pos >= n) {
            if (!complete)
                return false;
            break;
        }
        if (data[pos] == separator) {
            ++pos;
            continue;
        }
        if (!consumeLineBreak(text, pos, complete))
            return false;
        ++line;
        break;
    }
    startPos = pos;
    startLine = line;
    return true;
}

} // namespace parcours::csv
