#pragma once

#include "PersonalDataRepository.h"

namespace parcours {

class Database;

// PersonalDataRepository over SQLite or PostgreSQL. Knows every table that can hold a
// childminder's data: a new table about people must be added to
// personTables() (the access export) and, if it has free text, to
// anonymiseChildminder().
class SqlPersonalDataRepository final : public PersonalDataRepository
{
  public:
    explicit SqlPersonalDataRepository(Database& db) : m_db(db) {}

    QList<PersonalRecordTable> recordsOf(qint64 childminderId) const override;
    bool exists(qint64 childminderId) const override;
    QDateTime anonymisedAt(qint64 childminderId) const override;

    TouchedRows anonymiseChildminder(qint64 childminderId, const QString& marker, const QString& removedText,
                                     const QDateTime& at) override;
    TouchedRows deleteProspects(const QList<qint64>& prospectIds) override;
    TouchedRows clearContactNotes(const QList<qint64>& contactIds) override;

    QList<RetentionItem> endedApprovalsBefore(QDate cutoff) const override;
    QList<RetentionItem> inactiveProspectsBefore(QDate cutoff) const override;
    QList<RetentionItem> contactNotesBefore(QDate cutoff) const override;

    void compactSearchIndex() override;
    void checkpoint() override;

  private:
    // SQLite overwrites what it removes (nothing to do on PostgreSQL).
    void secureDelete();
    QList<qint64> ids(const QString& sql, qint64 childminderId) const;
    void runFor(const QString& sql, qint64 childminderId, const QVariantList& leading = {});
    QList<RetentionItem> items(const QString& sql, const QVariantList& bindings) const;

    Database& m_db;
};

} // namespace parcours
