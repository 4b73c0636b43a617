// Every editor meets a save conflict the same way: both versions side by
// side, field by field, nothing written until the user confirms (issue 5).
#include "CommuneDirectory.h"
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MamService.h"
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
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "RelayService.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

namespace {
// The conflict window the editor opened, with the labels of its rows.
ConflictDialog* conflictOf(QWidget* editor, QStringList* rows)
{
    auto* dialog = editor->findChild<ConflictDialog*>(QStringLiteral("conflictDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    rows->clear();
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        rows->append(dialog->table()->item(row, 0)->text());
    return dialog;
}
// A relay on file, and its editor open with a new managing body typed in.
Relay savedRelay(AppContext& context)
{
    Relay relay;
    relay.name = QStringLiteral("RPE du Grand Verdun");
    relay.epciCodes = {CommuneDirectory::builtin().byCode(QStringLiteral("55545"))->epciCode};
    REQUIRE(RelayService(context).save(relay).isEmpty());
    return relay;
}

RelayEditor* relayEditorTyping(MainWindow& window, qint64 relayId, const QString& managingBody)
{
    window.relayList()->openEditor(relayId);
    auto* editor = window.findChild<RelayEditor*>();
    REQUIRE(editor);
    child<QLineEdit>(editor, QStringLiteral("managingBodyEdit"))->setText(managingBody);
    return editor;
}
} // namespace

TEST_CASE("A relay saved meanwhile shows both versions and keeps the chosen fields")
{
    MainWindow window(emptyContext());
    window.show();
    const Relay relay = savedRelay(window.context());
    RelayEditor* editor = relayEditorTyping(window, relay.id, QStringLiteral("Commune de Verdun"));

    Relay theirs = *RelayService(window.context()).find(relay.id);
    theirs.staff.append({QStringLiteral("Julie Masson"), QStringLiteral("Animatrice"), {}, {}});
    REQUIRE(RelayService(window.context()).save(theirs).isEmpty());

    MessageBox::clearShownTexts();
    CHECK_FALSE(editor->save());
    CHECK(MessageBox::shownTexts().isEmpty()); // a window to choose in, not a message
    CHECK(RelayService(window.context()).find(relay.id)->managingBody.isEmpty()); // nothing written yet
    QStringList rows;
    ConflictDialog* dialog = conflictOf(editor, &rows);
    CHECK(rows == QStringList{QStringLiteral("Managing body"), QStringLiteral("Staff")});
    // Suggested: her managing body, their new staff member.
    CHECK(dialog->keptMine() == QSet<QString>{QStringLiteral("managingBody")});
    dialog->accept();

    const Relay stored = *RelayService(window.context()).find(relay.id);
    CHECK(stored.managingBody == QStringLiteral("Commune de Verdun"));
    REQUIRE(stored.staff.size() == 1);
    CHECK(stored.staff[0].name == QStringLiteral("Julie Masson"));
    CHECK(stored.version == theirs.version + 1);
}

TEST_CASE("A MAM saved meanwhile shows both versions, a clash in bold, and saves nothing on cancel")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    Mam mam;
    mam.name = QStringLiteral("MAM Les Lutins");
    mam.members.append(MamMember{r.durand, QStringLiteral("DURAND Claire"), QDate(2026, 1, 5), {}, 4});
    REQUIRE(MamService(*context).save(mam).isEmpty());
    MainWindow window(std::move(context));
    window.show();
    window.mamList()->openEditor(mam.id);
    auto* editor = window.findChild<MamEditor*>();
    REQUIRE(editor);
    auto* name = child<QLineEdit>(editor, QStringLiteral("mamNameEdit"));
    name->setText(QStringLiteral("MAM Les Petits Lutins"));

    Mam theirs = *MamService(window.context()).find(mam.id);
    theirs.name = QStringLiteral("MAM des Lutins");
    REQUIRE(MamService(window.context()).save(theirs).isEmpty());

    CHECK_FALSE(editor->save());
    QStringList rows;
    ConflictDialog* dialog = conflictOf(editor, &rows);
    // Only the name differs: members are compared by who and when, not by how
    // the list spells their names.
    CHECK(rows == QStringList{QStringLiteral("Name")});
    CHECK(dialog->table()->item(0, 0)->font().bold()); // both changed it
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(editor->findChild<ConflictDialog*>() == nullptr);         // gone once closed
    CHECK(name->text() == QStringLiteral("MAM Les Petits Lutins")); // her typing stays on screen
    CHECK(MamService(window.context()).find(mam.id)->name == QStringLiteral("MAM des Lutins"));

    CHECK_FALSE(editor->save());
    dialog = conflictOf(editor, &rows);
    dialog->choose(QStringLiteral("name"), false);
    dialog->accept();
    CHECK(name->text() == QStringLiteral("MAM des Lutins"));
    CHECK(MamService(window.context()).find(mam.id)->version == theirs.version + 1);
    CHECK_FALSE(editor->isDirty());
}

TEST_CASE("A prospect saved meanwhile shows both versions with names, not ids")
{
    auto context = emptyContext();
    PromotionAction action;
    action.title = QStringLiteral("Forum emploi de Verdun");
    action.date = QDate(2026, 5, 12);
    REQUIRE(PromotionService(*context).save(action).isEmpty());
    Prospect prospect;
    prospect.lastName = QStringLiteral("Lefèvre");
    prospect.firstName = QStringLiteral("Hélène");
    prospect.firstContact = QDate(2026, 3, 2);
    REQUIRE(ProspectService(*context).save(prospect).isEmpty());

    PromotionPage page(*context);
    page.show();
    ProspectEditor* editor = page.prospectsTab()->openEditor(prospect.id);
    child<QLineEdit>(editor, QStringLiteral("prospectPhoneEdit"))->setText(QStringLiteral("06 12 34 56 78"));

    Prospect theirs = *ProspectService(*context).find(prospect.id);
    theirs.actionId = action.id;
    theirs.notes = QStringLiteral("Vue au forum");
    REQUIRE(ProspectService(*context).save(theirs).isEmpty());

    CHECK_FALSE(editor->save());
    QStringList rows;
    ConflictDialog* dialog = conflictOf(editor, &rows);
    CHECK(rows ==
          QStringList{QStringLiteral("Phone"), QStringLiteral("Promotion action"), QStringLiteral("Notes")});
    auto* theirsCell = qobject_cast<QAbstractButton*>(dialog->table()->cellWidget(1, 2));
    REQUIRE(theirsCell);
    CHECK(theirsCell->text().contains(QStringLiteral("Forum emploi de Verdun")));
    dialog->accept();

    const Prospect stored = *ProspectService(*context).find(prospect.id);
    CHECK(stored.phone == QStringLiteral("06 12 34 56 78"));
    CHECK(stored.actionId == action.id);
    CHECK(stored.notes == QStringLiteral("Vue au forum"));
}

TEST_CASE("A partner and a promotion action saved meanwhile are merged field by field")
{
    auto context = emptyContext();
    Partner partner;
    partner.kind = PartnerKind::FranceTravail;
    partner.name = QStringLiteral("France Travail Verdun");
    REQUIRE(PartnerService(*context).save(partner).isEmpty());
    Partner other;
    other.kind = PartnerKind::Caf;
    other.name = QStringLiteral("CAF de la Meuse");
    REQUIRE(PartnerService(*context).save(other).isEmpty());

    PartnersPage partners(*context);
    partners.show();
    PartnerEditor* partnerEditor = partners.openEditor(partner.id);
    child<QLineEdit>(partnerEditor, QStringLiteral("partnerPhoneEdit"))
        ->setText(QStringLiteral("03 29 00 00 01"));
    Partner theirPartner = *PartnerService(*context).find(partner.id);
    theirPartner.phone = QStringLiteral("03 29 00 00 02");
    theirPartner.website = QStringLiteral("https://www.francetravail.fr");
    REQUIRE(PartnerService(*context).save(theirPartner).isEmpty());
    CHECK_FALSE(partnerEditor->save());
    QStringList rows;
    ConflictDialog* dialog = conflictOf(partnerEditor, &rows);
    CHECK(rows == QStringList{QStringLiteral("Phone"), QStringLiteral("Website")});
    CHECK(dialog->keptMine() == QSet<QString>{QStringLiteral("phone")}); // a clash: hers suggested
    dialog->accept();
    const Partner storedPartner = *PartnerService(*context).find(partner.id);
    CHECK(storedPartner.phone == QStringLiteral("03 29 00 00 01"));
    CHECK(storedPartner.website == QStringLiteral("https://www.francetravail.fr"));

    PromotionAction action;
    action.title = QStringLiteral("Réunion d'information");
    action.date = QDate(2026, 6, 4);
    action.partnerIds = {partner.id};
    REQUIRE(PromotionService(*context).save(action).isEmpty());
    PromotionPage page(*context);
    page.show();
    PromotionActionEditor* actionEditor = page.actionsTab()->openEditor(action.id);
    child<QLineEdit>(actionEditor, QStringLiteral("actionPlaceEdit"))
        ->setText(QStringLiteral("Salle des fêtes"));
    PromotionAction theirAction = *PromotionService(*context).find(action.id);
    theirAction.partnerIds = {other.id, partner.id};
    REQUIRE(PromotionService(*context).save(theirAction).isEmpty());
    CHECK_FALSE(actionEditor->save());
    dialog = conflictOf(actionEditor, &rows);
    CHECK(rows == QStringList{QStringLiteral("Place"), QStringLiteral("Partners")});
    auto* theirsCell = qobject_cast<QAbstractButton*>(dialog->table()->cellWidget(1, 2));
    REQUIRE(theirsCell);
    CHECK(theirsCell->text().contains(QStringLiteral("CAF de la Meuse")));
    dialog->accept();
    const PromotionAction storedAction = *PromotionService(*context).find(action.id);
    CHECK(storedAction.place == QStringLiteral("Salle des fêtes"));
    CHECK(storedAction.partnerIds.size() == 2);
}

TEST_CASE("A conflict with nothing to choose saves without asking")
{
    MainWindow window(emptyContext());
    window.show();
    const Relay relay = savedRelay(window.context());
    RelayEditor* editor = relayEditorTyping(window, relay.id, QStringLiteral("Commune de Verdun"));

    // A colleague typed the same thing and saved first.
    Relay theirs = *RelayService(window.context()).find(relay.id);
    theirs.managingBody = QStringLiteral("Commune de Verdun");
    REQUIRE(RelayService(window.context()).save(theirs).isEmpty());

    editor->save();
    CHECK(editor->findChild<ConflictDialog*>() == nullptr);
    const Relay stored = *RelayService(window.context()).find(relay.id);
    CHECK(stored.managingBody == QStringLiteral("Commune de Verdun"));
    CHECK(stored.version == theirs.version + 1);
    CHECK_FALSE(editor->isDirty());
}
