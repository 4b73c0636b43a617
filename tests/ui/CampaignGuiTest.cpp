#include "CampaignTestSupport.h"
#include "ContactLogDialog.h"
#include "ContactService.h"
#include "CoverageLoader.h"
#include "CoverageTab.h"
#include "CreateCampaignDialog.h"
#include "SendingDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A campaign created through the dialog lists its people and the filters narrow the call list")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::CampaignIndex);
    CampaignListPage* list = window.campaignList();
    CHECK_FALSE(child<QLabel>(list, QStringLiteral("noCampaignHint"))->isHidden());

    CreateCampaignDialog* dialog = list->startNewCampaign();
    CHECK(dialog->yearSpin()->value() == 2026);          // the clock's year
    REQUIRE(dialog->questionnaireCombo()->count() == 1); // the default, installed on the way
    CHECK(dialog->questionnaireCombo()->currentText().startsWith(
        QStringLiteral("Enquête annuelle — version 1")));
    dialog->someRelaysRadio()->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createCampaignButton")), Qt::LeftButton);
    auto* relaysError = child<QLabel>(dialog, QStringLiteral("relaysError"));
    CHECK_FALSE(relaysError->isHidden());
    CHECK(relaysError->text() == QStringLiteral("Tick at least one RPE, or choose all RPEs."));
    CHECK(CampaignService(window.context()).campaigns().isEmpty());

    QListWidget* relays = dialog->relayList();
    REQUIRE(relays->count() == 2);
    for (int i = 0; i < relays->count(); ++i)
        relays->item(i)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createCampaignButton")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The new campaign opens at once on its call list: Durand has no RPE.
    CampaignPage* page = list->campaignPage();
    REQUIRE(page != nullptr);
    CHECK(page->campaign().year == 2026);
    CallListTab* tab = page->callList();
    REQUIRE(tab->model()->rowCount() == 2);
    CHECK(tab->model()->idAt(0) == r.people.lefevre); // alphabetical
    CHECK(tab->model()->idAt(1) == r.people.martin);
    CHECK(cell(tab, 1, CampaignPeopleModel::Relay) == QStringLiteral("RPE de Verdun"));
    CHECK(cell(tab, 1, CampaignPeopleModel::Status) == QStringLiteral("To contact"));
    CHECK(cell(tab, 1, CampaignPeopleModel::Reference).size() >= 6);
    auto* counts = child<QLabel>(tab, QStringLiteral("statusCountsLabel"));
    CHECK(counts->text().startsWith(QStringLiteral("2 person(s) — To contact: 2 · Invited: 0")));

    auto* relayFilter = child<QComboBox>(tab, QStringLiteral("relayFilter"));
    relayFilter->setCurrentIndex(relayFilter->findData(r.verdun));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->idAt(0) == r.people.martin);
    CHECK(counts->text().startsWith(QStringLiteral("1 person(s) — To contact: 1")));
    relayFilter->setCurrentIndex(0);
    auto* statusFilter = child<QComboBox>(tab, QStringLiteral("statusFilter"));
    statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("invited")));
    CHECK(tab->model()->rowCount() == 0);
    tab->setStatusFilter(CampaignStatus::ToContact);
    CHECK(tab->model()->rowCount() == 2);

    // Back on the list, the campaign has its line; a second one for 2026 is refused.
    child<QPushButton>(page, QStringLiteral("backToCampaignsButton"))->click();
    auto* table = child<QTableWidget>(list, QStringLiteral("campaignTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, CampaignListPage::Scope)->text() ==
          QStringLiteral("RPE de Bar-le-Duc, RPE de Verdun"));
    CHECK(table->item(0, CampaignListPage::People)->text() == QStringLiteral("2"));
    CHECK(table->item(0, CampaignListPage::ToContact)->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(list, QStringLiteral("noCampaignHint"))->isHidden());
    CreateCampaignDialog* again = list->startNewCampaign();
    CHECK_FALSE(again->submit());
    CHECK(child<QLabel>(again, QStringLiteral("yearError"))->text() ==
          QStringLiteral("There is already a campaign for 2026."));
    again->reject();
}

