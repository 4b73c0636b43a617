#include "CsvReader.h"
#include "CsvFormatError.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {
QByteArray bytes(const char* text)
{
    return QByteArray(text);
}
} // namespace

TEST_CASE("CSV: UTF-8 with a BOM is decoded and the BOM is not part of the first header")
{
    const CsvTable t =
        CsvReader::read(bytes("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nDupont;H\xC3\xA9l\xC3\xA8ne\r\n"));
    CHECK(t.encodingName == QStringLiteral("UTF-8"));
    CHECK(t.separator == QLatin1Char(';'));
    CHECK(t.header == QStringList{QStringLiteral("Nom"), QStringLiteral("Prénom")});
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[0].fields == QStringList{QStringLiteral("Dupont"), QStringLiteral("Hélène")});
}

TEST_CASE("CSV: UTF-8 without a BOM is recognised")
{
    const CsvTable t = CsvReader::read(bytes("Nom;Ville\nNo\xC3\xABl;\xC3\x89tain\n"));
    CHECK(t.encodingName == QStringLiteral("UTF-8"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields == QStringList{QStringLiteral("Noël"), QStringLiteral("Étain")});
}

TEST_CASE("CSV: bytes that are not UTF-8 are read as Windows-1252, including 0x80-0x9F")
{
    // É = C9, é = E9, Œ = 8C, ’ = 92, € = 80: what French Excel writes.
    const CsvTable t = CsvReader::read(bytes("Nom;Pr\xE9nom;Note\r\n\x8Cuvrard;\xC9lise;l\x92\x80uro\r\n"));
    CHECK(t.encodingName == QStringLiteral("Windows-1252"));
    CHECK(t.header.at(1) == QStringLiteral("Prénom"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields ==
          QStringList{QStringLiteral("Œuvrard"), QStringLiteral("Élise"), QStringLiteral("l’€uro")});
}

TEST_CASE("CSV: UTF-16 with a BOM (Excel's Unicode text) is decoded")
{
    const QString text = QStringLiteral("Nom\tVille\r\nNoël\tÉtain\r\n");
    QByteArray data("\xFF\xFE", 2);
    data.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvTable t = CsvReader::read(data);
    CHECK(t.encodingName == QStringLiteral("UTF-16LE"));
    CHECK(t.separator == QLatin1Char('\t'));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields == QStringList{QStringLiteral("Noël"), QStringLiteral("Étain")});
}

TEST_CASE("CSV: the separator is detected from the header line")
{
    CHECK(CsvReader::read(bytes("a;b;c\n1;2;3\n")).separator == QLatin1Char(';'));
    CHECK(CsvReader::read(bytes("a,b,c\n1,2,3\n")).separator == QLatin1Char(','));
    CHECK(CsvReader::read(bytes("a\tb\tc\n1\t2\t3\n")).separator == QLatin1Char('\t'));
    // Separators inside quotes do not count: two commas win over three quoted semicolons.
    const CsvTable t = CsvReader::read(bytes("\"Nom;usage;x;y\",Pr\xC3\xA9nom,Ville\nA,B,C\n"));
    CHECK(t.separator == QLatin1Char(','));
    CHECK(t.header.at(0) == QStringLiteral("Nom;usage;x;y"));
    // Only the header line decides, whatever the data lines hold.
    CHECK(CsvReader::read(bytes("Nom;Adresse\nA;1, rue X, bat. B, esc. C\n")).separator == QLatin1Char(';'));
    // A single column and ties fall back to ';'.
    CHECK(CsvReader::detectSeparator(QStringLiteral("Nom")) == QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(QStringLiteral("a;b,c")) == QLatin1Char(';'));
}

TEST_CASE("CSV: an Excel 'sep=' first line names the separator")
{
    const CsvTable t = CsvReader::read(bytes("sep=,\r\nNom,Ville;x\r\nA,B;C\r\n"));
    CHECK(t.separator == QLatin1Char(','));
    CHECK(t.header == QStringList{QStringLiteral("Nom"), QStringLiteral("Ville;x")});
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].line == 3);
}

