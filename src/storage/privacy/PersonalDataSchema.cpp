#include "PersonalDataSchema.h"

#include "Database.h"

namespace parcours {

// v9: personal-data rights. anonymised_at marks a childminder whose personal
// fields were removed (NULL: never); the retention job skips her and the
// editor shows her as anonymised. Contacts get an index on their date so the
// retention job finds old contact notes without scanning the log.
void createPersonalDataSchema(Database& db)
{
    db.executeSchema(QStringLiteral("ALTER TABLE childminders ADD COLUMN anonymised_at TEXT"));
    db.executeSchema(QStringLiteral("CREATE INDEX contacts_by_date ON contacts(at)"));
}

} // namespace parcours
