#include "../retention/RetentionGuiSupport.h"
#include "ContactService.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "RetentionService.h"
#include "TimelineTab.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;
using parcours::retentiontest::makeActivity;

namespace {
// Martin Zoé: an agrément (from the register fixture), an exchange and an activity.
struct Timeline
{
    std::unique_ptr<AppContext> context = emptyContext();
    SmallRegister r = fillSmallRegister(*context);

    Timeline()
    {
        ContactEntry c;
        c.childminderId = r.martin;
        c.at = QDateTime(QDate(2026, 10, 3), QTime(9, 30));
        c.staffMember = QStringLiteral("Marie");
        REQUIRE(ContactService(*context).log(c).isEmpty());
        CollectiveActivity a = makeActivity(ActivityKind::ThematicEvening, QStringLiteral("Soirée sommeil"),
                                            QDate(2026, 11, 5), 2, 0, QString());
        REQUIRE(RetentionService(*context).saveActivity(a, {r.martin}).isEmpty());
    }
};
} // namespace

TEST_CASE("The timeline tab shows her history newest first and filters it by category")
{
    Timeline t;
    TimelineTab tab(*t.context);
    tab.setPerson(0);
    CHECK(tab.table()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(&tab, QStringLiteral("printPersonFileButton"))->isEnabled());

    tab.setPerson(t.r.martin);
    auto* table = tab.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("05/11/2026"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Soirée sommeil"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("03/10/2026"));
    CHECK(table->item(2, 0)->text() ==
          QStringLiteral("01/07/2025")); // her agrément, granted 5 years before 30/06/2030

    child<QCheckBox>(&tab, QStringLiteral("timelineFilter_activity"))->setChecked(false);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("03/10/2026"));
    child<QCheckBox>(&tab, QStringLiteral("timelineFilter_contact"))->setChecked(false);
    child<QCheckBox>(&tab, QStringLiteral("timelineFilter_approval"))->setChecked(false);
    CHECK(table->rowCount() == 0);
}

TEST_CASE("Print the file writes her PDF where the user chose")
{
    Timeline t;
    TimelineTab tab(*t.context);
    tab.setObligationsProvider([](PersonFile& f) {
        f.obligations.append({QStringLiteral("Formation initiale 40 h"), QStringLiteral("0 h"),
                              QStringLiteral("Échéance 30/06/2028")});
    });
    tab.setPerson(t.r.martin);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
    FileDialog::setNextFileName(path);
    MessageBox::clearShownTexts();
    child<QPushButton>(&tab, QStringLiteral("printPersonFileButton"))->click();
    CHECK(MessageBox::shownTexts().isEmpty());
    REQUIRE(QFile::exists(path));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return;
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("MARTIN Zoé")));
    CHECK(text.contains(QStringLiteral("Soirée sommeil")));
    CHECK(text.contains(QStringLiteral("Échéance 30/06/2028")));

    // Cancelling the file chooser writes nothing and says nothing.
    QFile::remove(path);
    child<QPushButton>(&tab, QStringLiteral("printPersonFileButton"))->click();
    CHECK_FALSE(QFile::exists(path));
}
