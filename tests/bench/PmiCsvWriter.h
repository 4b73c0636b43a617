#pragma once

#include <QByteArray>
#include <QString>

namespace parcours::bench {

// A PMI list of `rows` childminders as French Excel saves it: Windows-1252,
// ';' separators, CRLF, the headers PmiHeaderMatcher recognises (those of
// tests/data/pmi). People are invented from the demo word lists and live in
// the real communes of the Meuse; every approval number is different, so an
// import into an empty register creates everybody. Deterministic for a seed.
class PmiCsvWriter
{
  public:
    // Writes the file (QSaveFile); throws BenchError when it cannot.
    static void write(const QString& path, int rows, quint32 seed);
    // Windows-1252 bytes of `text`; characters it lacks become '?'.
    static QByteArray toWindows1252(const QString& text);
};

} // namespace parcours::bench
