#include "CsvReader.h"

#include "CsvFormatError.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace parcours {

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

bool startsWith(const QByteArray& bytes, const char* prefix, int length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

// Consumes one line break (CRLF, LF or a lone CR as old Mac Excel wrote) at
// position i, returning whether there was one.
bool consumeLineBreak(const QString& text, qsizetype& i)
{
    if (text.at(i) == QLatin1Char('\r')) {
        ++i;
        if (i < text.size() && text.at(i) == QLatin1Char('\n'))
            ++i;
        return true;
    }
    if (text.at(i) == QLatin1Char('\n')) {
        ++i;
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

// Excel honours a first line "sep=;" and some tools write one; it names the
// separator and is not the header.
bool readSepDirective(const QString& text, qsizetype& pos, int& line, QChar& separator)
{
    if (!text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return false;
    qsizetype i = 5;
    if (i < text.size() && !(text.at(i) == QLatin1Char('\r') || text.at(i) == QLatin1Char('\n')))
        return false;
    separator = text.at(4);
    if (i < text.size())
        consumeLineBreak(text, i);
    pos = i;
    line = 2;
    return true;
}

bool endsField(QChar c, QChar separator)
{
    return c == separator || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// RFC 4180 with Excel's habits, tolerant of hand-edited files: a quote only
// opens a quoted field at the start of a field; a stray quote elsewhere is
// kept as text rather than rejecting the whole file.
//
// Each field is allocated once at its exact size (a plain field is a slice
// of the text): a national list has millions of fields, and strings grown
// character by character kept up to twice their size.
QList<CsvRecord> parseRecords(const QString& text, QChar separator, qsizetype pos, int line)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    const QChar* data = text.constData();
    qsizetype width = 0; // the widest record so far: room for the next one's fields
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        record.fields.reserve(width);
        while (true) {
            if (pos < n && data[pos] == QLatin1Char('"')) {
                const int quoteLine = line;
                QString quoted;
                ++pos;
                while (true) {
                    if (pos >= n)
                        throw CsvFormatError(
                            QCoreApplication::translate(
                                "CsvReader", "The file ends inside a quoted field that starts on line %1: "
                                             "a closing quotation mark is missing.")
                                .arg(quoteLine),
                            quoteLine);
                    if (data[pos] == QLatin1Char('"')) {
                        if (pos + 1 < n && data[pos + 1] == QLatin1Char('"')) {
                            quoted += QLatin1Char('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (consumeLineBreak(text, pos)) {
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
            if (pos < n && data[pos] == separator) {
                ++pos;
                continue;
            }
            if (pos < n && consumeLineBreak(text, pos))
                ++line;
            break;
        }
        width = std::max(width, record.fields.size());
        // Empty lines and Excel's all-separator lines (";;;;") carry nothing;
        // dropping them here keeps trailing blank rows out of the import.
        if (!isBlank(record.fields))
            records.append(std::move(record));
    }
    return records;
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

// The most common wrong file: the workbook itself instead of a CSV saved from it.
void rejectWorkbooksAndBinaries(const QByteArray& bytes, const QString& text)
{
    // .xlsx and .ods are ZIP archives; .xls is an OLE2 compound file.
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        throw CsvFormatError(
            QCoreApplication::translate("CsvReader",
                                        "The file is a spreadsheet workbook (Excel or LibreOffice), not a "
                                        "CSV file: open it and save it as “CSV (semicolon separated)”."),
            0);
    if (text.contains(QChar(0)))
        throw CsvFormatError(
            QCoreApplication::translate("CsvReader",
                                        "The file is not text (it holds binary data): choose a CSV file."),
            0);
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encodingName)
{
    auto setName = [encodingName](const char* name) {
        if (encodingName)
            *encodingName = QString::fromLatin1(name);
    };
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const bool little = bytes.at(0) == '\xFF';
        setName(little ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return utf16(bytes.mid(2));
    }
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        // The BOM settles it; a broken byte after it becomes U+FFFD.
        setName("UTF-8");
        QStringDecoder utf8(QStringConverter::Utf8);
        return utf8(bytes.mid(3));
    }
    if (const auto utf16 = bomlessUtf16(bytes)) {
        setName(*utf16 == QStringConverter::Utf16LE ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder decoder(*utf16);
        return decoder(bytes);
    }
    // Without a BOM, bytes that are valid UTF-8 are almost never meant as
    // Windows-1252 (accented letters there are lone bytes >= 0xC0 followed by
    // ASCII, which UTF-8 forbids); so try UTF-8 strictly and fall back.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        setName("UTF-8");
        return text;
    }
    setName("Windows-1252");
    return decodeWindows1252(bytes);
}

QChar CsvReader::detectSeparator(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes; // a doubled quote toggles twice: still right
        else if (inQuotes)
            continue;
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs)
        return QLatin1Char(';');
    return tabs >= commas ? QLatin1Char('\t') : QLatin1Char(',');
}

CsvTable CsvReader::read(const QByteArray& bytes)
{
    return readOwned(bytes);
}

CsvTable CsvReader::readOwned(QByteArray bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encodingName);
    rejectWorkbooksAndBinaries(bytes, text);
    // From readFile() these are the last reference to the file's bytes: the
    // parse needs only the text, and a national list is 40 MB.
    bytes = QByteArray();
    qsizetype pos = 0;
    int line = 1;
    if (!readSepDirective(text, pos, line, table.separator))
        table.separator = detectSeparator(text);

    QList<CsvRecord> records = parseRecords(text, table.separator, pos, line);
    if (records.isEmpty())
        throw CsvFormatError(
            QCoreApplication::translate("CsvReader", "The file is empty: it has no header line."), 0);
    table.header = records.takeFirst().fields;
    table.records = std::move(records);
    return table;
}

CsvTable CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(QCoreApplication::translate("CsvReader", "The file %1 cannot be opened: %2.")
                              .arg(path, file.errorString()));
    return readOwned(file.readAll());
}

} // namespace parcours
