#include "CampaignTestSupport.h"
#include "ContactService.h"
#include "MessageBox.h"
#include "ResponseService.h"

#include <QLabel>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("The response form is typed with the keyboard only and the answers are stored")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    ResponseFormDialog* dialog = openForm(tab, r.people.martin);
    QuestionnaireForm* form = dialog->form();
    CHECK_FALSE(dialog->isEditing());
    CHECK_FALSE(form->isShown(QStringLiteral("placesDisponiblesNombre")));

    // From the "entered by" field, Tab leads to the first question.
    auto* enteredBy = child<QLineEdit>(dialog, QStringLiteral("responseEnteredByEdit"));
    enteredBy->setFocus();
    QTest::keyClick(enteredBy, Qt::Key_A, Qt::ControlModifier);
    typeText(enteredBy, QStringLiteral("Sophie Garnier"));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("enfantsAccueillis")));
    type(dialog, QStringLiteral("3"));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("placesAgrement")));
    type(dialog, QStringLiteral("4"));
    press(dialog, Qt::Key_Tab);
    type(dialog, QStringLiteral("3"));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("placesDisponibles")));
    press(dialog, Qt::Key_1); // yes: the number of places appears
    CHECK(form->isShown(QStringLiteral("placesDisponiblesNombre")));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("placesDisponiblesNombre")));
    type(dialog, QStringLiteral("1"));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("lieuExercice")));
    press(dialog, Qt::Key_2); // MAM
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("satisfaction")));
    press(dialog, Qt::Key_4);
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("difficultes")));
    CHECK_FALSE(form->isShown(QStringLiteral("difficultesCommentaire")));
    press(dialog, Qt::Key_Space); // the first box: isolation
    CHECK(form->isShown(QStringLiteral("difficultesCommentaire")));
    for (int i = 0; i < 6; ++i) // the six boxes
        press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("difficultesCommentaire")));
    type(dialog, QStringLiteral("Peu de contacts avec les collègues."));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("formationSouhait")));
    press(dialog, Qt::Key_2); // no: the training questions stay hidden
    CHECK_FALSE(form->isShown(QStringLiteral("formationThemes")));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("interetCapAepe")));
    press(dialog, Qt::Key_3); // NON
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("interetVae")));
    press(dialog, Qt::Key_N);
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("projet")));
    press(dialog, Qt::Key_1); // go on as today
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("projetCommentaire")));
    press(dialog, Qt::Key_Tab);
    REQUIRE(focusIn(dialog, form, QStringLiteral("recontact")));
    press(dialog, Qt::Key_2);
    press(dialog, Qt::Key_Return, Qt::ControlModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const auto stored = ResponseService(window.context()).response(campaign.id, r.people.martin);
    REQUIRE(stored);
    const QHash<QString, QStringList> expected{
        {QStringLiteral("enfantsAccueillis"), {QStringLiteral("3")}},
        {QStringLiteral("placesAgrement"), {QStringLiteral("4")}},
        {QStringLiteral("placesUtilisees"), {QStringLiteral("3")}},
        {QStringLiteral("placesDisponibles"), {QStringLiteral("Y")}},
        {QStringLiteral("placesDisponiblesNombre"), {QStringLiteral("1")}},
        {QStringLiteral("lieuExercice"), {QStringLiteral("MAM")}},
        {QStringLiteral("satisfaction"), {QStringLiteral("4")}},
        {QStringLiteral("difficultes"), {QStringLiteral("ISOLEMENT")}},
        {QStringLiteral("difficultesCommentaire"), {QStringLiteral("Peu de contacts avec les collègues.")}},
        {QStringLiteral("formationSouhait"), {QStringLiteral("N")}},
        {QStringLiteral("interetCapAepe"), {QStringLiteral("NON")}},
        {QStringLiteral("interetVae"), {QStringLiteral("N")}},
        {QStringLiteral("projet"), {QStringLiteral("POURSUIVRE")}},
        {QStringLiteral("recontact"), {QStringLiteral("N")}}};
    CHECK(stored->answers == expected);
    CHECK(stored->enteredBy == QStringLiteral("Sophie Garnier"));
    CHECK(stored->channel == ContactChannel::Phone);
    const int row = rowOf(tab, r.people.martin);
    CHECK(cell(tab, row, CampaignPeopleModel::Status) == QStringLiteral("Responded"));
    CHECK(tab->selectedId() == r.people.martin);
    CHECK(tab->feedback()->text() == QStringLiteral("Response of MARTIN Zoé saved."));

    // Opened again, the form shows her response: a correction replaces it.
    ResponseFormDialog* edit = openForm(tab, r.people.martin);
    CHECK(edit->isEditing());
    CHECK(edit->form()->editor(QStringLiteral("lieuExercice"))->values() ==
          QStringList{QStringLiteral("MAM")});
    CHECK(edit->form()->isShown(QStringLiteral("placesDisponiblesNombre")));
    edit->form()->editor(QStringLiteral("satisfaction"))->setFocus();
    press(edit, Qt::Key_5);
    REQUIRE(edit->save());
    edit->accept();
    CHECK(ResponseService(window.context())
              .response(campaign.id, r.people.martin)
              ->answers.value(QStringLiteral("satisfaction")) == QStringList{QStringLiteral("5")});
}

