#pragma once

#include "PartnerRepository.h"

#include <QVariantList>

namespace parcours {

class Database;

// PartnerRepository on SQLite.
class SqlPartnerRepository final : public PartnerRepository
{
  public:
    explicit SqlPartnerRepository(Database& db) : m_db(db) {}

    void save(Partner& partner) override;
    std::optional<Partner> find(qint64 id) const override;
    QList<Partner> list(const PartnerQuery& query) const override;
    int count(const PartnerQuery& query) const override;
    void remove(qint64 id) override;

  private:
    QString where(const PartnerQuery& query, QVariantList& bindings) const;
    QList<Partner> select(const QString& tail, const QVariantList& bindings) const;

    Database& m_db;
};

} // namespace parcours
