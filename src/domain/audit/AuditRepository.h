#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"

#include <QList>
#include <QString>

namespace parcours {

// What `audit verify` found. intact: every row's digest and hash recomputes and
// links to the previous one. Otherwise firstBrokenId names the first row that
// does not, and message explains it in French.
struct AuditVerification
{
    bool intact = true;
    qint64 checkedRows = 0;
    qint64 redactedRows = 0;
    qint64 unsealedRows = 0; // written after the last commit: sealed by the next one
    qint64 firstBrokenId = 0;
    QString message;
};

struct AuditPurgeResult
{
    qint64 purgedRows = 0;
    QDateTime cutOffUtc;
};

// The audit trail (issue 5). Append-only: the storage refuses UPDATE and
// DELETE on it except sealing, redaction and purge, which go through here.
class AuditRepository
{
  public:
    virtual ~AuditRepository() = default;
    // Appends an application-level event (read, export, sign_in, purge...).
    // atUtc is set by the caller; userLogin, when empty, is the database's
    // current audit actor. Sealed into the chain at the end of the transaction.
    virtual void record(const AuditEntry& entry) = 0;
    virtual QList<AuditEntry> page(const AuditQuery& query) const = 0;
    virtual qint64 count(const AuditQuery& query) const = 0;
    // Everything that concerns one person: her own row and her child records
    // (contacts, agréments, enrolments... every row carrying her
    // childminder_id), oldest first.
    virtual QList<AuditEntry> historyOf(qint64 personId, int limit = 5000) const = 0;
    // Recomputes the whole chain.
    virtual AuditVerification verify() const = 0;
    // Deletes the rows older than cutOff, keeps the hash of the last one as the
    // chain's anchor, and records one "purge" event. Call inside a write transaction.
    virtual AuditPurgeResult purgeOlderThan(const QDateTime& cutOffUtc) = 0;
    // How many rows purgeOlderThan would delete.
    virtual qint64 countOlderThan(const QDateTime& cutOffUtc) const = 0;
    // Anonymisation: removes the old and new values (and their salt) of the
    // rows about these records; the chain still verifies because it covers
    // only their digest. Returns the number of rows redacted.
    virtual qint64 redact(const QString& entity, const QList<qint64>& ids) = 0;
    // Same, for every row about one person (her record and her child records).
    virtual qint64 redactPerson(qint64 personId) = 0;
    // Row-level capture off (a bulk load such as the demo) or back on. It is
    // back on at the next open whatever happens in between.
    virtual void setRowCapture(bool on) = 0;
};

} // namespace parcours
