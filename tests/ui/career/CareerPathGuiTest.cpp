#include "ApprovalDecisionDialog.h"
#include "CareerEventDialog.h"
#include "CareerPathTab.h"
#include "CareerService.h"
#include "ChildminderEditor.h"
#include "DateLineEdit.h"
#include "ImmersionDialog.h"
#include "MainWindow.h"
#include "QualificationDialog.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Rows of the obligations table, in ObligationRules::obligations() order.
enum ObligationRow { FirstPart, SecondPart, Continuing, Review, Ep1, Ep3 };

QString statusKey(QTableWidget* table, int row)
{
    return table->item(row, 1)->data(Qt::UserRole).toString();
}

void choose(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

template <typename Dialog> Dialog* openDialog(CareerPathTab* tab, const QString& button)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last one closed
    QTest::mouseClick(child<QPushButton>(tab, button), Qt::LeftButton);
    Dialog* dialog = nullptr;
    for (auto* candidate : tab->findChildren<Dialog*>())
        if (candidate->isVisible())
            dialog = candidate;
    REQUIRE(dialog != nullptr);
    return dialog;
}

void typeDate(QWidget* dialog, const QString& name, const QString& text)
{
    auto* date = child<DateLineEdit>(dialog, name);
    date->clear();
    date->setFocus();
    typeText(date, text);
}

void addResult(CareerPathTab* tab, const QString& kind, const QString& result, const QString& date)
{
    auto* dialog = openDialog<QualificationDialog>(tab, QStringLiteral("addQualificationButton"));
    choose(child<QComboBox>(dialog, QStringLiteral("qualificationKind")), kind);
    choose(child<QComboBox>(dialog, QStringLiteral("qualificationResult")), result);
    typeDate(dialog, QStringLiteral("qualificationDate"), date);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
}
} // namespace

