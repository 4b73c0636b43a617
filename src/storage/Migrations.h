#pragma once

namespace parcours {

class Database;

// Brings the schema to the latest version, one numbered step at a time, each
// step in its own transaction and recorded in schema_migrations. A database
// made by a newer version of the application is refused rather than damaged.
void migrateToLatest(Database& database);
int latestSchemaVersion();

} // namespace parcours
