#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"
#include "AuditRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

namespace parcours {

class AppContext;

// Use cases of the audit trail (issue 5, item 2). Row-level changes are
// captured by the storage's triggers; this records what they cannot see (a
// file read, an export), and lets a coordinator read, verify and purge the trail.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

  public:
    explicit AuditService(AppContext& context) : m_context(context) {}

    // A person's file (or another record) was opened. No permission needed:
    // whoever could read it is recorded.
    void logRead(const QString& entity, qint64 id);
    // A file was written (or data sent to stdout when path is empty): what,
    // how many rows or people, where. Details only, never personal data.
    void logExport(const QString& what, qint64 count, const QString& path);
    // Any other application event (sign_in, demo, anonymise...), with details
    // that must not hold personal data.
    void logEvent(const QString& action, const QString& entity, qint64 id = 0, const QString& details = {});

    // Runs a bulk load (the demo generator) without row-level capture, which
    // would double its time and size, and records one `action` event with
    // `details` instead. Capture comes back even when work throws.
    void withoutRowCapture(const QString& action, const QString& details, const std::function<void()>& work);

    // The viewer and `audit list` (Permission::ViewAudit).
    QList<AuditEntry> page(const AuditQuery& query) const;
    qint64 count(const AuditQuery& query) const;
    // The History tab of a person (Permission::ReadRecords: it is part of her file).
    QList<AuditEntry> historyOf(qint64 personId) const;
    // Permission::ViewAudit.
    AuditVerification verify() const;

    // Rows older than this are purged: now minus RuleSettings::auditRetentionMonths
    // (invalid when the setting is 0: the trail is kept for ever).
    QDateTime purgeCutOff() const;
    qint64 purgeCandidates() const;
    // Deletes the rows older than the retention period and records the purge
    // (rows, cut-off). Permission::ViewAudit and Permission::DeleteRecords.
    AuditPurgeResult purge();

    // French labels for the viewer and the History tab.
    static QString actionLabel(const QString& action);
    static QString entityLabel(const QString& entity);
    static QString fieldLabel(const QString& field);

  private:
    AppContext& m_context;
};

} // namespace parcours
