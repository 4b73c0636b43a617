#pragma once

#include "Session.h"

#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace parcours {

class AppContext;
class Clock;

// Runs long work (import, export, demo data) off the GUI thread behind a
// progress dialog with a Cancel button, as the house rules ask.
//
// A QtSql connection may only be used by the thread that opened it, so the
// work receives its own AppContext opened on the same database file (SQLite in
// WAL mode lets the two connections coexist). An in-memory database cannot be
// shared that way: its work runs inline on the caller's context (tests).
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

  public:
    // Returns false to ask the work to stop.
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<void(AppContext& context, const Progress& progress)>;

    // Exceptions thrown by the work (DomainError...) are rethrown here, on the
    // GUI thread. Returns false when the user pressed Cancel.
    static bool run(QWidget* parent, const QString& label, AppContext& context, const Work& work);
    // The same on a database file nobody has open yet (first run). The
    // worker's own context acts as `session` (the caller's session when called
    // through the overload above; Session::system() for the first-run demo).
    static bool run(QWidget* parent, const QString& label, const QString& databasePath, const Clock& clock,
                    const Work& work, const Session& session = Session{});
    // The same on any database, file or server (issue 6).
    static bool run(QWidget* parent, const QString& label, const DatabaseLocation& location,
                    const Clock& clock, const Work& work, const Session& session);
};

} // namespace parcours
