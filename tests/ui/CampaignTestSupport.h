#pragma once

// Shared by the campaign GUI tests: a small register with two RPEs, campaigns
// on the default questionnaire, and keyboard helpers for the response form.
#include "CallListTab.h"
#include "CampaignListPage.h"
#include "CampaignPage.h"
#include "CampaignPeopleModel.h"
#include "CampaignService.h"
#include "MainWindow.h"
#include "QuestionEditors.h"
#include "QuestionnaireForm.h"
#include "QuestionnaireService.h"
#include "RelayService.h"
#include "ResponseFormDialog.h"
#include "UiTestSupport.h"

#include <QLineEdit>

namespace parcours::testing {

inline qint64 addRelay(AppContext& context, const QString& name, const QString& inseeCode)
{
    Relay relay;
    relay.name = name;
    relay.communeCodes = {inseeCode};
    REQUIRE(RelayService(context).save(relay).isEmpty());
    return relay.id;
}

// Two RPEs (Bar-le-Duc, Verdun), then the three people of the small register:
// Lefèvre in Bar-le-Duc, Martin in Verdun, Durand in Commercy (no RPE).
struct Register
{
    qint64 bar = 0;
    qint64 verdun = 0;
    SmallRegister people;
};

inline Register fillRegister(AppContext& context)
{
    Register r;
    r.bar = addRelay(context, QStringLiteral("RPE de Bar-le-Duc"), QStringLiteral("55029"));
    r.verdun = addRelay(context, QStringLiteral("RPE de Verdun"), QStringLiteral("55545"));
    r.people = fillSmallRegister(context);
    return r;
}

inline SurveyCampaign makeCampaign(AppContext& context, int year)
{
    QuestionnaireService questionnaires(context);
    questionnaires.installDefaultIfMissing();
    const auto questionnaire = questionnaires.latest(QuestionnaireService::defaultTemplate().name);
    REQUIRE(questionnaire);
    SurveyCampaign campaign;
    REQUIRE(CampaignService(context).createCampaign(year, questionnaire->id, {}, &campaign).isEmpty());
    return campaign;
}

inline CallListTab* openCallList(MainWindow& window, qint64 campaignId)
{
    window.showPage(MainWindow::CampaignIndex);
    window.campaignList()->refresh();
    CampaignPage* page = window.campaignList()->openCampaign(campaignId);
    REQUIRE(page != nullptr);
    return page->callList();
}

inline int rowOf(CallListTab* tab, qint64 id)
{
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        if (tab->model()->idAt(row) == id)
            return row;
    FAIL("not in the call list");
    return -1;
}

inline QString cell(CallListTab* tab, int row, int column)
{
    return tab->model()->index(row, column).data().toString();
}

// The focused widget is (inside) the editor of that question.
inline bool focusIn(QWidget* dialog, QuestionnaireForm* form, const QString& code)
{
    QWidget* focused = dialog->focusWidget();
    QWidget* editor = form->editor(code);
    return focused && editor && (focused == editor || editor->isAncestorOf(focused));
}

inline void press(QWidget* dialog, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = dialog->focusWidget();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

inline void type(QWidget* dialog, const QString& text)
{
    typeText(dialog->focusWidget(), text);
}

inline ResponseFormDialog* openForm(CallListTab* tab, qint64 id)
{
    tab->selectRow(rowOf(tab, id));
    ResponseFormDialog* dialog = tab->enterResponse();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(dialog->form() != nullptr);
    // The OS user name is proposed; tests do not depend on who runs them.
    child<QLineEdit>(dialog, QStringLiteral("responseEnteredByEdit"))
        ->setText(QStringLiteral("Sophie Garnier"));
    return dialog;
}

// Every required answer of the default questionnaire, set directly.
inline void answerRequired(QuestionnaireForm* form, const QString& projet)
{
    const QList<QPair<QString, QString>> answers{{QStringLiteral("enfantsAccueillis"), QStringLiteral("2")},
                                                 {QStringLiteral("placesAgrement"), QStringLiteral("4")},
                                                 {QStringLiteral("placesUtilisees"), QStringLiteral("2")},
                                                 {QStringLiteral("placesDisponibles"), QStringLiteral("N")},
                                                 {QStringLiteral("lieuExercice"), QStringLiteral("DOMICILE")},
                                                 {QStringLiteral("formationSouhait"), QStringLiteral("N")},
                                                 {QStringLiteral("interetCapAepe"), QStringLiteral("NON")},
                                                 {QStringLiteral("interetVae"), QStringLiteral("N")},
                                                 {QStringLiteral("projet"), projet},
                                                 {QStringLiteral("recontact"), QStringLiteral("N")}};
    for (const auto& [code, value] : answers)
        form->editor(code)->setAnswer({value}, {});
}

} // namespace parcours::testing
