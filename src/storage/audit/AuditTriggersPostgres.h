#pragma once

#include <QString>

namespace parcours {

class Database;

// AuditTriggers on a PostgreSQL server (issue 6): the same audit rows, from
// one PL/pgSQL function per capture trigger. See AuditTriggers.h for what
// each call does; only the differences are described in the .cpp.
namespace AuditTriggersPostgres {

void rebuild(Database& db);
void suspend(Database& db);
bool active(Database& db);
void createGuards(Database& db, const QString& refused, const QString& anchorRefused,
                  const QString& updateRefusedWhen);
void dropGuards(Database& db);

} // namespace AuditTriggersPostgres

} // namespace parcours
