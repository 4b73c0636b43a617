// Hidden benchmark ([.bench], never run by CTest): how the GUI behaves on a
// large register. Make one with `parcours-cli --db big.sqlite demo --size
// 250000`, then run `PARCOURS_BENCH_DB=big.sqlite test_ui "[bench]"`.
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MamService.h"
#include "RelayService.h"
#include "UiTestSupport.h"
#include <QHeaderView>

#include <QElapsedTimer>
#include <QTableView>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("Large register: list, search, sort and dashboard timings", "[.bench]")
{
    const QString path = qEnvironmentVariable("PARCOURS_BENCH_DB");
    if (path.isEmpty()) {
        WARN("PARCOURS_BENCH_DB is not set: nothing measured");
        return;
    }
    QElapsedTimer timer;
    auto elapsed = [&] { return timer.restart(); };
    timer.start();
    {
        auto context = openSignedIn(path);
        WARN("open: " << elapsed() << " ms");
        ChildminderService service(*context);
        service.count({});
        WARN("count: " << elapsed() << " ms");
        service.statistics();
        WARN("statistics: " << elapsed() << " ms");
        RelayService(*context).list();
        WARN("relays: " << elapsed() << " ms");
        MamService(*context).list();
        WARN("MAMs: " << elapsed() << " ms");
        ChildminderListPage page(*context);
        WARN("list page: " << elapsed() << " ms");
    }
    MainWindow window(openSignedIn(path));
    WARN("MainWindow: " << elapsed() << " ms");
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::ChildminderIndex);
    QApplication::processEvents();
    auto* model = window.childminderList()->model();
    WARN("rows " << model->rowCount() << ", first paint: " << elapsed() << " ms");
    auto* table = window.childminderList()->table();
    table->scrollToBottom();
    QApplication::processEvents();
    WARN("scroll to the last row: " << elapsed() << " ms");
    for (int column :
         {ChildminderListModel::Commune, ChildminderListModel::ApprovalEnd, ChildminderListModel::Relay}) {
        table->horizontalHeader()->setSortIndicator(column, Qt::DescendingOrder); // as a click does
        QApplication::processEvents();
        WARN("sort by column " << column << ": " << elapsed() << " ms");
    }
    ChildminderQuery filters;
    filters.text = QStringLiteral("mar");
    model->setFilters(filters);
    QApplication::processEvents();
    WARN("search 'mar' (" << model->rowCount() << " rows): " << elapsed() << " ms");
    REQUIRE(QTest::qWaitFor([&] { return !window.dashboard()->isLoading(); }, 120000));
    WARN("dashboard figures ready (background) after: " << elapsed() << " ms more");
    window.showPage(MainWindow::DashboardIndex);
    QApplication::processEvents();
    WARN("dashboard shown: " << elapsed() << " ms");
}
