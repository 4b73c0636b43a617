#include "ChildminderEditor.h"
#include "ApprovalDecisionDialog.h"
#include "ChildminderApprovalsTab.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A childminder created through the editor appears in the list")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    auto* model = window.childminderList()->model();
    REQUIRE(model->rowCount() == 3);

    ChildminderEditor* editor = window.openChildminder(0);
    typeText(child<QLineEdit>(editor, QStringLiteral("usageNameEdit")), QStringLiteral("Noël"));
    typeText(child<QLineEdit>(editor, QStringLiteral("firstNameEdit")), QStringLiteral("Maëlle"));
    typeText(child<QLineEdit>(editor, QStringLiteral("birthDateEdit")), QStringLiteral("21/06/1990"));
    typeText(child<QLineEdit>(editor, QStringLiteral("postalCodeEdit")), QStringLiteral("55200"));
    auto* commune = child<QComboBox>(editor, QStringLiteral("communeCombo"));
    REQUIRE(commune->count() > 0); // filled from the reference data for 55200
    commune->setCurrentIndex(commune->findText(QStringLiteral("Commercy")));
    REQUIRE(commune->currentText() == QStringLiteral("Commercy"));
    typeText(child<QLineEdit>(editor, QStringLiteral("phoneEdit")), QStringLiteral("0329910001"));
    typeText(child<QLineEdit>(editor, QStringLiteral("emailEdit")),
             QStringLiteral("maelle.noel@laposte.net"));
    CHECK(editor->isDirty());

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(child<QLabel>(editor, QStringLiteral("usageNameError"))->isHidden());
    REQUIRE(editor->personId() > 0);
    CHECK_FALSE(editor->isDirty());
    CHECK(model->rowCount() == 4);

    const auto file = ChildminderService(window.context()).open(editor->personId());
    REQUIRE(file);
    CHECK(file->person.usageName == QStringLiteral("Noël"));
    CHECK(file->person.birthDate == QDate(1990, 6, 21));
    CHECK(file->person.inseeCode == QStringLiteral("55122"));
    CHECK(file->person.phone == QStringLiteral("03 29 91 00 01")); // normalised
    CHECK(file->person.status == ChildminderStatus::Prospect);
}

TEST_CASE("A bad email shows a message under the field and saves nothing")
{
    MainWindow window(emptyContext());
    window.show();
    ChildminderEditor* editor = window.openChildminder(0);
    typeText(child<QLineEdit>(editor, QStringLiteral("usageNameEdit")), QStringLiteral("Martin"));
    typeText(child<QLineEdit>(editor, QStringLiteral("firstNameEdit")), QStringLiteral("Zoé"));
    typeText(child<QLineEdit>(editor, QStringLiteral("emailEdit")), QStringLiteral("zoe.martin@"));
    auto* emailError = child<QLabel>(editor, QStringLiteral("emailError"));
    CHECK(emailError->isHidden());

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK_FALSE(emailError->isHidden());
    CHECK(emailError->text().contains(QStringLiteral("email")));
    CHECK(editor->personId() == 0);
    CHECK(window.childminderList()->model()->rowCount() == 0);

    // A date that is no date is caught by the form itself.
    auto* birth = child<QLineEdit>(editor, QStringLiteral("birthDateEdit"));
    typeText(birth, QStringLiteral("31/02/1980"));
    child<QLineEdit>(editor, QStringLiteral("emailEdit"))->setText(QStringLiteral("zoe.martin@free.fr"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(editor, QStringLiteral("birthDateError"))->isHidden());
    CHECK(emailError->isHidden());
    CHECK(editor->personId() == 0);

    // Correct it: saved.
    birth->setText(QStringLiteral("28/02/1980"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(editor->personId() > 0);
    CHECK(window.childminderList()->model()->rowCount() == 1);
}

TEST_CASE("Closing with unsaved changes asks: cancel keeps, don't save drops, save writes")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    MessageBox::clearShownTexts();

    ChildminderEditor* editor = window.openChildminder(r.martin);
    REQUIRE(editor->isVisible());
    CHECK_FALSE(editor->isDirty()); // opening alone changes nothing
    auto* first = child<QLineEdit>(editor, QStringLiteral("firstNameEdit"));
    first->clear();
    typeText(first, QStringLiteral("Zoë"));
    REQUIRE(editor->isDirty());

    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("closeButton")), Qt::LeftButton);
    CHECK(editor->isVisible());
    CHECK(MessageBox::shownTexts().size() == 1);

    MessageBox::setNextAnswer(MessageBox::Discard);
    editor->close();
    CHECK_FALSE(editor->isVisible());
    CHECK(ChildminderService(window.context()).open(r.martin)->person.firstName == QStringLiteral("Zoé"));

    ChildminderEditor* again = window.openChildminder(r.martin);
    auto* againFirst = child<QLineEdit>(again, QStringLiteral("firstNameEdit"));
    againFirst->clear();
    typeText(againFirst, QStringLiteral("Zoë"));
    MessageBox::setNextAnswer(MessageBox::Save);
    again->close();
    CHECK_FALSE(again->isVisible());
    CHECK(ChildminderService(window.context()).open(r.martin)->person.firstName == QStringLiteral("Zoë"));
}

