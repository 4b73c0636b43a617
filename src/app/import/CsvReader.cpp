#include "CsvReader.h"

#include "CsvFormatError.h"
#include "CsvParsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace parcours {

namespace {

QList<CsvRecord> parseRecords(const QString& text, QChar separator, qsizetype pos, int line)
{
    QList<CsvRecord> records;
    qsizetype width = 0; // the widest record so far: room for the next one's fields
    while (pos < text.size()) {
        CsvRecord record;
        record.fields.reserve(width);
        csv::parseRecord(text, pos, line, separator, true, record);
        width = std::max(width, record.fields.size());
        // Dropping blank lines here keeps trailing blank rows out of the import.
        if (!csv::isBlank(record.fields))
            records.append(std::move(record));
    }
    return records;
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encodingName)
{
    auto setName = [encodingName](const QString& name) {
        if (encodingName)
            *encodingName = name;
    };
    if (const auto marked = csv::markedEncoding(bytes)) {
        // A broken byte after a BOM becomes U+FFFD: the BOM settles it.
        setName(csv::encodingName(marked->encoding));
        QStringDecoder decoder(marked->encoding);
        return decoder(bytes.mid(marked->bomLength));
    }
    // Without a BOM, bytes that are valid UTF-8 are almost never meant as
    // Windows-1252 (accented letters there are lone bytes >= 0xC0 followed by
    // ASCII, which UTF-8 forbids); so try UTF-8 strictly and fall back.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        setName(csv::encodingName(QStringConverter::Utf8));
        return text;
    }
    setName(QStringLiteral("Windows-1252"));
    return csv::decodeWindows1252(bytes);
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
    csv::rejectWorkbook(bytes);
    if (text.contains(QChar(0)))
        csv::rejectBinary();
    // From readFile() these are the last reference to the file's bytes: the
    // parse needs only the text, and a national list is 40 MB.
    bytes = QByteArray();
    qsizetype pos = 0;
    int line = 1;
    if (!csv::readSepDirective(text, pos, line, table.separator))
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
