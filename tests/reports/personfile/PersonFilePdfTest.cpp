#include "PersonFilePdf.h"
#include "PdfTools.h"
#include "QtStringMaker.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
PersonFile sampleFile()
{
    PersonFile f;
    f.childminderId = 12;
    f.displayName = QStringLiteral("MARTIN Léa");
    f.firstName = QStringLiteral("Léa");
    f.birthDate = QDate(1980, 2, 29);
    f.address = QStringLiteral("3 rue des Tilleuls");
    f.postalCode = QStringLiteral("55000");
    f.communeName = QStringLiteral("Bar-le-Duc");
    f.statusLabel = QStringLiteral("En activité");
    f.hasApproval = true;
    f.approvalNumber = QStringLiteral("55-2024-0007");
    f.approvalStart = QDate(2024, 3, 1);
    f.approvalEnd = QDate(2034, 2, 28);
    f.places = 4;
    f.relayName = QStringLiteral("RPE Nord Meusien");
    f.obligations.append({QStringLiteral("Formation initiale (40 h)"), QStringLiteral("12 h sur 40 h"),
                          QStringLiteral("Échéance 01/03/2027")});
    f.checklist.append({QStringLiteral("Attestation de formation"), QString(), QStringLiteral("Manquant")});
    f.timeline.append({QDate(2026, 3, 1), TimelineCategory::Activity, QStringLiteral("Éveil musical"),
                       QStringLiteral("Salle du RPE"), 4});
    f.timeline.append({QDate(2019, 3, 1), TimelineCategory::Approval, QStringLiteral("Agrément accordé"),
                       QStringLiteral("N° 55-2019-0001"), 1});
    f.generatedOn = QDate(2026, 6, 15);
    return f;
}
} // namespace

TEST_CASE("The person file PDF shows her identity, agrément, obligations and timeline")
{
    REQUIRE(pdftools::available());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
    PersonFilePdf pdf;
    ServiceIdentity identity;
    identity.serviceName = QStringLiteral("Coordination petite enfance");
    pdf.setIdentity(identity);
    REQUIRE(pdf.write(sampleFile(), path).isEmpty());
    const QString text = pdftools::text(path);
    CHECK(text.contains(QStringLiteral("Coordination petite enfance")));
    CHECK(text.contains(QStringLiteral("MARTIN Léa")));
    CHECK(text.contains(QStringLiteral("55-2024-0007")));
    CHECK(text.contains(QStringLiteral("28/02/2034")));
    CHECK(text.contains(QStringLiteral("29/02/1980")));
    CHECK(text.contains(QStringLiteral("Formation initiale (40 h)")));
    CHECK(text.contains(QStringLiteral("Échéance 01/03/2027")));
    CHECK(text.contains(QStringLiteral("Éveil musical")));
    CHECK(text.contains(QStringLiteral("01/03/2026")));
    CHECK(text.contains(QStringLiteral("N° 55-2019-0001")));
    CHECK(text.contains(QStringLiteral("RPE Nord Meusien")));
    CHECK(text.contains(QStringLiteral("Page 1 / 1")));
}

TEST_CASE("The person file PDF leaves nothing behind when the folder cannot be written")
{
    PersonFilePdf pdf;
    const QString error = pdf.write(sampleFile(), QStringLiteral("/nonexistent-folder/fiche.pdf"));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent-folder/fiche.pdf")));
}
