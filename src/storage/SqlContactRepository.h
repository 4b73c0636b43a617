#pragma once

#include "ContactRepository.h"

namespace parcours {

class Database;

class SqlContactRepository final : public ContactRepository
{
  public:
    explicit SqlContactRepository(Database& db) : m_db(db) {}

    void save(ContactEntry& entry) override;
    QList<ContactEntry> forChildminder(qint64 childminderId, int limit) const override;
    CoverageRow coverage(int year, qint64 relayId) const override;
    QList<CoverageRow> coverageByRelay(int year) const override;
    QList<CoverageRow> coverageByStaff(int year) const override;
    QList<NotReachedRow> notReached(int year, qint64 relayId, int offset, int limit) const override;
    int countWithoutContactSince(QDate since) const override;
    QList<ContactEntry> openFollowUps(int limit) const override;

  private:
    QList<ContactEntry> entries(const QString& whereAndOrder, const QVariantList& bindings) const;
    Database& m_db;
};

} // namespace parcours
