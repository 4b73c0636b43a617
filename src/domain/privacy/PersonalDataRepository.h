#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace parcours {

// Every row of one table that is about a person, as stored (raw columns):
// what the right of access asks for, beyond the readable file.
struct PersonalRecordTable
{
    QString table; // SQL table name, e.g. "contacts"
    QStringList columns;
    QList<QVariantList> rows;
};

// One person a retention rule has fallen due for, and the date it counts from
// (end of her agrément, last activity of a prospect, date of a contact).
struct RetentionItem
{
    qint64 id = 0;
    QDate since;
};

// What an anonymisation touched: the ids of the rows changed per table, so
// the audit trail of exactly those rows can be redacted.
using TouchedRows = QHash<QString, QList<qint64>>;

// Personal-data rights and retention (issue 5): reads a person's whole file
// across tables, removes her personal fields, and finds what retention rules
// make due. Everything is SQL (no whole-table loads); writes must run inside a
// write transaction (TransactionRunner).
class PersonalDataRepository
{
  public:
    virtual ~PersonalDataRepository() = default;

    // Every table that mentions the childminder, in a fixed order, including
    // tables where she has no row (so the answer shows they were searched).
    virtual QList<PersonalRecordTable> recordsOf(qint64 childminderId) const = 0;
    virtual bool exists(qint64 childminderId) const = 0;
    // Invalid when she was never anonymised.
    virtual QDateTime anonymisedAt(qint64 childminderId) const = 0;

    // Replaces every personal field of the childminder (and of the prospect
    // she came from) by `marker` (her name) or an empty value; free-text
    // survey answers become `removedText`, so they still count. Keeps what
    // statistics use, updates the search index, stamps anonymised_at.
    // Returns the rows it changed per table.
    virtual TouchedRows anonymiseChildminder(qint64 childminderId, const QString& marker,
                                             const QString& removedText, const QDateTime& at) = 0;
    // Deletes prospects (and their stage history, enrolments, immersions).
    virtual TouchedRows deleteProspects(const QList<qint64>& prospectIds) = 0;
    // Empties the free-text fields (notes, follow-up text) of contacts.
    virtual TouchedRows clearContactNotes(const QList<qint64>& contactIds) = 0;

    // Not yet anonymised childminders whose last agrément ended (withdrawn,
    // ended or expired) before `cutoff`, with no contact since `cutoff`.
    virtual QList<RetentionItem> endedApprovalsBefore(QDate cutoff) const = 0;
    // Prospects never converted whose last sign of activity is before `cutoff`.
    virtual QList<RetentionItem> inactiveProspectsBefore(QDate cutoff) const = 0;
    // Contacts dated before `cutoff` that still carry free text.
    virtual QList<RetentionItem> contactNotesBefore(QDate cutoff) const = 0;

    // After removals: merges the full-text index so deleted tokens leave its
    // pages (FTS5 keeps them until segments merge). Inside the transaction.
    virtual void compactSearchIndex() = 0;
    // After the commit: copies the WAL into the database and truncates it,
    // so old page images do not linger in the -wal file. Best effort.
    virtual void checkpoint() = 0;
};

} // namespace parcours
