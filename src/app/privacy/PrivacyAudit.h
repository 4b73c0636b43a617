#pragma once

#include "PersonalDataRepository.h"

#include <QString>

namespace parcours {

class AppContext;

// The audit-trail calls of the privacy use cases, in one place
// (AppContext::audit(), AuditRepository).
namespace privacyaudit {

// Removes the values of the audit rows about the person and about every row
// listed (those written by the current transaction included).
void redact(AppContext& context, qint64 personId, const TouchedRows& rows);
// Appends an application event (export, anonymise, retention) without
// personal data: `detail` goes in the new-value column.
void record(AppContext& context, const QString& action, const QString& entity, qint64 entityId,
            qint64 personId, const QString& detail);
// Her audit entries as a table (oldest first), for the access export.
PersonalRecordTable historyTable(AppContext& context, qint64 personId);

} // namespace privacyaudit
} // namespace parcours