TEST_CASE("A conditional question appears with its answer and last year's answers show beside the questions")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign last = makeCampaign(*context, 2025);
    SurveyResponse before;
    before.campaignId = last.id;
    before.childminderId = r.people.lefevre;
    before.submittedAt = QDateTime(QDate(2025, 10, 2), QTime(10, 0));
    before.enteredBy = QStringLiteral("Sophie Garnier");
    before.answers = {
        {QStringLiteral("enfantsAccueillis"), {QStringLiteral("2.5")}},
        {QStringLiteral("placesAgrement"), {QStringLiteral("4")}},
        {QStringLiteral("placesUtilisees"), {QStringLiteral("2")}},
        {QStringLiteral("placesDisponibles"), {QStringLiteral("N")}},
        {QStringLiteral("lieuExercice"), {QStringLiteral("DOMICILE")}},
        {QStringLiteral("difficultes"), {QStringLiteral("PARENTS"), QStringLiteral("REMUNERATION")}},
        {QStringLiteral("formationSouhait"), {QStringLiteral("N")}},
        {QStringLiteral("interetCapAepe"), {QStringLiteral("INFO")}},
        {QStringLiteral("interetVae"), {QStringLiteral("Y")}},
        {QStringLiteral("projet"), {QStringLiteral("POURSUIVRE")}},
        {QStringLiteral("recontact"), {QStringLiteral("N")}}};
    REQUIRE(ResponseService(*context).submit(before).isEmpty());
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    ResponseFormDialog* dialog = openForm(tab, r.people.lefevre);
    QuestionnaireForm* form = dialog->form();

    auto lastYear = [form](const QString& code) {
        return child<QLabel>(form->editor(code)->parentWidget(), QStringLiteral("lastYearLabel"))->text();
    };
    CHECK(lastYear(QStringLiteral("lieuExercice")) == QStringLiteral("Last year: À mon domicile"));
    CHECK(lastYear(QStringLiteral("difficultes")) ==
          QStringLiteral("Last year: Les relations avec les parents, La rémunération"));
    CHECK(lastYear(QStringLiteral("interetVae")) == QStringLiteral("Last year: yes"));
    CHECK(lastYear(QStringLiteral("enfantsAccueillis")) == QStringLiteral("Last year: 2,5"));
    CHECK(lastYear(QStringLiteral("satisfaction")) == QStringLiteral("Last year: no answer"));
    // She said no to training last year: the themes were not asked, nothing to show.
    CHECK(form->editor(QStringLiteral("formationThemes"))
              ->parentWidget()
              ->findChild<QLabel*>(QStringLiteral("lastYearLabel")) == nullptr);
    // Texts are plain text: what an import brought is never read as HTML.
    for (auto* label : form->findChildren<QLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);

    CHECK_FALSE(form->isShown(QStringLiteral("anneeRetraite")));
    form->editor(QStringLiteral("projet"))->setFocus();
    press(dialog, Qt::Key_6); // stop within a year
    CHECK(form->editor(QStringLiteral("projet"))->values() == QStringList{QStringLiteral("CESSER_1")});
    CHECK(form->isShown(QStringLiteral("anneeRetraite")));
    press(dialog, Qt::Key_1); // changed her mind: the question goes away
    CHECK_FALSE(form->isShown(QStringLiteral("anneeRetraite")));

    // Escape with something typed asks first; Cancel keeps the form.
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(MessageBox::Cancel);
    press(dialog, Qt::Key_Escape);
    CHECK(MessageBox::shownTexts() ==
          QStringList{QStringLiteral("Save the answers typed for this response?")});
    CHECK(dialog->isVisible());
    MessageBox::setNextAnswer(MessageBox::Discard);
    press(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(ResponseService(window.context()).response(campaign.id, r.people.lefevre));
}

