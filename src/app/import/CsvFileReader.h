#pragma once

#include "CsvRecordSource.h"

#include <QFile>
#include <QStringDecoder>
#include <optional>

namespace parcours {

// Reads a CSV file record by record, exactly as CsvReader reads it whole
// (same encodings, separators, quoting and line numbers), holding about one
// chunk of it in memory: a national PMI list is 250,000 lines, which as a
// CsvTable took over 200 MB.
//
// Opening reads the file once without keeping it: a file without a BOM is
// Windows-1252 as soon as one byte of it is not UTF-8, wherever that byte
// is; the same pass refuses binary files and counts lines for the progress.
class CsvFileReader final : public CsvRecordSource
{
  public:
    // Throws DomainError when the file cannot be opened, CsvFormatError when
    // it is empty, a workbook or not text. `chunkBytes` is for tests.
    explicit CsvFileReader(const QString& path, qsizetype chunkBytes = 1024 * 1024);

    const QStringList& header() const override { return m_header; }
    bool next(CsvRecord& record) override;
    void rewind() override;
    int expectedRecords() const override { return m_lineEstimate; }

    QString encodingName() const { return m_encodingName; }
    QChar separator() const { return m_separator; }

  private:
    void sniff();
    bool readChunk();

    QFile m_file;
    qsizetype m_chunkBytes;
    // What sniff() found.
    std::optional<QStringConverter::Encoding> m_encoding; // none: Windows-1252
    qint64 m_dataStart = 0;                               // after the BOM
    QString m_encodingName;
    int m_lineEstimate = 0;
    // Reading state.
    std::optional<QStringDecoder> m_decoder;
    QString m_text; // decoded and not yet parsed
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atEnd = false;
    QStringList m_header;
    QChar m_separator;
};

} // namespace parcours
