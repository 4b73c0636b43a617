#include "DatabaseOpener.h"

#include "AppContext.h"
#include "BackupUi.h"
#include "DatabaseFileError.h"
#include "DomainError.h"
#include "FileDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "ServerConnectionDialog.h"
#include "SignInFlow.h"

#include <QInputDialog>

#include <QDir>
#include <QFileInfo>

namespace parcours {

namespace {
QString startFolder()
{
    return QFileInfo(AppContext::defaultDatabasePath()).absolutePath();
}
} // namespace

QString DatabaseOpener::chooseExisting(QWidget* parent)
{
    return FileDialog::getOpenFileName(parent, tr("Open a database"), startFolder(),
                                       tr("Parcours Pro databases (*.sqlite *.db);;All files (*)"));
}

QString DatabaseOpener::chooseNew(QWidget* parent)
{
    const QString path = FileDialog::getSaveFileName(parent, tr("New database"),
                                                     QDir(startFolder()).filePath(tr("new-database.sqlite")),
                                                     tr("Parcours Pro databases (*.sqlite)"), nullptr, false);
    if (path.isEmpty())
        return {};
    const QString withSuffix = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
    if (QFileInfo::exists(withSuffix)) {
        MessageBox::warning(parent, tr("This file already exists"),
                            tr("%1 already exists. To work on it, use File > Open a database. To start a new "
                               "database, choose another name.")
                                .arg(QDir::toNativeSeparators(withSuffix)));
        return {};
    }
    return withSuffix;
}

std::unique_ptr<AppContext> DatabaseOpener::open(QWidget* parent, const QString& path, const Clock& clock)
{
    QString current = path;
    while (!current.isEmpty()) {
        try {
            auto context = AppContext::openFile(current, clock);
            logInfo(QStringLiteral("database opened"));
            // A file opens signed out: the first coordinator or a sign-in (issue 5).
            if (!SignInFlow::signIn(parent, *context))
                return nullptr;
            BackupUi::backupIfDue(parent, *context); // issue 5: once a day, when someone is signed in
            return context;
        } catch (const DomainError& error) {
            logError(QStringLiteral("database could not be opened"));
            // Issue 5: a damaged file stays as it is; the latest good backup is
            // offered as a new file beside it.
            if (const auto* fileError = dynamic_cast<const DatabaseFileError*>(&error)) {
                const QString restored = BackupUi::offerRestore(parent, *fileError, current, clock);
                if (!restored.isEmpty()) {
                    current = restored;
                    continue;
                }
            }
            const auto answer = MessageBox::ask(
                parent, QMessageBox::Critical, tr("The database cannot be opened"), error.message(),
                MessageBox::ChooseOther | MessageBox::CreateNew | MessageBox::Cancel, MessageBox::ChooseOther,
                tr("What you can do: choose another database file (for example a backup), or create a new "
                   "empty database. If the file is on a network drive, check that the drive is connected."));
            if (answer == MessageBox::ChooseOther)
                current = chooseExisting(parent);
            else if (answer == MessageBox::CreateNew)
                current = chooseNew(parent);
            else
                current.clear();
        }
    }
    return nullptr;
}

std::unique_ptr<AppContext> DatabaseOpener::openServer(QWidget* parent, ServerSettings settings,
                                                       const Clock& clock)
{
    for (;;) {
        try {
            auto context = AppContext::openServer(settings, clock);
            logInfo(QStringLiteral("database server opened"));
            if (!SignInFlow::signIn(parent, *context))
                return nullptr;
            return context;
        } catch (const DomainError& error) {
            logError(QStringLiteral("database server could not be opened"));
            // libpq's words when the server wants a password it was not given
            // or refused the one it was.
            const QString text = error.message();
            if (text.contains(QLatin1String("no password supplied")) ||
                text.contains(QLatin1String("password authentication failed"))) {
                bool ok = false;
                const QString password = QInputDialog::getText(
                    parent, tr("Server password"),
                    tr("The server %1 asks for the password of %2:").arg(settings.host, settings.user),
                    QLineEdit::Password, QString(), &ok);
                if (!ok)
                    return nullptr;
                if (password != settings.password) {
                    settings.password = password;
                    continue;
                }
            }
            MessageBox::warning(parent, tr("The server cannot be opened"), text);
            const auto corrected = ServerConnectionDialog::ask(parent, clock);
            if (!corrected)
                return nullptr;
            settings = *corrected;
        }
    }
}

} // namespace parcours
