// parcours-screenshots DIR [--review]: builds the demo register in memory on
// a fixed date and seed, and saves the PNGs of docs/screenshots so they can
// be regenerated identically whenever the screens or the translation change.
// --review also saves every other screen (dialogs, wizard, error states) so a
// person can check layouts and translations without clicking through them.
#include "AppContext.h"
#include "AppSetup.h"
#include "ApprovalDecisionDialog.h"
#include "AuditDialog.h"
#include "AuditService.h"
#include "BackupDialog.h"
#include "CallListTab.h"
#include "CampaignListPage.h"
#include "CampaignPage.h"
#include "CampaignPeopleModel.h"
#include "CampaignService.h"
#include "CampaignSummaryTab.h"
#include "CareerPathTab.h"
#include "ChangePasswordDialog.h"
#include "ChildminderApprovalsTab.h"
#include "ChildminderContactsTab.h"
#include "ChildminderEditor.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "ChildminderMerge.h"
#include "ChildminderService.h"
#include "CollectiveActivitiesTab.h"
#include "ConflictDialog.h"
#include "ContactLogDialog.h"
#include "CoverageTab.h"
#include "CreateCampaignDialog.h"
#include "DashboardPage.h"
#include "DemoCareerPaths.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"
#include "FirstRunDialog.h"
#include "FixedClock.h"
#include "HistoryTab.h"
#include "ImportWizard.h"
#include "IsolationWatchTab.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MamService.h"
#include "MessageBox.h"
#include "PromotionPage.h"
#include "QuestionEditors.h"
#include "QuestionnaireForm.h"
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "RelayService.h"
#include "ResponseFormDialog.h"
#include "ResponseService.h"
#include "SendingDialog.h"
#include "ServerConnectionDialog.h"
#include "TimelineTab.h"
#include "TrainingAreaPage.h"
#include "TrainingRepository.h"
#include "TrainingSessionsTab.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parcours;

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget* widget, const QDir& dir, const QString& name)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->show();
    settle();
    const QString path = dir.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stderr) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// The file of someone the dashboard flags: she has an agrément history.
qint64 personWithHistory(MainWindow& window)
{
    for (const auto& alert : window.dashboard()->alerts())
        if (alert.childminderId > 0 && alert.date.isValid())
            return alert.childminderId;
    return window.childminderList()->model()->idAt(0);
}

int rowOf(CallListTab* tab, qint64 id)
{
    for (int row = 0; row < std::min(tab->model()->rowCount(), 1000); ++row)
        if (tab->model()->idAt(row) == id)
            return row;
    return 0;
}

// The demo's campaigns, and someone reminded this year who answered last year:
// her response form shows last year's answers beside the questions.
struct ScreenshotCampaigns
{
    qint64 thisYearId = 0;
    qint64 personWithHistory = 0;

    static ScreenshotCampaigns find(AppContext& context)
    {
        ScreenshotCampaigns found;
        const int year = context.clock().today().year();
        const auto campaign = CampaignService(context).campaign(year);
        if (!campaign)
            return found;
        found.thisYearId = campaign->id;
        CampaignPeopleFilter reminded;
        reminded.status = CampaignStatus::Reminded;
        for (const auto& row : CampaignService(context).people(campaign->id, reminded, 0, 500))
            if (ResponseService(context).previousResponse(row.childminderId, year)) {
                found.personWithHistory = row.childminderId;
                break;
            }
        return found;
    }
};

// The dashboard and the summary are computed off the GUI thread: wait for
// them (at most 20 s) before taking the picture.
template <typename Page> void waitUntilLoaded(Page* page)
{
    QElapsedTimer timer;
    timer.start();
    do
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    while (page->isLoading() && timer.elapsed() < 20000);
    settle();
}

