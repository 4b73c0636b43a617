// CsvFileReader must read any file exactly as CsvReader reads it whole: the
// same cases as CsvReaderTest, read in chunks small enough to cut every
// record, quote, line break and multi-byte character somewhere.

#include "CsvFileReader.h"
#include "CsvFormatError.h"
#include "CsvReader.h"
#include "DomainError.h"
#include "QtStringMaker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace parcours;

namespace {

QByteArray utf16(const QString& text, bool little, bool bom)
{
    QByteArray out;
    if (bom)
        out += little ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out += little ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

// Every file the whole-file tests use, and a few more that only matter when
// a file is read in pieces.
QList<QPair<QString, QByteArray>> samples()
{
    const QByteArray longAscii =
        QByteArray("Nom;Commune\r\n") + QByteArray("Durand;Verdun\r\n").repeated(300);
    return {
        {QStringLiteral("UTF-8 with BOM"),
         "\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nL\xC3\xA9vy;H\xC3\xA9l\xC3\xA8ne\r\n"},
        {QStringLiteral("UTF-8"), "Nom;Pr\xC3\xA9nom\nL\xC5\x93uvre;\xE2\x82\xAC \xF0\x9F\x98\x80\n"},
        {QStringLiteral("Windows-1252"), "Nom;Pr\xE9nom\r\nL\x9Cuvre;\x80\x92\r\n"},
        {QStringLiteral("Windows-1252 only at the end"), longAscii + "Lef\xE8vre;Bar\r\n"},
        {QStringLiteral("UTF-8 only at the end"), longAscii + "Lef\xC3\xA8vre;Bar\r\n"},
        {QStringLiteral("UTF-16LE"), utf16(QStringLiteral("Nom\tPrénom\r\nLévy\tŒdipe\r\n"), true, true)},
        {QStringLiteral("UTF-16BE"), utf16(QStringLiteral("Nom\tPrénom\r\nLévy\tŒdipe\r\n"), false, true)},
        {QStringLiteral("UTF-16LE without BOM"),
         utf16(QStringLiteral("Nom\tPrénom\r\nDurand\tAnne\r\nMartin\tZoé\r\n"), true, false)},
        {QStringLiteral("commas"), "a,b,c\n1,2,3\n"},
        {QStringLiteral("sep directive"), "sep=,\r\na,b\r\n1,2\r\n"},
        {QStringLiteral("sep directive alone"), "sep=;"},
        {QStringLiteral("quotes"),
         "Nom;Adresse;Note\r\n\"Durand\";\"12 rue A;\r\nB\u00e2timent 2\";\"dit \"\"Nounou\"\"\"\r\n"
         "Martin;\"x\"\"\";\"\"\r\n"},
        {QStringLiteral("old Mac line ends"), "a;b\r1;2\r\r3;4\r"},
        {QStringLiteral("blank and separator-only lines"), "a;b\n\n;;\n1;2\n\n \n;\n"},
        {QStringLiteral("short and long lines, no final line break"), "a;b;c\n1\n1;2;3;4\n;x;"},
        {QStringLiteral("stray quote"), "a;b\nO\"Neil;\"q\"uote\"d\n"},
        {QStringLiteral("text after a closing quote"), "a;b\n\"x\"y\"z;2\n"},
        {QStringLiteral("unterminated quote"), "a;b\n1;2\n3;\"open\n4;5\n"},
        {QStringLiteral("empty"), ""},
        {QStringLiteral("blank only"), "\r\n;;\r\n"},
        {QStringLiteral("workbook"), QByteArray("PK\x03\x04rest", 8)},
        {QStringLiteral("binary"), QByteArray("a;b\n1;\0;2\n", 10)},
        {QStringLiteral("binary UTF-16"),
         utf16(QStringLiteral("a\tb\r\n1\t") + QChar(0) + QStringLiteral("\r\n"), true, true)},
    };
}

struct Outcome
{
    QStringList header;
    QList<QPair<int, QStringList>> records;
    QString encoding;
    QChar separator;
    QString error;
    int errorLine = -1;
};

Outcome whole(const QByteArray& bytes)
{
    Outcome o;
    try {
        const CsvTable t = CsvReader::read(bytes);
        o.header = t.header;
        for (const CsvRecord& r : t.records)
            o.records.append({r.line, r.fields});
        o.encoding = t.encodingName;
        o.separator = t.separator;
    } catch (const CsvFormatError& e) {
        o.error = e.message();
        o.errorLine = e.line();
    }
    return o;
}

Outcome streamed(const QString& path, qsizetype chunk)
{
    Outcome o;
    try {
        CsvFileReader reader(path, chunk);
        o.header = reader.header();
        CsvRecord r;
        while (reader.next(r))
            o.records.append({r.line, r.fields});
        o.encoding = reader.encodingName();
        o.separator = reader.separator();
    } catch (const CsvFormatError& e) {
        o.error = e.message();
        o.errorLine = e.line();
    }
    return o;
}

// The same error at the same line; for a readable file, the same header,
// records, encoding and separator. A fault found further down stops the
// reading there (the import then rolls back), so records read before it
// are not compared.
void checkReadAlike(const Outcome& got, const Outcome& expected)
{
    CHECK(got.error == expected.error);
    CHECK(got.errorLine == expected.errorLine);
    if (expected.error.isEmpty()) {
        CHECK(got.header == expected.header);
        CHECK(got.records == expected.records);
        CHECK(got.encoding == expected.encoding);
        CHECK(got.separator == expected.separator);
    }
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("CSV read record by record: the same header, records, lines, encoding and errors as read whole")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto& [name, bytes] : samples()) {
        const QString path = dir.filePath(QStringLiteral("sample.csv"));
        writeFile(path, bytes);
        const Outcome expected = whole(bytes);
        for (const qsizetype chunk : {4, 5, 6, 7, 8, 9, 64, 1 << 20}) {
            INFO(name.toStdString() << ", read " << chunk << " bytes at a time");
            checkReadAlike(streamed(path, chunk), expected);
        }
    }
}

TEST_CASE("CSV read record by record: rewinding reads the same records again, and a missing file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liste.csv"));
    writeFile(path, "Nom;Commune\r\nDurand;Verdun\r\n\"Martin\r\nJoly\";Bar\r\n");

    CsvFileReader reader(path, 8);
    CsvRecord r;
    QStringList first;
    while (reader.next(r))
        first << QString::number(r.line) + QLatin1Char(':') + r.fields.join(QLatin1Char('|'));
    CHECK(first == QStringList{QStringLiteral("2:Durand|Verdun"), QStringLiteral("3:Martin\nJoly|Bar")});
    reader.rewind();
    QStringList again;
    while (reader.next(r))
        again << QString::number(r.line) + QLatin1Char(':') + r.fields.join(QLatin1Char('|'));
    CHECK(again == first);
    CHECK(reader.expectedRecords() >= 2);

    CHECK_THROWS_AS(CsvFileReader(dir.filePath(QStringLiteral("absente.csv"))), DomainError);
}

