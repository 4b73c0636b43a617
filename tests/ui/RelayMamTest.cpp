#include "ChildminderListPage.h"
#include "CommuneDirectory.h"
#include "MainWindow.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MamService.h"
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "RelayService.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
QString epciOf(const QString& inseeCode)
{
    return CommuneDirectory::builtin().byCode(inseeCode)->epciCode;
}
} // namespace

TEST_CASE("Relays are validated: a name, one relay per EPCI, staff contacts that make sense")
{
    auto context = emptyContext();
    RelayService relays(*context);
    Relay nameless;
    CHECK(relays.save(nameless).front().field == QStringLiteral("name"));

    Relay verdun;
    verdun.name = QStringLiteral("RPE du Grand Verdun");
    verdun.epciCodes = {epciOf(QStringLiteral("55545"))};
    verdun.staff = {{QStringLiteral("Sophie Henry"), QStringLiteral("Animatrice"),
                     QStringLiteral("0329861234"), QStringLiteral("rpe@verdun.fr")},
                    {}};
    REQUIRE(relays.save(verdun).isEmpty());
    CHECK(verdun.staff.size() == 1); // the blank line is dropped
    CHECK(verdun.staff.front().phone == QStringLiteral("03 29 86 12 34"));

    Relay rival;
    rival.name = QStringLiteral("Autre relais");
    rival.epciCodes = verdun.epciCodes;
    rival.staff = {{QStringLiteral("X"), {}, {}, QStringLiteral("pas-un-courriel")}};
    const FieldErrors errors = relays.save(rival);
    QStringList fields;
    for (const auto& e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("territory")));
    CHECK(fields.contains(QStringLiteral("staff")));
    CHECK(rival.id == 0);
}

TEST_CASE("A relay created in its editor serves its EPCI and appears in the list filter")
{
    auto context = emptyContext();
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::RelayIndex);
    window.relayList()->openEditor(0);
    auto* editor = window.findChild<RelayEditor*>();
    REQUIRE(editor);
    child<QLineEdit>(editor, QStringLiteral("relayNameEdit"))->setText(QStringLiteral("RPE du Grand Verdun"));
    auto* epcis = child<QListWidget>(editor, QStringLiteral("epciList"));
    REQUIRE(epcis->count() == 16); // the EPCIs of the Meuse
    const QString verdunEpci = epciOf(QStringLiteral("55545"));
    for (int i = 0; i < epcis->count(); ++i)
        if (epcis->item(i)->data(Qt::UserRole).toString() == verdunEpci)
            epcis->item(i)->setCheckState(Qt::Checked);
    REQUIRE(editor->save());
    CHECK(child<QTableWidget>(&window, QStringLiteral("relayTable"))->rowCount() == 1);
    auto* filter = child<QComboBox>(&window, QStringLiteral("relayFilter"));
    filter->showPopup(); // the relays are read when the list opens
    CHECK(filter->findText(QStringLiteral("RPE du Grand Verdun")) >= 0);
    filter->hidePopup();

    // A person of Verdun now gets that relay from her commune.
    const qint64 id = addPerson(window.context(), QStringLiteral("Martin"), QStringLiteral("Zoé"),
                                QStringLiteral("55100"), QStringLiteral("Verdun"));
    const auto file = ChildminderService(window.context()).open(id);
    CHECK(file->relayName == QStringLiteral("RPE du Grand Verdun"));
}

TEST_CASE("A MAM saved with its members shows on their files, and leaving clears it")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::MamIndex);
    window.mamList()->openEditor(0);
    auto* editor = window.findChild<MamEditor*>();
    REQUIRE(editor);
    child<QLineEdit>(editor, QStringLiteral("mamNameEdit"))->setText(QStringLiteral("MAM Les Pitchouns"));
    child<QLineEdit>(editor, QStringLiteral("postalCodeEdit"))->setText(QStringLiteral("55000"));
    auto* commune = child<QComboBox>(editor, QStringLiteral("communeCombo"));
    commune->setCurrentIndex(commune->findText(QStringLiteral("Bar-le-Duc")));
    editor->addMember(r.lefevre, QStringLiteral("LEFÈVRE Hélène"));
    editor->addMember(r.martin, QStringLiteral("MARTIN Zoé"));
    REQUIRE(editor->save());

    auto* table = child<QTableWidget>(&window, QStringLiteral("mamTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->data(Qt::DisplayRole).toInt() == 2);
    CHECK(table->item(0, 3)->data(Qt::DisplayRole).toInt() == 8);
    const auto lefevre = ChildminderService(window.context()).open(r.lefevre);
    CHECK(lefevre->mamName == QStringLiteral("MAM Les Pitchouns"));

    // Martin leaves: her file no longer names the MAM.
    MamService mams(window.context());
    Mam mam = mams.list().front();
    for (auto& member : mam.members)
        if (member.childminderId == r.martin) {
            member.joined = QDate(2025, 9, 1);
            member.left = QDate(2026, 11, 1);
        }
    REQUIRE(mams.save(mam).isEmpty());
    CHECK(ChildminderService(window.context()).open(r.martin)->mamName.isEmpty());
    CHECK(ChildminderService(window.context()).open(r.lefevre)->mamName ==
          QStringLiteral("MAM Les Pitchouns"));

    // A date that is no date stays in the editor with a message.
    window.mamList()->openEditor(mam.id);
    auto* second = window.findChildren<MamEditor*>().last();
    auto* members = second->memberTable();
    REQUIRE(members->rowCount() == 2);
    members->item(0, 2)->setText(QStringLiteral("demain"));
    CHECK_FALSE(second->save());
    CHECK_FALSE(child<QLabel>(second, QStringLiteral("membersError"))->isHidden());
}

TEST_CASE("A MAM takes at most six members at once")
{
    auto context = emptyContext();
    Mam mam;
    mam.name = QStringLiteral("MAM trop pleine");
    for (int i = 0; i < 7; ++i) {
        const qint64 id = addPerson(*context, QStringLiteral("Membre%1").arg(i), QStringLiteral("Anne"),
                                    QStringLiteral("55000"), QStringLiteral("Bar-le-Duc"));
        mam.members.append(MamMember{id, QStringLiteral("MEMBRE%1 Anne").arg(i), QDate(2026, 1, 1), {}, 4});
    }
    const FieldErrors errors = MamService(*context).save(mam);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().field == QStringLiteral("members"));
    CHECK(mam.id == 0);
}