TEST_CASE("A required question left empty is shown in red and focused, and nothing is stored")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    ResponseFormDialog* dialog = openForm(tab, r.people.durand);
    QuestionnaireForm* form = dialog->form();
    answerRequired(form, QStringLiteral("POURSUIVRE"));
    form->editor(QStringLiteral("interetVae"))->setAnswer({}, {});
    form->editor(QStringLiteral("enfantsAccueillis"))->setFocus();
    press(dialog, Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog->isVisible());
    CHECK(focusIn(dialog, form, QStringLiteral("interetVae")));
    auto* error = child<QLabel>(form->editor(QStringLiteral("interetVae"))->parentWidget(),
                                QStringLiteral("questionError"));
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(
        child<QLabel>(form->editor(QStringLiteral("projet"))->parentWidget(), QStringLiteral("questionError"))
            ->isHidden());
    CHECK(child<QLabel>(dialog, QStringLiteral("responseFeedback"))
              ->text()
              .startsWith(QStringLiteral("The response was not saved")));
    CHECK_FALSE(ResponseService(window.context()).response(campaign.id, r.people.durand));
    CHECK(cell(tab, rowOf(tab, r.people.durand), CampaignPeopleModel::Status) ==
          QStringLiteral("To contact"));

    // Who typed it goes to her contact history: it may not be left blank.
    form->editor(QStringLiteral("interetVae"))->setAnswer({QStringLiteral("Y")}, {});
    auto* enteredBy = child<QLineEdit>(dialog, QStringLiteral("responseEnteredByEdit"));
    enteredBy->clear();
    CHECK_FALSE(dialog->save());
    CHECK(error->isHidden());
    CHECK(child<QLabel>(dialog, QStringLiteral("enteredByError"))->text() ==
          QStringLiteral("Enter who typed the response."));
    CHECK(dialog->focusWidget() == enteredBy);
    CHECK_FALSE(ResponseService(window.context()).response(campaign.id, r.people.durand));
    MessageBox::setNextAnswer(MessageBox::Discard);
    dialog->reject();
}

TEST_CASE("Planning to stop within a year creates a coordinator follow-up and the form says so")
{
    auto context = emptyContext();
    const Register r = fillRegister(*context);
    const SurveyCampaign campaign = makeCampaign(*context, 2026);
    MainWindow window(std::move(context));
    window.show();
    CallListTab* tab = openCallList(window, campaign.id);
    ResponseFormDialog* dialog = openForm(tab, r.people.durand);
    answerRequired(dialog->form(), QStringLiteral("CESSER_1"));
    MessageBox::clearShownTexts();
    REQUIRE(dialog->save());
    dialog->accept();

    const auto history = ContactService(window.context()).history(r.people.durand);
    REQUIRE(history.size() == 1);
    REQUIRE(history.front().followUp);
    const QString action = history.front().followUp->action;
    CHECK(action.startsWith(QStringLiteral("Call her back after the 2026 survey: ")));
    CHECK(action.contains(QStringLiteral("Cesser mon activité d'ici 1 an")));
    CHECK(MessageBox::shownTexts() ==
          QStringList{QStringLiteral("A coordinator follow-up was created: ") + action});
    CHECK(tab->feedback()->text().endsWith(QStringLiteral("A coordinator follow-up was created: ") + action));
    CHECK(cell(tab, rowOf(tab, r.people.durand), CampaignPeopleModel::Status) == QStringLiteral("Responded"));
}