TEST_CASE("CSV read record by record: the real PMI fixture reads as it does whole")
{
    const QString path = QStringLiteral(PARCOURS_PMI_TEST_DATA "/liste-pmi-cp1252.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Outcome expected = whole(file.readAll());
    REQUIRE(expected.error.isEmpty());
    REQUIRE(expected.records.size() > 10);
    for (const qsizetype chunk : {qsizetype(5), qsizetype(333), qsizetype(1 << 20)}) {
        const Outcome got = streamed(path, chunk);
        CHECK(got.header == expected.header);
        CHECK(got.records == expected.records);
        CHECK(got.encoding == QStringLiteral("Windows-1252"));
    }
}

TEST_CASE("CSV read record by record: random files of quotes, separators and line breaks read as whole")
{
    // Seeded, so a failure is the same at every run: the pieces that cut
    // records are quotes, doubled quotes, CR, LF, CRLF and multi-byte letters.
    const QStringList pieces{QStringLiteral("a"),    QStringLiteral("é"),  QStringLiteral("Œ"),
                             QStringLiteral(";"),    QStringLiteral(","),  QStringLiteral("\""),
                             QStringLiteral("\"\""), QStringLiteral("\r"), QStringLiteral("\n"),
                             QStringLiteral("\r\n"), QStringLiteral(" "),  QStringLiteral("sep=;")};
    QRandomGenerator random(20261130);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("random.csv"));
    for (int sample = 0; sample < 1000; ++sample) {
        QString text;
        if (sample % 4 == 0) // Excel's first line, ended by CR, LF or CRLF
            text = QStringLiteral("sep=;") + pieces.at(7 + int(random.bounded(3)));
        const int length = int(random.bounded(1, 60));
        for (int i = 0; i < length; ++i)
            text += pieces.at(int(random.bounded(pieces.size())));
        const QByteArray bytes = sample % 3 == 0   ? QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                 : sample % 3 == 1 ? text.toUtf8()
                                                   : text.toLatin1(); // é and ? : Windows-1252
        writeFile(path, bytes);
        const Outcome expected = whole(bytes);
        const qsizetype chunk = 4 + qsizetype(random.bounded(9));
        INFO("sample " << sample << ", " << chunk << " bytes at a time: " << text.toStdString());
        const Outcome got = streamed(path, chunk);
        checkReadAlike(got, expected);
    }
}
