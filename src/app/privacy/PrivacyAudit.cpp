#include "PrivacyAudit.h"

#include "AppContext.h"
#include "AuditRepository.h"
#include "Clock.h"

namespace parcours::privacyaudit {

void redact(AppContext& context, qint64 personId, const TouchedRows& rows)
{
    // Her own rows and her child records (person_id), then every row listed,
    // which covers records about her that carry no person id (a prospect
    // before she became a childminder, a deleted prospect).
    if (personId > 0)
        context.audit().redactPerson(personId);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        context.audit().redact(it.key(), it.value());
}

void record(AppContext& context, const QString& action, const QString& entity, qint64 entityId,
            qint64 personId, const QString& detail)
{
    AuditEntry entry;
    entry.atUtc = context.clock().now().toUTC();
    entry.userLogin = context.session().login;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.personId = personId;
    entry.newValue = detail;
    context.audit().record(entry);
}

PersonalRecordTable historyTable(AppContext& context, qint64 personId)
{
    PersonalRecordTable table;
    table.table = QStringLiteral("audit_log");
    table.columns = {QStringLiteral("id"),     QStringLiteral("at_utc"),    QStringLiteral("user"),
                     QStringLiteral("action"), QStringLiteral("entity"),    QStringLiteral("entity_id"),
                     QStringLiteral("field"),  QStringLiteral("old_value"), QStringLiteral("new_value")};
    // The right of access covers the whole history: no practical limit.
    for (const auto& e : context.audit().historyOf(personId, 1000000))
        table.rows.append({e.id, e.atUtc.toString(Qt::ISODate), e.userLogin, e.action, e.entity,
                           e.entityKey.isEmpty() ? QVariant(e.entityId) : QVariant(e.entityKey), e.field,
                           e.oldValue, e.newValue});
    return table;
}

} // namespace parcours::privacyaudit
