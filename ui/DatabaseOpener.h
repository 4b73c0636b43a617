#pragma once

#include "ServerSettings.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace parcours {

class AppContext;
class Clock;

// Opens a database file for the GUI. When it cannot be opened (locked,
// damaged, not a Parcours Pro file, no permission), the user reads the
// French reason and what to do, and may pick another file or create a new
// one instead of facing a dead end.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

  public:
    // Null when the user gives up.
    static std::unique_ptr<AppContext> open(QWidget* parent, const QString& path, const Clock& clock);
    // The same for a shared PostgreSQL server (issue 6): asks the password
    // when the server wants one that ~/.pgpass does not hold, and offers to
    // correct the settings when the connection fails.
    static std::unique_ptr<AppContext> openServer(QWidget* parent, ServerSettings settings,
                                                  const Clock& clock);
    // File dialogs with the right filters; empty when cancelled.
    static QString chooseExisting(QWidget* parent);
    // Refuses (with a message) a file that already exists: "new" never
    // silently opens or overwrites someone's data.
    static QString chooseNew(QWidget* parent);
};

} // namespace parcours