TEST_CASE("Invite then remind from the call list, and a second reminder within 14 days is refused in French")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    REQUIRE(tab->model()->rowCount() == 3);
    const int row = rowOf(tab, r.people.martin);
    tab->selectRow(row);

    SendingDialog* invite = tab->invite();
    REQUIRE(invite != nullptr);
    child<QLineEdit>(invite, QStringLiteral("sendingDateEdit"))->setText(QStringLiteral("20/10/2026"));
    QTest::mouseClick(child<QPushButton>(invite, QStringLiteral("sendingOkButton")), Qt::LeftButton);
    CHECK(cell(tab, row, CampaignPeopleModel::Status) == QStringLiteral("Invited"));
    CHECK(cell(tab, row, CampaignPeopleModel::LastSending) == QStringLiteral("20/10/2026"));
    CHECK(tab->selectedId() == r.people.martin); // the selection stays on her

    SendingDialog* remind = tab->remind();
    child<QLineEdit>(remind, QStringLiteral("sendingDateEdit"))->setText(QStringLiteral("05/11/2026"));
    REQUIRE(remind->submit());
    remind->accept();
    CHECK(cell(tab, row, CampaignPeopleModel::Status) == QStringLiteral("Reminded"));
    CHECK(cell(tab, row, CampaignPeopleModel::LastSending) == QStringLiteral("05/11/2026"));
    CHECK(cell(tab, row, CampaignPeopleModel::Reminders) == QStringLiteral("1"));

    QTranslator french;
    REQUIRE(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("parcours"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    SendingDialog* again = tab->remind();
    child<QLineEdit>(again, QStringLiteral("sendingDateEdit"))->setText(QStringLiteral("10/11/2026"));
    QTest::mouseClick(child<QPushButton>(again, QStringLiteral("sendingOkButton")), Qt::LeftButton);
    QCoreApplication::removeTranslator(&french);
    CHECK(again->isVisible()); // stays open with the reason
    CHECK_FALSE(again->problemLabel()->isHidden());
    CHECK(again->problemLabel()->text() ==
          QStringLiteral("Trop tôt : la prochaine relance pourra être envoyée à partir du 19/11/2026 "
                         "(14 jours après le dernier envoi)."));
    again->reject();
    CHECK(CampaignService(window.context()).invitations(campaign.id, r.people.martin).size() == 2);
    CHECK(cell(tab, row, CampaignPeopleModel::Reminders) == QStringLiteral("1"));

    // Statuses set in one click, the row read again.
    tab->selectRow(rowOf(tab, r.people.durand));
    REQUIRE(tab->mark(CampaignStatus::Unreachable));
    CHECK(cell(tab, rowOf(tab, r.people.durand), CampaignPeopleModel::Status) ==
          QStringLiteral("Unreachable"));
    CHECK(child<QLabel>(tab, QStringLiteral("statusCountsLabel"))
              ->text()
              .startsWith(
                  QStringLiteral("3 person(s) — To contact: 1 · Invited: 0 · Reminded: 1 · Responded: 0 "
                                 "· Refused: 0 · Unreachable: 1")));
}

TEST_CASE("An exchange logged from the call list is prefilled for a survey call and keeps her status")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    const int row = rowOf(tab, r.people.lefevre);
    tab->selectRow(row);
    ContactLogDialog* dialog = tab->logExchange();
    REQUIRE(dialog != nullptr);
    CHECK(child<QComboBox>(dialog, QStringLiteral("contactChannelCombo"))->currentText() ==
          QStringLiteral("Phone"));
    CHECK(child<QCheckBox>(dialog, QStringLiteral("topic_activityCheck"))->isChecked());
    CHECK(child<QCheckBox>(dialog, QStringLiteral("topic_career_planCheck"))->isChecked());
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("topic_trainingCheck"))->isChecked());
    auto* staff = child<QLineEdit>(dialog, QStringLiteral("contactStaffEdit"));
    staff->clear();
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("logContactButton")), Qt::LeftButton);
    CHECK(dialog->isVisible()); // who had the exchange is required
    CHECK(child<QLabel>(dialog, QStringLiteral("staffMemberError"))->text() ==
          QStringLiteral("Enter who had the exchange."));
    staff->setText(QStringLiteral("Sophie Garnier"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("logContactButton")), Qt::LeftButton);

    const auto history = ContactService(window.context()).history(r.people.lefevre);
    REQUIRE(history.size() == 1);
    CHECK(history.front().channel == ContactChannel::Phone);
    CHECK(history.front().topics == QList<ContactTopic>{ContactTopic::Activity, ContactTopic::CareerPlan});
    CHECK(history.front().staffMember == QStringLiteral("Sophie Garnier"));
    CHECK(cell(tab, row, CampaignPeopleModel::Status) == QStringLiteral("To contact"));
    CHECK(tab->feedback()->text() == QStringLiteral("Exchange with LEFÈVRE Hélène saved."));
}

