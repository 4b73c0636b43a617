#include "InvitationLettersPdf.h"
#include "PdfTools.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
QList<LetterRecipient> recipients(int n)
{
    QList<LetterRecipient> list;
    for (int i = 0; i < n; ++i)
        list.append({i + 1,
                     QStringLiteral("Hélène Lefèvre-Noël %1").arg(i + 1),
                     {QStringLiteral("%1 rue de l’Église").arg(i + 3), QStringLiteral("Bâtiment B")},
                     QStringLiteral("55100"),
                     QStringLiteral("Verdun"),
                     QStringLiteral("2026-%1").arg(0xA1B2C0 + i, 6, 16, QLatin1Char('0')).toUpper()});
    return list;
}

InvitationLettersPdf letters()
{
    InvitationLettersPdf pdf;
    ServiceIdentity id;
    id.addressLines = {QStringLiteral("Hôtel du Département"),
                       QStringLiteral("Place Pierre-François Gossin")};
    id.postalCode = QStringLiteral("55000");
    id.city = QStringLiteral("Bar-le-Duc");
    id.phone = QStringLiteral("03 29 45 77 12");
    id.email = QStringLiteral("petite.enfance@meuse.fr");
    id.onlineSurveyUrl = QStringLiteral("https://enquete.meuse.fr/am2026");
    id.signatory = QStringLiteral("Françoise Émery");
    id.signatoryTitle = QStringLiteral("Coordinatrice petite enfance");
    pdf.setIdentity(id);
    pdf.setYear(2026);
    pdf.setDate(QDate(2026, 11, 29));
    return pdf;
}

QString flat(QString t)
{
    return t.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' ')).simplified();
}
} // namespace

TEST_CASE("letters PDF has one page per recipient with her reference code", "[letters]")
{
    if (!pdftools::available()) {
        WARN("qpdf or poppler-utils missing: run scripts/deps.sh");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lettres.pdf"));
    const auto people = recipients(3);
    int lastDone = 0;
    const QString error = letters().write(people, path, [&](int done, int total) {
        CHECK(total == 3);
        lastDone = done;
        return true;
    });
    REQUIRE(error == QString());
    CHECK(lastDone == 3);
    if (!qEnvironmentVariableIsEmpty("PARCOURS_REPORTS_KEEP")) {
        const QString kept = qEnvironmentVariable("PARCOURS_REPORTS_KEEP") + QStringLiteral("/letters.pdf");
        QFile::remove(kept);
        QFile::copy(path, kept);
    }
    CHECK(pdftools::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode == 0);

    const QTemporaryDir images;
    const auto pages = pdftools::pages(path, images.path(), 30);
    REQUIRE(pages.size() == 3);
    for (const auto& page : pages)
        CHECK(pdftools::nonWhitePixels(page) > page.width() * page.height() / 200);

    // Each page names its own recipient and code, and only those.
    for (int i = 0; i < 3; ++i) {
        const QString page =
            flat(pdftools::run(QStringLiteral("pdftotext"),
                               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                QString::number(i + 1), QStringLiteral("-l"), QString::number(i + 1), path,
                                QStringLiteral("-")})
                     .output);
        INFO(page.toStdString());
        CHECK(page.contains(people[i].referenceCode));
        CHECK(page.contains(people[i].name));
        CHECK(page.contains(QStringLiteral("%1 rue de l’Église").arg(i + 3)));
        CHECK(page.contains(QStringLiteral("55100 Verdun")));
        CHECK(page.contains(QStringLiteral("https://enquete.meuse.fr/am2026")));
        CHECK(page.contains(QStringLiteral("03 29 45 77 12")));
        CHECK(page.contains(QStringLiteral("Françoise Émery")));
        CHECK(page.contains(flat(letters().placeAndDate())));
        CHECK(page.contains(flat(InvitationLettersPdf::tr("Subject: Annual survey %1").arg(2026))));
        for (int j = 0; j < 3; ++j)
            if (j != i)
                CHECK_FALSE(page.contains(people[j].referenceCode));
    }
}

TEST_CASE("letters are fed batch by batch", "[letters]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lettres.pdf"));
    const auto people = recipients(5);
    int offset = 0;
    int batches = 0;
    const QString error = letters().write(
        [&]() {
            ++batches;
            const auto page = people.mid(offset, 2);
            offset += 2;
            return page;
        },
        5, path);
    REQUIRE(error == QString());
    CHECK(batches == 4); // 2 + 2 + 1, then the empty batch that ends it
    if (pdftools::available()) {
        const QString info = pdftools::run(QStringLiteral("pdfinfo"), {path}).output;
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+5\\b"))));
    }
}

TEST_CASE("letters date line with and without a city", "[letters]")
{
    auto pdf = letters();
    CHECK(pdf.placeAndDate() == InvitationLettersPdf::tr("%1, on %2")
                                    .arg(QStringLiteral("Bar-le-Duc"), QStringLiteral("29 novembre 2026")));
    pdf.setDate(QDate(2026, 12, 1));
    ServiceIdentity noCity;
    pdf.setIdentity(noCity);
    CHECK(pdf.placeAndDate() == InvitationLettersPdf::tr("On %1").arg(QStringLiteral("1er décembre 2026")));
    // No URL: the code is still there, and no empty line where the URL was.
    const QString html = pdf.letterHtml(recipients(1).first());
    CHECK(html.contains(QStringLiteral("2026-A1B2C0")));
    CHECK_FALSE(html.contains(QStringLiteral("font-size: 13pt; font-weight: bold;\"></p>")));
}

TEST_CASE("cancelled or empty letters leave no file", "[letters]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lettres.pdf"));
    CHECK(letters().write(recipients(4), path, [](int done, int) { return done < 2; }) ==
          InvitationLettersPdf::tr("Creating the letters was cancelled: no file was written."));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(letters().write(QList<LetterRecipient>(), path).isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
