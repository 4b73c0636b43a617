#pragma once

#include "ServerSettings.h"

#include <QString>

namespace parcours {

// Where a database is: a local SQLite file or a shared PostgreSQL server
// (issue 6). A value, so a worker thread can open its own connection to the
// same database; a server's password, when one was typed, stays in memory
// only.
struct DatabaseLocation
{
    QString filePath; // empty for a server
    ServerSettings server;
    bool onServer = false;

    static DatabaseLocation file(const QString& path)
    {
        DatabaseLocation l;
        l.filePath = path;
        return l;
    }
    static DatabaseLocation serverAt(const ServerSettings& settings)
    {
        DatabaseLocation l;
        l.server = settings;
        l.onServer = true;
        return l;
    }
    bool isInMemory() const { return !onServer && filePath == QLatin1String(":memory:"); }
};

} // namespace parcours
