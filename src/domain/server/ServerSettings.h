#pragma once

#include <QString>

namespace parcours {

// Where the shared PostgreSQL database is (issue 6). The password is never
// stored: it comes from ~/.pgpass (libpq reads it) or is asked at sign-in.
struct ServerSettings
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("parcours");
    QString user;
    QString password;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    // The PostgreSQL schema holding the tables; empty: the user's default
    // (public). Lets several services, or the tests, share one database.
    QString schema;

    bool isComplete() const { return !host.isEmpty() && port > 0 && !database.isEmpty() && !user.isEmpty(); }
    // "marie@serveur:5432/parcours", for titles and messages (no password).
    QString describe() const;
};

} // namespace parcours
