#include "ChildminderEditor.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "DemoDataGenerator.h"
#include "MainWindow.h"
#include "Relay.h"
#include "RelayService.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

using namespace parcours;
using namespace parcours::testing;

namespace {
QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}
} // namespace

TEST_CASE("Typing in the search field filters the list after a short pause")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::ChildminderIndex);

    auto* search = child<QLineEdit>(&window, QStringLiteral("searchEdit"));
    auto* table = child<QTableView>(&window, QStringLiteral("childminderTable"));
    auto* count = child<QLabel>(&window, QStringLiteral("countLabel"));
    QAbstractItemModel* model = table->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(count->text().startsWith(QStringLiteral("3 ")));

    // Accent-free typing finds the accented name, as staff type it.
    typeText(search, QStringLiteral("lefe"));
    CHECK(model->rowCount() == 3); // debounced: nothing yet
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 2000));
    CHECK(cell(model, 0, ChildminderListModel::Name) == QStringLiteral("LEFÈVRE"));
    CHECK(cell(model, 0, ChildminderListModel::Commune) == QStringLiteral("Bar-le-Duc"));
    CHECK(count->text().startsWith(QStringLiteral("1 ")));

    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 2000));
    typeText(search, QStringLiteral("Zoé"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 2000));
    CHECK(cell(model, 0, ChildminderListModel::FirstName) == QStringLiteral("Zoé"));

    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 2000));
    CHECK(count->text().startsWith(QStringLiteral("3 ")));
}

TEST_CASE("Clicking a column header sorts the list in SQL, both ways")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::ChildminderIndex);
    auto* table = child<QTableView>(&window, QStringLiteral("childminderTable"));
    auto* model = window.childminderList()->model();

    CHECK(cell(model, 0, ChildminderListModel::Name) == QStringLiteral("DURAND"));
    const int communeX =
        table->horizontalHeader()->sectionViewportPosition(ChildminderListModel::Commune) + 10;
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(communeX, 5));
    const Qt::SortOrder first = table->horizontalHeader()->sortIndicatorOrder();
    CHECK(model->query().sort == ChildminderSortColumn::Commune);
    const QString top = cell(model, 0, ChildminderListModel::Commune);
    CHECK(top == (first == Qt::AscendingOrder ? QStringLiteral("Bar-le-Duc") : QStringLiteral("Verdun")));

    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(communeX, 5));
    CHECK(model->query().ascending == (first != Qt::AscendingOrder));
    CHECK(cell(model, 0, ChildminderListModel::Commune) != top);
    CHECK(model->rowCount() == 3);
}

TEST_CASE("Filters by relay status and end of validity narrow the list")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    auto* model = window.childminderList()->model();

    auto* end = child<QComboBox>(&window, QStringLiteral("endFilter"));
    end->setCurrentIndex(end->findData(6)); // ends within 6 months
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ChildminderListModel::Name) == QStringLiteral("LEFÈVRE"));
    end->setCurrentIndex(0);
    CHECK(model->rowCount() == 3);

    auto* status = child<QComboBox>(&window, QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(statusKey(ChildminderStatus::Retired)));
    CHECK(model->rowCount() == 0);
    status->setCurrentIndex(0);

    auto* relay = child<QComboBox>(&window, QStringLiteral("relayFilter"));
    relay->setCurrentIndex(relay->findData(qint64(-1))); // no relay: nobody has one here
    CHECK(model->rowCount() == 3);
}

TEST_CASE("Ctrl+F brings the search field forward and Ctrl+N opens a new file")
{
    MainWindow window(emptyContext());
    window.show();
    auto* find = child<QAction>(&window, QStringLiteral("findAction"));
    auto* create = child<QAction>(&window, QStringLiteral("newChildminderAction"));
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    CHECK(create->shortcut() == QKeySequence(QKeySequence::New));
    find->trigger();
    CHECK(window.childminderList()->isVisible());
    create->trigger();
    CHECK(window.findChildren<QDialog*>(QStringLiteral("childminderEditor")).size() == 1);
}

