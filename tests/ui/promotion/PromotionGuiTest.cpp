#include "ChildminderRepository.h"
#include "FunnelTab.h"
#include "MessageBox.h"
#include "PartnerEditor.h"
#include "PartnerService.h"
#include "PartnersPage.h"
#include "PromotionActionEditor.h"
#include "PromotionActionsTab.h"
#include "PromotionPage.h"
#include "PromotionService.h"
#include "ProspectEditor.h"
#include "ProspectService.h"
#include "ProspectsTab.h"
#include "UiTestSupport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
void setText(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    typeText(edit, text);
}

void click(QWidget* parent, const QString& name)
{
    auto* button = child<QPushButton>(parent, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}
} // namespace

TEST_CASE("a prospect is created, advanced to approved, converted and counted in the funnel", "[promotion]")
{
    auto context = emptyContext();
    PromotionPage page(*context);
    page.resize(1200, 800);
    page.show();
    ProspectsTab* prospects = page.prospectsTab();

    ProspectEditor* editor = prospects->openEditor(0);
    setText(editor, QStringLiteral("prospectLastNameEdit"), QStringLiteral("Lefèvre"));
    setText(editor, QStringLiteral("prospectFirstNameEdit"), QStringLiteral("Hélène"));
    setText(editor, QStringLiteral("prospectPhoneEdit"), QStringLiteral("0612345678"));
    setText(editor, QStringLiteral("prospectPostalCodeEdit"), QStringLiteral("55100"));
    setText(editor, QStringLiteral("prospectCommuneEdit"), QStringLiteral("Verdun"));
    setText(editor, QStringLiteral("prospectFirstContactEdit"), QStringLiteral("02/03/2026"));
    auto* channel = child<QComboBox>(editor, QStringLiteral("prospectChannelCombo"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("france_travail")));
    CHECK_FALSE(child<QPushButton>(editor, QStringLiteral("nextStageButton"))->isEnabled()); // not saved yet
    click(editor, QStringLiteral("saveButton"));
    REQUIRE(prospects->table()->rowCount() == 1);
    CHECK(cell(prospects->table(), 0, 0) == QStringLiteral("LEFÈVRE Hélène"));
    const qint64 id = prospects->table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    REQUIRE(id > 0);

    editor = prospects->openEditor(id);
    QSignalSpy opened(editor, &ProspectEditor::openChildminderRequested);
    CHECK_FALSE(child<QPushButton>(editor, QStringLiteral("convertButton"))->isEnabled());
    // Interested → information meeting → immersion → training → filed → approved.
    for (int i = 0; i < 5; ++i)
        click(editor, QStringLiteral("nextStageButton"));
    CHECK(child<QTableWidget>(editor, QStringLiteral("stageHistoryTable"))->rowCount() == 6);
    CHECK(child<QLabel>(editor, QStringLiteral("stageLabel"))
              ->text()
              .contains(prospectStageLabel(ProspectStage::Approved)));
    click(editor, QStringLiteral("convertButton"));
    REQUIRE(opened.count() == 1);
    const qint64 childminderId = opened.at(0).at(0).toLongLong();
    const auto person = context->childminders().find(childminderId);
    REQUIRE(person);
    CHECK(person->usageName == QStringLiteral("Lefèvre"));
    CHECK(person->communeName == QStringLiteral("Verdun"));
    CHECK(ProspectService(*context).find(id)->childminderId == childminderId);

    // A second prospect who dropped out after the information meeting.
    Prospect other;
    other.lastName = QStringLiteral("Martin");
    other.channel = ProspectChannel::JobForum;
    other.firstContact = QDate(2026, 4, 1);
    REQUIRE(ProspectService(*context).save(other).isEmpty());
    editor = prospects->openEditor(other.id);
    click(editor, QStringLiteral("nextStageButton"));
    click(editor, QStringLiteral("dropButton")); // no reason: refused
    CHECK(child<QLabel>(editor, QStringLiteral("droppedReasonError"))->isVisibleTo(editor));
    setText(editor, QStringLiteral("dropReasonEdit"), QStringLiteral("A trouvé un CDI"));
    click(editor, QStringLiteral("dropButton"));
    CHECK_FALSE(child<QPushButton>(editor, QStringLiteral("dropButton"))->isEnabled());
    editor->reject();

    FunnelTab* funnel = page.funnelTab();
    funnel->refresh();
    QTableWidget* table = funnel->table();
    REQUIRE(table->rowCount() == 7);
    CHECK(cell(table, 0, 1) == QStringLiteral("2")); // interested
    CHECK(cell(table, 1, 1) == QStringLiteral("2")); // information meeting
    CHECK(cell(table, 2, 1) == QStringLiteral("1")); // immersion
    CHECK(cell(table, 2, 2) == QStringLiteral("50\u00a0%"));
    CHECK(cell(table, 5, 1) == QStringLiteral("1")); // approved
    CHECK(cell(table, 6, 1) == QStringLiteral("0")); // first child
    CHECK(funnel->report().overall.dropped == 1);
    CHECK(child<QChartView>(funnel, QStringLiteral("funnelChartView"))->chart()->series().size() == 1);

    // By channel: only the job forum.
    auto* channels = child<QComboBox>(funnel, QStringLiteral("funnelChannelFilter"));
    channels->setCurrentIndex(channels->findData(QStringLiteral("job_forum")));
    CHECK(cell(table, 0, 1) == QStringLiteral("1"));
    CHECK(cell(table, 2, 1) == QStringLiteral("0"));

    // The prospects list filters by stage.
    auto* stages = child<QComboBox>(prospects, QStringLiteral("prospectStageFilter"));
    stages->setCurrentIndex(stages->findData(QStringLiteral("dropped")));
    REQUIRE(prospects->table()->rowCount() == 1);
    CHECK(cell(prospects->table(), 0, 0) == QStringLiteral("MARTIN"));
}

