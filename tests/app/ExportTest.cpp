#include "AppContext.h"
#include "ChildminderExporter.h"
#include "ChildminderService.h"
#include "CsvCell.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace parcours;

TEST_CASE("CSV cells that a spreadsheet would run are neutralised and quoted when needed")
{
    CHECK(csvCell(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(csvCell(QStringLiteral("+33 3 29")) == QStringLiteral("'+33 3 29"));
    CHECK(csvCell(QStringLiteral("-2")) == QStringLiteral("'-2"));
    CHECK(csvCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csvCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csvCell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(csvCell(QStringLiteral("ligne 1\nligne 2")) == QStringLiteral("\"ligne 1\nligne 2\""));
    CHECK(csvCell(QStringLiteral("Hélène")) == QStringLiteral("Hélène"));
}

TEST_CASE("The register exports to CSV for French Excel and to JSON")
{
    const FixedClock clock(QDate(2026, 11, 29));
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    ChildminderService service(*ctx);
    for (int i = 0; i < 1205; ++i) { // more than one export page
        Childminder p;
        p.usageName =
            i == 0 ? QStringLiteral("=Lefèvre") : QStringLiteral("Nom%1").arg(i, 4, 10, QLatin1Char('0'));
        p.firstName = QStringLiteral("Zoé");
        p.birthDate = QDate(1970, 1, 31);
        REQUIRE(service.save(p).isEmpty());
    }
    QTemporaryDir dir;
    ChildminderExporter exporter(*ctx);
    const QString csvPath = dir.filePath(QStringLiteral("am.csv"));
    CHECK(exporter.exportTo(csvPath, ExportFormat::Csv) == 1205);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1206);
    CHECK(lines[1].startsWith(QStringLiteral("'=Lefèvre;Zoé;31/01/1970;")));

    const QString jsonPath = dir.filePath(QStringLiteral("am.json"));
    CHECK(exporter.exportTo(jsonPath, ExportFormat::Json) == 1205);
    QFile json(jsonPath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const auto doc = QJsonDocument::fromJson(json.readAll());
    REQUIRE(doc.isArray());
    CHECK(doc.array().size() == 1205);
    CHECK(doc.array().at(0).toObject().value(QStringLiteral("surname")).toString() ==
          QStringLiteral("=Lefèvre"));

    // A cancelled export leaves no file behind.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
    CHECK(exporter.exportTo(cancelled, ExportFormat::Csv, {}, [](int, int) { return false; }) == -1);
    CHECK_FALSE(QFile::exists(cancelled));
}
