#pragma once

#include "ProspectRepository.h"

#include <QVariantList>

namespace parcours {

class Database;

// ProspectRepository on SQLite.
class SqlProspectRepository final : public ProspectRepository
{
  public:
    explicit SqlProspectRepository(Database& db) : m_db(db) {}

    void save(Prospect& prospect) override;
    std::optional<Prospect> find(qint64 id) const override;
    std::optional<Prospect> findByChildminder(qint64 childminderId) const override;
    QList<Prospect> list(const ProspectQuery& query) const override;
    int count(const ProspectQuery& query) const override;
    QList<FunnelCount> funnelCounts(QDate from, QDate to,
                                    std::optional<ProspectChannel> channel) const override;
    int attachRecordsToChildminder(qint64 prospectId, qint64 childminderId) override;
    void remove(qint64 id) override;

  private:
    QString where(const ProspectQuery& query, QVariantList& bindings) const;
    QList<Prospect> select(const QString& tail, const QVariantList& bindings) const;
    void saveHistory(Prospect& prospect);
    void loadHistory(Prospect& prospect) const;

    Database& m_db;
};

} // namespace parcours
