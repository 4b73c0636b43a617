#pragma once

namespace parcours {

class Database;

// Schema migration of issue 5 (see Migrations.cpp for its number).
void createAuditSchema(Database& db);

} // namespace parcours
