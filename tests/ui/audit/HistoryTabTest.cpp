#include "HistoryTab.h"
#include "AuditDialog.h"
#include "AuditLogModel.h"
#include "ChildminderEditor.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
QStringList rowTexts(QTableWidget* table, int row)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return cells;
}
} // namespace

TEST_CASE("The History tab shows a field changed by a save")
{
    MainWindow window(emptyContext());
    window.show();
    ChildminderEditor* editor = window.openChildminder(0);
    typeText(child<QLineEdit>(editor, QStringLiteral("usageNameEdit")), QStringLiteral("Martin"));
    typeText(child<QLineEdit>(editor, QStringLiteral("firstNameEdit")), QStringLiteral("Zoé"));
    REQUIRE(editor->save());
    child<QLineEdit>(editor, QStringLiteral("usageNameEdit"))->clear();
    typeText(child<QLineEdit>(editor, QStringLiteral("usageNameEdit")), QStringLiteral("Bernard"));
    REQUIRE(editor->save());

    auto* history = editor->findChild<HistoryTab*>();
    REQUIRE(history);
    auto* tabs = editor->findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(history);
    QTableWidget* table = history->table();
    REQUIRE(table->rowCount() >= 2);
    // Newest first: the rename, by the test's system session.
    bool found = false;
    for (int r = 0; r < table->rowCount() && !found; ++r) {
        const QStringList cells = rowTexts(table, r);
        found = cells.join(QLatin1Char('|')).contains(QStringLiteral("Martin → Bernard"));
        if (found)
            CHECK(cells[1] == QStringLiteral("system"));
    }
    CHECK(found);
}

TEST_CASE("The audit dialog lists, filters and verifies the trail")
{
    MessageBox::setTestMode(true);
    MessageBox::clearShownTexts();
    MainWindow window(emptyContext());
    window.show();
    ChildminderEditor* editor = window.openChildminder(0);
    typeText(child<QLineEdit>(editor, QStringLiteral("usageNameEdit")), QStringLiteral("Martin"));
    typeText(child<QLineEdit>(editor, QStringLiteral("firstNameEdit")), QStringLiteral("Zoé"));
    REQUIRE(editor->save());

    AuditDialog dialog(window.context(), &window);
    dialog.open();
    const int all = dialog.model()->rowCount();
    CHECK(all >= 1);
    child<QLineEdit>(&dialog, QStringLiteral("auditText"))->setText(QStringLiteral("no-such-text-anywhere"));
    dialog.applyFilters();
    CHECK(dialog.model()->rowCount() == 0);
    child<QLineEdit>(&dialog, QStringLiteral("auditText"))->clear();
    dialog.applyFilters();
    CHECK(dialog.model()->rowCount() == all);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("auditVerify")), Qt::LeftButton);
    REQUIRE_FALSE(MessageBox::shownTexts().isEmpty());
    CHECK(MessageBox::shownTexts().last().contains(QString::number(all)));
    dialog.close();
}
