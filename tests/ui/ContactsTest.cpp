#include "ChildminderContactsTab.h"
#include "ChildminderEditor.h"
#include "ContactService.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
QString tileValue(QWidget* window, const QString& tile)
{
    return child<QLabel>(child<QWidget>(window, tile), QStringLiteral("tileValue"))->text();
}

ChildminderContactsTab* openContacts(MainWindow& window, qint64 id)
{
    ChildminderEditor* editor = window.openChildminder(id);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->tabs()->setCurrentWidget(editor->contactsTab());
    return editor->contactsTab();
}

void closeEditors(MainWindow& window)
{
    for (auto* editor : window.findChildren<ChildminderEditor*>())
        editor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

TEST_CASE("An exchange logged with the keyboard appears in her history and in the coverage")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::DashboardIndex);
    REQUIRE(tileValue(&window, QStringLiteral("coverageTile")) == QStringLiteral("0 %"));
    CHECK(tileValue(&window, QStringLiteral("noContactTile")) == QStringLiteral("3"));

    ChildminderContactsTab* tab = openContacts(window, r.martin);
    CHECK(child<QWidget>(tab, QStringLiteral("contactsBody"))->isEnabled());
    auto* table = child<QTableWidget>(tab, QStringLiteral("contactTable"));
    REQUIRE(table->rowCount() == 0);

    auto* staff = child<QLineEdit>(tab, QStringLiteral("contactStaffEdit"));
    staff->clear();
    staff->setFocus();
    typeText(staff, QStringLiteral("Sophie Garnier"));
    QTest::keyClick(staff, Qt::Key_Tab);
    auto* duration = child<QSpinBox>(tab, QStringLiteral("contactDurationSpin"));
    REQUIRE(duration->hasFocus());
    QTest::keyClick(duration, Qt::Key_A, Qt::ControlModifier);
    typeText(duration, QStringLiteral("15"));
    auto* training = child<QCheckBox>(tab, QStringLiteral("topic_trainingCheck"));
    training->setFocus();
    QTest::keyClick(training, Qt::Key_Space);
    CHECK(training->isChecked());
    auto* notes = child<QWidget>(tab, QStringLiteral("contactNotesEdit"));
    notes->setFocus();
    typeText(notes, QStringLiteral("Intéressée par la formation premiers secours."));
    // Enter on the Contacts tab logs the exchange (not the file's Save).
    staff->setFocus();
    QTest::keyClick(staff, Qt::Key_Return);

    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("16/11/2026 00:00"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Sophie Garnier"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Training"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("Intéressée par la formation premiers secours."));
    CHECK_FALSE(training->isChecked());                       // the form is ready for the next one
    CHECK(staff->text() == QStringLiteral("Sophie Garnier")); // remembered
    const auto history = ContactService(window.context()).history(r.martin);
    REQUIRE(history.size() == 1);
    CHECK(history.front().durationMinutes == 15);

    CHECK(tileValue(&window, QStringLiteral("coverageTile")) == QStringLiteral("33 %"));
    CHECK(tileValue(&window, QStringLiteral("noContactTile")) == QStringLiteral("2"));
    closeEditors(window);
}

TEST_CASE("An exchange without staff member shows a message under the field and saves nothing")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    ChildminderContactsTab* tab = openContacts(window, r.durand);
    child<QLineEdit>(tab, QStringLiteral("contactStaffEdit"))->clear();
    auto* error = child<QLabel>(tab, QStringLiteral("staffMemberError"));
    CHECK(error->isHidden());
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("logContactButton")), Qt::LeftButton);

    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("Enter who had the exchange."));
    CHECK(child<QTableWidget>(tab, QStringLiteral("contactTable"))->rowCount() == 0);
    CHECK(ContactService(window.context()).history(r.durand).isEmpty());
    closeEditors(window);
}

TEST_CASE("The contacts tab waits until a new person is saved")
{
    auto context = emptyContext();
    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(0);
    CHECK_FALSE(child<QWidget>(editor->contactsTab(), QStringLiteral("contactsBody"))->isEnabled());
    CHECK_FALSE(child<QLabel>(editor->contactsTab(), QStringLiteral("contactsUnsavedHint"))->isHidden());
    closeEditors(window);
}

TEST_CASE("A follow-up appears on the dashboard and a double-click opens the person")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardIndex);
    auto* followUps = child<QTableWidget>(&window, QStringLiteral("followUpTable"));
    REQUIRE(followUps->rowCount() == 0);

    ChildminderContactsTab* tab = openContacts(window, r.lefevre);
    child<QLineEdit>(tab, QStringLiteral("contactStaffEdit"))->setText(QStringLiteral("Sophie Garnier"));
    auto* action = child<QLineEdit>(tab, QStringLiteral("followUpActionEdit"));
    action->setFocus();
    typeText(action, QStringLiteral("Envoyer le dossier de renouvellement"));
    QTest::keyClick(action, Qt::Key_Tab);
    typeText(child<QLineEdit>(tab, QStringLiteral("followUpDueEdit")), QStringLiteral("30/11/2026"));
    typeText(child<QLineEdit>(tab, QStringLiteral("followUpAssigneeEdit")), QStringLiteral("Anne Colin"));
    REQUIRE(tab->logExchange());
    closeEditors(window);
    REQUIRE(window.findChildren<ChildminderEditor*>().isEmpty());

    REQUIRE(followUps->rowCount() == 1);
    CHECK(followUps->item(0, 0)->text() == QStringLiteral("30/11/2026"));
    CHECK(followUps->item(0, 1)->text() == QStringLiteral("LEFÈVRE Hélène"));
    CHECK(followUps->item(0, 2)->text() == QStringLiteral("Envoyer le dossier de renouvellement"));
    CHECK(followUps->item(0, 3)->text() == QStringLiteral("Anne Colin"));

    const QRect rect = followUps->visualItemRect(followUps->item(0, 2));
    QTest::mouseClick(followUps->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(followUps->viewport(), Qt::LeftButton, {}, rect.center());
    const auto editors = window.findChildren<ChildminderEditor*>();
    REQUIRE(editors.size() == 1);
    CHECK(editors.front()->personId() == r.lefevre);
    closeEditors(window);
}
