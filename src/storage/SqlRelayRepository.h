#pragma once

#include "RelayRepository.h"

namespace parcours {

class Database;

class SqlRelayRepository final : public RelayRepository
{
  public:
    explicit SqlRelayRepository(Database& db) : m_db(db) {}
    QList<Relay> all() const override;
    QList<Relay> summaries() const override;
    std::optional<Relay> find(qint64 id) const override;
    void save(Relay& relay) override;
    std::optional<qint64> relayForCommune(const QString& inseeCode, const QString& epciCode) const override;

  private:
    void loadDetails(Relay& relay) const;
    Database& m_db;
};

} // namespace parcours
