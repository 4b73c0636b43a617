#include "MainWindow.h"

#include "CareerPathTab.h"
#include "CollectiveActivitiesTab.h"
#include "IsolationWatchTab.h"
#include "PartnersPage.h"
#include "PromotionPage.h"
#include "TimelineTab.h"
#include "TrainingAreaPage.h"
#include "TrainingSessionsTab.h"

#include "AppContext.h"
#include "AuthService.h"
#include "BackupUi.h"
#include "CampaignListPage.h"
#include "ChangePasswordDialog.h"
#include "ChildminderEditor.h"
#include "ChildminderExport.h"
#include "ChildminderListPage.h"
#include "DashboardPage.h"
#include "DatabaseOpener.h"
#include "ImportWizard.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MessageBox.h"
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "ResponseFormDialog.h"
#include "RoleActions.h"
#include "ServerConnectionDialog.h"
#include "SignInFlow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>

namespace parcours {

namespace {
// Deletes every dialog under `owner`. Guarded pointers, because deleting a
// dialog also deletes the dialogs it opened.
void deleteDialogs(QObject* owner)
{
    QList<QPointer<QDialog>> dialogs;
    for (auto* dialog : owner->findChildren<QDialog*>())
        dialogs.append(dialog);
    for (const auto& dialog : dialogs)
        delete dialog.data();
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<AppContext> context, QWidget* parent)
    : QMainWindow(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/parcours.svg")));
    // One place for the few looks the pages share.
    setStyleSheet(QStringLiteral("QLabel#pageTitle { font-size: 15pt; font-weight: 600; }"
                                 "QListWidget#navigation { background: palette(window); border: none; "
                                 "border-right: 1px solid palette(mid); }"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildNavigation());
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel, 1);

    buildMenus();
    buildPages();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages and editors borrow the context: they must go first.
    deleteDialogs(this);
    delete m_stack;
    m_stack = nullptr;
}

QWidget* MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(240);
    const struct
    {
        const char* icon;
        QString label;
    } entries[] = {
        {":/icons/dashboard.svg", tr("Dashboard")}, {":/icons/childminders.svg", tr("Childminders")},
        {":/icons/relay.svg", tr("Relays (RPE)")},  {":/icons/mam.svg", tr("MAM")},
        {":/icons/survey.svg", tr("Campaigns")},    {":/icons/training.svg", tr("Trainings")},
        {":/icons/promotion.svg", tr("Promotion")}, {":/icons/partners.svg", tr("Partners")},
    };
    for (const auto& entry : entries) {
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(entry.icon)), entry.label, m_navigation);
        item->setSizeHint(QSize(0, 44)); // large targets, easy to hit
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_stack || row < 0)
            return;
        if (row == DashboardIndex && m_dashboardStale) {
            m_dashboard->refresh();
            m_dashboardStale = false;
        }
        m_stack->setCurrentWidget(ensurePage(row));
    });
    return m_navigation;
}

void MainWindow::buildPages()
{
    m_dashboard = new DashboardPage(*m_context, m_stack);
    m_list = new ChildminderListPage(*m_context, m_stack);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_list);
    // Placeholders until a page is first shown (ensurePage).
    for (int index = RelayIndex; index <= PartnersIndex; ++index)
        m_stack->addWidget(new QWidget(m_stack));
    m_dashboardStale = false;

    connect(m_dashboard, &DashboardPage::childminderRequested, this, &MainWindow::openChildminder);
    connect(m_dashboard, &DashboardPage::mamRequested, this, [this](qint64 id) {
        showPage(MamIndex);
        mamList()->openEditor(id);
    });
    connect(m_dashboard, &DashboardPage::isolationRequested, this, [this] {
        showPage(TrainingIndex);
        trainingArea()->tabs()->setCurrentWidget(trainingArea()->isolationTab());
    });
    connect(m_dashboard, &DashboardPage::funnelRequested, this, [this] {
        showPage(PromotionIndex);
        promotionPage()->showFunnel();
    });
    connect(m_list, &ChildminderListPage::openRequested, this, &MainWindow::openChildminder);
    connect(m_list, &ChildminderListPage::newRequested, this, [this] { openChildminder(0); });

    m_navigation->setCurrentRow(DashboardIndex);
    m_stack->setCurrentIndex(DashboardIndex);
    updateTitle();
    applyRolePermissions(this, *m_context); // issue 5: the GUI mirrors the role
}