// Someone enrolled in the first session of the catalogue that has people
// on its list: her career path and timeline are full.
qint64 personInTraining(AppContext& context)
{
    TrainingSessionFilter filter;
    filter.limit = 50;
    for (const auto& row : context.trainings().sessions(filter))
        if (row.enrolled > 0)
            for (const auto& e : context.trainings().enrolmentsForSession(row.session.id))
                if (e.enrolment.childminderId > 0)
                    return e.enrolment.childminderId;
    return 0;
}

// Waits (at most 10 s) for the tables a page fills off the GUI thread.
void waitForRows(QTableWidget* table)
{
    QElapsedTimer timer;
    timer.start();
    while (table->rowCount() == 0 && timer.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
}

// Issue 5: sign-in, a save conflict, the « Historique » tab after a change,
// the audit trail, the backups and changing one's password.
bool trustScreens(MainWindow& window, const QDir& dir, qint64 personId)
{
    bool ok = true;
    AppContext& context = window.context();
    LoginDialog login(context);
    login.setLogin(QStringLiteral("cpetit"));
    ok &= save(&login, dir, QStringLiteral("connexion.png"));

    ChildminderService service(context);
    const Childminder before = service.open(personId)->person;
    Childminder changed = before;
    changed.phone = QStringLiteral("06 12 34 56 78");
    changed.notes = QStringLiteral("Souhaite rejoindre une MAM en 2027.");
    service.save(changed);
    ChildminderEditor* editor = window.openChildminder(personId);
    editor->tabs()->setCurrentWidget(editor->historyTab());
    ok &= save(editor, dir, QStringLiteral("fiche-historique.png"));
    editor->close();

    Childminder mine = before;
    mine.phone = QStringLiteral("03 29 45 12 00");
    ConflictDialog conflict(ChildminderMerge(before, mine, changed).differences());
    ok &= save(&conflict, dir, QStringLiteral("conflit.png"));

    AuditDialog audit(context);
    ok &= save(&audit, dir, QStringLiteral("journal-audit.png"));
    BackupDialog backups(context);
    MessageBox::setTestMode(true); // "backup done" must not wait for a click
    backups.backupNow();
    MessageBox::setTestMode(false);
    ok &= save(&backups, dir, QStringLiteral("sauvegardes.png"));

    ChangePasswordDialog password(context);
    password.fill(QStringLiteral("********"), QStringLiteral("Verdun-Citadelle-1916!"),
                  QStringLiteral("Verdun-Citadelle-1916"));
    ok &= save(&password, dir, QStringLiteral("mot-de-passe.png"));

    // Issue 6: the shared-server settings, as the IT department fills them in.
    ServerSettings server;
    server.host = QStringLiteral("pg.meuse.fr");
    server.database = QStringLiteral("parcours");
    server.user = QStringLiteral("marie.lefevre");
    server.sslMode = QStringLiteral("require");
    ServerConnectionDialog serverDialog(server, true, context.clock());
    ok &= save(&serverDialog, dir, QStringLiteral("serveur-partage.png"));
    return ok;
}

// Issue 4: the editor's « Parcours » and « Chronologie » tabs, the
// « Formations » area (sessions, collective activities, isolation watch),
// « Promotion » (prospects, funnel) and « Partenaires ».
bool careerScreens(MainWindow& window, const QDir& dir)
{
    bool ok = true;
    if (const qint64 id = personInTraining(window.context())) {
        ChildminderEditor* editor = window.openChildminder(id);
        editor->tabs()->setCurrentWidget(editor->careerTab());
        ok &= save(editor, dir, QStringLiteral("fiche-parcours.png"));
        editor->tabs()->setCurrentWidget(editor->timelineTab());
        ok &= save(editor, dir, QStringLiteral("fiche-chronologie.png"));
        editor->close();
    }
    window.showPage(MainWindow::TrainingIndex);
    TrainingAreaPage* trainings = window.trainingArea();
    trainings->tabs()->setCurrentWidget(trainings->sessionsTab());
    settle();
    if (trainings->sessionsTab()->sessionsTable()->rowCount() > 0)
        trainings->sessionsTab()->sessionsTable()->selectRow(0);
    ok &= save(&window, dir, QStringLiteral("formations-sessions.png"));
    trainings->tabs()->setCurrentWidget(trainings->activitiesTab());
    ok &= save(&window, dir, QStringLiteral("formations-activites.png"));
    trainings->tabs()->setCurrentWidget(trainings->isolationTab());
    waitForRows(trainings->isolationTab()->relayTable());
    trainings->isolationTab()->relayTable()->selectRow(0);
    waitForRows(trainings->isolationTab()->peopleTable());
    ok &= save(&window, dir, QStringLiteral("veille-isolement.png"));

    window.showPage(MainWindow::PromotionIndex);
    settle();
    ok &= save(&window, dir, QStringLiteral("promotion-prospects.png"));
    window.promotionPage()->showFunnel();
    ok &= save(&window, dir, QStringLiteral("promotion-entonnoir.png"));
    window.showPage(MainWindow::PartnersIndex);
    ok &= save(&window, dir, QStringLiteral("partenaires.png"));
    window.showPage(MainWindow::DashboardIndex);
    return ok;
}

// The « Campagnes » area: the list, this year's call list, a response form
// beside last year's answers and the summary.
bool campaignScreens(MainWindow& window, const QDir& dir, const ScreenshotCampaigns& campaigns)
{
    bool ok = true;
    window.showPage(MainWindow::CampaignIndex);
    window.campaignList()->showList();
    ok &= save(&window, dir, QStringLiteral("campagnes.png"));
    CampaignPage* page = window.campaignList()->openCampaign(campaigns.thisYearId);
    if (!page)
        return false;
    CallListTab* calls = page->callList();
    calls->selectRow(rowOf(calls, campaigns.personWithHistory));
    ok &= save(&window, dir, QStringLiteral("campagne-appels.png"));
    ResponseFormDialog* form = calls->enterResponse();
    // The same name whoever runs the tool (the form proposes the OS user's).
    form->findChild<QLineEdit*>(QStringLiteral("responseEnteredByEdit"))
        ->setText(QStringLiteral("Sophie Garnier"));
    ok &= save(form, dir, QStringLiteral("campagne-reponse.png"));
    form->reject();
    page->tabs()->setCurrentWidget(page->summary());
    waitUntilLoaded(page->summary());
    ok &= save(&window, dir, QStringLiteral("campagne-synthese.png"));
    return ok;
}

bool campaignReviewScreens(MainWindow& window, const QDir& dir, const ScreenshotCampaigns& campaigns)
{
    bool ok = true;
    window.showPage(MainWindow::CampaignIndex);
    CampaignPage* page = window.campaignList()->openCampaign(campaigns.thisYearId);
    page->tabs()->setCurrentWidget(page->coverage());
    ok &= save(&window, dir, QStringLiteral("review-campagne-couverture.png"));
    page->tabs()->setCurrentIndex(0);
    CallListTab* calls = page->callList();
    calls->selectRow(rowOf(calls, campaigns.personWithHistory));
    ContactLogDialog* exchange = calls->logExchange();
    ok &= save(exchange, dir, QStringLiteral("review-campagne-echange.png"));
    exchange->reject();
    SendingDialog* remind = calls->remind();
    remind->submit(); // recorded today…
    remind->submit(); // …so a second one today is refused: too soon
    ok &= save(remind, dir, QStringLiteral("review-campagne-relance.png"));
    remind->reject();
    ResponseFormDialog* form = calls->enterResponse();
    SurveyResponse training; // the multiple choices with "autre", further down
    training.answers = {{QStringLiteral("formationSouhait"), {QStringLiteral("Y")}},
                        {QStringLiteral("formationThemes"), {QStringLiteral("SECURITE"), otherAnswerCode()}}};
    training.otherTexts = {{QStringLiteral("formationThemes"), QStringLiteral("Langue des signes")}};
    form->form()->load(training);
    form->setAttribute(Qt::WA_DontShowOnScreen);
    form->show();
    settle(); // laid out, so the scroll area knows where the question is
    form->form()->editor(QStringLiteral("formationSouhait"))->setFocus(); // the focus frame
    form->scrollArea()->ensureWidgetVisible(form->form()->editor(QStringLiteral("formationHoraires")), 0, 0);
    ok &= save(form, dir, QStringLiteral("review-campagne-reponse-formation.png"));
    form->form()->load(SurveyResponse());
    form->save(); // nothing typed: the required questions in red
    ok &= save(form, dir, QStringLiteral("review-campagne-reponse-erreurs.png"));
    form->reject();
    window.campaignList()->showList();
    CreateCampaignDialog* create = window.campaignList()->startNewCampaign();
    create->submit(); // this year exists already
    ok &= save(create, dir, QStringLiteral("review-nouvelle-campagne.png"));
    create->reject();
    return ok;
}

bool reviewScreens(MainWindow& window, const QDir& dir, qint64 personId)
{
    bool ok = true;
    window.showPage(MainWindow::RelayIndex);
    ok &= save(&window, dir, QStringLiteral("review-relais.png"));
    window.relayList()->openEditor(RelayService(window.context()).list().front().id);
    ok &= save(window.findChild<RelayEditor*>(), dir, QStringLiteral("review-relais-fiche.png"));
    window.showPage(MainWindow::MamIndex);
    ok &= save(&window, dir, QStringLiteral("review-mam.png"));
    window.mamList()->openEditor(MamService(window.context()).list().front().id);
    ok &= save(window.findChild<MamEditor*>(), dir, QStringLiteral("review-mam-fiche.png"));

    ChildminderEditor* fresh = window.openChildminder(0);
    fresh->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("marie@"));
    fresh->findChild<QLineEdit*>(QStringLiteral("postalCodeEdit"))->setText(QStringLiteral("5510"));
    fresh->findChild<QLineEdit*>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("31/02/2001"));
    fresh->save();
    ok &= save(fresh, dir, QStringLiteral("review-fiche-erreurs.png"));
    ok &= save(window.openChildminder(personId), dir, QStringLiteral("review-fiche.png"));
    auto* editor = window.openChildminder(personId);
    editor->tabs()->setCurrentIndex(2);
    ok &= save(editor, dir, QStringLiteral("review-fiche-notes.png"));
    using Kind = ApprovalDecisionDialog::Kind;
    const QStringList names{QStringLiteral("premier"), QStringLiteral("renouvellement"),
                            QStringLiteral("modification"), QStringLiteral("suspension"),
                            QStringLiteral("retrait")};
    int i = 0;
    for (const Kind kind :
         {Kind::FirstGrant, Kind::Renewal, Kind::Modification, Kind::Suspension, Kind::Withdrawal}) {
        auto* dialog = editor->approvalsTab()->startDecision(kind);
        ok &= save(dialog, dir, QStringLiteral("review-decision-%1.png").arg(names.at(i++)));
        dialog->close();
    }

    FirstRunDialog first(
        QStringLiteral("/home/marie/.local/share/Parcours Pro/parcours-pro/parcours.sqlite"));
    ok &= save(&first, dir, QStringLiteral("review-premier-lancement.png"));
    ImportWizard* wizard = window.startImport();
    ok &= save(wizard, dir, QStringLiteral("review-import-1.png"));
    QTemporaryDir temp;
    const QString list = temp.filePath(QStringLiteral("liste-pmi.csv"));
    QFile file(list);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringEncoder(QStringEncoder::System)
            .encode(QStringLiteral(
                "Nom;Prénom;Né(e) le;CP;Commune;Tél.;N° d'agrément;Date 1er agrément;Fin de validité;"
                "Nb places;Observations\n"
                "NOËL;Maëlle;21/06/1990;55200;Commercy;0329910001;55-2021-930;10/05/2021;09/05/2026;2;\n"
                "BÉRARD;Zoé;30/01/1995;55400;Étain;;55-2023-903;01/02/2023;31/01/2028;4;RAS\n"
                "BOUCHÉ;Ségolène;03/10/1979;55400;Étain;;55-2017-905;01/03/2017;28/02/2027;quatre;\n"
                "CLÉMENT;Noëlle;22/12/1968;55600;Montmédy;;55-2014-902;01/01/2014;31/12/2028;9;\n")));
    file.close();
    wizard->findChild<QLineEdit*>(QStringLiteral("importPathEdit"))->setText(list);
    for (const QString& name : {QStringLiteral("review-import-2.png"), QStringLiteral("review-import-3.png"),
                                QStringLiteral("review-import-4.png")}) {
        wizard->next();
        ok &= save(wizard, dir, name);
    }
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise: no display needed, same pixels in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setUpApplication(app);
    const QStringList args = QApplication::arguments();
    const bool review = args.contains(QStringLiteral("--review"));
    QString target = QStringLiteral("docs/screenshots");
    for (const QString& arg : args.mid(1))
        if (!arg.startsWith(QStringLiteral("--")))
            target = arg;
    const QDir dir(target);
    if (!QDir().mkpath(dir.absolutePath()))
        return 2;

    const FixedClock clock(QDate(2026, 11, 16));
    // A file, not memory: the dashboard, coverage and summary read it from worker threads.
    QTemporaryDir work;
    auto context = AppContext::openFile(work.filePath(QStringLiteral("demo.sqlite")), clock);
    context->setSession(Session::system()); // a file opens signed out (issue 5)
    // As the first-run demo does: one "demo" event in the audit trail, not a row per field.
    AuditService(*context).withoutRowCapture(QStringLiteral("demo"), {}, [&] {
        DemoDataGenerator(context->childminders(), context->approvals(), context->relays(), context->mams(),
                          context->transactions(), context->clock(), context->rules())
            .generate(FirstRunDialog::kDemoSize, FirstRunDialog::kDemoSeed);
        DemoContactLog(context->childminders(), context->contacts(), context->transactions(),
                       context->clock())
            .generate(FirstRunDialog::kDemoSeed);
        DemoSurveyCampaigns(*context).generate(FirstRunDialog::kDemoSeed);
        DemoCareerPaths(*context).generate(FirstRunDialog::kDemoSeed);
    });
    Session coordinator = Session::system();
    coordinator.login = QStringLiteral("cpetit");
    coordinator.displayName = QStringLiteral("Claire Petit");
    context->setSession(coordinator);
    const ScreenshotCampaigns campaigns = ScreenshotCampaigns::find(*context);

    MainWindow window(std::move(context));
    window.resize(1280, 800);
    bool ok = true;
    window.showPage(MainWindow::DashboardIndex);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    waitUntilLoaded(window.dashboard());
    ok &= save(&window, dir, QStringLiteral("tableau-de-bord.png"));
    window.showPage(MainWindow::ChildminderIndex);
    window.childminderList()->table()->selectRow(3);
    ok &= save(&window, dir, QStringLiteral("liste.png"));

    const qint64 id = personWithHistory(window);
    ChildminderEditor* editor = window.openChildminder(id);
    ok &= save(editor, dir, QStringLiteral("fiche.png"));
    editor->tabs()->setCurrentIndex(1);
    ok &= save(editor, dir, QStringLiteral("fiche-agrements.png"));
    editor->tabs()->setCurrentWidget(editor->contactsTab());
    ok &= save(editor, dir, QStringLiteral("fiche-contacts.png"));
    editor->close();
    ok &= campaignScreens(window, dir, campaigns);
    ok &= careerScreens(window, dir);
    ok &= trustScreens(window, dir, id);

    if (review) {
        ok &= reviewScreens(window, dir, id);
        ok &= campaignReviewScreens(window, dir, campaigns);
    }
    return ok ? 0 : 1;
}
