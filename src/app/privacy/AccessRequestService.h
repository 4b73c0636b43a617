#pragma once

#include "PersonFile.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// The right of access (RGPD art. 15): a childminder's whole file. Her
// readable person file (identity, agrément, obligations, complete timeline)
// plus every row of every table about her, raw, grouped by table, and her
// audit entries (table "audit_log"). PersonFileJson and PersonFilePdf render
// it; PersonFile::records is what makes it an access answer.
class AccessRequestService
{
    Q_DECLARE_TR_FUNCTIONS(AccessRequestService)

  public:
    explicit AccessRequestService(AppContext& context);

    // Requires Permission::ReadRecords (throws AccessDenied). nullopt when
    // nobody has that id. Records an "export" event in the audit trail naming
    // the format (json, pdf), never her data.
    std::optional<PersonFile> build(qint64 childminderId, const QString& format);

  private:
    AppContext& m_context;
};

} // namespace parcours
