#include "ActivityEditorDialog.h"
#include "ChildminderPicker.h"
#include "CollectiveActivitiesTab.h"
#include "IsolationWatchTab.h"
#include "MessageBox.h"
#include "RelayService.h"
#include "RetentionGuiSupport.h"
#include "RetentionService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;
using parcours::retentiontest::makeActivity;
using parcours::retentiontest::whenModal;

namespace {
qint64 addRelay(AppContext& context, const QString& name)
{
    Relay r;
    r.name = name;
    REQUIRE(RelayService(context).save(r).isEmpty());
    return r.id;
}

// Puts her in the relay (the register fixture places people by commune).
void moveTo(AppContext& context, qint64 personId, qint64 relayId)
{
    auto file = ChildminderService(context).open(personId);
    REQUIRE(file);
    Childminder p = file->person;
    p.relayId = relayId;
    p.relayOverridden = true;
    REQUIRE(ChildminderService(context).save(p).isEmpty());
}
} // namespace

TEST_CASE("Recording an activity with its attendance from the activities tab")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    addRelay(*context, QStringLiteral("RPE Nord"));
    CollectiveActivitiesTab tab(*context);
    tab.show();
    REQUIRE(tab.table()->rowCount() == 0);

    // First try without a title: the dialog stays open and says why.
    bool sawError = false;
    whenModal<ActivityEditorDialog>([&](ActivityEditorDialog* dialog) {
        child<QPushButton>(dialog, QStringLiteral("saveActivityButton"))->click();
        auto* error = child<QLabel>(dialog, QStringLiteral("titleError"));
        sawError = !error->text().isEmpty() && dialog->isVisible();
        auto* title = child<QLineEdit>(dialog, QStringLiteral("activityTitleEdit"));
        typeText(title, QStringLiteral("Atelier éveil musical"));
        // Add Zoé Martin through the picker.
        whenModal<ChildminderPicker>([](ChildminderPicker* picker) {
            auto* search = picker->findChild<QLineEdit*>(QStringLiteral("pickerSearchEdit"));
            typeText(search, QStringLiteral("mart"));
            QTest::keyClick(search, Qt::Key_Return);
        });
        child<QPushButton>(dialog, QStringLiteral("addAttendeeButton"))->click();
        REQUIRE(dialog->attendanceTable()->rowCount() == 1);
        CHECK(dialog->attendanceTable()->item(0, 0)->text() == QStringLiteral("MARTIN Zoé"));
        CHECK_FALSE(dialog->addAttendee(r.martin, QStringLiteral("MARTIN Zoé"))); // not twice
        dialog->addAttendee(r.durand, QStringLiteral("DURAND Claire"));
        child<QPushButton>(dialog, QStringLiteral("saveActivityButton"))->click();
    });
    child<QPushButton>(&tab, QStringLiteral("newActivityButton"))->click();
    CHECK(sawError);

    REQUIRE(tab.table()->rowCount() == 1);
    CHECK(tab.table()->item(0, 0)->text() == QStringLiteral("16/11/2026")); // today by default
    CHECK(tab.table()->item(0, 2)->text() == QStringLiteral("Atelier éveil musical"));
    CHECK(tab.table()->item(0, 5)->text() == QStringLiteral("2"));
    const qint64 id = tab.table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    const auto people = RetentionService(*context).attendees(id);
    REQUIRE(people.size() == 2);
    CHECK(people[0].childminderId == r.durand);

    // Reopen it, remove one person, save: the count follows.
    whenModal<ActivityEditorDialog>([](ActivityEditorDialog* dialog) {
        dialog->attendanceTable()->setCurrentCell(0, 0);
        child<QPushButton>(dialog, QStringLiteral("removeAttendeeButton"))->click();
        child<QPushButton>(dialog, QStringLiteral("saveActivityButton"))->click();
    });
    CHECK(tab.openEditor(id));
    CHECK(tab.table()->item(0, 5)->text() == QStringLiteral("1"));
    CHECK(RetentionService(*context).attendees(id).value(0).childminderId == r.martin);

    // Delete, after confirming.
    tab.table()->setCurrentCell(0, 0);
    MessageBox::setNextAnswer(MessageBox::Yes);
    child<QPushButton>(&tab, QStringLiteral("deleteActivityButton"))->click();
    CHECK(tab.table()->rowCount() == 0);
    CHECK(RetentionService(*context).countActivities({}) == 0);
}

TEST_CASE("The isolation watch lists each RPE and opens an isolated childminder")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    const qint64 north = addRelay(*context, QStringLiteral("RPE Nord"));
    moveTo(*context, r.martin, north);
    moveTo(*context, r.durand, north);
    moveTo(*context, r.lefevre, north);
    CollectiveActivity a = makeActivity(ActivityKind::RpeWorkshop, QStringLiteral("Éveil"), QDate(2026, 9, 1),
                                        2, north, QString());
    REQUIRE(RetentionService(*context).saveActivity(a, {r.martin}).isEmpty());

    IsolationWatchTab tab(*context);
    QSignalSpy opened(&tab, &IsolationWatchTab::openChildminderRequested);
    tab.show();
    auto* relays = tab.relayTable();
    REQUIRE(relays->rowCount() == 1);
    CHECK(relays->item(0, 0)->text() == QStringLiteral("RPE Nord"));
    CHECK(relays->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(relays->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(child<QLabel>(&tab, QStringLiteral("isolationWindowLabel"))
              ->text()
              .contains(QStringLiteral("16/11/2025")));

    auto* people = tab.peopleTable();
    REQUIRE(people->rowCount() == 2);
    CHECK(people->item(0, 0)->text() == QStringLiteral("DURAND Claire"));
    CHECK(people->item(1, 0)->text() == QStringLiteral("LEFÈVRE Hélène"));
    CHECK(people->item(0, 3)->text() == QStringLiteral("never"));

    people->scrollToItem(people->item(1, 0));
    const QRect cell = people->visualItemRect(people->item(1, 0));
    // A real double click starts with a press and a release (see DashboardTest).
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.front().front().toLongLong() == r.lefevre);

    // She comes to an activity: after a refresh she is no longer listed.
    CollectiveActivity b = makeActivity(ActivityKind::PracticeSharing, QStringLiteral("Échange"),
                                        QDate(2026, 11, 2), 3, north, QString());
    REQUIRE(RetentionService(*context).saveActivity(b, {r.lefevre}).isEmpty());
    child<QPushButton>(&tab, QStringLiteral("refreshIsolationButton"))->click();
    CHECK(relays->item(0, 1)->text() == QStringLiteral("1"));
    REQUIRE(people->rowCount() == 1);
    CHECK(people->item(0, 0)->data(Qt::UserRole).toLongLong() == r.durand);
}
