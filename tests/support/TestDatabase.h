#pragma once

#include "Database.h"

#include <memory>

namespace parcours::testing {

// The database a storage or app test works on (issue 6): a private SQLite
// database in memory, or, when CTest runs the suite a second time with
// PARCOURS_TEST_BACKEND=postgresql, a fresh schema on the throwaway
// PostgreSQL server scripts/test-postgres.sh started.
std::unique_ptr<Database> openTestDatabase();

// Whether this run is the PostgreSQL one.
bool testingOnServer();

// Where that server is (a new schema each call), for tests that open
// several connections to one database.
ServerSettings testServerSettings();

} // namespace parcours::testing
