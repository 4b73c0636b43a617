#include "CsvFileReader.h"

#include "CsvFormatError.h"
#include "CsvParsing.h"
#include "CsvReader.h"
#include "DomainError.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace parcours {

namespace {

// Where the bytes can be cut without splitting a UTF-8 sequence: before the
// lead byte of the last (possibly incomplete) one.
qsizetype utf8Boundary(const QByteArray& bytes)
{
    qsizetype i = bytes.size();
    int continuation = 0;
    while (continuation < 3 && i > 0 && (static_cast<unsigned char>(bytes.at(i - 1)) & 0xC0) == 0x80) {
        --i;
        ++continuation;
    }
    if (i > 0 && static_cast<unsigned char>(bytes.at(i - 1)) >= 0xC0)
        --i;
    return i;
}

} // namespace

CsvFileReader::CsvFileReader(const QString& path, qsizetype chunkBytes)
    : m_file(path), m_chunkBytes(std::max<qsizetype>(chunkBytes, 4))
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw DomainError(QCoreApplication::translate("CsvReader", "The file %1 cannot be opened: %2.")
                              .arg(QDir::toNativeSeparators(path), m_file.errorString()));
    sniff();
    rewind();
}

void CsvFileReader::sniff()
{
    // The same decisions as CsvReader::decode, on the file's first 4 KiB
    // and, for UTF-8 without a BOM, on all of it.
    const QByteArray head = m_file.peek(4096);
    csv::rejectWorkbook(head);
    const auto marked = csv::markedEncoding(head);
    const bool checkUtf8 = !marked;
    if (marked) {
        m_encoding = marked->encoding;
        m_encodingName = csv::encodingName(marked->encoding);
        m_dataStart = marked->bomLength;
    }
    // In UTF-16 a zero byte is half of most characters: readChunk() looks
    // for NUL characters instead.
    const bool zeroByteIsNul = !m_encoding || *m_encoding == QStringConverter::Utf8;

    bool validUtf8 = checkUtf8;
    qint64 lineFeeds = 0;
    qint64 carriageReturns = 0;
    QByteArray carry;
    while (true) {
        const QByteArray chunk = m_file.read(m_chunkBytes);
        const bool end = chunk.isEmpty();
        lineFeeds += chunk.count('\n');
        carriageReturns += chunk.count('\r');
        if (zeroByteIsNul && chunk.contains('\0'))
            csv::rejectBinary();
        if (validUtf8) {
            const QByteArray bytes = carry + chunk;
            const qsizetype cut = end ? bytes.size() : utf8Boundary(bytes);
            QStringDecoder strict(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString ignored = strict(QByteArrayView(bytes).first(cut));
            validUtf8 = !strict.hasError();
            carry = bytes.mid(cut);
        }
        if (end)
            break;
    }
    if (checkUtf8) {
        if (validUtf8)
            m_encoding = QStringConverter::Utf8;
        m_encodingName =
            validUtf8 ? csv::encodingName(QStringConverter::Utf8) : QStringLiteral("Windows-1252");
    }
    // Line breaks (LF, CRLF or old Mac CR): about one per record, for the
    // progress bar only.
    m_lineEstimate = int(std::max<qint64>(std::max(lineFeeds, carriageReturns), 1));
}

void CsvFileReader::rewind()
{
    m_file.seek(m_dataStart);
    m_decoder.reset();
    if (m_encoding)
        m_decoder.emplace(*m_encoding); // keeps a character split across chunks
    m_text.clear();
    m_pos = 0;
    m_line = 1;
    m_atEnd = false;
    // The first line whole, and the LF of a CRLF that ends what was read, so
    // a "sep=" line is passed over with its whole line break.
    while ((!csv::holdsFirstLine(m_text) || m_text.endsWith(QLatin1Char('\r'))) && readChunk()) {
    }
    if (!csv::readSepDirective(m_text, m_pos, m_line, m_separator))
        m_separator = CsvReader::detectSeparator(m_text);
    CsvRecord header;
    if (!next(header))
        throw CsvFormatError(
            QCoreApplication::translate("CsvReader", "The file is empty: it has no header line."), 0);
    m_header = header.fields;
}

bool CsvFileReader::readChunk()
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_file.read(m_chunkBytes);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    const QString decoded = m_decoder ? QString((*m_decoder)(bytes)) : csv::decodeWindows1252(bytes);
    if (m_decoder && *m_encoding != QStringConverter::Utf8 && decoded.contains(QChar(0)))
        csv::rejectBinary();
    m_text.remove(0, m_pos); // what was parsed already
    m_pos = 0;
    m_text += decoded;
    return true;
}

bool CsvFileReader::next(CsvRecord& record)
{
    while (true) {
        if (m_pos >= m_text.size()) {
            if (!readChunk())
                return false;
            continue;
        }
        // Mid-record at the end of what was read: read on and parse it again.
        if (!csv::parseRecord(m_text, m_pos, m_line, m_separator, m_atEnd, record)) {
            readChunk();
            continue;
        }
        if (!csv::isBlank(record.fields))
            return true;
    }
}

} // namespace parcours