TEST_CASE("The coverage tab counts per RPE the people reached, those who responded and those left to contact")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    CampaignService(*context).markRefused(campaign.id, r.people.martin);
    ContactEntry call;
    call.childminderId = r.people.lefevre;
    call.at = QDateTime(QDate(2026, 9, 3), QTime(9, 30));
    call.staffMember = QStringLiteral("Sophie Garnier");
    call.channel = ContactChannel::Phone;
    REQUIRE(ContactService(*context).log(call).isEmpty());
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::CampaignIndex);
    window.campaignList()->refresh();
    CampaignPage* page = window.campaignList()->openCampaign(campaign.id);
    page->tabs()->setCurrentWidget(page->coverage());
    QTableWidget* table = page->coverage()->table();
    REQUIRE(table->rowCount() == 4); // two RPEs, no RPE, total
    auto text = [table](int row, int column) { return table->item(row, column)->text(); };
    CHECK(text(0, CoverageTab::Relay) == QStringLiteral("RPE de Bar-le-Duc"));
    CHECK(text(0, CoverageTab::InScope) == QStringLiteral("1"));
    CHECK(text(0, CoverageTab::Reached) == QStringLiteral("1 (100 %)"));
    CHECK(text(0, CoverageTab::Responded) == QStringLiteral("0 (0 %)"));
    CHECK(text(0, CoverageTab::ToContact) == QStringLiteral("1"));
    CHECK(text(1, CoverageTab::Relay) == QStringLiteral("RPE de Verdun"));
    CHECK(text(1, CoverageTab::Reached) == QStringLiteral("0 (0 %)"));
    CHECK(text(1, CoverageTab::ToContact) == QStringLiteral("0")); // refused
    CHECK(text(2, CoverageTab::InScope) == QStringLiteral("1"));   // Durand
    CHECK(text(3, CoverageTab::Relay) == QStringLiteral("Total"));
    CHECK(text(3, CoverageTab::InScope) == QStringLiteral("3"));
    CHECK(text(3, CoverageTab::Reached) == QStringLiteral("1 (33 %)"));
    CHECK(text(3, CoverageTab::ToContact) == QStringLiteral("2"));
}

// Hidden benchmark ([.bench], never run by CTest): a campaign's call list on a
// large register. Make one with `parcours-cli --db big.sqlite demo --size
// 250000`, then run `PARCOURS_BENCH_DB=big.sqlite test_ui "[campaign-bench]"`
// (it adds a campaign for 2026 to that file when it has none).
TEST_CASE("Large register: campaign call list timings", "[.bench][campaign-bench]")
{
    const QString path = qEnvironmentVariable("PARCOURS_BENCH_DB");
    if (path.isEmpty()) {
        WARN("PARCOURS_BENCH_DB is not set: nothing measured");
        return;
    }
    QElapsedTimer timer;
    auto elapsed = [&] { return timer.restart(); };
    timer.start();
    qint64 campaignId = 0;
    {
        auto context = openSignedIn(path);
        const auto existing = CampaignService(*context).campaign(2026);
        campaignId = existing ? existing->id : makeCampaign(*context, 2026).id;
        WARN("campaign ready: " << elapsed() << " ms");
    }
    MainWindow window(openSignedIn(path));
    window.resize(1280, 800);
    window.show();
    elapsed();
    CallListTab* tab = openCallList(window, campaignId);
    QApplication::processEvents();
    WARN("rows " << tab->model()->rowCount() << ", call list shown: " << elapsed() << " ms");
    tab->table()->scrollToBottom();
    QApplication::processEvents();
    WARN("scroll to the last row: " << elapsed() << " ms, pages held " << tab->model()->fetchedPageCount());
    auto* relayFilter = child<QComboBox>(tab, QStringLiteral("relayFilter"));
    relayFilter->setCurrentIndex(1);
    QApplication::processEvents();
    WARN("filter by RPE (" << tab->model()->rowCount() << " rows): " << elapsed() << " ms");
    tab->setStatusFilter(CampaignStatus::ToContact);
    QApplication::processEvents();
    WARN("filter by status: " << elapsed() << " ms");
    tab->selectRow(0);
    tab->mark(CampaignStatus::Unreachable);
    WARN("mark one person: " << elapsed() << " ms");
    const auto coverage =
        CoverageLoader::compute(window.context(), *CampaignService(window.context()).campaign(2026));
    WARN("coverage (" << coverage.lines.size() << " lines): " << elapsed() << " ms");
    CHECK(tab->model()->fetchedPageCount() <= CampaignPeopleModel::kCachedPages);
}