TEST_CASE("CSV: quoted fields keep separators, doubled quotes and line breaks - lines stay physical")
{
    const CsvTable t = CsvReader::read(bytes("Nom;Adresse;Note\r\n"
                                             "A;\"1 rue X\r\nB\xC3\xA2t. B\";\"Dit \"\"Lili\"\"; MAM\"\r\n"
                                             "B;\"3 chemin\nVert\n\nfin\";x\r\n"
                                             "C;\"\";\"\"\"\"\r\n"));
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[0].fields.at(1) == QStringLiteral("1 rue X\nBât. B")); // CRLF inside becomes \n
    CHECK(t.records[0].fields.at(2) == QStringLiteral("Dit \"Lili\"; MAM"));
    CHECK(t.records[1].line == 4);
    CHECK(t.records[1].fields.at(1) == QStringLiteral("3 chemin\nVert\n\nfin"));
    CHECK(t.records[2].line == 8);
    CHECK(t.records[2].fields == QStringList{QStringLiteral("C"), QString(), QStringLiteral("\"")});
}

TEST_CASE("CSV: LF or CRLF line ends - blank and trailing empty lines are dropped but counted")
{
    const CsvTable lf = CsvReader::read(bytes("a;b\n1;2\n\n;;\n3;4\n\n\n"));
    REQUIRE(lf.records.size() == 2);
    CHECK(lf.records[0].line == 2);
    CHECK(lf.records[1].line == 5);
    CHECK(lf.records[1].fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});

    const CsvTable crlf = CsvReader::read(bytes("a;b\r\n1;2\r\n;\r\n\r\n"));
    REQUIRE(crlf.records.size() == 1);
    CHECK(crlf.records[0].fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});

    const CsvTable noFinalBreak = CsvReader::read(bytes("a;b\n1;2"));
    REQUIRE(noFinalBreak.records.size() == 1);
    CHECK(noFinalBreak.records[0].fields.at(1) == QStringLiteral("2"));
}

TEST_CASE("CSV: fields are kept as written, with short and long lines as they are")
{
    const CsvTable t = CsvReader::read(bytes("a;b;c\n x ;y\n1;2;3;4\n"));
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields == QStringList{QStringLiteral(" x "), QStringLiteral("y")});
    CHECK(t.records[1].fields.size() == 4);
}

TEST_CASE("CSV: a stray quote inside an unquoted field is text")
{
    const CsvTable t = CsvReader::read(bytes("a;b\n12 \"bis\" rue;x\n"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields.at(0) == QStringLiteral("12 \"bis\" rue"));
}

TEST_CASE("CSV: an unterminated quote is an error naming the line where it opens")
{
    try {
        CsvReader::read(bytes("Nom;Adresse\nA;x\nB;\"3 chemin\nVert;y\nC;z\n"));
        FAIL("no error");
    } catch (const CsvFormatError& e) {
        CHECK(e.line() == 3);
        CHECK(e.message().contains(QStringLiteral("line 3")));
        CHECK(e.message().contains(QStringLiteral("closing quotation mark")));
    }
}

TEST_CASE("CSV: an empty file is an error, a missing file too")
{
    CHECK_THROWS_AS(CsvReader::read(QByteArray()), CsvFormatError);
    CHECK_THROWS_AS(CsvReader::read(bytes("\r\n\r\n")), CsvFormatError);
    CHECK_THROWS_AS(CsvReader::readFile(QStringLiteral("/nonexistent/liste.csv")), DomainError);
}

TEST_CASE("CSV: UTF-16 that lost its BOM is still recognised")
{
    const QString text = QStringLiteral("Nom\tVille\r\nNoël\tÉtain\r\n");
    const QByteArray little(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CsvTable t = CsvReader::read(little);
    CHECK(t.encodingName == QStringLiteral("UTF-16LE"));
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields == QStringList{QStringLiteral("Noël"), QStringLiteral("Étain")});

    QByteArray big;
    for (const QChar c : text)
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    t = CsvReader::read(big);
    CHECK(t.encodingName == QStringLiteral("UTF-16BE"));
    CHECK(t.header == QStringList{QStringLiteral("Nom"), QStringLiteral("Ville")});
}

TEST_CASE("CSV: a workbook or a binary file is refused with a sentence saying what to do")
{
    try {
        CsvReader::read(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x'));
        FAIL("no error");
    } catch (const CsvFormatError& e) {
        CHECK(e.message().contains(QStringLiteral("workbook")));
    }
    CHECK_THROWS_AS(
        CsvReader::read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(100, '\0')),
        CsvFormatError);
    QByteArray binary;
    for (int i = 0; i < 1024; ++i)
        binary.append(char((i * 37) % 256));
    try {
        CsvReader::read(binary);
        FAIL("no error");
    } catch (const CsvFormatError& e) {
        CHECK(e.message().contains(QStringLiteral("binary")));
    }
}
