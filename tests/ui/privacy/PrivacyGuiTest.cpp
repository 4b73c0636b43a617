#include "AnonymisationService.h"
#include "ChildminderEditor.h"
#include "ChildminderRepository.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RetentionJobDialog.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A coordinator anonymises a childminder from her editor after confirming")
{
    auto context = emptyContext();
    const SmallRegister people = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    MessageBox::setTestMode(true);
    MessageBox::clearShownTexts();

    ChildminderEditor* editor = window.openChildminder(people.martin);
    auto* button = child<QPushButton>(editor, QStringLiteral("anonymiseButton"));
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());

    // Cancel first: nothing changes.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(window.context().childminders().find(people.martin)->usageName !=
          AnonymisationService::markerFor(people.martin));
    REQUIRE_FALSE(MessageBox::shownTexts().isEmpty());
    CHECK(MessageBox::shownTexts().last().contains(QStringLiteral("cannot be undone")));

    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    const auto person = window.context().childminders().find(people.martin);
    REQUIRE(person);
    CHECK(person->usageName == AnonymisationService::markerFor(people.martin));
    CHECK(person->firstName.isEmpty());
    // The editor shows the anonymised file, with nothing unsaved.
    CHECK(child<QLineEdit>(editor, QStringLiteral("usageNameEdit"))->text() ==
          AnonymisationService::markerFor(people.martin));
    CHECK_FALSE(editor->isDirty());
    MessageBox::setTestMode(false);
}

TEST_CASE("Only a coordinator sees the anonymise button")
{
    auto context = emptyContext();
    const SmallRegister people = fillSmallRegister(*context);
    Session staff;
    staff.login = QStringLiteral("agent");
    staff.role = Role::ContactStaff;
    staff.signedIn = true;
    context->setSession(staff);
    ChildminderEditor editor(*context, people.martin);
    editor.show();
    CHECK_FALSE(child<QPushButton>(&editor, QStringLiteral("anonymiseButton"))->isVisible());
}

TEST_CASE("The retention dialog shows the dry run and applies it after confirmation")
{
    auto context = emptyContext();
    const SmallRegister people = fillSmallRegister(*context);
    // A fourth person whose agrément ended more than 5 years before the test day.
    const qint64 old = addPerson(*context, QStringLiteral("Ancienne"), QStringLiteral("Odile"),
                                 QStringLiteral("55000"), QStringLiteral("Bar-le-Duc"), QDate(2019, 3, 31));
    (void)people;
    MessageBox::setTestMode(true);
    RetentionJobDialog dialog(*context);
    dialog.open();
    CHECK(dialog.planView()->toPlainText().contains(QString::number(old)));
    REQUIRE(dialog.applyButton()->isEnabled());
    CHECK(context->childminders().find(old)->usageName == QStringLiteral("Ancienne"));

    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    CHECK(context->childminders().find(old)->usageName == AnonymisationService::markerFor(old));
    CHECK_FALSE(dialog.applyButton()->isEnabled());
    CHECK(dialog.planView()->toPlainText().contains(QStringLiteral("Nothing is due today.")));
    MessageBox::setTestMode(false);
}
