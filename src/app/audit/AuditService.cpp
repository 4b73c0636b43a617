#include "AuditService.h"

#include "AppContext.h"
#include "AuditRepository.h"
#include "TransactionRunner.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace parcours {

namespace {
QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditService::logRead(const QString& entity, qint64 id)
{
    AuditEntry e;
    e.action = QStringLiteral("read");
    e.entity = entity;
    e.entityId = id;
    if (entity == QLatin1String("childminders"))
        e.personId = id;
    m_context.transactions().inWriteTransaction([&] { m_context.audit().record(e); });
}

void AuditService::logExport(const QString& what, qint64 count, const QString& path)
{
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.entity = what;
    e.newValue = compactJson(
        {{QStringLiteral("count"), count},
         {QStringLiteral("path"), path.isEmpty() ? QStringLiteral("-") : QDir::toNativeSeparators(path)}});
    m_context.transactions().inWriteTransaction([&] { m_context.audit().record(e); });
}

void AuditService::logEvent(const QString& action, const QString& entity, qint64 id, const QString& details)
{
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.newValue = details;
    m_context.transactions().inWriteTransaction([&] { m_context.audit().record(e); });
}

void AuditService::withoutRowCapture(const QString& action, const QString& details,
                                     const std::function<void()>& work)
{
    m_context.audit().setRowCapture(false);
    try {
        work();
    } catch (...) {
        m_context.audit().setRowCapture(true);
        throw;
    }
    m_context.audit().setRowCapture(true);
    logEvent(action, QStringLiteral("database"), 0, details);
}

QList<AuditEntry> AuditService::page(const AuditQuery& query) const
{
    m_context.require(Permission::ViewAudit);
    return m_context.audit().page(query);
}

qint64 AuditService::count(const AuditQuery& query) const
{
    m_context.require(Permission::ViewAudit);
    return m_context.audit().count(query);
}

QList<AuditEntry> AuditService::historyOf(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.audit().historyOf(personId);
}

AuditVerification AuditService::verify() const
{
    m_context.require(Permission::ViewAudit);
    return m_context.audit().verify();
}

QDateTime AuditService::purgeCutOff() const
{
    const int months = m_context.rules().auditRetentionMonths;
    if (months <= 0)
        return {};
    // The trail's own time is the real UTC time (written by SQLite), not the
    // application clock.
    return QDateTime::currentDateTimeUtc().addMonths(-months);
}

qint64 AuditService::purgeCandidates() const
{
    m_context.require(Permission::ViewAudit);
    const QDateTime cutOff = purgeCutOff();
    return cutOff.isValid() ? m_context.audit().countOlderThan(cutOff) : 0;
}

AuditPurgeResult AuditService::purge()
{
    m_context.require(Permission::ViewAudit);
    m_context.require(Permission::DeleteRecords);
    const QDateTime cutOff = purgeCutOff();
    if (!cutOff.isValid())
        return {};
    AuditPurgeResult result;
    m_context.transactions().inWriteTransaction([&] { result = m_context.audit().purgeOlderThan(cutOff); });
    return result;
}

QString AuditService::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("read"), QT_TR_NOOP("Opened")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("lock"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("restore"), QT_TR_NOOP("Backup restored")},
        {QStringLiteral("retention"), QT_TR_NOOP("Retention rules applied")},
        {QStringLiteral("purge"), QT_TR_NOOP("Purged")},
        {QStringLiteral("anonymise"), QT_TR_NOOP("Anonymised")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo generated")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(*it);
}

QString AuditService::entityLabel(const QString& entity)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("childminders"), QT_TR_NOOP("Childminder")},
        {QStringLiteral("approvals"), QT_TR_NOOP("Approval")},
        {QStringLiteral("approval_events"), QT_TR_NOOP("Approval event")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contact")},
        {QStringLiteral("relays"), QT_TR_NOOP("RPE")},
        {QStringLiteral("mams"), QT_TR_NOOP("MAM")},
        {QStringLiteral("mam_members"), QT_TR_NOOP("MAM membership")},
        {QStringLiteral("enrolments"), QT_TR_NOOP("Training enrolment")},
        {QStringLiteral("qualifications"), QT_TR_NOOP("Qualification")},
        {QStringLiteral("career_events"), QT_TR_NOOP("Career event")},
        {QStringLiteral("survey_responses"), QT_TR_NOOP("Survey response")},
        {QStringLiteral("campaign_people"), QT_TR_NOOP("Survey campaign")},
        {QStringLiteral("users"), QT_TR_NOOP("User")},
        {QStringLiteral("settings"), QT_TR_NOOP("Setting")},
        {QStringLiteral("prospects"), QT_TR_NOOP("Prospect")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit trail")},
        {QStringLiteral("register"), QT_TR_NOOP("Register")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("survey_summary"), QT_TR_NOOP("Survey summary")},
        {QStringLiteral("invitation_letters"), QT_TR_NOOP("Invitation letters")},
        {QStringLiteral("invitation_emails"), QT_TR_NOOP("Invitation email list")},
        {QStringLiteral("person_file"), QT_TR_NOOP("Person file")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.cend() ? entity : tr(*it);
}

QString AuditService::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("usage_name"), QT_TR_NOOP("Usage name")},
        {QStringLiteral("birth_name"), QT_TR_NOOP("Birth name")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("commune_name"), QT_TR_NOOP("Commune")},
        {QStringLiteral("insee_code"), QT_TR_NOOP("INSEE code")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("relay_id"), QT_TR_NOOP("RPE")},
        {QStringLiteral("mam_id"), QT_TR_NOOP("MAM")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("number"), QT_TR_NOOP("Approval number")},
        {QStringLiteral("places"), QT_TR_NOOP("Places")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start date")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End date")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("Password")},
        {QStringLiteral("locked"), QT_TR_NOOP("Locked")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("anonymised_at"), QT_TR_NOOP("Anonymised on")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

} // namespace parcours
