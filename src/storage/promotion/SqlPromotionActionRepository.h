#pragma once

#include "PromotionActionRepository.h"

#include <QVariantList>

namespace parcours {

class Database;

// PromotionActionRepository on SQLite.
class SqlPromotionActionRepository final : public PromotionActionRepository
{
  public:
    explicit SqlPromotionActionRepository(Database& db) : m_db(db) {}

    void save(PromotionAction& action) override;
    std::optional<PromotionAction> find(qint64 id) const override;
    QList<PromotionAction> list(const PromotionActionQuery& query) const override;
    int count(const PromotionActionQuery& query) const override;
    void remove(qint64 id) override;
    int prospectCount(qint64 actionId) const override;

  private:
    QString where(const PromotionActionQuery& query, QVariantList& bindings) const;
    QList<PromotionAction> select(const QString& tail, const QVariantList& bindings) const;

    Database& m_db;
};

} // namespace parcours