TEST_CASE("A save that collides with someone else's shows both versions and saves the user's choices")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(r.durand);

    // A colleague saves the same file meanwhile: a new phone and new notes.
    ChildminderService service(window.context());
    auto theirs = service.open(r.durand)->person;
    theirs.phone = QStringLiteral("03 29 00 00 00");
    theirs.notes = QStringLiteral("Their note");
    REQUIRE(service.save(theirs).isEmpty());

    auto* first = child<QLineEdit>(editor, QStringLiteral("firstNameEdit"));
    first->setText(QStringLiteral("Clara"));
    child<QPlainTextEdit>(editor, QStringLiteral("notesEdit"))->setPlainText(QStringLiteral("My note"));
    CHECK_FALSE(editor->save());
    // Nothing was overwritten yet.
    CHECK(service.open(r.durand)->person.firstName == QStringLiteral("Claire"));

    auto* dialog = editor->findChild<ConflictDialog*>(QStringLiteral("conflictDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* table = dialog->table();
    QStringList fields;
    for (int row = 0; row < table->rowCount(); ++row)
        fields << table->item(row, 0)->text();
    CHECK(fields ==
          QStringList{QStringLiteral("First name"), QStringLiteral("Phone"), QStringLiteral("Notes")});
    // Keep my first name (suggested), their phone (suggested), and their note
    // although I changed it too.
    dialog->choose(QStringLiteral("notes"), false);
    dialog->accept();

    const Childminder stored = service.open(r.durand)->person;
    CHECK(stored.firstName == QStringLiteral("Clara"));
    CHECK(stored.phone == QStringLiteral("03 29 00 00 00"));
    CHECK(stored.notes == QStringLiteral("Their note"));
    CHECK(stored.version == theirs.version + 1);
    CHECK_FALSE(editor->isDirty());
}

TEST_CASE("Cancelling a save conflict keeps the user's edit on screen and stores nothing")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(r.durand);
    ChildminderService service(window.context());
    auto theirs = service.open(r.durand)->person;
    theirs.phone = QStringLiteral("03 29 00 00 00");
    REQUIRE(service.save(theirs).isEmpty());

    auto* first = child<QLineEdit>(editor, QStringLiteral("firstNameEdit"));
    first->setText(QStringLiteral("Clara"));
    CHECK_FALSE(editor->save());
    auto* dialog = editor->findChild<ConflictDialog*>(QStringLiteral("conflictDialog"));
    REQUIRE(dialog);
    dialog->reject();
    CHECK(first->text() == QStringLiteral("Clara"));
    CHECK(editor->isDirty());
    CHECK(service.open(r.durand)->person.firstName == QStringLiteral("Claire"));
    CHECK(service.open(r.durand)->person.phone == QStringLiteral("03 29 00 00 00"));
}

TEST_CASE("Agrément decisions are recorded from the editor and refresh its history")
{
    auto context = emptyContext();
    const qint64 id = addPerson(*context, QStringLiteral("Humbert"), QStringLiteral("Anaïs"),
                                QStringLiteral("55000"), QStringLiteral("Bar-le-Duc"));
    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(id);
    auto* history = child<QTableWidget>(editor, QStringLiteral("approvalTable"));
    CHECK(history->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(editor, QStringLiteral("renewButton"))->isEnabled());

    ApprovalDecisionDialog* grant =
        editor->approvalsTab()->startDecision(ApprovalDecisionDialog::Kind::FirstGrant);
    REQUIRE(grant);
    child<QLineEdit>(grant, QStringLiteral("numberEdit"))->setText(QStringLiteral("55-2026-0001"));
    child<QDateEdit>(grant, QStringLiteral("startDateEdit"))->setDate(QDate(2026, 11, 1));
    child<QSpinBox>(grant, QStringLiteral("placesSpin"))->setValue(4);
    QTest::mouseClick(child<QPushButton>(grant, QStringLiteral("recordButton")), Qt::LeftButton);
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == QStringLiteral("55-2026-0001"));
    CHECK(history->item(0, 2)->text() == QStringLiteral("31/10/2031")); // 5 years, computed

    // A suspension longer than the law allows stays open with the reason.
    ApprovalDecisionDialog* suspend =
        editor->approvalsTab()->startDecision(ApprovalDecisionDialog::Kind::Suspension);
    child<QDateEdit>(suspend, QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 10));
    child<QDateEdit>(suspend, QStringLiteral("suspensionEndEdit"))->setDate(QDate(2027, 6, 1));
    CHECK_FALSE(suspend->submit());
    CHECK_FALSE(child<QLabel>(suspend, QStringLiteral("endDateError"))->isHidden());
    child<QDateEdit>(suspend, QStringLiteral("suspensionEndEdit"))->setDate(QDate(2027, 1, 10));
    QTest::mouseClick(child<QPushButton>(suspend, QStringLiteral("recordButton")), Qt::LeftButton);
    // The service set her status; the editor shows it and has nothing unsaved.
    auto* status = child<QComboBox>(editor, QStringLiteral("statusCombo"));
    CHECK(status->currentData().toString() == statusKey(ChildminderStatus::Suspended));
    CHECK_FALSE(editor->isDirty());
    CHECK(history->item(0, 6)->text().contains(QStringLiteral("10/01/2027")));
}