TEST_CASE("Career path: CAP results and a first child recorded in the tab update obligations and checklist")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context); // Lefèvre: agrément 01/02/2022 to 31/01/2027
    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(r.lefevre);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->tabs()->setCurrentWidget(editor->careerTab());
    CareerPathTab* tab = editor->careerTab();
    CHECK(tab->personId() == r.lefevre);
    CHECK(child<QWidget>(tab, QStringLiteral("careerBody"))->isEnabled());

    auto* obligations = child<QTableWidget>(tab, QStringLiteral("obligationTable"));
    auto* checklist = child<QTableWidget>(tab, QStringLiteral("checklistTable"));
    auto* summary = child<QLabel>(tab, QStringLiteral("checklistSummary"));
    REQUIRE(obligations->rowCount() == 7);
    // Her renewal file was due on 31/10/2026: EP1 and EP3 not sat are overdue.
    CHECK(statusKey(obligations, Ep1) == QStringLiteral("overdue"));
    CHECK(obligations->item(Ep1, 2)->text() == QStringLiteral("31/10/2026"));
    CHECK(statusKey(obligations, FirstPart) == QStringLiteral("overdue"));
    CHECK(obligations->item(FirstPart, 3)->text().contains(QStringLiteral("80")));
    CHECK(obligations->item(FirstPart, 1)->background().color() == QColor(0xf8, 0xd0, 0xd0));
    REQUIRE(checklist->rowCount() == 5);
    CHECK(summary->text().contains(QStringLiteral("31/10/2026")));
    CHECK(summary->text().contains(QStringLiteral("5 item")));

    addResult(tab, QStringLiteral("cap_ep1"), QStringLiteral("passed"), QStringLiteral("10/06/2024"));
    CHECK(child<QTableWidget>(tab, QStringLiteral("qualificationTable"))->rowCount() == 1);
    CHECK(statusKey(obligations, Ep1) == QStringLiteral("done"));
    CHECK(statusKey(obligations, Ep3) == QStringLiteral("overdue"));
    CHECK(checklist->item(3, 2)->text().contains(QStringLiteral("EP3")));

    addResult(tab, QStringLiteral("cap_ep3"), QStringLiteral("failed"), QStringLiteral("11/06/2024"));
    CHECK(statusKey(obligations, Ep3) == QStringLiteral("done"));
    CHECK(obligations->item(Ep3, 4)->text().contains(QStringLiteral("11/06/2024")));
    CHECK(checklist->item(3, 2)->text().isEmpty()); // both sat
    CHECK(summary->text().contains(QStringLiteral("4 item")));

    // A stop without its reason is refused in the dialog, which stays open.
    auto* dialog = openDialog<CareerEventDialog>(tab, QStringLiteral("addEventButton"));
    choose(child<QComboBox>(dialog, QStringLiteral("eventKind")), QStringLiteral("stop"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("detailError"))->text().isEmpty());
    // Her first child instead, dated 03/05/2022.
    choose(child<QComboBox>(dialog, QStringLiteral("eventKind")), QStringLiteral("first_child"));
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("eventDetail"))->isEnabled());
    typeDate(dialog, QStringLiteral("eventDate"), QStringLiteral("03/05/2022"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    auto* events = child<QTableWidget>(tab, QStringLiteral("eventTable"));
    REQUIRE(events->rowCount() == 1);
    CHECK(events->item(0, 0)->text() == QStringLiteral("03/05/2022"));
    CHECK(checklist->item(1, 2)->text().isEmpty());
    CHECK(summary->text().contains(QStringLiteral("3 item")));

    // An immersion too long is refused with the PMSMP rule shown.
    auto* immersion = openDialog<ImmersionDialog>(tab, QStringLiteral("addImmersionButton"));
    auto* host = child<QLineEdit>(immersion, QStringLiteral("immersionHost"));
    host->setFocus();
    typeText(host, QStringLiteral("Crèche de Verdun"));
    typeDate(immersion, QStringLiteral("immersionStart"), QStringLiteral("02/03/2026"));
    typeDate(immersion, QStringLiteral("immersionEnd"), QStringLiteral("10/04/2026"));
    auto* problems = child<QLabel>(immersion, QStringLiteral("immersionProblems"));
    CHECK(problems->text().contains(QStringLiteral("01/04/2026")));
    QTest::mouseClick(child<QPushButton>(immersion, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(immersion->isVisible());
    typeDate(immersion, QStringLiteral("immersionEnd"), QStringLiteral("27/03/2026"));
    CHECK(problems->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(immersion, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK_FALSE(immersion->isVisible());
    auto* immersions = child<QTableWidget>(tab, QStringLiteral("immersionTable"));
    REQUIRE(immersions->rowCount() == 1);
    CHECK(immersions->item(0, 2)->text() == QStringLiteral("Crèche de Verdun"));
    CHECK(immersions->item(0, 4)->text() == QStringLiteral("Within the limits"));

    // The enrol button hands her over to whoever opens the enrolment.
    QSignalSpy spy(tab, &CareerPathTab::enrolRequested);
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("enrolButton")), Qt::LeftButton);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toLongLong() == r.lefevre);

    editor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("Career path: an unsaved person sees the hint and nothing to edit")
{
    auto context = emptyContext();
    CareerPathTab tab(*context);
    tab.setPerson(0);
    tab.show();
    CHECK(child<QLabel>(&tab, QStringLiteral("careerUnsavedHint"))->isVisible());
    CHECK_FALSE(child<QWidget>(&tab, QStringLiteral("careerBody"))->isEnabled());
    CHECK(child<QTableWidget>(&tab, QStringLiteral("obligationTable"))->rowCount() == 0);
    CHECK(tab.addEvent() == nullptr);
}

TEST_CASE("Career path: the renewal dialog starts from her recorded training and results")
{
    auto context = emptyContext();
    const qint64 id = addPerson(*context, QStringLiteral("Noël"), QStringLiteral("Inès"),
                                QStringLiteral("55100"), QStringLiteral("Verdun"), QDate(2027, 1, 31));
    {
        ApprovalDecisionDialog before(*context, ApprovalDecisionDialog::Kind::Renewal, id, Approval{});
        CHECK_FALSE(child<QCheckBox>(&before, QStringLiteral("ep1Check"))->isChecked());
        CHECK_FALSE(child<QCheckBox>(&before, QStringLiteral("ep3Check"))->isChecked());
    }
    CareerService career(*context);
    for (auto kind : {QualificationKind::CapEp1, QualificationKind::CapEp3}) {
        Qualification q;
        q.childminderId = id;
        q.kind = kind;
        q.result = QualificationResult::Passed;
        q.date = QDate(2024, 6, 10);
        REQUIRE(career.save(q).isEmpty());
    }
    ApprovalDecisionDialog dialog(*context, ApprovalDecisionDialog::Kind::Renewal, id, Approval{});
    CHECK(child<QCheckBox>(&dialog, QStringLiteral("ep1Check"))->isChecked());
    CHECK(child<QCheckBox>(&dialog, QStringLiteral("ep3Check"))->isChecked());
    // No training hours on file and never renewed: the initial training is not proven.
    CHECK_FALSE(child<QCheckBox>(&dialog, QStringLiteral("initialTrainingCheck"))->isChecked());
}
