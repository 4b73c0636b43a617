#include "ImportWizard.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "ImportDryRunPage.h"
#include "ImportMappingPage.h"
#include "ImportReportView.h"
#include "ImportResultPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::testing;

namespace {
// A list as French Excel saves it: Windows-1252, ';', one title nobody
// knows, and a line with a number of places written in words.
QString writeList(const QTemporaryDir& dir)
{
    const QString text = QStringLiteral(
        "Nom d'usage;Prénom;Né(e) le;CP;Ville;N° d'agrément;Date 1er agrément;Fin de validité;Nb places;"
        "Couleur préférée\r\n"
        "NOËL;Maëlle;21/06/1990;55200;Commercy;55-2021-030;10/05/2021;09/05/2026;2;bleu\r\n"
        "BÉRARD;Zoé;30/01/1995;55400;Étain;55-2023-003;01/02/2023;31/01/2028;4;vert\r\n"
        "BOUCHÉ;Ségolène;03/10/1979;55400;Étain;55-2017-005;01/03/2017;28/02/2027;quatre;rouge\r\n");
    QStringEncoder encoder("Windows-1252");
    const QString path = dir.filePath(QStringLiteral("liste.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(encoder.encode(text));
    return path;
}
} // namespace

TEST_CASE("The import wizard previews, maps, checks, then imports a PMI list")
{
    QTemporaryDir dir;
    const QString path = writeList(dir);
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    ImportWizard* wizard = window.startImport();
    REQUIRE(wizard->currentId() == ImportWizard::FilePage);

    child<QLineEdit>(wizard, QStringLiteral("importPathEdit"))->setText(path);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    const QString detected = child<QLabel>(wizard, QStringLiteral("detectedLabel"))->text();
    CHECK(detected.contains(QStringLiteral("Windows-1252")));
    CHECK(detected.contains(QStringLiteral(";")));
    auto* mapping = static_cast<ImportMappingPage*>(wizard->page(ImportWizard::MappingPage));
    CHECK(mapping->columnChooser(0)->currentData().toInt() == int(PmiColumn::UsageName));
    CHECK(mapping->columnChooser(8)->currentData().toInt() == int(PmiColumn::Places));
    CHECK(mapping->columnChooser(9)->currentData().toInt() == -1); // unknown: ignored
    CHECK(child<QLabel>(wizard, QStringLiteral("unknownLabel"))
              ->text()
              .contains(QStringLiteral("Couleur préférée")));
    auto* preview = child<QTableWidget>(wizard, QStringLiteral("mappingTable"));
    CHECK(preview->item(1, 0)->text() == QStringLiteral("NOËL")); // accents intact
    CHECK(mapping->isComplete());

    // Without a surname column the wizard does not go on.
    mapping->columnChooser(0)->setCurrentIndex(0);
    CHECK_FALSE(mapping->isComplete());
    mapping->columnChooser(0)->setCurrentIndex(
        mapping->columnChooser(0)->findData(int(PmiColumn::UsageName)));
    REQUIRE(mapping->isComplete());

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    auto* dryRun = static_cast<ImportDryRunPage*>(wizard->page(ImportWizard::DryRunPage));
    CHECK(dryRun->reportView()->issueTable()->rowCount() >= 1);
    CHECK(dryRun->reportView()->issueTable()->item(0, 0)->data(Qt::DisplayRole).toInt() == 4);
    CHECK(ChildminderService(window.context()).count({}) == 3); // nothing written yet

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ResultPage);
    auto* result = static_cast<ImportResultPage*>(wizard->page(ImportWizard::ResultPage));
    CHECK(result->succeeded());
    CHECK(ChildminderService(window.context()).count({}) == 5);
    CHECK(window.childminderList()->model()->rowCount() == 5);
    CHECK(child<QLabel>(result, QStringLiteral("reportSummary"))->text().contains(QStringLiteral("2 ")));
}

TEST_CASE("A file that cannot be read stays on the first step with the reason")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vide.csv"));
    QFile empty(path);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    MainWindow window(emptyContext());
    ImportWizard* wizard = window.startImport();
    child<QLineEdit>(wizard, QStringLiteral("importPathEdit"))->setText(path);
    wizard->next();
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    auto* error = child<QLabel>(wizard, QStringLiteral("importFileError"));
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
}

TEST_CASE("A list saved again with other columns after it was read is not imported")
{
    // The import reads the file again, record by record: the columns chosen
    // on the mapping page must still be the file's.
    QTemporaryDir dir;
    const QString path = writeList(dir);
    MainWindow window(emptyContext());
    ImportWizard* wizard = window.startImport();
    child<QLineEdit>(wizard, QStringLiteral("importPathEdit"))->setText(path);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    CHECK(wizard->recordCount() == 3);

    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Commune;Nom d'usage\r\nVerdun;DURAND\r\n");
    file.close();
    MessageBox::clearShownTexts();
    wizard->next(); // the check (dry run) reads the file again
    REQUIRE(MessageBox::shownTexts().size() == 1);
    CHECK(MessageBox::shownTexts().first().contains(QStringLiteral("liste.csv")));
    CHECK(ChildminderService(window.context()).count({}) == 0);
}