TEST_CASE("partners with contact people and an action with its partners from the GUI", "[promotion]")
{
    auto context = emptyContext();
    PartnersPage partners(*context);
    partners.show();
    PartnerEditor* editor = partners.openEditor(0);
    auto* kind = child<QComboBox>(editor, QStringLiteral("partnerKindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("france_travail")));
    click(editor, QStringLiteral("saveButton")); // no name
    CHECK(child<QLabel>(editor, QStringLiteral("nameError"))->isVisibleTo(editor));
    setText(editor, QStringLiteral("partnerNameEdit"), QStringLiteral("France Travail Verdun"));
    setText(editor, QStringLiteral("partnerCommuneEdit"), QStringLiteral("Verdun"));
    click(editor, QStringLiteral("addContactButton"));
    auto* contacts = child<QTableWidget>(editor, QStringLiteral("partnerContactsTable"));
    contacts->item(0, 0)->setText(QStringLiteral("Aurélie Hanus"));
    contacts->item(0, 1)->setText(QStringLiteral("Conseillère"));
    click(editor, QStringLiteral("saveButton"));
    REQUIRE(partners.table()->rowCount() == 1);
    const qint64 partnerId = partners.table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    const auto stored = PartnerService(*context).find(partnerId);
    REQUIRE(stored);
    CHECK(stored->kind == PartnerKind::FranceTravail);
    REQUIRE(stored->contacts.size() == 1);
    CHECK(stored->contacts[0].role == QStringLiteral("Conseillère"));

    // Filter by kind: a CAF filter hides her.
    auto* filter = child<QComboBox>(&partners, QStringLiteral("partnerKindFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("caf")));
    CHECK(partners.table()->rowCount() == 0);

    PromotionPage page(*context);
    page.show();
    PromotionActionEditor* action = page.actionsTab()->openEditor(0);
    setText(action, QStringLiteral("actionTitleEdit"), QStringLiteral("Forum emploi de Verdun"));
    setText(action, QStringLiteral("actionDateEdit"), QStringLiteral("12/05/2026"));
    child<QSpinBox>(action, QStringLiteral("actionAudienceSpin"))->setValue(45);
    auto* list = child<QListWidget>(action, QStringLiteral("actionPartnerList"));
    REQUIRE(list->count() == 1);
    list->item(0)->setCheckState(Qt::Checked);
    click(action, QStringLiteral("saveButton"));
    REQUIRE(page.actionsTab()->table()->rowCount() == 1);
    CHECK(cell(page.actionsTab()->table(), 0, 0) == QStringLiteral("12/05/2026"));
    const auto actions = PromotionService(*context).page({});
    REQUIRE(actions.size() == 1);
    CHECK(actions[0].audience == 45);
    CHECK(actions[0].partnerIds == QList<qint64>{partnerId});
}
