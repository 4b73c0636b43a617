// The campaign summary tab, its PDF/JSON exports, the invitation exports, the
// LimeSurvey response import and the settings dialog, on demo data written to
// a database file (so the worker threads really run).
#include "CampaignExportDialog.h"
#include "CampaignRepository.h"
#include "CampaignService.h"
#include "CampaignSummaryTab.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "QuestionnaireService.h"
#include "ResponseImportDialog.h"
#include "SettingsDialog.h"
#include "StatTile.h"
#include "SurveyCharts.h"
#include "SurveySummaryService.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

using namespace parcours;
using namespace parcours::testing;

namespace {

// The demo register (people, contacts, the 2025 and 2026 campaigns) is made
// once into a file; every test works on its own copy of it.
QString demoDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto context = openSignedIn(file);
            DemoDataGenerator(context->childminders(), context->approvals(), context->relays(),
                              context->mams(), context->transactions(), context->clock(), context->rules())
                .generate(500, 55);
            DemoContactLog(context->childminders(), context->contacts(), context->transactions(),
                           context->clock())
                .generate(55);
            DemoSurveyCampaigns(*context).generate(55);
        } // closed: the WAL is folded back into the file before copying
        path = file;
    }
    return path;
}

struct DemoCopy
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    SurveyCampaign campaign;

    DemoCopy()
    {
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE(QFile::copy(demoDatabase(), path));
        context = openSignedIn(path);
        const auto found = CampaignService(*context).campaign(2026);
        REQUIRE(found);
        campaign = *found;
    }
    QString file(const QString& name) const { return dir.filePath(name); }
};

bool waitShown(CampaignSummaryTab& tab)
{
    QSignalSpy shown(&tab, &CampaignSummaryTab::summaryShown);
    tab.refresh();
    return shown.count() > 0 || shown.wait(60000);
}

