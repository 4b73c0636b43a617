#include "ChildminderEditor.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("The dashboard shows the figures and the alerts of the register")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    auto* active = child<QWidget>(&window, QStringLiteral("activeTile"));
    CHECK(child<QLabel>(active, QStringLiteral("tileValue"))->text() == QStringLiteral("3"));
    auto* places = child<QWidget>(&window, QStringLiteral("placesTile"));
    CHECK(child<QLabel>(places, QStringLiteral("tileValue"))->text() == QStringLiteral("12"));

    auto* alerts = child<QTableWidget>(&window, QStringLiteral("alertTable"));
    REQUIRE(alerts->rowCount() >= 1);
    QStringList subjects;
    for (int row = 0; row < alerts->rowCount(); ++row)
        subjects << alerts->item(row, 1)->text();
    CHECK(subjects.contains(QStringLiteral("LEFÈVRE Hélène")));
    CHECK_FALSE(subjects.contains(QStringLiteral("MARTIN Zoé")));
}

TEST_CASE("Double-clicking an alert opens that person's file")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    const qint64 late = addPerson(*context, QStringLiteral("Perrin"), QStringLiteral("Aurélie"),
                                  QStringLiteral("55100"), QStringLiteral("Verdun"), QDate(2026, 12, 31));
    MainWindow window(std::move(context));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardIndex);
    auto* alerts = child<QTableWidget>(&window, QStringLiteral("alertTable"));

    int row = -1;
    for (int i = 0; i < alerts->rowCount(); ++i)
        if (alerts->item(i, 1)->text() == QStringLiteral("PERRIN Aurélie"))
            row = i;
    REQUIRE(row >= 0);
    alerts->scrollToItem(alerts->item(row, 2));
    const QRect rect = alerts->visualItemRect(alerts->item(row, 2));
    // QTest::mouseDClick sends the double-click event alone; a real double
    // click starts with a press and a release, which item views rely on.
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(alerts->viewport(), Qt::LeftButton, {}, rect.center());

    const auto editors = window.findChildren<ChildminderEditor*>();
    REQUIRE(editors.size() == 1);
    CHECK(editors.front()->personId() == late);
    CHECK(editors.front()->isVisible());
    CHECK(editors.front()->personId() != r.lefevre);

    // Opening her again brings the same window forward instead of a second one.
    CHECK(window.openChildminder(late) == editors.front());
}

TEST_CASE("Saving a file refreshes the dashboard when it is shown next")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    auto* value =
        child<QLabel>(child<QWidget>(&window, QStringLiteral("activeTile")), QStringLiteral("tileValue"));
    REQUIRE(value->text() == QStringLiteral("3"));
    window.showPage(MainWindow::ChildminderIndex);
    addPerson(window.context(), QStringLiteral("Roussel"), QStringLiteral("Josiane"), QStringLiteral("55000"),
              QStringLiteral("Bar-le-Duc"));
    ChildminderEditor* editor = window.openChildminder(0);
    child<QLineEdit>(editor, QStringLiteral("usageNameEdit"))->setText(QStringLiteral("Thiéry"));
    child<QLineEdit>(editor, QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Josiane"));
    REQUIRE(editor->save());
    window.showPage(MainWindow::DashboardIndex);
    CHECK(value->text() == QStringLiteral("4")); // Roussel (active); Thiéry is a prospect
}

TEST_CASE("On a database file the dashboard fills in from a background computation")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tableau.sqlite"));
    {
        auto context = openSignedIn(path);
        fillSmallRegister(*context);
    }
    MainWindow window(openSignedIn(path));
    window.show();
    auto* alerts = child<QTableWidget>(&window, QStringLiteral("alertTable"));
    REQUIRE(QTest::qWaitFor([&] { return !window.dashboard()->isLoading(); }, 10000));
    CHECK(alerts->rowCount() >= 1);
    auto* value =
        child<QLabel>(child<QWidget>(&window, QStringLiteral("activeTile")), QStringLiteral("tileValue"));
    CHECK(value->text() == QStringLiteral("3"));

    // A save while shown starts a new computation that sees it.
    addPerson(window.context(), QStringLiteral("Roussel"), QStringLiteral("Josiane"), QStringLiteral("55000"),
              QStringLiteral("Bar-le-Duc"));
    window.dashboard()->refresh();
    REQUIRE(QTest::qWaitFor([&] { return value->text() == QStringLiteral("4"); }, 10000));
}
