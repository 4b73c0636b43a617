// MainWindow's menus, kept apart from the window's pages and database actions.

#include "MainWindow.h"

#include "AppContext.h"
#include "AuditDialog.h"
#include "BackupDialog.h"
#include "RetentionJobDialog.h"
#include "SettingsDialog.h"
#include "UsersDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>

namespace parcours {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    QAction* open = file->addAction(tr("&Open a database…"), this, &MainWindow::openDatabase);
    file->addAction(tr("Open a &shared server…"), this, &MainWindow::openServer);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* newPerson = file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New &childminder…"),
                                         this, [this] { openChildminder(0); });
    newPerson->setObjectName(QStringLiteral("newChildminderAction"));
    newPerson->setShortcut(QKeySequence::New);
    QAction* find = file->addAction(tr("&Find a childminder"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import a PMI list…"), this, &MainWindow::startImport);
    import->setObjectName(QStringLiteral("importAction"));
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportList);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction* password = file->addAction(tr("C&hange my password…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settingsAction = tools->addAction(tr("&Settings…"), this, [this] {
        if (m_context)
            SettingsDialog(*m_context, this).exec();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Trust (issue 5): each area adds its actions here (users, audit trail,
    // backups, retention of personal data).
    QAction* usersAction = tools->addAction(tr("&Users…"), this, [this] {
        if (!m_context)
            return;
        auto* dialog = new UsersDialog(*m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    usersAction->setObjectName(QStringLiteral("usersAction"));
    QAction* backupsAction = tools->addAction(tr("&Backups…"), this, [this] {
        if (m_context)
            BackupDialog::run(this, *m_context,
                              [this](std::unique_ptr<AppContext> c) { return setContext(std::move(c)); });
    });
    backupsAction->setObjectName(QStringLiteral("backupsAction"));
    QAction* auditAction = tools->addAction(tr("&Audit trail…"), this, [this] {
        if (!m_context)
            return;
        auto* dialog = new AuditDialog(*m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auditAction->setObjectName(QStringLiteral("auditAction"));
    QAction* retentionAction = tools->addAction(tr("Data &retention…"), this, [this] {
        if (!m_context)
            return;
        auto* dialog = new RetentionJobDialog(*m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    retentionAction->setObjectName(QStringLiteral("retentionAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parcours Pro"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace parcours