QString tileValue(QWidget* parent, const QString& name)
{
    return child<QLabel>(child<StatTile>(parent, name), QStringLiteral("tileValue"))->text();
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

// A LimeSurvey export: the two people answer, line 3 carries an unknown
// code, and one column matches no question.
QString writeResponses(const DemoCopy& demo, const QList<CampaignPersonRow>& people)
{
    const QStringList columns{QStringLiteral("id"),
                              QStringLiteral("submitdate"),
                              QStringLiteral("token"),
                              QStringLiteral("enfantsAccueillis"),
                              QStringLiteral("placesAgrement"),
                              QStringLiteral("placesUtilisees"),
                              QStringLiteral("placesDisponibles"),
                              QStringLiteral("lieuExercice"),
                              QStringLiteral("formationSouhait"),
                              QStringLiteral("interetCapAepe"),
                              QStringLiteral("interetVae"),
                              QStringLiteral("projet"),
                              QStringLiteral("recontact"),
                              QStringLiteral("colonneInconnue")};
    auto line = [](int id, const QString& token) {
        return QStringLiteral("%1;2026-11-10 09:00:00;%2;3;4;3;N;DOMICILE;N;NON;N;POURSUIVRE;N;x")
            .arg(id)
            .arg(token);
    };
    const QString text = columns.join(QLatin1Char(';')) + QStringLiteral("\r\n") +
                         line(1, people.at(0).referenceCode) + QStringLiteral("\r\n") +
                         line(2, QStringLiteral("2026-ZZZZZZ")) + QStringLiteral("\r\n") +
                         line(3, people.at(1).referenceCode) + QStringLiteral("\r\n");
    const QString path = demo.file(QStringLiteral("reponses.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    return path;
}

// Paints once so the charts in view are built, then lets them draw.
void settle(QWidget& widget)
{
    QApplication::processEvents();
    (void)widget.grab();
    QApplication::processEvents();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("The summary tab shows the service's reach and hides groups under 5 for one RPE")
{
    DemoCopy demo;
    CampaignSummaryTab tab(*demo.context, demo.campaign);
    tab.resize(1280, 800);
    tab.show();
    REQUIRE(waitShown(tab));

    // The reach computed independently from the campaign's statuses.
    const auto counts = CampaignService(*demo.context).statusCounts(demo.campaign.id);
    int inScope = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        inScope += it.key() == CampaignStatus::OutOfScope ? 0 : it.value();
    const int responded = counts.value(CampaignStatus::Responded);
    REQUIRE(inScope > 100);
    REQUIRE(responded > 0);
    CHECK(tab.summary().reach.inScope == inScope);
    CHECK(tab.summary().reach.responded == responded);
    CHECK_FALSE(tab.summary().suppressSmallCells);
    CHECK(tileValue(&tab, QStringLiteral("tileInScope")) == QLocale().toString(inScope));
    CHECK(tileValue(&tab, QStringLiteral("tileResponded")) == QLocale().toString(responded));
    // The total line of the reach table.
    QTableWidget* reach = tab.reachTable();
    REQUIRE(reach != nullptr);
    const int total = reach->rowCount() - 1;
    CHECK(reach->item(total, 0)->text() == QStringLiteral("Total"));
    CHECK(reach->item(total, 1)->text() == QLocale().toString(inScope));
    CHECK(reach->item(total, 3)->text() == QLocale().toString(responded));
    // Every RPE of the campaign is offered.
    CHECK(tab.relayFilter()->count() ==
          1 + int(std::count_if(tab.summary().reachByRelay.cbegin(), tab.summary().reachByRelay.cend(),
                                [](const CampaignReach& r) { return r.relayId; })));

    // An RPE where some answer was given by 1 to 4 people.
    qint64 relayId = 0;
    QString code;
    int answerRow = -1;
    int exact = 0;
    for (int i = 1; i < tab.relayFilter()->count() && relayId == 0; ++i) {
        const qint64 id = tab.relayFilter()->itemData(i).toLongLong();
        const auto summary =
            SurveySummaryService(*demo.context).summarize({demo.campaign.year, id, false, true});
        REQUIRE(summary);
        for (const QuestionSummary& q : summary->questions) {
            for (int row = 0; row < q.counts.size() && answerRow < 0; ++row)
                if (q.counts.at(row).count >= 1 && q.counts.at(row).count <= 4 && hasQuestionChart(q)) {
                    relayId = id;
                    code = q.code;
                    answerRow = row;
                    exact = q.counts.at(row).count;
                }
            if (answerRow >= 0)
                break;
        }
    }
    REQUIRE(relayId != 0);
    QSignalSpy shown(&tab, &CampaignSummaryTab::summaryShown);
    tab.setRelay(relayId);
    REQUIRE((shown.count() > 0 || shown.wait(60000)));
    CHECK(tab.summary().relayId == relayId);
    CHECK(tab.summary().suppressSmallCells);
    auto* table = child<QTableWidget>(&tab, QStringLiteral("questionTable:%1").arg(code));
    CHECK(table->item(answerRow, 1)->text() == QStringLiteral("< 5"));
    CHECK(table->item(answerRow, 1)->text() != QString::number(exact));
    CHECK(tab.defaultFileName(QStringLiteral("pdf")).startsWith(QStringLiteral("synthese-enquete-2026-rpe")));
}

TEST_CASE("The summary PDF is written through the file dialog and a cancelled export leaves no file")
{
    DemoCopy demo;
    CampaignSummaryTab tab(*demo.context, demo.campaign);
    CHECK(tab.defaultFileName(QStringLiteral("pdf")) == QStringLiteral("synthese-enquete-2026.pdf"));
    REQUIRE(waitShown(tab));

    const QString path = demo.file(QStringLiteral("synthese.pdf"));
    FileDialog::setNextFileName(path);
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(MessageBox::No); // do not open it
    tab.exportPdf();
    REQUIRE(QFile::exists(path));
    CHECK(head(path, 4) == QByteArray("%PDF"));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Annual survey 2026")));
    REQUIRE_FALSE(MessageBox::shownTexts().isEmpty());
    CHECK(MessageBox::shownTexts().last().contains(QStringLiteral("synthese.pdf")));

    // JSON: exports always hide small groups.
    const QString json = demo.file(QStringLiteral("synthese.json"));
    FileDialog::setNextFileName(json);
    tab.exportJson();
    CHECK(head(json, 1) == QByteArray("{"));

    // Cancel as soon as the progress dialog appears.
    const QString cancelled = demo.file(QStringLiteral("annulee.pdf"));
    FileDialog::setNextFileName(cancelled);
    QTimer cancel;
    cancel.setInterval(1);
    QObject::connect(&cancel, &QTimer::timeout, &tab, [&] {
        if (auto* progress = tab.findChild<QProgressDialog*>(QStringLiteral("summaryPdfProgress")))
            progress->cancel();
    });
    cancel.start();
    MessageBox::clearShownTexts();
    tab.exportPdf();
    cancel.stop();
    CHECK_FALSE(QFile::exists(cancelled));
    REQUIRE(MessageBox::shownTexts().size() == 1);
    CHECK(MessageBox::shownTexts().first().contains(QStringLiteral("cancelled")));
}

TEST_CASE("Invitation letters print one page per person and mark them as invited")
{
    DemoCopy demo;
    CampaignService service(*demo.context);
    CampaignExportDialog dialog(*demo.context, demo.campaign);
    auto* status = child<QComboBox>(&dialog, QStringLiteral("exportStatus"));
    CHECK(status->currentData().toString() == campaignStatusKey(CampaignStatus::ToContact));
    CHECK(child<QCheckBox>(&dialog, QStringLiteral("exportMarkInvited"))->isChecked());

    // The RPE with the most people still to contact.
    auto* relay = child<QComboBox>(&dialog, QStringLiteral("exportRelay"));
    int best = 0;
    int bestIndex = -1;
    for (int i = 1; i < relay->count(); ++i) {
        CampaignPeopleFilter f;
        f.status = CampaignStatus::ToContact;
        f.relayId = relay->itemData(i).toLongLong();
        const int n = service.countPeople(demo.campaign.id, f);
        if (n > best) {
            best = n;
            bestIndex = i;
        }
    }
    REQUIRE(best > 0);
    relay->setCurrentIndex(bestIndex);
    CHECK(dialog.selectedCount() == best);
    CHECK(child<QLabel>(&dialog, QStringLiteral("exportCount"))->text().contains(QString::number(best)));
    const CampaignPeopleFilter filter = dialog.filter();
    const qint64 someone = service.people(demo.campaign.id, filter, 0, 1).first().childminderId;
    const int invitedBefore = service.statusCounts(demo.campaign.id).value(CampaignStatus::Invited);

    const QString path = demo.file(QStringLiteral("lettres.pdf"));
    FileDialog::setNextFileName(path);
    REQUIRE(dialog.exportLetters());
    CHECK(head(path, 4) == QByteArray("%PDF"));
    CHECK(pdfPages(path) == best);
    CHECK(service.countPeople(demo.campaign.id, filter) == 0);
    CHECK(service.statusCounts(demo.campaign.id).value(CampaignStatus::Invited) == invitedBefore + best);
    const auto sent = service.invitations(demo.campaign.id, someone);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().date == testClock().today());
    CHECK(dialog.selectedCount() == 0); // recounted

    // The mailing list of the same RPE's invited people.
    status->setCurrentIndex(status->findData(campaignStatusKey(CampaignStatus::Invited)));
    CHECK_FALSE(child<QCheckBox>(&dialog, QStringLiteral("exportMarkInvited"))->isEnabled());
    const QString csv = demo.file(QStringLiteral("courriels.csv"));
    FileDialog::setNextFileName(csv);
    REQUIRE(dialog.exportEmails());
    CHECK(head(csv, 3) == QByteArray("\xEF\xBB\xBF"));
    // Nobody else was touched by the email export.
    CHECK(service.statusCounts(demo.campaign.id).value(CampaignStatus::Invited) == invitedBefore + best);
}

TEST_CASE("The response import shows a dry run first, then stores the responses")
{
    DemoCopy demo;
    CampaignService service(*demo.context);
    CampaignPeopleFilter toContact;
    toContact.status = CampaignStatus::ToContact;
    const QList<CampaignPersonRow> people = service.people(demo.campaign.id, toContact, 0, 2);
    REQUIRE(people.size() == 2);
    const int respondedBefore = service.statusCounts(demo.campaign.id).value(CampaignStatus::Responded);

    const QString path = writeResponses(demo, people);

    ResponseImportDialog dialog(*demo.context, demo.campaign);
    dialog.setFile(path);
    CHECK(dialog.result().dryRun);
    CHECK(dialog.result().imported() == 2);
    CHECK(dialog.result().rejectedCount() == 1);
    // Nothing stored by the dry run.
    CHECK(service.statusCounts(demo.campaign.id).value(CampaignStatus::Responded) == respondedBefore);
    CHECK(*demo.context->campaigns().status(demo.campaign.id, people.at(0).childminderId) ==
          CampaignStatus::ToContact);
    // The rejected line with its number and code, the ignored column.
    QTableWidget* issues = dialog.issues();
    bool rejectedShown = false;
    bool columnShown = false;
    for (int row = 0; row < issues->rowCount(); ++row) {
        rejectedShown |=
            issues->item(row, ResponseImportDialog::Line)->text() == QStringLiteral("3") &&
            issues->item(row, ResponseImportDialog::Reference)->text() == QStringLiteral("2026-ZZZZZZ");
        columnShown |= issues->item(row, ResponseImportDialog::Reason)
                           ->text()
                           .contains(QStringLiteral("colonneInconnue"));
    }
    CHECK(rejectedShown);
    CHECK(columnShown);
    auto* importButton = child<QPushButton>(&dialog, QStringLiteral("importCommit"));
    CHECK(importButton->isEnabled());

    QSignalSpy changed(&dialog, &ResponseImportDialog::campaignChanged);
    importButton->click();
    CHECK(dialog.hasImported());
    CHECK(changed.count() == 1);
    CHECK_FALSE(dialog.result().dryRun);
    CHECK(dialog.result().imported() == 2);
    CHECK(service.statusCounts(demo.campaign.id).value(CampaignStatus::Responded) == respondedBefore + 2);
    CHECK(*demo.context->campaigns().status(demo.campaign.id, people.at(1).childminderId) ==
          CampaignStatus::Responded);
    CHECK(dialog.report()->text().contains(QStringLiteral("2 new response(s) imported")));
    CHECK_FALSE(importButton->isEnabled());
}

TEST_CASE("The settings dialog checks and saves the service identity and the reminder rules")
{
    auto context = emptyContext();
    SettingsDialog dialog(*context);
    child<QLineEdit>(&dialog, QStringLiteral("serviceName"))
        ->setText(QStringLiteral("Relais Petite Enfance"));
    child<QPlainTextEdit>(&dialog, QStringLiteral("serviceAddress"))
        ->setPlainText(QStringLiteral("Hôtel du Département\n\n  Place Pierre-François Gossin  "));
    child<QLineEdit>(&dialog, QStringLiteral("servicePostalCode"))->setText(QStringLiteral("5500"));
    child<QLineEdit>(&dialog, QStringLiteral("serviceCity"))->setText(QStringLiteral("Bar-le-Duc"));
    child<QLineEdit>(&dialog, QStringLiteral("serviceSurveyUrl"))
        ->setText(QStringLiteral("enquete.meuse.fr"));
    child<QSpinBox>(&dialog, QStringLiteral("maxReminders"))->setValue(3);
    child<QSpinBox>(&dialog, QStringLiteral("daysBetweenReminders"))->setValue(21);

    // Refused: four-digit postal code, address without https://. Nothing saved.
    CHECK(dialog.problems().size() == 2);
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("settingsError"))->isHidden());
    CHECK(context->serviceIdentity().serviceName != QStringLiteral("Relais Petite Enfance"));
    CHECK(context->rules().campaignMaxReminders == 2);

    child<QLineEdit>(&dialog, QStringLiteral("servicePostalCode"))->setText(QStringLiteral("55000"));
    child<QLineEdit>(&dialog, QStringLiteral("serviceSurveyUrl"))
        ->setText(QStringLiteral("https://enquete.meuse.fr/2026"));
    REQUIRE(dialog.save());
    const ServiceIdentity saved = context->serviceIdentity();
    CHECK(saved.serviceName == QStringLiteral("Relais Petite Enfance"));
    CHECK(saved.addressLines == QStringList{QStringLiteral("Hôtel du Département"),
                                            QStringLiteral("Place Pierre-François Gossin")});
    CHECK(saved.postalCode == QStringLiteral("55000"));
    CHECK(saved.city == QStringLiteral("Bar-le-Duc"));
    CHECK(saved.onlineSurveyUrl == QStringLiteral("https://enquete.meuse.fr/2026"));
    CHECK(context->rules().campaignMaxReminders == 3);
    CHECK(context->rules().campaignMinDaysBetweenReminders == 21);
    // Another dialog reads back what was saved.
    SettingsDialog again(*context);
    CHECK(child<QSpinBox>(&again, QStringLiteral("daysBetweenReminders"))->value() == 21);
    CHECK(child<QLineEdit>(&again, QStringLiteral("serviceCity"))->text() == QStringLiteral("Bar-le-Duc"));
}

// Not a check: PNGs of the new screens on demo data, to look at
// (PARCOURS_SHOTS=dir test_ui "[.gui2shots]").
TEST_CASE("Screenshots of the summary, export, import and settings screens", "[.gui2shots]")
{
    const QString dir = qEnvironmentVariable("PARCOURS_SHOTS", QStringLiteral("/tmp"));
    DemoCopy demo;
    CampaignSummaryTab tab(*demo.context, demo.campaign);
    tab.resize(1280, 800);
    tab.show();
    REQUIRE(waitShown(tab));
    settle(tab);
    CHECK(tab.grab().save(dir + QStringLiteral("/synthese.png")));
    auto* area = child<QScrollArea>(&tab, QStringLiteral("summaryScroll"));
    area->verticalScrollBar()->setValue(900);
    settle(tab);
    CHECK(tab.grab().save(dir + QStringLiteral("/synthese-questions.png")));
    tab.setRelay(tab.relayFilter()->itemData(1).toLongLong());
    QTest::qWait(500);
    QApplication::processEvents();
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    settle(tab);
    CHECK(tab.grab().save(dir + QStringLiteral("/synthese-rpe-fin.png")));

    CampaignPeopleFilter toContact;
    toContact.status = CampaignStatus::ToContact;
    ResponseImportDialog import(*demo.context, demo.campaign);
    import.setFile(
        writeResponses(demo, CampaignService(*demo.context).people(demo.campaign.id, toContact, 0, 2)));
    import.show();
    CHECK(import.grab().save(dir + QStringLiteral("/import-reponses.png")));

    CampaignExportDialog exports(*demo.context, demo.campaign);
    exports.show();
    CHECK(exports.grab().save(dir + QStringLiteral("/invitations.png")));
    SettingsDialog settings(*demo.context);
    settings.show();
    CHECK(settings.grab().save(dir + QStringLiteral("/parametres.png")));
    settings.tabs()->setCurrentIndex(1);
    CHECK(settings.grab().save(dir + QStringLiteral("/parametres-campagnes.png")));
}
