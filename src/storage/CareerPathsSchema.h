#pragma once

namespace parcours {

class Database;

// Schema v6 (issue 4, career paths): partners, promotion actions and
// prospects, the training catalogue with sessions and enrolments,
// qualifications, career events, immersions, collective activities with their
// attendance, and MAM support actions. Tables are created in dependency order
// so the same statements can later run on PostgreSQL.
void createCareerPathsSchema(Database& db);

} // namespace parcours