TEST_CASE("The list model pages lazily: the count is the SQL count and the last row is reachable")
{
    auto context = emptyContext();
    DemoDataGenerator(context->childminders(), context->approvals(), context->relays(), context->mams(),
                      context->transactions(), context->clock(), context->rules())
        .generate(1000, 7);
    ChildminderService service(*context);
    ChildminderListModel model(service, context->clock());
    REQUIRE(service.count({}) == 1000);
    CHECK(model.rowCount() == 1000);
    CHECK(model.fetchedPageCount() == 0); // nothing read before a view asks

    const int last = model.rowCount() - 1;
    CHECK_FALSE(model.data(model.index(last, ChildminderListModel::Name)).toString().isEmpty());
    CHECK(model.idAt(last) > 0);
    CHECK(model.fetchedPageCount() == 1);

    // Walking the whole list keeps a bounded number of pages in memory.
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.idAt(row));
    CHECK(seen.size() == 1000);
    CHECK(model.fetchedPageCount() <= ChildminderListModel::kCachedPages);

    // Sorting descending puts the former last row first.
    const QString lastName = model.data(model.index(last, ChildminderListModel::Name)).toString();
    model.sort(ChildminderListModel::Name, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, ChildminderListModel::Name)).toString() == lastName);
}

TEST_CASE("After a save the list keeps its place and its selected person")
{
    auto context = emptyContext();
    DemoDataGenerator(context->childminders(), context->approvals(), context->relays(), context->mams(),
                      context->transactions(), context->clock(), context->rules())
        .generate(600, 11);
    MainWindow window(std::move(context));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ChildminderIndex);
    auto* table = child<QTableView>(&window, QStringLiteral("childminderTable"));
    auto* model = window.childminderList()->model();
    const QModelIndex target = model->index(450, ChildminderListModel::Name);
    table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    table->setCurrentIndex(target);
    const qint64 id = model->idAt(450);
    const int scroll = table->verticalScrollBar()->value();
    REQUIRE(scroll > 0);

    ChildminderEditor* editor = window.openChildminder(id);
    child<QLineEdit>(editor, QStringLiteral("phoneEdit"))->setText(QStringLiteral("03 29 00 00 01"));
    REQUIRE(editor->save());
    CHECK(table->verticalScrollBar()->value() == scroll);
    REQUIRE(table->currentIndex().isValid());
    CHECK(model->idAt(table->currentIndex().row()) == id);
}

TEST_CASE("Enter or a double-click on a row opens that person's file")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ChildminderIndex);
    auto* table = child<QTableView>(&window, QStringLiteral("childminderTable"));
    auto* model = window.childminderList()->model();
    REQUIRE(model->idAt(1) == r.lefevre); // Durand, Lefèvre, Martin

    table->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto editors = window.findChildren<ChildminderEditor*>();
    REQUIRE(editors.size() == 1);
    CHECK(editors.front()->personId() == r.lefevre);

    const QRect rect = table->visualRect(model->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    editors = window.findChildren<ChildminderEditor*>();
    REQUIRE(editors.size() == 2);
    CHECK(editors.back()->personId() == r.martin);
}

TEST_CASE("The relay filter reads the relays when it is first used, and again after a change")
{
    auto context = emptyContext();
    Relay verdun;
    verdun.name = QStringLiteral("RPE du Grand Verdun");
    REQUIRE(RelayService(*context).save(verdun).isEmpty());
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::ChildminderIndex);
    auto* filter = child<QComboBox>(&window, QStringLiteral("relayFilter"));

    // Painted without the relay list: "All relays" and "No relay" only.
    CHECK(filter->count() == 2);
    CHECK(filter->currentData().toLongLong() == 0);
    filter->showPopup();
    CHECK(filter->count() == 3);
    CHECK(filter->findText(QStringLiteral("RPE du Grand Verdun")) == 2);
    filter->hidePopup();

    // A new relay shows at the next use, not at the refresh after the save.
    Relay stMihiel;
    stMihiel.name = QStringLiteral("RPE Côtes de Meuse");
    REQUIRE(RelayService(window.context()).save(stMihiel).isEmpty());
    window.childminderList()->refresh();
    CHECK(filter->count() == 3);
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    QApplication::sendEvent(filter, &down);
    CHECK(filter->count() == 4);

    // A chosen relay renamed: its new name shows at once.
    filter->setCurrentIndex(filter->findData(verdun.id));
    verdun = *RelayService(window.context()).find(verdun.id);
    verdun.name = QStringLiteral("RPE Verdun Cœur de Lorraine");
    REQUIRE(RelayService(window.context()).save(verdun).isEmpty());
    window.childminderList()->refresh();
    CHECK(filter->currentText() == QStringLiteral("RPE Verdun Cœur de Lorraine"));
    CHECK(filter->currentData().toLongLong() == verdun.id);
}