QWidget* MainWindow::ensurePage(int index)
{
    QWidget* current = m_stack->widget(index);
    if (index <= ChildminderIndex || current->metaObject() != &QWidget::staticMetaObject)
        return current;
    QWidget* page = buildPage(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(current);
    delete current;
    applyRolePermissions(page, *m_context);
    return page;
}

// Issue 4's areas: people open from the isolation watch and the prospects,
// and what they change shows on the dashboard the next time it is on screen.
QWidget* MainWindow::buildPage(int index)
{
    switch (index) {
    case RelayIndex:
        m_relays = new RelayListPage(*m_context, m_stack);
        connect(m_relays, &RelayListPage::relaysChanged, this, &MainWindow::onRegisterChanged);
        return m_relays;
    case MamIndex:
        m_mams = new MamListPage(*m_context, m_stack);
        connect(m_mams, &MamListPage::mamsChanged, this, &MainWindow::onRegisterChanged);
        return m_mams;
    case CampaignIndex:
        m_campaigns = new CampaignListPage(*m_context, m_stack);
        connect(m_campaigns, &CampaignListPage::openChildminderRequested, this, &MainWindow::openChildminder);
        // Responses and exchanges count for the annual contact on the dashboard.
        connect(m_campaigns, &CampaignListPage::changed, this, [this] { m_dashboardStale = true; });
        return m_campaigns;
    case TrainingIndex:
        m_trainings = new TrainingAreaPage(*m_context, m_stack);
        connect(m_trainings->isolationTab(), &IsolationWatchTab::openChildminderRequested, this,
                &MainWindow::openChildminder);
        connect(m_trainings->activitiesTab(), &CollectiveActivitiesTab::activitiesChanged, this, [this] {
            m_trainings->isolationTab()->refresh();
            m_dashboardStale = true;
        });
        // Her hours and deadlines change with an enrolment: an open file shows it at once.
        connect(m_trainings->sessionsTab(), &TrainingSessionsTab::enrolmentChanged, this,
                [this](qint64 personId) {
                    m_dashboardStale = true;
                    for (auto* editor : findChildren<ChildminderEditor*>())
                        if (editor->personId() == personId) {
                            editor->careerTab()->refresh();
                            editor->timelineTab()->refresh();
                        }
                });
        return m_trainings;
    case PromotionIndex:
        m_promotion = new PromotionPage(*m_context, m_stack);
        connect(m_promotion, &PromotionPage::openChildminderRequested, this, &MainWindow::openChildminder);
        return m_promotion;
    default:
        m_partners = new PartnersPage(*m_context, m_stack);
        return m_partners;
    }
}

RelayListPage* MainWindow::relayList()
{
    ensurePage(RelayIndex);
    return m_relays;
}

MamListPage* MainWindow::mamList()
{
    ensurePage(MamIndex);
    return m_mams;
}

CampaignListPage* MainWindow::campaignList()
{
    ensurePage(CampaignIndex);
    return m_campaigns;
}

TrainingAreaPage* MainWindow::trainingArea()
{
    ensurePage(TrainingIndex);
    return m_trainings;
}

PromotionPage* MainWindow::promotionPage()
{
    ensurePage(PromotionIndex);
    return m_promotion;
}

PartnersPage* MainWindow::partnersPage()
{
    ensurePage(PartnersIndex);
    return m_partners;
}

void MainWindow::onRegisterChanged()
{
    m_list->refresh();
    if (m_mams)
        m_mams->refresh();
    // The alerts scan many files: recompute now only when they are on screen.
    if (m_stack->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    else
        m_dashboardStale = true;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::focusSearch()
{
    showPage(ChildminderIndex);
    m_list->focusSearch();
}

ChildminderEditor* MainWindow::openChildminder(qint64 id)
{
    if (id > 0) {
        for (auto* editor : findChildren<ChildminderEditor*>()) {
            if (editor->personId() == id && editor->isVisible()) {
                editor->raise();
                editor->activateWindow();
                return editor;
            }
        }
    }
    auto* editor = new ChildminderEditor(*m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ChildminderEditor::saved, this, &MainWindow::onRegisterChanged);
    editor->show();
    return editor;
}

ImportWizard* MainWindow::startImport()
{
    auto* wizard = new ImportWizard(*m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::onRegisterChanged);
    wizard->open();
    return wizard;
}

void MainWindow::exportList()
{
    ChildminderExport::run(this, *m_context, m_list->currentQuery());
}

bool MainWindow::closeEditors()
{
    const auto editors = findChildren<ChildminderEditor*>();
    for (auto* editor : editors)
        if (editor->isVisible() && !editor->confirmClose())
            return false;
    // MAM and relay editors and response forms ask on close() when they hold unsaved changes.
    for (auto* dialog : findChildren<QDialog*>())
        if ((qobject_cast<MamEditor*>(dialog) || qobject_cast<RelayEditor*>(dialog) ||
             qobject_cast<ResponseFormDialog*>(dialog)) &&
            dialog->isVisible() && !dialog->close())
            return false;
    deleteDialogs(this);
    return true;
}

bool MainWindow::setContext(std::unique_ptr<AppContext> context)
{
    if (!context || !closeEditors())
        return false;
    m_context = std::move(context);
    rebuildPages();
    return true;
}

// Every page reads the context and the role when it is built: a new database
// or a new user gets new pages.
void MainWindow::rebuildPages()
{
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_relays = nullptr;
    m_mams = nullptr;
    m_campaigns = nullptr;
    m_trainings = nullptr;
    m_promotion = nullptr;
    m_partners = nullptr;
    buildPages();
}

void MainWindow::signOut()
{
    if (!m_context || !m_context->session().signedIn || !closeEditors())
        return;
    AuthService(*m_context).signOut();
    // Nothing of the register stays on screen while nobody is signed in.
    hide();
    if (!SignInFlow::signIn(nullptr, *m_context)) {
        close();
        return;
    }
    rebuildPages();
    show();
}

QDialog* MainWindow::changeOwnPassword()
{
    if (!m_context)
        return nullptr;
    auto* dialog = new ChangePasswordDialog(*m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password has been changed."), 8000); });
    dialog->open();
    return dialog;
}

void MainWindow::newDatabase()
{
    const QString path = DatabaseOpener::chooseNew(this);
    if (!path.isEmpty())
        setContext(DatabaseOpener::open(this, path, m_context->clock()));
}

void MainWindow::openDatabase()
{
    const QString path = DatabaseOpener::chooseExisting(this);
    if (!path.isEmpty())
        setContext(DatabaseOpener::open(this, path, m_context->clock()));
}

void MainWindow::openServer()
{
    const auto settings = ServerConnectionDialog::ask(this, m_context->clock());
    if (settings)
        setContext(DatabaseOpener::openServer(this, *settings, m_context->clock()));
}

void MainWindow::updateTitle()
{
    if (m_context->isServer()) {
        const ServerSettings server = m_context->location().server;
        setWindowTitle(tr("%1 on %2 — Parcours Pro").arg(server.database, server.host) +
                       sessionTitleSuffix(m_context->session()));
        m_databaseLabel->setText(tr("Database: shared server %1").arg(server.describe()));
        return;
    }
    const QString path = m_context->databasePath();
    const bool inMemory = path == QLatin1String(":memory:");
    const QString name = inMemory ? tr("temporary database") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Parcours Pro").arg(name) + sessionTitleSuffix(m_context->session()));
    m_databaseLabel->setText(inMemory ? tr("Database: in memory (nothing is kept on disk)")
                                      : tr("Database: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Parcours Pro"),
        tr("Parcours Pro %1\n\nFollow-up of licensed childminders for the “Parcours Pro Petite Enfance” "
           "programme.\n\nReference data on communes, postal codes and intercommunalities: “Découpage "
           "administratif”, Etalab, MIT licence.\nBuilt with Qt %2 (LGPL v3).")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (closeEditors()) {
        if (m_context)
            BackupUi::backupOnExit(this, *m_context); // issue 5: automatic backup on exit
        event->accept();
    } else
        event->ignore();
}

} // namespace parcours
