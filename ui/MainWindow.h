#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace parcours {

class AppContext;
class CampaignListPage;
class ChildminderEditor;
class ChildminderListPage;
class DashboardPage;
class ImportWizard;
class MamListPage;
class PartnersPage;
class PromotionPage;
class RelayListPage;
class TrainingAreaPage;

// The application window: a navigation sidebar, one page per area, the File
// and Help menus, and the database file in the status bar. It owns the open
// database (AppContext); pages and editors borrow it and are rebuilt when
// another database is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    enum Page {
        DashboardIndex,
        ChildminderIndex,
        RelayIndex,
        MamIndex,
        CampaignIndex,
        TrainingIndex,
        PromotionIndex,
        PartnersIndex
    };

    explicit MainWindow(std::unique_ptr<AppContext> context, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppContext& context() { return *m_context; }
    // False when an open editor refused to close (unsaved work kept).
    bool setContext(std::unique_ptr<AppContext> context);

    void showPage(Page page);
    // Opens (or brings forward) a person's file; id 0 for a new person.
    ChildminderEditor* openChildminder(qint64 id);
    ImportWizard* startImport();
    void exportList();
    void focusSearch();
    // File > Sign out: closes the editors, signs out and asks who signs in
    // next; the window is hidden meanwhile and closes if nobody does.
    void signOut();
    // File > Change my password… (a window-modal dialog, returned for tests).
    QDialog* changeOwnPassword();

    DashboardPage* dashboard() const { return m_dashboard; }
    ChildminderListPage* childminderList() const { return m_list; }
    // The other pages are built the first time they are shown or asked for:
    // a national register starts without loading thousands of relays and MAMs.
    RelayListPage* relayList();
    MamListPage* mamList();
    CampaignListPage* campaignList();
    TrainingAreaPage* trainingArea();
    PromotionPage* promotionPage();
    PartnersPage* partnersPage();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    QWidget* buildNavigation();
    void buildPages();
    void rebuildPages();
    QWidget* ensurePage(int index);
    QWidget* buildPage(int index);
    bool closeEditors();
    void onRegisterChanged();
    void newDatabase();
    void openDatabase();
    void openServer();
    void about();
    void updateTitle();

    std::unique_ptr<AppContext> m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ChildminderListPage* m_list = nullptr;
    RelayListPage* m_relays = nullptr;
    MamListPage* m_mams = nullptr;
    CampaignListPage* m_campaigns = nullptr;
    TrainingAreaPage* m_trainings = nullptr;
    PromotionPage* m_promotion = nullptr;
    PartnersPage* m_partners = nullptr;
    bool m_dashboardStale = false;
};

} // namespace parcours
